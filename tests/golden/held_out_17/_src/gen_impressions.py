import os
from common import expected, write_jsonl, ROOT
import imp_data_1, imp_data_2  # noqa: F401  (imp_data_2 appends to imp_data_1.D)
from imp_data_1 import D

rows = []
for i, it in enumerate(D, 1):
    rows.append({"id": "imp17_%03d" % i, "text": it["text"],
                 "expected": expected(it["density"], it["cats"], it["extra"], it["f"])})
assert len(rows) == 60, len(rows)
write_jsonl(os.path.join(ROOT, "impressions", "impressions.jsonl"), rows)
print("impressions:", len(rows))
