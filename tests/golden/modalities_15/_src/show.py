"""Print each text beside its expected reading: show.py [id-prefix]"""
import json, os, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pre = sys.argv[1] if len(sys.argv) > 1 else ""
for c in sorted(f[:-4] for f in os.listdir(OUT) if f.endswith(".txt") and f.startswith(pre)):
    e = json.load(open(os.path.join(OUT, c + ".expected.json")))
    print("=" * 100); print(c); print("-" * 100); print(open(os.path.join(OUT, c + ".txt")).read()); print("-" * 40, "GOLD")
    print("exam", e["exam"], "| density", e["density"], "| fgt", e["fibroglandular_tissue"], "| bpe", e["background_enhancement"])
    print("assessment", e["assessment"], "| rec", e["recommendations"])
    for f in e["findings"]:
        print("  ", f["kind"], f["breast"], f["status"], "STABLE" if f["stable"] else "", f["morphology"] or "", f["distribution"] or "",
              f["descriptors"] or "", f.get("location", ""), f.get("size_mm", ""))
