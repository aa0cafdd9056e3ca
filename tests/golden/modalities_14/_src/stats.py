"""Counts for the README (stats.py -rows adds per-file rows)."""
import json, os, sys
from collections import Counter
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-14] for f in os.listdir(SET) if f.endswith(".expected.json"))
E = {i: json.load(open(os.path.join(SET, i + ".expected.json"))) for i in ids}
F = [f for e in E.values() for f in e["findings"]]
print("reports", len(E), "findings", len(F), "stable", sum(f["stable"] for f in F),
      "possible", sum(f["status"] == "possible" for f in F))
for key in ("kind", "status", "breast"):
    print(key, Counter(f[key] for f in F).most_common())
print("overall", Counter(e["assessment"]["overall"] for e in E.values()).most_common())
print("purpose", Counter(e["exam"]["purpose"] for e in E.values()).most_common())
print("modalities", Counter(m for e in E.values() for m in e["exam"]["modalities"]).most_common())
print("density", Counter(e["density"] for e in E.values()).most_common())
print("fgt", Counter((e["fibroglandular_tissue"] or {}).get("category") for e in E.values()).most_common())
print("bpe", Counter(None if not e["background_enhancement"] else "%s/%s" % (e["background_enhancement"]["level"], e["background_enhancement"]["symmetry"]) for e in E.values()).most_common())
print("bb", Counter(len(e["assessment"]["by_breast"]) for e in E.values()).most_common())
print("recs", Counter(r for e in E.values() for r in e["recommendations"]).most_common())
dc = {}
for f in F:
    for k, v in f["descriptors"].items():
        dc.setdefault(k, Counter())[v] += 1
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
DESC = schema["$defs"]["finding"]["properties"]["descriptors"]["properties"]
for k in DESC:
    c = dc.get(k, Counter())
    miss = [v for v in DESC[k]["enum"] if v not in c]
    print(f"{k}: " + ", ".join(f"{v} {n}" for v, n in c.most_common()) + (f"   MISSING {miss}" if miss else ""))
if "-rows" in sys.argv:
    for i, e in E.items():
        bb = " ".join(f"{s[0].upper()}{c}" for s, c in e["assessment"]["by_breast"].items()) or "{}"
        print(i, e["assessment"]["overall"], bb, e["density"], len(e["findings"]))
