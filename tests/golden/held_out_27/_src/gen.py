import json, os
from common import expected
from data_r import ITEMS
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reports")
os.makedirs(OUT, exist_ok=True)
for it in ITEMS:
    with open(os.path.join(OUT, it["id"] + ".txt"), "w") as fh:
        fh.write(it["text"].strip("\n") + "\n")
    with open(os.path.join(OUT, it["id"] + ".expected.json"), "w") as fh:
        json.dump(expected(it), fh, indent=2)
        fh.write("\n")
print("wrote", len(ITEMS), "reports")
