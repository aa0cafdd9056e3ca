import json, os
from common import expected
import imp_data, phr_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(items, prefix, sub, name):
    path = os.path.join(ROOT, sub, name)
    with open(path, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            it["id"] = "%s_%03d" % (prefix, i)
            line = {"id": it["id"], "text": it["text"].strip("\n"), "expected": expected(it)}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(path, len(items))


write(imp_data.ITEMS, "imp31", "impressions", "impressions.jsonl")
write(phr_data.ITEMS, "ph31", "phrases", "phrases.jsonl")
