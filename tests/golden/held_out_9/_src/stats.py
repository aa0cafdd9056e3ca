"""Counts for the README (json only)."""
import json, os
from collections import Counter
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
for part in ("impressions/impressions.jsonl", "phrases/phrases.jsonl"):
    rows = [json.loads(l) for l in open(os.path.join(ROOT, part), encoding="utf-8")]
    ov = Counter(str(r["expected"]["assessment"]["overall"]) for r in rows)
    bb = Counter(len(r["expected"]["assessment"]["by_breast"]) for r in rows)
    diff = sum(1 for r in rows if len(set(r["expected"]["assessment"]["by_breast"].values())) == 2)
    dens = Counter(str(r["expected"]["density"]) for r in rows)
    fs = [f for r in rows for f in r["expected"]["findings"]]
    print(part, len(rows), "items", len(fs), "findings")
    print(" overall", sorted(ov.items()))
    print(" by_breast sides", sorted(bb.items()), "two sides differing", diff)
    print(" density", sorted(dens.items()))
    print(" kind", Counter(f["kind"] for f in fs).most_common())
    print(" status", Counter(f["status"] for f in fs).most_common())
    print(" breast", Counter(str(f["breast"]) for f in fs).most_common())
    print(" stable", sum(f["stable"] for f in fs))
