"""Checks the held_out_7 JSONL files (json only; never imports the engine)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
FP = D["finding"]["properties"]
KINDS = FP["kind"]["enum"]
STATUS = FP["status"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"]
DENS = [v for o in DENS for v in o.get("properties", {}).get("category", {}).get("enum", [])]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}

errors = []


def err(i, m):
    errors.append("%s: %s" % (i, m))


def check(i, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(i, "keys %s" % sorted(e))
    if e["density"] is not None and e["density"] not in DENS:
        err(i, "density %r" % e["density"])
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(i, "assessment keys %s" % sorted(a))
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(i, "overall %r" % ov)
    for s, c in bb.items():
        if s not in ("left", "right"):
            err(i, "by_breast side %r" % s)
        if c not in CATS:
            err(i, "by_breast cat %r" % c)
        if ov is None or ORDER.index(ov) < ORDER.index(c):
            err(i, "overall %r less serious than %s %r" % (ov, s, c))
    for f in e["findings"]:
        if set(f) != FKEYS:
            err(i, "finding keys %s" % sorted(f))
        if f["kind"] not in KINDS or f["kind"] in ("non_mass", "focus", "implant"):
            err(i, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS:
            err(i, "breast %r" % f["breast"])
        if f["status"] not in STATUS:
            err(i, "status %r" % f["status"])
        if not isinstance(f["stable"], bool):
            err(i, "stable not bool")
        if any(m not in MORPH for m in f["morphology"]):
            err(i, "morphology %r" % f["morphology"])
        if f["morphology"] != sorted(set(f["morphology"])):
            err(i, "morphology not sorted/unique")
        if f["distribution"] not in DIST:
            err(i, "distribution %r" % f["distribution"])
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(i, "descriptors on %s" % f["kind"])
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            err(i, "absent finding with descriptors or stable")


def run(path, prefix, n):
    ids = []
    for line in open(path):
        r = json.loads(line)
        if set(r) != {"id", "text", "expected"}:
            err(r.get("id"), "line keys %s" % sorted(r))
        if not r["text"].strip():
            err(r["id"], "empty text")
        ids.append(r["id"])
        check(r["id"], r["expected"])
    want = ["%s_%03d" % (prefix, k) for k in range(1, n + 1)]
    if ids != want:
        err(prefix, "ids not %s_001..%03d in order / unique" % (prefix, n))
    return ids


a = run(os.path.join(ROOT, "impressions", "impressions.jsonl"), "imp7", 60)
b = run(os.path.join(ROOT, "phrases", "phrases.jsonl"), "ph7", 90)
if len(set(a + b)) != len(a + b):
    err("all", "duplicate ids")
print("impressions %d, phrases %d, errors %d" % (len(a), len(b), len(errors)))
for e in errors:
    print(" ", e)
sys.exit(1 if errors else 0)
