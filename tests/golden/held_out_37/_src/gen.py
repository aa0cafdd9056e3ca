import json, os
from common import expected
from imp_data import IMPS
from phr_data import PHRS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(rel, prefix, items):
    path = os.path.join(ROOT, rel)
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            line = {"id": "%s_%03d" % (prefix, it["n"]), "text": it["text"].strip("\n"), "expected": expected(it)}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(rel, len(items))


write("impressions/impressions.jsonl", "imp37", IMPS)
write("phrases/phrases.jsonl", "ph37", PHRS)
