import os
from common import write_jsonl, ROOT
from imp_data_1 import IMPS as A
from imp_data_2 import IMPS as B
items = A + B
for i, it in enumerate(items, 1):
    it["id"] = "imp19_%03d" % i
n = write_jsonl(os.path.join(ROOT, "impressions", "impressions.jsonl"), "imp19", items)
print("impressions:", n)
