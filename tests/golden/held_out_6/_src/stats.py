"""Prints the counts quoted in README.md (json only)."""
import collections
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def items(part):
    if part in ("impressions", "phrases"):
        for ln in open(os.path.join(ROOT, part, part + ".jsonl"), encoding="utf-8"):
            r = json.loads(ln)
            yield r["id"], r["expected"]
    else:
        for t in sorted(glob.glob(os.path.join(ROOT, part, "*.expected.json"))):
            yield os.path.basename(t)[:-14], json.load(open(t, encoding="utf-8"))


for part in ("impressions", "phrases", "teaching", "reports"):
    ov, dens, kind, stat, side, shape = (collections.Counter() for _ in range(6))
    stable = nf = diff = 0
    for ident, e in items(part):
        a = e["assessment"]
        ov[a["overall"]] += 1
        dens[e["density"]] += 1
        bb = a["by_breast"]
        shape[len(bb)] += 1
        if len(bb) == 2 and bb["left"] != bb["right"]:
            diff += 1
        for f in e["findings"]:
            nf += 1
            kind[f["kind"]] += 1
            stat[f["status"]] += 1
            side[f["breast"]] += 1
            stable += f["stable"]
    print("==", part, "findings", nf)
    print("  overall", sorted(ov.items(), key=lambda x: str(x[0])))
    print("  by_breast sides", dict(shape), "two-sided with different categories", diff)
    print("  density", dict(dens))
    print("  kind", kind.most_common())
    print("  status", dict(stat), "breast", dict(side), "stable", stable)
