"""Print each text beside its compact gold, for the read-through."""
import sys
from gen_teaching import ITEMS as T
from gen_reports import ITEMS as R
sel = sys.argv[1:] 
for it in T + R:
    if sel and not any(s in it["id"] for s in sel):
        continue
    print("=" * 100)
    print(it["id"], "|", it["style"])
    print(it["text"].strip("\n"))
    print("-" * 40)
    print("density", it["density"], "| overall", it["overall"], "| by_breast", repr(it["bb"]))
    for f in it["findings"]:
        print("   ", f)
