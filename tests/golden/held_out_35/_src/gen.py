import json, os
from common import expected
import imp_data, phr_data

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(rel, prefix, items):
    lines = []
    for i, it in enumerate(items, 1):
        iid = "%s_%03d" % (prefix, i)
        assert it["id"] == iid, (it["id"], iid)
        exp = expected(it.get("cats", ""), it.get("overall"), it.get("f", []))
        lines.append(json.dumps({"id": iid, "text": it["text"], "expected": exp}, ensure_ascii=False))
    with open(os.path.join(ROOT, rel), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return len(lines)


if __name__ == "__main__":
    print("impressions", write("impressions/impressions.jsonl", "imp35", imp_data.ITEMS))
    print("phrases", write("phrases/phrases.jsonl", "ph35", phr_data.ITEMS))
