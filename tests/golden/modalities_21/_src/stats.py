"""Counts for the README, and one style-table row per report."""
import collections, glob, json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.Counter
kind, status, ov, bbn, purp, dens, fgt, bpe, rec = C(), C(), C(), C(), C(), C(), C(), C(), C()
stable = nf = 0
rows = []
for p in sorted(glob.glob(os.path.join(D, "*.expected.json"))):
    e = json.load(open(p)); n = os.path.basename(p)[:-14]
    fs = e["findings"]; nf += len(fs)
    for f in fs:
        kind[f["kind"]] += 1; status[f["status"]] += 1; stable += f["stable"]
    ov[e["assessment"]["overall"]] += 1; bbn[len(e["assessment"]["by_breast"])] += 1
    purp[e["exam"]["purpose"]] += 1
    if e["density"]: dens[e["density"]] += 1
    if e["fibroglandular_tissue"]: fgt[e["fibroglandular_tissue"]["category"]] += 1
    if e["background_enhancement"]:
        b = e["background_enhancement"]; bpe[f'{b["level"]}/{b["symmetry"]}'] += 1
    for r in e["recommendations"]: rec[r] += 1
    bb = " ".join(f'{k[0].upper()}{v}' for k, v in e["assessment"]["by_breast"].items()) or "{}"
    rows.append(f'{n} | {e["assessment"]["overall"]} | {bb} | {len(fs)}')
print(len(rows), "reports;", nf, "findings")
for name, c in [("kind", kind), ("status", status), ("overall", ov), ("by_breast sides", bbn), ("purpose", purp),
                ("density", dens), ("fgt", fgt), ("bpe", bpe), ("rec", rec)]:
    print(name + ":", ", ".join(f"{k} {v}" for k, v in c.most_common()))
print("stable", stable)
print("\n".join(rows))
