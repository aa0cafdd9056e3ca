"""Counts for the README (from the written expected files)."""
import collections
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part in ("teaching", "reports"):
    folder = os.path.join(ROOT, part)
    ov, dens, kind, status, breast, bbn = (collections.Counter() for _ in range(6))
    stable = nf = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".expected.json"):
            continue
        e = json.load(open(os.path.join(folder, name)))
        ov[str(e["assessment"]["overall"])] += 1
        dens[str(e["density"])] += 1
        bb = e["assessment"]["by_breast"]
        bbn["two-sided" if len(bb) == 2 else "one-sided" if bb else "empty"] += 1
        for f in e["findings"]:
            nf += 1
            kind[f["kind"]] += 1
            status[f["status"]] += 1
            breast[str(f["breast"])] += 1
            stable += f["stable"]
    print("==", part, "findings", nf)
    for label, c in (("overall", ov), ("density", dens), ("by_breast", bbn), ("kind", kind),
                     ("status", status), ("breast", breast)):
        print("  %-9s %s" % (label, ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    print("  stable   ", stable)
