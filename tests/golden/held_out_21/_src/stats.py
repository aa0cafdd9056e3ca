"""Counts for the README."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for sub in ("impressions", "phrases"):
    L = [json.loads(l)["expected"] for l in open(os.path.join(ROOT, sub, sub + ".jsonl"))]
    F = [f for e in L for f in e["findings"]]
    print(sub, "items", len(L), "findings", len(F))
    print(" overall", sorted(collections.Counter(str(e["assessment"]["overall"]) for e in L).items()))
    print(" by_breast sizes", sorted(collections.Counter(len(e["assessment"]["by_breast"]) for e in L).items()))
    print(" density", sorted(collections.Counter(str(e["density"]) for e in L).items()))
    for k in ("kind", "status", "breast"):
        print(" ", k, collections.Counter(str(f[k]) for f in F).most_common())
    print("  stable", sum(f["stable"] for f in F))
