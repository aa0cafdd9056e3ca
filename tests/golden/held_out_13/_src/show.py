"""Print every text beside its expected reading (for the read-through)."""
import json, os, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
part = sys.argv[1] if len(sys.argv) > 1 else "impressions"
for line in open(os.path.join(ROOT, part, part + ".jsonl"), encoding="utf-8"):
    r = json.loads(line); e = r["expected"]
    print("=" * 20, r["id"]); print(r["text"])
    a = e["assessment"]
    print("  -> density=%s overall=%s by_breast=%s" % (e["density"], a["overall"], a["by_breast"]))
    for f in e["findings"]:
        print("     %s %s %s%s %s %s" % (f["kind"], f["breast"], f["status"], " STABLE" if f["stable"] else "",
                                         f["morphology"] or "", f["distribution"] or ""))
