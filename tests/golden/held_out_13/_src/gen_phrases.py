import os
from common import expected, write_jsonl
from phr_data import P

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for i, d in enumerate(P, 1):
    rows.append({"id": "ph13_%03d" % i, "text": d["text"],
                 "expected": expected(d["density"], d["overall"], d["bb"], d["f"])})
assert len(rows) == 90
write_jsonl(os.path.join(HERE, "..", "phrases", "phrases.jsonl"), rows)
print("phrases:", len(rows))
