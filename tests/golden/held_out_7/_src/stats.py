import json, os, collections as C
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
for part in ("impressions/impressions.jsonl", "phrases/phrases.jsonl"):
    rows = [json.loads(l) for l in open(os.path.join(ROOT, part))]
    ov = C.Counter(r["expected"]["assessment"]["overall"] for r in rows)
    bbn = C.Counter(len(r["expected"]["assessment"]["by_breast"]) for r in rows)
    diff = sum(1 for r in rows if len(set(r["expected"]["assessment"]["by_breast"].values())) == 2)
    dens = C.Counter(r["expected"]["density"] for r in rows)
    fs = [f for r in rows for f in r["expected"]["findings"]]
    print(part, len(rows), "items", len(fs), "findings")
    print("  overall", sorted(ov.items(), key=lambda x: str(x[0])))
    print("  by_breast sides", dict(bbn), "two-sided different", diff)
    print("  density", dict(dens))
    for k in ("kind", "status", "breast"):
        print("  ", k, C.Counter(f[k] for f in fs).most_common())
    print("   stable", sum(f["stable"] for f in fs))
    print("   one-sided:", [r["id"] for r in rows if len(r["expected"]["assessment"]["by_breast"]) == 1][:40])
    print("   empty bb:", [r["id"] for r in rows if not r["expected"]["assessment"]["by_breast"]][:10])
