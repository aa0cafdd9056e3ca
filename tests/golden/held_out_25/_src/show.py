"""Print each text beside its gold: show.py imp | teach"""
import json, os, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fmt(e):
    a = e["assessment"]
    out = ["  density=%s overall=%s by_breast=%s" % (e["density"], a["overall"], a["by_breast"])]
    for f in e["findings"]:
        out.append("  - %s %s %s%s %s %s" % (f["kind"], f["breast"], f["status"], " stable" if f["stable"] else "",
                                              f["morphology"] or "", f["distribution"] or ""))
    return "\n".join(out)


what = sys.argv[1] if len(sys.argv) > 1 else "imp"
if what == "imp":
    for line in open(os.path.join(ROOT, "impressions", "impressions.jsonl"), encoding="utf-8"):
        o = json.loads(line)
        print("=" * 20, o["id"]); print(o["text"]); print(fmt(o["expected"]))
else:
    for p in sorted(glob.glob(os.path.join(ROOT, "teaching", "*.txt"))):
        print("=" * 20, os.path.basename(p)); print(open(p, encoding="utf-8").read())
        print(fmt(json.load(open(p[:-4] + ".expected.json"))))
