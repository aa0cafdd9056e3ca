import json, os, collections as C
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def st(name, exps):
    c = {k: C.Counter() for k in ("overall", "density", "kinds", "status", "sides", "stable")}
    n = 0
    for e in exps:
        c["overall"][str(e["assessment"]["overall"])] += 1; c["density"][str(e["density"])] += 1
        for f in e["findings"]:
            n += 1; c["kinds"][f["kind"]] += 1; c["status"][f["status"]] += 1
            c["sides"][str(f["breast"])] += 1; c["stable"][f["stable"]] += 1
    print("%s: %d items, %d findings" % (name, len(exps), n))
    for k, v in c.items(): print("  %s: %s" % (k, dict(v.most_common())))
st("impressions", [json.loads(l)["expected"] for l in open(os.path.join(R, "impressions/impressions.jsonl"))])
T = os.path.join(R, "teaching")
st("teaching", [json.load(open(os.path.join(T, f))) for f in sorted(os.listdir(T)) if f.endswith(".json")])
