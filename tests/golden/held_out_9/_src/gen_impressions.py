"""Write impressions/impressions.jsonl from imp_data_1/2 (json only)."""
import os
from common import expected, write_jsonl
import imp_data_1, imp_data_2

BLOCKS = imp_data_1.BLOCKS + imp_data_2.BLOCKS
assert len(BLOCKS) == 60, len(BLOCKS)
rows = []
for i, (origin, forms, text, dens, overall, bb, finds) in enumerate(BLOCKS, 1):
    rows.append({"id": "imp9_%03d" % i, "text": text, "expected": expected(dens, overall, bb, finds)})
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "impressions", "impressions.jsonl")
write_jsonl(out, rows)
print("impressions:", len(rows), "blocks,", sum(len(r["expected"]["findings"]) for r in rows), "findings")
