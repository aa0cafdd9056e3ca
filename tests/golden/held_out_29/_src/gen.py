import json, os, sys
from common import expected
import data_t, data_r

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(part, items):
    d = os.path.join(ROOT, part)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    for it in items:
        text = it["text"].strip("\n") + "\n"
        with open(os.path.join(d, it["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(d, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2)
            fh.write("\n")
    print(part, len(items))


write("teaching", data_t.ITEMS)
write("reports", data_r.ITEMS)
