import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected, write_jsonl
from imp_data_1 import B1
from imp_data_2 import B2
from imp_data_3 import B3
from imp_data_4 import B4

ITEMS = B1 + B2 + B3 + B4


def rows():
    out = []
    for i, (origin, forms, text, dens, overall, bb, codes) in enumerate(ITEMS, 1):
        out.append({"id": "imp7_%03d" % i, "text": text, "expected": expected(dens, overall, bb, codes)})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    r = rows()
    write_jsonl(os.path.join(here, "..", "impressions", "impressions.jsonl"), r)
    print("impressions:", len(r), "findings:", sum(len(x["expected"]["findings"]) for x in r))
