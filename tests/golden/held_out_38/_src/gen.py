import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected
import data_t, data_r

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(part, items):
    d = os.path.join(ROOT, part)
    os.makedirs(d, exist_ok=True)
    for it in items:
        text = it["text"]
        if it.get("post"):
            text = it["post"](text)
        with open(os.path.join(d, it["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        with open(os.path.join(d, it["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(it), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(part, len(items))


write("teaching", data_t.ITEMS)
write("reports", data_r.ITEMS)
