import json, os
from common import expected
import imp_data
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

with open(os.path.join(ROOT, "impressions", "impressions.jsonl"), "w") as fh:
    for i, (setting, form, text, overall, by, fnd) in enumerate(imp_data.ITEMS, 1):
        fh.write(json.dumps({"id": "imp30_%03d" % i, "text": text, "expected": expected(overall, by, fnd)},
                            ensure_ascii=False) + "\n")
n = len(imp_data.ITEMS)
try:
    import teach_data
    T = teach_data.ITEMS
except ImportError:
    T = []
for t in T:
    base = os.path.join(ROOT, "teaching", t["id"])
    with open(base + ".txt", "w") as fh:
        fh.write(t["text"].strip("\n") + "\n")
    with open(base + ".expected.json", "w") as fh:
        json.dump(expected(t["overall"], t["by"], t["findings"], t.get("density")), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote", n, "impressions,", len(T), "teaching")
