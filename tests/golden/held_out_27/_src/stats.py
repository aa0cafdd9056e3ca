"""Counts for the README."""
import collections, json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reports")
ov, dens, kind, stat, stable, n = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter(), 0, 0
for f in sorted(os.listdir(D)):
    if not f.endswith(".expected.json"):
        continue
    g = json.load(open(os.path.join(D, f)))
    ov[g["assessment"]["overall"]] += 1
    dens[g["density"]] += 1
    bb = " ".join(k[0].upper() + v for k, v in g["assessment"]["by_breast"].items())
    print("| %s | %s | %s | %s | %d |" % (f[:6], g["assessment"]["overall"], bb, g["density"], len(g["findings"])))
    for x in g["findings"]:
        n += 1; kind[x["kind"]] += 1; stat[x["status"]] += 1; stable += x["stable"]
print("overall", dict(ov)); print("density", dict(dens)); print("kinds", dict(kind)); print("status", dict(stat), "stable", stable, "total", n)
