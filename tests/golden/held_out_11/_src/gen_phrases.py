import json, os
from common import expected
from phr_data import PHR

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "phrases", "phrases.jsonl")
rows = sorted(PHR, key=lambda r: r[0])
assert [r[0] for r in rows] == list(range(1, 91)), [r[0] for r in rows]
with open(OUT, "w", encoding="utf-8") as fh:
    for n, group, text, density, overall, bb, finds in rows:
        fh.write(json.dumps({"id": "ph11_%03d" % n, "text": text,
                             "expected": expected(density, overall, bb, finds)}, ensure_ascii=False) + "\n")
print("wrote", len(rows), "phrases")
