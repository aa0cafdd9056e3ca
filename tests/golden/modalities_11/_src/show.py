"""Prints each report text beside its expected reading: show.py [id prefix]."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
pre = sys.argv[1] if len(sys.argv) > 1 else ""
for fn in sorted(os.listdir(SET_DIR)):
    if fn.endswith(".txt") and fn.startswith(pre):
        i = fn[:-4]
        print("=" * 100)
        print(i)
        print("-" * 100)
        print(open(os.path.join(SET_DIR, fn)).read())
        e = json.load(open(os.path.join(SET_DIR, i + ".expected.json")))
        print("exam:", e["exam"], "| density:", e["density"], "| FGT:", e["fibroglandular_tissue"],
              "| BPE:", e["background_enhancement"])
        print("assessment:", e["assessment"], "| rec:", e["recommendations"])
        for f in e["findings"]:
            extra = {k: f[k] for k in ("location", "size_mm") if k in f}
            print("  %-24s %-6s %-8s %s %s %s %s %s" % (f["kind"], f["breast"], f["status"],
                  "stable" if f["stable"] else "", f["morphology"] or "", f["distribution"] or "",
                  f["descriptors"] or "", extra or ""))
