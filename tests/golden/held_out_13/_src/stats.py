"""Counts for the README."""
import json, os, collections as C
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
for part in ("impressions", "phrases"):
    rows = [json.loads(l) for l in open(os.path.join(ROOT, part, part + ".jsonl"), encoding="utf-8")]
    ov = C.Counter(r["expected"]["assessment"]["overall"] for r in rows)
    nb = C.Counter(len(r["expected"]["assessment"]["by_breast"]) for r in rows)
    diff = sum(1 for r in rows if len(set(r["expected"]["assessment"]["by_breast"].values())) == 2)
    dens = C.Counter(r["expected"]["density"] for r in rows)
    fs = [f for r in rows for f in r["expected"]["findings"]]
    print("==", part, len(rows), "items,", len(fs), "findings")
    print("overall", sorted(ov.items(), key=lambda x: str(x[0])))
    print("by_breast sides", dict(nb), "two different", diff)
    print("density", dict(dens))
    print("kind", C.Counter(f["kind"] for f in fs).most_common())
    print("status", C.Counter(f["status"] for f in fs).most_common())
    print("breast", C.Counter(f["breast"] for f in fs).most_common())
    print("stable", sum(f["stable"] for f in fs))
