import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected
import data_t, data_r

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = 0
for part, mod in (("teaching", data_t), ("reports", data_r)):
    d = os.path.join(ROOT, part)
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    for item in mod.ITEMS:
        text = item["text"].strip("\n") + "\n"
        with open(os.path.join(d, item["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(d, item["id"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(item), f, indent=2, ensure_ascii=False)
            f.write("\n")
        n += 1
print("wrote", n, "items")
