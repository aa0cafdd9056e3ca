import collections, json, os
from common import ROOT
for sub in ("teaching", "reports"):
    d = os.path.join(ROOT, sub); files = sorted(f for f in os.listdir(d) if f.endswith(".expected.json"))
    ov, dens, kind, st, br, bbn = (collections.Counter() for _ in range(6)); stable = nf = 0
    for f in files:
        e = json.load(open(os.path.join(d, f)))
        ov[str(e["assessment"]["overall"])] += 1; dens[str(e["density"])] += 1; bbn[len(e["assessment"]["by_breast"])] += 1
        for x in e["findings"]:
            nf += 1; kind[x["kind"]] += 1; st[x["status"]] += 1; br[str(x["breast"])] += 1; stable += x["stable"]
    print(sub, len(files), "items,", nf, "findings")
    for name, c in (("overall", ov), ("by_breast sides", bbn), ("density", dens), ("kind", kind), ("status", st), ("breast", br)):
        print("  %-16s %s" % (name, ", ".join("%s %d" % kv for kv in c.most_common())))
    print("  stable", stable)
