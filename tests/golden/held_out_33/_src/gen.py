import json, os
from common import expected
import imp_data, phr_data

HERE = os.path.dirname(os.path.abspath(__file__))
for items, sub in ((imp_data.ITEMS, "impressions"), (phr_data.ITEMS, "phrases")):
    out = os.path.join(HERE, "..", sub, sub + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({"id": it["id"], "text": it["text"], "expected": expected(it)}, ensure_ascii=False) + "\n")
    print(sub, len(items))
