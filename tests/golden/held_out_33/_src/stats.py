import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
import imp_data, phr_data
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")
meta = {it["id"]: it for it in imp_data.ITEMS + phr_data.ITEMS}
for sub in ("impressions", "phrases"):
    kinds, status, ov = collections.Counter(), collections.Counter(), collections.Counter()
    nf = stable = 0
    for line in open(os.path.join(root, sub, sub + ".jsonl"), encoding="utf-8"):
        r = json.loads(line); e = r["expected"]; m = meta[r["id"]]
        by = " ".join("%s%s" % (k[0].upper(), v) for k, v in e["assessment"]["by_breast"].items()) or "{}"
        print("| %s | %s | %s | %s | %s | %d |" % (r["id"], m["setting"].replace("|", "\\|"), m["form"].replace("|", "\\|"), e["assessment"]["overall"], by, len(e["findings"])))
        ov[e["assessment"]["overall"]] += 1
        for f in e["findings"]:
            nf += 1; kinds[f["kind"]] += 1; status[f["status"]] += 1; stable += f["stable"]
    print(sub, "findings", nf, dict(kinds), dict(status), "stable", stable, "overall", dict(ov))
