"""Print each text beside its compact gold, for the second read-through."""
import sys, gen_teaching, gen_reports
for it in (gen_teaching.T + gen_reports.R):
    if len(sys.argv) > 1 and not any(a in it["id"] for a in sys.argv[1:]): continue
    print("=" * 100); print(it["id"], "|", it["style"]); print(it["text"].strip())
    print("--- GOLD density", it["density"], "| overall", it["overall"], "| by_breast", it["bb"] or "{}")
    for f in it["f"]: print("   ", f)
