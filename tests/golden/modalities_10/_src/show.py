"""Print a report text beside its expected reading (read-through aid): show.py us10_0"""
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pat = sys.argv[1] if len(sys.argv) > 1 else ""
for name in sorted(os.listdir(OUT)):
    if name.endswith(".txt") and name.startswith(pat):
        rid = name[:-4]
        print("=" * 100)
        print(rid)
        print("-" * 100)
        print(open(os.path.join(OUT, name), encoding="utf-8").read())
        e = json.load(open(os.path.join(OUT, rid + ".expected.json"), encoding="utf-8"))
        print("exam", e["exam"], "| density", e["density"], "| fgt", e["fibroglandular_tissue"],
              "| bpe", e["background_enhancement"])
        print("assessment", e["assessment"], "| rec", e["recommendations"])
        for f in e["findings"]:
            extra = {k: f[k] for k in ("location", "size_mm") if k in f}
            print("  %-24s %-5s %-8s %-5s %s %s %s %s" % (
                f["kind"], f["breast"], f["status"], "S" if f["stable"] else "",
                f["morphology"] or "", f["distribution"] or "", f["descriptors"] or "", extra or ""))
