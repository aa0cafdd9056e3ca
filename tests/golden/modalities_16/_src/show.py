"""Print each text beside its expected reading: show.py [id-prefix]"""
import json, os, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pre = sys.argv[1] if len(sys.argv) > 1 else ""
for f in sorted(os.listdir(SET)):
    if f.endswith(".txt") and f.startswith(pre):
        i = f[:-4]
        e = json.load(open(os.path.join(SET, i + ".expected.json")))
        print("=" * 100); print(i); print("-" * 100)
        print(open(os.path.join(SET, f)).read())
        print("-" * 40, "gold")
        print("exam", e["exam"], "| density", e["density"], "| fgt", e["fibroglandular_tissue"], "| bpe", e["background_enhancement"])
        print("assessment", e["assessment"], "| recs", e["recommendations"])
        for x in e["findings"]:
            extra = {k: x[k] for k in ("location", "size_mm") if k in x}
            print("  ", x["kind"], x["breast"], x["status"], "STABLE" if x["stable"] else "", x["morphology"] or "", x["distribution"] or "", x["descriptors"] or "", extra or "")
