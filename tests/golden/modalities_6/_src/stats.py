"""Prints the counts used in README.md (json only)."""
import json, os, collections as C
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
ids = sorted(f[:-14] for f in os.listdir(SET) if f.endswith(".expected.json"))
G = {i: json.load(open(os.path.join(SET, i + ".expected.json"))) for i in ids}
c = {k: C.Counter() for k in ["prefix", "kind", "status", "breast", "overall", "bb", "purpose", "mods", "density", "fgt", "bpe", "rec", "desc", "morph", "dist"]}
stable = nf = 0
for i, g in G.items():
    c["prefix"][i.split("_")[0]] += 1
    c["overall"][str(g["assessment"]["overall"])] += 1
    bb = g["assessment"]["by_breast"]; c["bb"]["both sides" if len(bb) == 2 else "one side" if bb else "{}"] += 1
    c["purpose"][str(g["exam"]["purpose"])] += 1
    c["mods"][" + ".join(g["exam"]["modalities"])] += 1
    c["density"][str(g["density"])] += 1
    c["fgt"][str(g["fibroglandular_tissue"] and g["fibroglandular_tissue"]["category"])] += 1
    b = g["background_enhancement"]; c["bpe"][f"{b['level']} / {b['symmetry']}" if b else "None"] += 1
    for r in g["recommendations"]: c["rec"][r] += 1
    for f in g["findings"]:
        nf += 1; stable += f["stable"]
        c["kind"][f["kind"]] += 1; c["status"][f["status"]] += 1; c["breast"][str(f["breast"])] += 1
        for k, v in f["descriptors"].items(): c["desc"][f"{k}={v}"] += 1
        if f["kind"] == "calcification":
            c["morph"][",".join(f["morphology"]) or "[]"] += 1; c["dist"][str(f["distribution"])] += 1
print("findings", nf, "stable", stable)
for k, v in c.items():
    print(k, sorted(v.items(), key=lambda x: (-x[1], x[0])) if k != "desc" else sorted(v.items()))
