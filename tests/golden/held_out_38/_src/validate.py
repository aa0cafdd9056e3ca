"""Check the expected files of held_out_38 against the contract's enums and the set's rules.
Usage: validate.py [ROOT]   (ROOT defaults to the set folder)"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(ORDER) == sorted(CATS)
KINDS = set(D["finding"]["properties"]["kind"]["enum"])
BREASTS = D["breast"]["enum"]
STATUS = set(D["finding"]["properties"]["status"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = D["distribution"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(path, prefix):
    name = os.path.basename(path)[: -len(".expected.json")]
    if not re.fullmatch(prefix + r"38_\d\d_[a-z0-9_]+", name):
        err(name, "bad id")
    try:
        e = json.load(open(path, encoding="utf-8"))
    except Exception as x:
        return err(name, "unreadable json %s" % x)
    if set(e) != {"density", "assessment", "findings"}:
        err(name, "keys %s" % sorted(e))
    if e.get("density") not in DENS + [None]:
        err(name, "density %r" % e.get("density"))
    a = e.get("assessment", {})
    if set(a) != {"overall", "by_breast"}:
        err(name, "assessment keys %s" % sorted(a))
    bb = a.get("by_breast", {})
    if not isinstance(bb, dict) or set(bb) - {"left", "right"}:
        err(name, "by_breast %r" % bb)
        bb = {}
    for s, c in bb.items():
        if c not in CATS:
            err(name, "by_breast %s %r" % (s, c))
    ov = a.get("overall")
    if ov is not None and ov not in CATS:
        err(name, "overall %r" % ov)
    cats = [c for c in bb.values() if c in CATS]
    most = max(cats, key=ORDER.index) if cats else None
    if cats and ov != most:
        err(name, "overall %r is not the most serious per-breast category %r" % (ov, most))
    if not cats and ov is not None:
        err(name, "overall %r without per-breast categories (allowed only if stated overall; check)" % ov)
    seen_absent = set()
    for i, f in enumerate(e.get("findings", [])):
        w = "%s finding %d" % (name, i)
        if set(f) != FKEYS:
            err(w, "keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS:
            err(w, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS:
            err(w, "breast %r" % f["breast"])
        if f["status"] not in STATUS:
            err(w, "status %r" % f["status"])
        if not isinstance(f["stable"], bool):
            err(w, "stable not bool")
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            err(w, "morphology %r" % f["morphology"])
        elif f["morphology"] != sorted(f["morphology"]):
            err(w, "morphology not sorted")
        if f["distribution"] not in DIST:
            err(w, "distribution %r" % f["distribution"])
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on %s" % f["kind"])
        if f["status"] == "absent":
            if f["morphology"] or f["distribution"] or f["stable"]:
                err(w, "absent finding with attributes")
            k = (f["kind"], f["breast"])
            if k in seen_absent:
                err(w, "absent %s %s twice" % k)
            seen_absent.add(k)


n = 0
for part, prefix, limit in (("teaching", "t", None), ("reports", "r", 3000)):
    d = os.path.join(ROOT, part)
    files = sorted(os.listdir(d)) if os.path.isdir(d) else []
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    exp = {f[: -len(".expected.json")] for f in files if f.endswith(".expected.json")}
    for x in sorted(txt ^ exp):
        err(part + "/" + x, "file pair incomplete")
    for f in files:
        if f.endswith(".expected.json"):
            n += 1
            check(os.path.join(d, f), prefix)
        elif f.endswith(".txt") and limit and os.path.getsize(os.path.join(d, f)) >= limit:
            err(f, "report is %d bytes (limit %d)" % (os.path.getsize(os.path.join(d, f)), limit))
        elif not (f.endswith(".txt") or f.endswith(".expected.json")):
            err(f, "unexpected file")
for e in errors:
    print("ERROR", e)
print("%d items, %d errors" % (n, len(errors)))
sys.exit(1 if errors else 0)
