import os
from common import expected, write_jsonl, ROOT
from phr_data import P

rows = []
for i, it in enumerate(P, 1):
    rows.append({"id": "ph17_%03d" % i, "text": it["text"],
                 "expected": expected(it["density"], it["cats"], it["extra"], it["f"])})
assert len(rows) == 90, len(rows)
write_jsonl(os.path.join(ROOT, "phrases", "phrases.jsonl"), rows)
print("phrases:", len(rows))
