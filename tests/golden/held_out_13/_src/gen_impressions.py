import os
from common import expected, write_jsonl
import imp_data_2  # noqa: F401  (registers 031-060)
from imp_data_1 import I

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for d in sorted(I, key=lambda d: d["n"]):
    rows.append({"id": "imp13_%03d" % d["n"], "text": d["text"],
                 "expected": expected(d["density"], d["overall"], d["bb"], d["f"])})
assert len(rows) == 60
write_jsonl(os.path.join(HERE, "..", "impressions", "impressions.jsonl"), rows)
print("impressions:", len(rows))
