"""Counts for the README (json only)."""
import collections, json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.defaultdict(collections.Counter)
n = 0
for f in sorted(os.listdir(OUT)):
    if not f.endswith(".expected.json"):
        continue
    n += 1
    g = json.load(open(os.path.join(OUT, f)))
    C["overall"][g["assessment"]["overall"]] += 1
    C["purpose"][g["exam"]["purpose"]] += 1
    C["density"][g["density"]] += 1
    C["fgt"][(g["fibroglandular_tissue"] or {}).get("category")] += 1
    b = g["background_enhancement"]
    C["bpe"][b and f'{b["level"]}/{b["symmetry"]}'] += 1
    C["by_breast"][len(g["assessment"]["by_breast"])] += 1
    for r in g["recommendations"]:
        C["rec"][r] += 1
    for fd in g["findings"]:
        C["kind"][fd["kind"]] += 1
        C["status"][fd["status"]] += 1
        C["breast"][fd["breast"]] += 1
        C["stable"][fd["stable"]] += 1
        for k, v in fd["descriptors"].items():
            C["desc:" + k][v] += 1
print(n, "reports,", sum(C["kind"].values()), "findings")
for k, c in C.items():
    print(k, dict(c.most_common()))
