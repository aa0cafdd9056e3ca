"""Counts for the README."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part in ("teaching", "reports"):
    d = os.path.join(ROOT, part); C = collections.defaultdict(collections.Counter)
    for f in sorted(os.listdir(d)):
        if not f.endswith(".expected.json"): continue
        e = json.load(open(os.path.join(d, f))); a = e["assessment"]
        C["overall"][str(a["overall"])] += 1; C["density"][str(e["density"])] += 1
        C["by_breast"][{0: "empty", 1: "one-sided", 2: "two-sided"}[len(a["by_breast"])]] += 1
        for x in e["findings"]:
            C["kind"][x["kind"]] += 1; C["status"][x["status"]] += 1; C["breast"][str(x["breast"])] += 1
            C["stable"][x["stable"]] += 1
    print(part); [print("  ", k, dict(sorted(v.items()))) for k, v in C.items()]
