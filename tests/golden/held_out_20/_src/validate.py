"""Check every expected file against the schema enums and internal rules. JSON only, no engine import."""
import json, os, re, sys
from common import ROOT, ORDER
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
KINDS = set(D["finding"]["properties"]["kind"]["enum"]) - {"non_mass", "focus", "implant"}
MORPH = set(D["morphology"]["enum"]); DIST = set(D["distribution"]["enum"])
CATS = set(D["category"]["enum"]); BREAST = set(D["breast"]["enum"])
STATUS = set(D["finding"]["properties"]["status"]["enum"])
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []
def err(f, m): errors.append("%s: %s" % (f, m))
def check(path):
    e = json.load(open(path))
    if set(e) != {"density", "assessment", "findings"}: err(path, "keys %s" % sorted(e))
    if e["density"] not in (None, "a", "b", "c", "d"): err(path, "density")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}: err(path, "assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS: err(path, "overall")
    for k, v in bb.items():
        if k not in ("left", "right") or v not in CATS: err(path, "by_breast %s" % k)
        elif ov is None or ORDER.index(ov) < ORDER.index(v): err(path, "overall below %s" % k)
    for f in e["findings"]:
        if set(f) != FKEYS: err(path, "finding keys")
        if f["kind"] not in KINDS: err(path, "kind %s" % f["kind"])
        if f["breast"] not in BREAST: err(path, "breast")
        if f["status"] not in STATUS: err(path, "status")
        if not isinstance(f["stable"], bool): err(path, "stable")
        if any(m not in MORPH for m in f["morphology"]): err(path, "morph")
        if f["morphology"] != sorted(set(f["morphology"])): err(path, "morph order")
        if f["distribution"] not in DIST: err(path, "dist")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err(path, "morph on non-calc")
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]): err(path, "absent with attrs")
    seen = [(f["kind"], f["breast"]) for f in e["findings"] if f["status"] == "absent"]
    if len(seen) != len(set(seen)): err(path, "duplicate absent")
for sub, pre, n in (("teaching", "t20_", 20), ("reports", "r20_", 15)):
    d = os.path.join(ROOT, sub); names = os.listdir(d)
    txt = sorted(x[:-4] for x in names if x.endswith(".txt"))
    exp = sorted(x[:-14] for x in names if x.endswith(".expected.json"))
    if txt != exp: err(sub, "txt/expected mismatch")
    if len(names) != 2 * n: err(sub, "stray files or count %d" % len(names))
    ids = sorted(re.match(r"(%s\d\d)_" % pre, t).group(1) for t in txt)
    if ids != ["%s%02d" % (pre, i) for i in range(1, n + 1)]: err(sub, "ids")
    for t in txt:
        if not open(os.path.join(d, t + ".txt")).read().strip(): err(t, "empty")
        check(os.path.join(d, t + ".expected.json"))
print("\n".join(errors) or "0 errors")
sys.exit(1 if errors else 0)
