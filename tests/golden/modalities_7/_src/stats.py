"""Counts for the README (reads the expected files)."""
import json, os, collections as C
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-14] for f in os.listdir(SET) if f.endswith(".expected.json"))
G = {i: json.load(open(os.path.join(SET, i + ".expected.json"))) for i in ids}
c = {k: C.Counter() for k in ["kind", "status", "breast", "overall", "purpose", "mods", "density", "fgt", "bpe", "rec", "bb"]}
desc = C.defaultdict(C.Counter)
stable = []; possible = []; morph = C.Counter()
nf = 0
for i, g in G.items():
    c["overall"][g["assessment"]["overall"]] += 1
    bb = g["assessment"]["by_breast"]
    c["bb"]["both" if len(bb) == 2 else ("one" if bb else "{}")] += 1
    c["purpose"][g["exam"]["purpose"]] += 1
    c["mods"][" + ".join(g["exam"]["modalities"])] += 1
    c["density"][g["density"]] += 1
    c["fgt"][(g["fibroglandular_tissue"] or {}).get("category")] += 1
    b = g["background_enhancement"]
    c["bpe"][f"{b['level']} / {b['symmetry']}" if b else None] += 1
    for r in g["recommendations"]:
        c["rec"][r] += 1
    for f in g["findings"]:
        nf += 1
        c["kind"][f["kind"]] += 1; c["status"][f["status"]] += 1; c["breast"][f["breast"]] += 1
        if f["stable"]: stable.append(i)
        if f["status"] == "possible": possible.append(i)
        if f["kind"] == "calcification": morph[(tuple(f["morphology"]), f["distribution"], f["status"])] += 1
        for k, v in f["descriptors"].items():
            desc[k][v] += 1
print("reports", len(G), "findings", nf)
for k, v in c.items():
    print(k, dict(v.most_common()))
print("stable", stable); print("possible", possible)
for k, v in desc.items():
    print(k, dict(v.most_common()))
print("calcs", dict(morph))
