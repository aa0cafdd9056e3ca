"""Prints the README style-table rows and counts from the data and the generated files."""
import collections, json, os
import imp_data, phr_data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(rel):
    return [json.loads(l) for l in open(os.path.join(ROOT, rel), encoding="utf-8")]


def bb(e):
    b = e["assessment"]["by_breast"]
    return " ".join(("R" if k == "right" else "L") + v for k, v in b.items()) or "{}"


for name, data, rel in (("impressions", imp_data.ITEMS, "impressions/impressions.jsonl"),
                        ("phrases", phr_data.ITEMS, "phrases/phrases.jsonl")):
    lines = load(rel)
    print("##", name)
    for it, o in zip(data, lines):
        e = o["expected"]
        print("| %s | %s | %s | %s | %s | %d |" % (o["id"], it["setting"], it["form"], e["assessment"]["overall"], bb(e), len(e["findings"])))
    fs = [f for o in lines for f in o["expected"]["findings"]]
    print("items", len(lines), "findings", len(fs))
    print("overall", collections.Counter(str(o["expected"]["assessment"]["overall"]) for o in lines))
    print("by_breast sizes", collections.Counter(len(o["expected"]["assessment"]["by_breast"]) for o in lines))
    for k in ("kind", "status", "breast"):
        print(k, collections.Counter(str(f[k]) for f in fs))
    print("stable", sum(f["stable"] for f in fs))
