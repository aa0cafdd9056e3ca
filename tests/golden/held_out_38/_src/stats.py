import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for part in ("teaching", "reports"):
    d = os.path.join(ROOT, part)
    ov, dens, kinds, st = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    n = nf = stable = 0
    for f in sorted(os.listdir(d)):
        if not f.endswith(".expected.json"):
            continue
        e = json.load(open(os.path.join(d, f)))
        n += 1
        ov[str(e["assessment"]["overall"])] += 1
        dens[str(e["density"])] += 1
        bb = " ".join("%s%s" % (k[0].upper(), v) for k, v in e["assessment"]["by_breast"].items())
        print("  %s | %s | %s | %s | %d" % (f[:-14], e["assessment"]["overall"], bb or "{}", e["density"], len(e["findings"])))
        for x in e["findings"]:
            nf += 1
            kinds[x["kind"]] += 1
            st[x["status"]] += 1
            stable += x["stable"]
    print(part, n, "items;", nf, "findings; overall", dict(ov), "density", dict(dens))
    print("  kinds", dict(kinds), "status", dict(st), "stable", stable)
