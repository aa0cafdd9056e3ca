import sys
from common import expected
import data_t, data_r

items = data_t.ITEMS if (len(sys.argv) < 2 or sys.argv[1] == "teach") else data_r.ITEMS
for it in items:
    e = expected(it)
    print("=" * 100)
    print(it["id"])
    print(it["text"].strip())
    print("-" * 40, "GOLD")
    print("density", e["density"], "| overall", e["assessment"]["overall"], "| by_breast", e["assessment"]["by_breast"])
    for c in it["f"]:
        print("  ", c)
