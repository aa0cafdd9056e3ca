import json, os
from common import expected
import data_t, data_r

HERE = os.path.dirname(os.path.abspath(__file__))
for mod, folder in ((data_t, "teaching"), (data_r, "reports")):
    out = os.path.join(HERE, "..", folder)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    for item in mod.ITEMS:
        with open(os.path.join(out, item["id"] + ".txt"), "w") as fh:
            fh.write(item["text"].strip("\n") + "\n")
        with open(os.path.join(out, item["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(item), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
print("written", len(data_t.ITEMS), "teaching,", len(data_r.ITEMS), "reports")
