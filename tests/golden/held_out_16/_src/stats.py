"""Counts for the README."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
for part in ("teaching", "reports"):
    folder = os.path.join(HERE, "..", part)
    ov, dens, kind, status, breast, bbshape = (collections.Counter() for _ in range(6))
    stable = nf = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".expected.json"):
            continue
        e = json.load(open(os.path.join(folder, name)))
        ov[str(e["assessment"]["overall"])] += 1
        dens[str(e["density"])] += 1
        bbshape[len(e["assessment"]["by_breast"])] += 1
        for f in e["findings"]:
            nf += 1
            kind[f["kind"]] += 1
            status[f["status"]] += 1
            breast[str(f["breast"])] += 1
            stable += f["stable"]
    print(f"== {part}: findings {nf}")
    print(" overall", sorted(ov.items()))
    print(" by_breast sides", sorted(bbshape.items()))
    print(" density", sorted(dens.items()))
    print(" kind", kind.most_common())
    print(" status", status.most_common())
    print(" breast", breast.most_common())
    print(" stable", stable)
