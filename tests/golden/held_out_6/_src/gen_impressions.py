"""Writes impressions/impressions.jsonl (imp6_001-050)."""
from common import expected, write_jsonl
from imp_data_1 import B1
from imp_data_2 import B2

rows = []
for n, tags, text, dens, overall, bb, codes in B1 + B2:
    rows.append({"id": "imp6_%03d" % n, "text": text, "expected": expected(dens, overall, bb, codes)})
assert [r["id"] for r in rows] == ["imp6_%03d" % i for i in range(1, 51)]
write_jsonl("impressions/impressions.jsonl", rows)
print("impressions", len(rows), sum(len(r["expected"]["findings"]) for r in rows))
