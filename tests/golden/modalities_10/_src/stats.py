"""Print the counts used in README.md: /work/main/.venv/bin/python _src/stats.py"""
import collections
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json", encoding="utf-8"))
DESC = SCHEMA["$defs"]["finding"]["properties"]["descriptors"]["properties"]
C = collections.defaultdict(collections.Counter)
files = collections.defaultdict(list)
nf = 0
for n in sorted(os.listdir(OUT)):
    if not n.endswith(".expected.json"):
        continue
    rid = n[:-len(".expected.json")]
    e = json.load(open(os.path.join(OUT, n), encoding="utf-8"))
    C["prefix"][rid.split("_")[0]] += 1
    C["mods"][" + ".join(e["exam"]["modalities"])] += 1
    C["purpose"][str(e["exam"]["purpose"])] += 1
    C["density"][str(e["density"])] += 1
    C["fgt"][str(e["fibroglandular_tissue"] and e["fibroglandular_tissue"]["category"])] += 1
    b = e["background_enhancement"]
    C["bpe"]["%s / %s" % (b["level"], b["symmetry"]) if b else "None"] += 1
    C["overall"][str(e["assessment"]["overall"])] += 1
    bb = e["assessment"]["by_breast"]
    C["by_breast"]["both sides" if len(bb) == 2 else ("one side" if bb else "{}")] += 1
    if len(bb) == 1:
        files["one side"].append(rid.split("_")[0] + "_" + rid.split("_")[1])
    if not bb:
        files["{}"].append(rid.split("_")[0] + "_" + rid.split("_")[1])
    for r in e["recommendations"]:
        C["rec"][r] += 1
    for f in e["findings"]:
        nf += 1
        C["kind"][f["kind"]] += 1
        C["status"][f["status"]] += 1
        C["breast"][str(f["breast"])] += 1
        if f["stable"]:
            C["stable"]["stable"] += 1
        if f["status"] == "possible":
            files["possible"].append(rid.split("_")[0] + "_" + rid.split("_")[1] + " " + f["kind"])
        for k, v in f["descriptors"].items():
            C["desc:" + k][v] += 1
        if f["kind"] == "calcification":
            C["calc"]["%s %s %s" % (f["status"], f["morphology"], f["distribution"])] += 1
print("findings", nf)
for k in sorted(C):
    print(k, dict(C[k].most_common()))
for k in DESC:
    missing = [v for v in DESC[k]["enum"] if C["desc:" + k][v] == 0]
    if missing:
        print("MISSING", k, missing)
for k, v in files.items():
    print(k, v)
