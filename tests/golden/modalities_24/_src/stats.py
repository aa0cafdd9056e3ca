"""Counts for the README: /work/main/.venv/bin/python stats.py"""
import collections, glob, json, os
F = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
c = collections.defaultdict(collections.Counter)
n = 0
for p in sorted(glob.glob(os.path.join(F, "*.expected.json"))):
    g = json.load(open(p)); n += 1
    name = os.path.basename(p)[:-14]
    c["prefix"][name.split("24_")[0]] += 1
    c["overall"][g["assessment"]["overall"]] += 1
    bb = g["assessment"]["by_breast"]
    c["by_breast"][{2: "both sides", 1: "one side", 0: "{}"}[len(bb)]] += 1
    c["purpose"][g["exam"]["purpose"]] += 1
    if g["density"]: c["density"][g["density"]] += 1
    if g["fibroglandular_tissue"]: c["fgt"][g["fibroglandular_tissue"]["category"]] += 1
    if g["background_enhancement"]:
        b = g["background_enhancement"]; c["bpe"][f"{b['level']}/{b['symmetry']}"] += 1
    for f in g["findings"]:
        c["kind"][f["kind"]] += 1; c["status"][f["status"]] += 1
        if f["stable"]: c["stable"]["stable"] += 1
        for k in f["descriptors"]: c["descriptor"][k] += 1
    for r in g["recommendations"]: c["rec"][r] += 1
    print(f"| {name} | {g['assessment']['overall']} | {' '.join(k[0].upper()+v for k, v in bb.items()) or '{}'} | {len(g['findings'])} |")
print(n, "reports", sum(c["kind"].values()), "findings")
for k, v in c.items():
    print(k, ", ".join(f"{a} {b}" for a, b in v.most_common()))
