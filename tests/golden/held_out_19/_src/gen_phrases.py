import os
from common import write_jsonl, ROOT
from phr_data import PHRASES
items = []
for i, (grp, lc, text, gold) in enumerate(PHRASES, 1):
    d = dict(gold); d["text"] = text; d["id"] = "ph19_%03d" % i
    if d.get("overall") is None:
        d.pop("overall", None)
    items.append(d)
n = write_jsonl(os.path.join(ROOT, "phrases", "phrases.jsonl"), "ph19", items)
print("phrases:", n)
