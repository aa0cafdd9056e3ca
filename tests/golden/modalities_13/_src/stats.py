"""Counts for the README of modalities_13 (json only)."""
import json, os, collections as C

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-14] for f in os.listdir(SET) if f.endswith(".expected.json"))
kind, status, breast, overall, purpose, dens, fgt, bpe, mods, rec = (C.Counter() for _ in range(10))
desc = C.defaultdict(C.Counter)
nf = stable = 0
rows = []
for i in ids:
    e = json.load(open(os.path.join(SET, i + ".expected.json")))
    overall[str(e["assessment"]["overall"])] += 1
    purpose[e["exam"]["purpose"]] += 1
    dens[str(e["density"])] += 1
    fgt[str(e["fibroglandular_tissue"] and e["fibroglandular_tissue"]["category"])] += 1
    b = e["background_enhancement"]
    bpe["null" if b is None else f'{b["level"]} / {b["symmetry"]}'] += 1
    mods[" + ".join(e["exam"]["modalities"])] += 1
    for r in e["recommendations"]:
        rec[r] += 1
    for f in e["findings"]:
        nf += 1
        stable += f["stable"]
        kind[f["kind"]] += 1
        status[f["status"]] += 1
        breast[str(f["breast"])] += 1
        for k, v in f["descriptors"].items():
            desc[k][v] += 1
    bb = " ".join(f"{s[0].upper()}{c}" for s, c in e["assessment"]["by_breast"].items()) or "{}"
    rows.append((i, e["assessment"]["overall"], bb, e["density"], len(e["findings"])))
print("reports", len(ids), "findings", nf, "stable", stable)
for name, c in [("kind", kind), ("status", status), ("breast", breast), ("overall", overall), ("purpose", purpose),
                ("density", dens), ("fgt", fgt), ("bpe", bpe), ("modalities", mods), ("recommendations", rec)]:
    print(name, ", ".join(f"{k} {v}" for k, v in c.most_common()))
for k in ["shape", "margin", "mass_density", "orientation", "echo_pattern", "posterior_features", "vascularity",
          "elasticity", "internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed", "implant_rupture"]:
    print(f"| {k} | " + ", ".join(f"{v} {n}" for v, n in desc[k].most_common()) + " |")
import sys
if "-rows" in sys.argv:
    for r in rows:
        print(r)
