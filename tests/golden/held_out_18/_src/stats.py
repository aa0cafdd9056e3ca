import collections, json, os, common
for sub in ("teaching", "reports"):
    d = os.path.join(common.SET, sub); es = [json.load(open(os.path.join(d, x))) for x in sorted(os.listdir(d)) if x.endswith(".json")]
    F = [f for e in es for f in e["findings"]]
    print(sub, len(es), "items,", len(F), "findings")
    print("  overall", collections.Counter(str(e["assessment"]["overall"]) for e in es))
    print("  by_breast sides", collections.Counter(len(e["assessment"]["by_breast"]) for e in es))
    print("  density", collections.Counter(str(e["density"]) for e in es))
    for k in ("kind", "status", "breast"): print(" ", k, collections.Counter(str(f[k]) for f in F))
    print("  stable", sum(f["stable"] for f in F))
