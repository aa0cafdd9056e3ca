import json, os
from common import expected
import imp_data, phr_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(items, prefix, rel):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            it["id"] = "%s_%03d" % (prefix, n)
            fh.write(json.dumps({"id": it["id"], "text": it["text"], "expected": expected(it)},
                                ensure_ascii=False) + "\n")
    print(rel, len(items))


write(imp_data.ITEMS, "imp28", "impressions/impressions.jsonl")
write(phr_data.ITEMS, "ph28", "phrases/phrases.jsonl")
