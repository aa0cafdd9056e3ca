import json, os
from common import expected
import imp_data
try:
    import teach_data
except ImportError:
    teach_data = None
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

with open(os.path.join(ROOT, "impressions", "impressions.jsonl"), "w") as fh:
    for it in imp_data.ITEMS:
        exp = expected(it["overall"], it["cats"], it["f"])
        fh.write(json.dumps({"id": it["id"], "text": it["text"].strip(), "expected": exp}, ensure_ascii=False) + "\n")
n_t = 0
if teach_data:
    tdir = os.path.join(ROOT, "teaching")
    for fn in os.listdir(tdir):
        os.remove(os.path.join(tdir, fn))
    for it in teach_data.ITEMS:
        exp = expected(it["overall"], it["cats"], it["f"], it.get("density"))
        with open(os.path.join(tdir, it["id"] + ".txt"), "w") as fh:
            fh.write(it["text"].strip() + "\n")
        with open(os.path.join(tdir, it["id"] + ".expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        n_t += 1
print(f"wrote {len(imp_data.ITEMS)} impressions, {n_t} teaching items")
