"""Print each report text beside its expected reading: show.py [id-prefix]"""
import json, sys
from gen_all import ALL
from common import expected

pre = sys.argv[1] if len(sys.argv) > 1 else ""
for it in ALL:
    if not it["id"].startswith(pre):
        continue
    e = expected(it["gold"])
    print("=" * 100)
    print(it["id"])
    print("-" * 100)
    print(it["text"].strip("\n"))
    print("-" * 100)
    print("exam", e["exam"], "| density", e["density"], "| fgt", e["fibroglandular_tissue"], "| bpe", e["background_enhancement"])
    print("assessment", e["assessment"], "| rec", e["recommendations"])
    for c in it["gold"]["f"]:
        print("   ", c)
