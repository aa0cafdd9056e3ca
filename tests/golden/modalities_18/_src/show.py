"""Print each text beside its expected reading: show.py [prefix]."""
import json, os, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pre = sys.argv[1] if len(sys.argv) > 1 else ""
for n in sorted(os.listdir(OUT)):
    if n.endswith(".txt") and n.startswith(pre):
        b = n[:-4]; x = json.load(open(os.path.join(OUT, b + ".expected.json")))
        print("=" * 100); print(b); print("-" * 100); print(open(os.path.join(OUT, n)).read())
        print("-- gold:", x["exam"], "dens", x["density"], "fgt", x["fibroglandular_tissue"], "bpe", x["background_enhancement"])
        print("   assessment", x["assessment"], "rec", x["recommendations"])
        for f in x["findings"]:
            print("   ", f["kind"], f["breast"], f["status"], "STABLE" if f["stable"] else "", f["morphology"] or "", f["distribution"] or "",
                  f["descriptors"] or "", f.get("location", ""), f.get("size_mm", ""))
