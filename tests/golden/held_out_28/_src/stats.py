"""Print README style-table rows and counts from the data (not from any engine)."""
from collections import Counter
from common import expected
import imp_data, phr_data

def short(bb):
    return " ".join("%s%s" % (k[0].upper(), v) for k, v in bb.items()) or "{}"

def tally(items, label):
    ov, fk, st, br, stab, bbn = Counter(), Counter(), Counter(), Counter(), 0, Counter()
    for it in items:
        e = expected(it)
        ov[e["assessment"]["overall"]] += 1
        bbn[len(e["assessment"]["by_breast"])] += 1
        for f in e["findings"]:
            fk[f["kind"]] += 1; st[f["status"]] += 1; br[f["breast"]] += 1; stab += f["stable"]
    print(label, "items", len(items), "findings", sum(fk.values()))
    print(" overall", dict(ov)); print(" by_breast sides", dict(bbn))
    print(" kinds", dict(fk)); print(" status", dict(st)); print(" breast", dict(br)); print(" stable", stab)

for n, it in enumerate(imp_data.ITEMS, 1):
    e = expected(it)
    print("| imp28_%03d | %s | %s | %s | %s | %d |" % (n, it["setting"], it["form"], e["assessment"]["overall"],
          short(e["assessment"]["by_breast"]), len(e["findings"])))
groups = {}
for n, it in enumerate(phr_data.ITEMS, 1):
    groups.setdefault(it["group"], []).append("%03d" % n)
for g, ids in groups.items():
    print("| %s | %s | %d |" % (g, ", ".join(ids), len(ids)))
tally(imp_data.ITEMS, "IMP"); tally(phr_data.ITEMS, "PH")
