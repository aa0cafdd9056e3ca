"""Counts for the README (json/stdlib only)."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from imp_data import IMP
from phr_data import PHR
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for sub, fn, data in (("impressions", "impressions.jsonl", IMP), ("phrases", "phrases.jsonl", PHR)):
    rows = [json.loads(l) for l in open(os.path.join(ROOT, sub, fn), encoding="utf-8")]
    ov = Counter(str(r["expected"]["assessment"]["overall"]) for r in rows)
    bb = Counter(len(r["expected"]["assessment"]["by_breast"]) for r in rows)
    de = Counter(str(r["expected"]["density"]) for r in rows)
    fs = [f for r in rows for f in r["expected"]["findings"]]
    print(sub, len(rows), "findings", len(fs))
    print("  overall", sorted(ov.items()))
    print("  by_breast sizes", sorted(bb.items()), "density", sorted(de.items()))
    print("  kinds", Counter(f["kind"] for f in fs).most_common())
    print("  status", Counter(f["status"] for f in fs).most_common())
    print("  breast", Counter(str(f["breast"]) for f in fs).most_common(), "stable", sum(f["stable"] for f in fs))
    if sub == "phrases":
        g = {}
        for n, it in enumerate(data, 1):
            g.setdefault(it["g"], []).append("%03d" % n)
        for k, v in g.items():
            print("  | %s | %s | %d |" % (k, ", ".join(v), len(v)))
        print("  nonus", ", ".join("%03d" % n for n, it in enumerate(data, 1) if it["nonus"]))
    else:
        for n, it in enumerate(data, 1):
            e = rows[n - 1]["expected"]
            bbs = " ".join("%s%s" % (k[0].upper(), v) for k, v in e["assessment"]["by_breast"].items()) or "{}"
            print("| imp23_%03d | %s | %s | %s | %s | %s | %d |" % (n, it["s"], it["form"], e["assessment"]["overall"], bbs, e["density"], len(e["findings"])))
