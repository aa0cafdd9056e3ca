"""Print each text beside its compact gold (for the read-through)."""
import sys
import gen_teaching, gen_reports
items = gen_teaching.T + gen_reports.R
for it in items:
    if len(sys.argv) > 1 and not any(it["id"].startswith(a) for a in sys.argv[1:]):
        continue
    print("=" * 100); print(it["id"], "|", it["style"]); print(it["text"].strip())
    print("--- GOLD: density", it["density"], "| overall", it["overall"], "| by_breast", repr(it["bb"]))
    for c in it["f"]: print("   ", c)
