"""Counts and style-table rows for the README."""
import json, os, glob, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from imp_data import IMPS
from teach_data import TEACH
from common import expected


def bb(e):
    b = e["assessment"]["by_breast"]
    return " ".join(("R" if k == "right" else "L") + v for k, v in b.items()) or "{}"


def summary(name, items):
    ov, den, kinds, st, sides, stable = (collections.Counter() for _ in range(6))
    nf = 0
    for e in items:
        ov[str(e["assessment"]["overall"])] += 1
        den[str(e["density"])] += 1
        for f in e["findings"]:
            nf += 1; kinds[f["kind"]] += 1; st[f["status"]] += 1; sides[str(f["breast"])] += 1; stable[f["stable"]] += 1
    print("%s: %d items, %d findings" % (name, len(items), nf))
    for lab, c in [("overall", ov), ("density", den), ("kinds", kinds), ("status", st), ("sides", sides), ("stable", stable)]:
        print("  %s: %s" % (lab, dict(c.most_common())))


imps = []
print("| id | setting / author | form: what it exercises | overall | by_breast | findings |\n|---|---|---|---|---|---|")
for n, setting, form, text, dens, overall, cats, finds in IMPS:
    e = expected(dens, overall, cats, finds); imps.append(e)
    print("| imp25_%03d | %s | %s | %s | %s | %d |" % (n, setting, form, overall, bb(e), len(finds)))
print()
teach = []
print("| id | setting / author, form, what it exercises | overall | by_breast | density | findings |\n|---|---|---|---|---|---|")
for tid, setting, form, text, dens, overall, cats, finds in TEACH:
    e = expected(dens, overall, cats, finds); teach.append(e)
    print("| %s | %s; %s | %s | %s | %s | %d |" % (tid[:6], setting, form, overall, bb(e), dens, len(finds)))
print()
summary("impressions", imps)
summary("teaching", teach)
