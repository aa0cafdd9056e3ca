import json, os, collections as C
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def st(name, exps):
    c = {k: C.Counter() for k in ("overall", "density", "kinds", "status", "sides", "stable")}
    nf = 0
    for e in exps:
        c["overall"][str(e["assessment"]["overall"])] += 1; c["density"][str(e["density"])] += 1
        for f in e["findings"]:
            nf += 1; c["kinds"][f["kind"]] += 1; c["status"][f["status"]] += 1
            c["sides"][str(f["breast"])] += 1; c["stable"][f["stable"]] += 1
    print(f"{name}: {len(exps)} items, {nf} findings")
    for k, v in c.items(): print(f"  {k}: {dict(v.most_common())}")
st("impressions", [json.loads(l)["expected"] for l in open(os.path.join(R, "impressions/impressions.jsonl"))])
t = os.path.join(R, "teaching")
st("teaching", [json.load(open(os.path.join(t, n))) for n in sorted(os.listdir(t)) if n.endswith(".json")])
