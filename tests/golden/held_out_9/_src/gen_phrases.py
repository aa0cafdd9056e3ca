"""Write phrases/phrases.jsonl from phr_data (json only)."""
import os
from common import expected, write_jsonl
from phr_data import PHRASES

assert len(PHRASES) == 90, len(PHRASES)
rows = []
for i, (group, text, dens, overall, bb, finds) in enumerate(PHRASES, 1):
    rows.append({"id": "ph9_%03d" % i, "text": text, "expected": expected(dens, overall, bb, finds)})
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "phrases", "phrases.jsonl")
write_jsonl(out, rows)
print("phrases:", len(rows), "phrases,", sum(len(r["expected"]["findings"]) for r in rows), "findings")
