import os, collections
from common import ROOT, read_jsonl
import imp_data_1, imp_data_2  # noqa
from imp_data_1 import D
from phr_data import P
for name, path, meta in (("impressions", "impressions/impressions.jsonl", D), ("phrases", "phrases/phrases.jsonl", P)):
    rows = read_jsonl(os.path.join(ROOT, path))
    ov = collections.Counter(r["expected"]["assessment"]["overall"] for r in rows)
    dens = collections.Counter(r["expected"]["density"] for r in rows)
    nb = collections.Counter(len(r["expected"]["assessment"]["by_breast"]) for r in rows)
    fs = [f for r in rows for f in r["expected"]["findings"]]
    print("==", name, len(rows), "items,", len(fs), "findings; less common:", sum(m["less"] for m in meta))
    print(" overall:", dict(sorted(ov.items(), key=lambda x: str(x[0]))))
    print(" by_breast sides:", dict(nb), " density:", dict(sorted(dens.items(), key=lambda x: str(x[0]))))
    for key in ("kind", "status", "breast"):
        print(" ", key, dict(collections.Counter(str(f[key]) for f in fs).most_common()))
    print("  stable", sum(f["stable"] for f in fs))
