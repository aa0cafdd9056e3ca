"""Print style-table rows and counts for the README."""
import collections, json, os
import imp_data, phr_data
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(rel):
    return [json.loads(l) for l in open(os.path.join(ROOT, rel), encoding="utf-8")]


def bb(d):
    return " ".join("%s%s" % (k[0].upper(), v) for k, v in d.items()) or "{}"


imp = load("impressions/impressions.jsonl")
for it, line in zip(imp_data.ITEMS, imp):
    e = line["expected"]
    print("| %s | %s | %s | %s | %s | %d |" % (line["id"], it["setting"], it["form"], e["assessment"]["overall"],
                                              bb(e["assessment"]["by_breast"]), len(e["findings"])))
ph = load("phrases/phrases.jsonl")
groups = collections.OrderedDict()
for it, line in zip(phr_data.ITEMS, ph):
    groups.setdefault(it["group"], []).append(line["id"][-3:])
print()
for g, ids in groups.items():
    print("| %s | %s | %d |" % (g, ", ".join(ids), len(ids)))
for name, lines in (("impressions", imp), ("phrases", ph)):
    fs = [f for l in lines for f in l["expected"]["findings"]]
    c = lambda key: dict(collections.Counter(str(f[key]) for f in fs))
    ov = collections.Counter(str(l["expected"]["assessment"]["overall"]) for l in lines)
    nb = collections.Counter(len(l["expected"]["assessment"]["by_breast"]) for l in lines)
    print("\n%s: %d items, %d findings" % (name, len(lines), len(fs)))
    print(" overall", dict(ov), " by_breast sides", dict(nb))
    print(" kind", c("kind")); print(" status", c("status")); print(" breast", c("breast"))
    print(" stable", sum(f["stable"] for f in fs))
