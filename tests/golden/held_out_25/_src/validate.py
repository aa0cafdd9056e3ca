"""Check every expected answer against the schema enums and the ANNOTATION rules (json/stdlib only)."""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
BREAST = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
# ANNOTATION rule 4 kinds only (no non_mass/focus/implant in this set)
USED_KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(where, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(where, "keys %s" % sorted(e))
    if e.get("density") not in ("a", "b", "c", "d", None):
        err(where, "density")
    a = e.get("assessment", {})
    if set(a) != {"overall", "by_breast"}:
        err(where, "assessment keys")
    ov, bb = a.get("overall"), a.get("by_breast", {})
    if ov is not None and ov not in CATS:
        err(where, "overall enum")
    for side, c in bb.items():
        if side not in ("right", "left"):
            err(where, "by_breast side %s" % side)
        if c not in CATS:
            err(where, "by_breast enum")
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(where, "overall %s less serious than %s %s" % (ov, side, c))
    if bb and ov not in bb.values():
        err(where, "overall not among by_breast (no separate overall stated in this set)")
    seen_abs = set()
    for i, f in enumerate(e.get("findings", [])):
        w = "%s#%d" % (where, i)
        if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
            err(w, "finding keys")
        if f["kind"] not in KINDS or f["kind"] not in USED_KINDS:
            err(w, "kind")
        if f["breast"] not in BREAST:
            err(w, "breast")
        if f["status"] not in STATUS:
            err(w, "status")
        if not isinstance(f["stable"], bool):
            err(w, "stable type")
        if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err(w, "morphology")
        if f["distribution"] not in DIST:
            err(w, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on a non-calcification")
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err(w, "absent with attributes")
            k = (f["kind"], f["breast"])
            if k in seen_abs:
                err(w, "absent kind+side twice")
            seen_abs.add(k)


n_imp = 0
ids = set()
for line in open(os.path.join(ROOT, "impressions", "impressions.jsonl"), encoding="utf-8"):
    o = json.loads(line)
    if set(o) != {"id", "text", "expected"}:
        err(o.get("id"), "line keys")
    if o["id"] in ids or not o["id"].startswith("imp25_"):
        err(o["id"], "id")
    ids.add(o["id"])
    check(o["id"], o["expected"])
    n_imp += 1
n_t = 0
for p in sorted(glob.glob(os.path.join(ROOT, "teaching", "*.expected.json"))):
    tid = os.path.basename(p)[:-len(".expected.json")]
    if not tid.startswith("t25_") or not os.path.exists(os.path.join(ROOT, "teaching", tid + ".txt")):
        err(tid, "id or missing text")
    check(tid, json.load(open(p)))
    n_t += 1
for p in glob.glob(os.path.join(ROOT, "teaching", "*.txt")):
    if not os.path.exists(p[:-4] + ".expected.json"):
        err(p, "text without expected")
print("impressions %d, teaching %d, errors %d" % (n_imp, n_t, len(errors)))
for e in errors:
    print("  " + e)
