import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part in ("impressions/impressions.jsonl", "phrases/phrases.jsonl"):
    rs = [json.loads(l) for l in open(os.path.join(ROOT, part))]
    C = collections.Counter
    ov = C(str(r["expected"]["assessment"]["overall"]) for r in rs)
    bb = C(len(r["expected"]["assessment"]["by_breast"]) for r in rs)
    de = C(str(r["expected"]["density"]) for r in rs)
    fs = [f for r in rs for f in r["expected"]["findings"]]
    print(part, len(rs), "items,", len(fs), "findings")
    print("  overall", sorted(ov.items()))
    print("  by_breast sides", sorted(bb.items()))
    print("  density", sorted(de.items()))
    print("  kind", C(f["kind"] for f in fs).most_common())
    print("  status", C(f["status"] for f in fs).most_common())
    print("  breast", C(str(f["breast"]) for f in fs).most_common())
    print("  stable", sum(f["stable"] for f in fs))
