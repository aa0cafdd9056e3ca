"""Prints the counts used in the README of modalities_11."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
C = collections.defaultdict(collections.Counter)
files = sorted(f for f in os.listdir(SET_DIR) if f.endswith(".expected.json"))
for fn in files:
    e = json.load(open(os.path.join(SET_DIR, fn)))
    i = fn.split("_")[0]
    C["modalities"][" + ".join(e["exam"]["modalities"])] += 1
    C["purpose"][e["exam"]["purpose"]] += 1
    C["density"][e["density"]] += 1
    C["fgt"][(e["fibroglandular_tissue"] or {}).get("category")] += 1
    b = e["background_enhancement"]
    C["bpe"]["%s / %s" % (b["level"], b["symmetry"]) if b else None] += 1
    C["overall"][e["assessment"]["overall"]] += 1
    bb = e["assessment"]["by_breast"]
    C["by_breast"][{0: "{}", 1: "one side", 2: "both sides"}[len(bb)]] += 1
    for r in e["recommendations"]:
        C["rec"][r] += 1
    for f in e["findings"]:
        C["kind"][f["kind"]] += 1
        C["status"][f["status"]] += 1
        C["breast"][f["breast"]] += 1
        C["stable"][f["stable"]] += 1
        for k, v in f["descriptors"].items():
            C["desc:" + k][v] += 1
print("files", len(files), "findings", sum(C["kind"].values()))
for k in sorted(C):
    print(k, dict(C[k].most_common()))
