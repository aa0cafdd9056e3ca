import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected
import data_t, data_r
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part, mod in (("teaching", data_t), ("reports", data_r)):
    for item in mod.ITEMS:
        base = os.path.join(ROOT, part, item["id"])
        with open(base + ".txt", "w") as fh:
            fh.write(item["text"].strip("\n") + "\n")
        with open(base + ".expected.json", "w") as fh:
            json.dump(expected(item), fh, indent=2)
            fh.write("\n")
print("written", len(data_t.ITEMS), "teaching,", len(data_r.ITEMS), "reports")
