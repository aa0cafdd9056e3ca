"""Counts for the README (reads the written expected files)."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part in ("teaching", "reports"):
    d = os.path.join(ROOT, part); C = collections.Counter
    ov, dens, kind, st, br, bbk = C(), C(), C(), C(), C(), C(); stable = 0; n = nf = 0
    for f in sorted(os.listdir(d)):
        if not f.endswith(".expected.json"): continue
        e = json.load(open(os.path.join(d, f))); n += 1
        ov[str(e["assessment"]["overall"])] += 1; dens[str(e["density"])] += 1
        bbk[len(e["assessment"]["by_breast"])] += 1
        for x in e["findings"]:
            nf += 1; kind[x["kind"]] += 1; st[x["status"]] += 1; br[str(x["breast"])] += 1; stable += x["stable"]
    print(part, n, "items", nf, "findings")
    for name, c in [("overall", ov), ("density", dens), ("by_breast sides", bbk), ("kind", kind), ("status", st), ("breast", br)]:
        print("  ", name, dict(sorted(c.items())))
    print("   stable", stable)
