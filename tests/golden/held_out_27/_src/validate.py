"""Check the generated reports/ folder (json only). Usage: validate.py [folder]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "reports")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
MORPH = D["morphology"]["enum"]
DISTR = D["distribution"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
BREAST = D["breast"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errs = []
files = sorted(os.listdir(DIR))
txt = {f[:-4] for f in files if f.endswith(".txt")}
js = {f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")}
for extra in sorted(txt ^ js):
    errs.append("unpaired file %s" % extra)
for f in files:
    if not (f.endswith(".txt") or f.endswith(".expected.json")):
        errs.append("stray file %s" % f)
for name in sorted(txt & js):
    e = lambda m: errs.append("%s: %s" % (name, m))
    if not re.fullmatch(r"r27_\d\d_[a-z0-9_]+", name):
        e("bad id")
    if len(open(os.path.join(DIR, name + ".txt"), "rb").read()) > 3300:
        e("report over ~3 KB")
    g = json.load(open(os.path.join(DIR, name + ".expected.json")))
    if set(g) != {"density", "assessment", "findings"}:
        e("keys %s" % sorted(g))
        continue
    if g["density"] is not None and g["density"] not in DENS:
        e("density %r" % g["density"])
    a = g["assessment"]
    if set(a) != {"overall", "by_breast"}:
        e("assessment keys %s" % sorted(a))
        continue
    if a["overall"] is not None and a["overall"] not in CATS:
        e("overall %r" % a["overall"])
    bb = a["by_breast"]
    if set(bb) - {"left", "right"}:
        e("by_breast keys %s" % sorted(bb))
    for v in bb.values():
        if v not in CATS:
            e("by_breast category %r" % v)
    if bb and all(v in CATS for v in bb.values()):
        top = max(bb.values(), key=ORDER.index)
        if a["overall"] != top:
            e("overall %r is not the most serious per-breast category %r" % (a["overall"], top))
    seen = set()
    for i, f in enumerate(g["findings"]):
        if set(f) != FKEYS:
            e("finding %d keys %s" % (i, sorted(f)))
            continue
        if f["kind"] not in KINDS: e("finding %d kind %r" % (i, f["kind"]))
        if f["breast"] not in BREAST: e("finding %d breast %r" % (i, f["breast"]))
        if f["status"] not in STATUS: e("finding %d status %r" % (i, f["status"]))
        if not isinstance(f["stable"], bool): e("finding %d stable not bool" % i)
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            e("finding %d morphology %r" % (i, f["morphology"]))
        elif f["morphology"] != sorted(f["morphology"]):
            e("finding %d morphology not sorted" % i)
        if f["distribution"] not in DISTR: e("finding %d distribution %r" % (i, f["distribution"]))
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            e("finding %d morphology/distribution on a %s" % (i, f["kind"]))
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                e("finding %d absent with attributes" % i)
            k = (f["kind"], f["breast"])
            if k in seen: e("absent %s/%s twice" % k)
            seen.add(k)
print("%d reports, %d findings, %d errors" % (len(txt & js), sum(len(json.load(open(os.path.join(DIR, n + ".expected.json")))["findings"]) for n in txt & js), len(errs)))
for x in errs:
    print("  " + x)
sys.exit(1 if errs else 0)
