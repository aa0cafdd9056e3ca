"""Prints the counts given in the README (json only)."""
import collections
import glob
import json
import os

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.defaultdict(collections.Counter)
n = 0
for p in sorted(glob.glob(os.path.join(SET, "*.expected.json"))):
    i = os.path.basename(p)[:-len(".expected.json")]
    e = json.load(open(p))
    n += 1
    C["prefix"][i.split("_")[0]] += 1
    C["modalities"][" + ".join(e["exam"]["modalities"])] += 1
    C["purpose"][str(e["exam"]["purpose"])] += 1
    C["density"][str(e["density"])] += 1
    C["fgt"][str(e["fibroglandular_tissue"] and e["fibroglandular_tissue"]["category"])] += 1
    b = e["background_enhancement"]
    C["bpe"]["null" if b is None else "%s / %s" % (b["level"], b["symmetry"] or "null")] += 1
    C["overall"][str(e["assessment"]["overall"])] += 1
    bb = e["assessment"]["by_breast"]
    C["by_breast"][{0: "{}", 1: "one side", 2: "both sides"}[len(bb)]] += 1
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
            C["calc"]["%s / %s" % (",".join(f["morphology"]) or "[]", f["distribution"])] += 1
print("reports", n, "findings", sum(C["kind"].values()))
for k in sorted(C):
    print(k, dict(C[k].most_common()))
