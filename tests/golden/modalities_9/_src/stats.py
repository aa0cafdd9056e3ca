"""Print the counts used in README.md: /work/main/.venv/bin/python _src/stats.py"""
import collections
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.Counter
kind, status, breast, overall, bbk, purpose, mods, dens, fgt, bpe, rec, desc, calc = (C() for _ in range(13))
stable = []
n = nf = 0
for f in sorted(os.listdir(OUT)):
    if not f.endswith(".expected.json"):
        continue
    n += 1
    name = f[:-len(".expected.json")]
    e = json.load(open(os.path.join(OUT, f)))
    overall[str(e["assessment"]["overall"])] += 1
    bb = e["assessment"]["by_breast"]
    bbk["both sides" if len(bb) == 2 else "one side" if bb else "{}"] += 1
    purpose[str(e["exam"]["purpose"])] += 1
    mods[" + ".join(e["exam"]["modalities"])] += 1
    dens[str(e["density"])] += 1
    fgt[str(e["fibroglandular_tissue"] and e["fibroglandular_tissue"]["category"])] += 1
    b = e["background_enhancement"]
    bpe["null" if b is None else "%s / %s" % (b["level"], b["symmetry"] or "null")] += 1
    for r in e["recommendations"]:
        rec[r] += 1
    for x in e["findings"]:
        nf += 1
        kind[x["kind"]] += 1
        status[x["status"]] += 1
        breast[str(x["breast"])] += 1
        if x["stable"]:
            stable.append("%s %s" % (name.split("_")[0] + "_" + name.split("_")[1], x["kind"]))
        for k, v in x["descriptors"].items():
            desc[(k, v)] += 1
        if x["kind"] == "calcification":
            calc["%s %s/%s" % (x["status"], ",".join(x["morphology"]) or "[]", x["distribution"])] += 1
print("reports", n, "findings", nf, "stable", len(stable), stable)
for title, c in [("kind", kind), ("status", status), ("breast", breast), ("overall", overall),
                 ("by_breast", bbk), ("purpose", purpose), ("modalities", mods), ("density", dens),
                 ("fgt", fgt), ("bpe", bpe), ("rec", rec), ("calcifications", calc)]:
    print(title, dict(c.most_common()))
last = None
for (k, v), m in sorted(desc.items()):
    if k != last:
        print()
        print(k, end=": ")
        last = k
    print("%s %d" % (v, m), end=", ")
print()
