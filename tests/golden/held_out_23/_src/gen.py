import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected
from imp_data import IMP
from phr_data import PHR

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(sub, name, prefix, items):
    d = os.path.join(ROOT, sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            fh.write(json.dumps({"id": "%s_%03d" % (prefix, n), "text": it["text"], "expected": expected(it)},
                                ensure_ascii=False) + "\n")
    print(sub, len(items))


write("impressions", "impressions.jsonl", "imp23", IMP)
write("phrases", "phrases.jsonl", "ph23", PHR)
