import os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected
import data_t, data_r
for name, mod in (("teaching", data_t), ("reports", data_r)):
    ov, de, kinds, st = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    stable = 0
    for it in mod.ITEMS:
        e = expected(it)
        ov[e["assessment"]["overall"]] += 1; de[e["density"]] += 1
        for f in e["findings"]:
            kinds[f["kind"]] += 1; st[f["status"]] += 1; stable += f["stable"]
        print("%s | %s | %s | %s | %d" % (it["id"], e["assessment"]["overall"], it["cats"], e["density"], len(e["findings"])))
    print(name, len(mod.ITEMS), "items;", sum(kinds.values()), "findings")
    print(" overall", dict(ov)); print(" density", dict(de)); print(" kinds", dict(kinds)); print(" status", dict(st), "stable", stable)
