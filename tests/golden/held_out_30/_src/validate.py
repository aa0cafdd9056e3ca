"""Validate the generated set. Usage: validate.py [set_root]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(CATS) == sorted(ORDER)
KINDS = D["finding"]["properties"]["kind"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(where, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(where, "top keys %s" % sorted(e))
        return 0
    if e["density"] is not None and e["density"] not in DENS:
        err(where, "density %r" % e["density"])
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, "assessment keys %s" % sorted(a))
    bb = a.get("by_breast", {})
    for k, v in bb.items():
        if k not in ("left", "right"):
            err(where, "by_breast side %r" % k)
        if v not in CATS:
            err(where, "by_breast category %r" % v)
    ov = a.get("overall")
    if ov is not None and ov not in CATS:
        err(where, "overall %r" % ov)
    if bb:
        top = max(bb.values(), key=lambda c: ORDER.index(c) if c in ORDER else -1)
        if ov != top:
            err(where, "overall %r is not the most serious of by_breast %r" % (ov, bb))
    seen = set()
    for i, f in enumerate(e["findings"]):
        w = "%s finding %d" % (where, i)
        if set(f) != FKEYS:
            err(w, "keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS: err(w, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS: err(w, "breast %r" % f["breast"])
        if f["status"] not in STATUS: err(w, "status %r" % f["status"])
        if not isinstance(f["stable"], bool): err(w, "stable %r" % f["stable"])
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            err(w, "morphology %r" % f["morphology"])
        elif f["morphology"] != sorted(f["morphology"]):
            err(w, "morphology not sorted")
        if f["distribution"] not in DIST: err(w, "distribution %r" % f["distribution"])
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on %s" % f["kind"])
        if f["status"] == "absent":
            if f["morphology"] or f["distribution"] or f["stable"]:
                err(w, "absent finding with attributes")
            key = (f["kind"], f["breast"])
            if key in seen: err(w, "absent %s/%s twice" % key)
            seen.add(key)
    return len(e["findings"])


nf = 0
path = os.path.join(ROOT, "impressions", "impressions.jsonl")
ids = []
for ln, line in enumerate(open(path), 1):
    d = json.loads(line)
    if set(d) != {"id", "text", "expected"}: err("line %d" % ln, "keys %s" % sorted(d))
    if not re.fullmatch(r"imp30_\d{3}", d.get("id", "")) or d["id"] != "imp30_%03d" % ln:
        err("line %d" % ln, "id %r" % d.get("id"))
    if not d.get("text", "").strip(): err(d.get("id"), "empty text")
    ids.append(d["id"])
    nf += check(d["id"], d["expected"])
ni = len(ids)
tdir = os.path.join(ROOT, "teaching")
names = sorted(os.listdir(tdir))
stems = sorted({n.split(".")[0] for n in names})
nt = 0
for s in stems:
    if not re.fullmatch(r"t30_\d\d_[a-z0-9_]+", s): err(s, "bad id")
    for ext in (".txt", ".expected.json"):
        if s + ext not in names: err(s, "missing " + ext)
    if s + ".expected.json" in names and s + ".txt" in names:
        nt += 1
        nf += check(s, json.load(open(os.path.join(tdir, s + ".expected.json"))))
for n in names:
    if not (n.endswith(".txt") or n.endswith(".expected.json")): err(n, "stray file")
for e in errors:
    print("ERROR", e)
print("%d impressions, %d teaching, %d findings, %d errors" % (ni, nt, nf, len(errors)))
sys.exit(1 if errors else 0)
