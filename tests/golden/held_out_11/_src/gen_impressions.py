import json, os
from common import expected
import imp_data_1, imp_data_2  # noqa: F401  (imp_data_2 registers into imp_data_1.IMP)
from imp_data_1 import IMP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "impressions", "impressions.jsonl")
rows = sorted(IMP, key=lambda r: r[0])
assert [r[0] for r in rows] == list(range(1, 61)), [r[0] for r in rows]
with open(OUT, "w", encoding="utf-8") as fh:
    for n, origin, kind, forms, text, density, overall, bb, finds in rows:
        fh.write(json.dumps({"id": "imp11_%03d" % n, "text": text,
                             "expected": expected(density, overall, bb, finds)}, ensure_ascii=False) + "\n")
print("wrote", len(rows), "impressions")
