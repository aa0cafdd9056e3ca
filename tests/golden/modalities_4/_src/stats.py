"""Prints the counts used in README.md (json only)."""
import collections
import json
import os

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.defaultdict(collections.Counter)
ids = sorted(n[:-14] for n in os.listdir(SET) if n.endswith(".expected.json"))
for i in ids:
    e = json.load(open(os.path.join(SET, i + ".expected.json")))
    C["prefix"][i.split("_")[0]] += 1
    C["modalities"][" + ".join(e["exam"]["modalities"])] += 1
    C["purpose"][str(e["exam"]["purpose"])] += 1
    C["density"][str(e["density"])] += 1
    C["fgt"][str(e["fibroglandular_tissue"] and e["fibroglandular_tissue"]["category"])] += 1
    b = e["background_enhancement"]
    C["bpe"]["%s / %s" % (b["level"], b["symmetry"]) if b else "null"] += 1
    C["overall"][str(e["assessment"]["overall"])] += 1
    bb = e["assessment"]["by_breast"]
    C["by_breast"]["both sides" if len(bb) == 2 else "one side" if bb else "{}"] += 1
    for r in e["recommendations"]:
        C["rec"][r] += 1
    for f in e["findings"]:
        C["kind"][f["kind"]] += 1
        C["status"][f["status"]] += 1
        C["breast"][str(f["breast"])] += 1
        C["stable"][f["stable"]] += 1
        for k, v in f["descriptors"].items():
            C["desc:" + k][v] += 1
        if f["kind"] == "calcification":
            C["calc morphology"][",".join(f["morphology"]) or "[]"] += 1
            C["calc distribution"][str(f["distribution"])] += 1
print("reports", len(ids), "findings", sum(C["kind"].values()))
for k in sorted(C):
    print(k, dict(C[k].most_common()))
