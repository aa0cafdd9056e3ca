"""Print README style-table rows and counts from the data and the written jsonl."""
import json, os, collections
from imp_data import IMPS
from phr_data import PHRS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(rel):
    return [json.loads(x) for x in open(os.path.join(ROOT, rel), encoding="utf-8")]


def bbs(bb):
    return " ".join(k[0].upper() + v for k, v in bb.items()) or "{}"


for rel, items, pre in (("impressions/impressions.jsonl", IMPS, "imp37"), ("phrases/phrases.jsonl", PHRS, "ph37")):
    lines = load(rel)
    for it, ln in zip(items, lines):
        a = ln["expected"]["assessment"]
        if pre == "imp37":
            print("| %s | %s | %s | %s | %s | %d |" % (ln["id"], it["setting"], it["form"], a["overall"], bbs(a["by_breast"]), len(ln["expected"]["findings"])))
        else:
            print("| %s | %s | `%s` | %s | %s | %s |" % (ln["id"], it["setting"], ln["text"], it["form"], a["overall"], "; ".join(it["find"])))
    fs = [f for ln in lines for f in ln["expected"]["findings"]]
    ov = collections.Counter(str(ln["expected"]["assessment"]["overall"]) for ln in lines)
    print(rel, len(lines), "items", len(fs), "findings")
    print(" overall", dict(ov))
    print(" kinds", dict(collections.Counter(f["kind"] for f in fs)))
    print(" status", dict(collections.Counter(f["status"] for f in fs)))
    print(" breast", dict(collections.Counter(str(f["breast"]) for f in fs)), "stable", sum(f["stable"] for f in fs))
    print(" by_breast sizes", dict(collections.Counter(len(ln["expected"]["assessment"]["by_breast"]) for ln in lines)))
