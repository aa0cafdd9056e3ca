"""Counts for the README, and one style-table stub row per report."""
import collections, glob, json, os
F = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
k, st, ov, pu, bpe, fgt, den, rec = (collections.Counter() for _ in range(8))
n = nf = stable = 0
for p in sorted(glob.glob(os.path.join(F, "*.expected.json"))):
    g = json.load(open(p)); n += 1
    name = os.path.basename(p)[:-14]
    bb = " ".join("%s%s" % (s[0].upper(), c) for s, c in g["assessment"]["by_breast"].items()) or "{}"
    print("| %s | %s | %s | %d |" % (name, g["assessment"]["overall"], bb, len(g["findings"])))
    for f in g["findings"]:
        nf += 1; k[f["kind"]] += 1; st[f["status"]] += 1; stable += f["stable"]
    ov[g["assessment"]["overall"]] += 1; pu[g["exam"]["purpose"]] += 1
    if g["background_enhancement"]: bpe["%s/%s" % (g["background_enhancement"]["level"], g["background_enhancement"]["symmetry"])] += 1
    if g["fibroglandular_tissue"]: fgt[g["fibroglandular_tissue"]["category"]] += 1
    if g["density"]: den[g["density"]] += 1
    for r in g["recommendations"]: rec[r] += 1
print(n, "reports;", nf, "findings", dict(k), dict(st), "stable", stable)
for name, c in (("overall", ov), ("purpose", pu), ("bpe", bpe), ("fgt", fgt), ("density", den), ("rec", rec)):
    print(name, dict(c))
