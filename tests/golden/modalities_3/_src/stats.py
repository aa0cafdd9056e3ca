"""Counts for the README: /work/main/.venv/bin/python _src/stats.py"""
import collections
import json
import os

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.defaultdict(collections.Counter)
nf = 0
for f in sorted(os.listdir(SET)):
    if not f.endswith(".expected.json"):
        continue
    e = json.load(open(os.path.join(SET, f)))
    C["prefix"][f.split("_")[0]] += 1
    C["modalities"][" + ".join(e["exam"]["modalities"])] += 1
    C["purpose"][str(e["exam"]["purpose"])] += 1
    C["density"][str(e["density"])] += 1
    C["fgt"][str(e["fibroglandular_tissue"] and e["fibroglandular_tissue"]["category"])] += 1
    b = e["background_enhancement"]
    C["bpe"]["%s / %s" % (b["level"], b["symmetry"]) if b else "None"] += 1
    C["overall"][str(e["assessment"]["overall"])] += 1
    bb = e["assessment"]["by_breast"]
    C["by_breast"][{0: "{}", 1: "one side", 2: "both sides"}[len(bb)]] += 1
    for r in e["recommendations"]:
        C["rec"][r] += 1
    for x in e["findings"]:
        nf += 1
        C["kind"][x["kind"]] += 1
        C["status"][x["status"]] += 1
        C["breast"][str(x["breast"])] += 1
        C["stable"][x["stable"]] += 1
        for k, v in x["descriptors"].items():
            C["desc"]["%s=%s" % (k, v)] += 1
        for m in x["morphology"]:
            C["morph"][m] += 1
        if x["distribution"]:
            C["dist"][x["distribution"]] += 1
print("findings", nf)
for k, v in C.items():
    print(k, dict(sorted(v.items(), key=lambda t: (-t[1], str(t[0])))))
