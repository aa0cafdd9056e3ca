import json, os
from common import expected
import data_t, data_r

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for sub, items in (("teaching", data_t.ITEMS), ("reports", data_r.ITEMS)):
    d = os.path.join(ROOT, sub)
    os.makedirs(d, exist_ok=True)
    for it in items:
        with open(os.path.join(d, it["id"] + ".txt"), "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(os.path.join(d, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2)
    print(sub, len(items))
