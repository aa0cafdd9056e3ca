import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part in ("teaching", "reports"):
    d = os.path.join(ROOT, part); c = collections.Counter(); n = 0; nf = 0
    for f in sorted(os.listdir(d)):
        if not f.endswith(".expected.json"): continue
        e = json.load(open(os.path.join(d, f))); n += 1
        c["overall " + str(e["assessment"]["overall"])] += 1; c["density " + str(e["density"])] += 1
        for x in e["findings"]:
            nf += 1; c[x["kind"]] += 1; c[x["status"]] += 1; c["stable"] += x["stable"]
    print(part, n, "items", nf, "findings", dict(sorted(c.items())))
