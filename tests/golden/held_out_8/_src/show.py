"""Print each text beside its compact gold (for the read-through)."""
import sys
import gen_teaching, gen_reports
for it in gen_teaching.T + gen_reports.R:
    if len(sys.argv) > 1 and not any(a in it["id"] for a in sys.argv[1:]):
        continue
    print("=" * 100)
    print(it["id"], "|", it["style"])
    print(it["text"].strip())
    print("--> density", it["density"], "| overall", it["overall"], "| bb", it["bb"] or "{}")
    for f in it["findings"]:
        print("    ", f)
