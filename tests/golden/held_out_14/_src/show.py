"""Print every text beside its compact gold, for the second read-through."""
import sys
from teach_data_2 import ITEMS as T
from rep_data_2 import ITEMS as R

sel = sys.argv[1:] 
for it in T + R:
    if sel and not any(s in it["id"] for s in sel):
        continue
    print("=" * 100)
    print(it["id"], "|", it["style"])
    print("density:", it["density"], "| overall:", it["overall"], "| by_breast:", it["bb"] or "{}")
    for f in it["f"]:
        print("   ", f)
    print("-" * 100)
    print(it["text"].strip("\n"))
