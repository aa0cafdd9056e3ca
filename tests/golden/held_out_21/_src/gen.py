"""Writes impressions/impressions.jsonl and phrases/phrases.jsonl from imp_data.py and phr_data.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected
import imp_data, phr_data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(sub, prefix, items):
    os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
    with open(os.path.join(ROOT, sub, sub + ".jsonl"), "w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            fh.write(json.dumps({"id": "%s_%03d" % (prefix, n), "text": it["text"], "expected": expected(it)},
                                ensure_ascii=False) + "\n")
    print(sub, len(items))


write("impressions", "imp21", imp_data.ITEMS)
write("phrases", "ph21", phr_data.ITEMS)
