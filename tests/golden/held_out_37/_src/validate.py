"""Check held_out_37's two jsonl files against the contract's enums and the set's rules.
Usage: validate.py [SET_ROOT] [--n-imp N --n-ph N]"""
import json, os, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/shared/contracts/findings.schema.json"
WANT = {"impressions/impressions.jsonl": ("imp37", 30), "phrases/phrases.jsonl": ("ph37", 40)}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
ANNOT_KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}

schema = json.load(open(SCHEMA))
D = schema["$defs"]
CATS = set(D["category"]["enum"])
BREASTS = set(D["breast"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
F = D["finding"]["properties"]
KINDS = set(F["kind"]["enum"]) & ANNOT_KINDS
STATUS = set(F["status"]["enum"])
DENS = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
assert ORDER and set(ORDER) == CATS

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


allowed = set(WANT) | {"README.md", "_src"}
for top in os.listdir(ROOT):
    if top in ("impressions", "phrases"):
        for f in os.listdir(os.path.join(ROOT, top)):
            if top + "/" + f not in WANT:
                err(top + "/" + f, "stray file")
    elif top not in allowed and not top.startswith("FIRST_LOOK"):
        err(top, "stray file")

for rel, (prefix, count) in WANT.items():
    path = os.path.join(ROOT, rel)
    if not os.path.exists(path):
        err(rel, "missing")
        continue
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != count:
        err(rel, "%d lines, want %d" % (len(lines), count))
    for i, raw in enumerate(lines, 1):
        w = "%s:%d" % (rel, i)
        try:
            line = json.loads(raw)
        except Exception as e:
            err(w, "bad json %s" % e); continue
        if set(line) != {"id", "text", "expected"}:
            err(w, "line keys %s" % sorted(line))
        if line.get("id") != "%s_%03d" % (prefix, i):
            err(w, "id %s out of order" % line.get("id"))
        if not isinstance(line.get("text"), str) or not line["text"].strip():
            err(w, "empty text")
        e = line.get("expected", {})
        if set(e) != {"density", "assessment", "findings"}:
            err(w, "expected keys %s" % sorted(e)); continue
        if e["density"] is not None and e["density"] not in DENS:
            err(w, "density %r" % e["density"])
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            err(w, "assessment keys %s" % sorted(a)); continue
        if a["overall"] is not None and a["overall"] not in CATS:
            err(w, "overall %r" % a["overall"])
        bb = a["by_breast"]
        if not set(bb) <= {"left", "right"}:
            err(w, "by_breast keys %s" % sorted(bb))
        for s, c in bb.items():
            if c not in CATS:
                err(w, "by_breast %s=%r" % (s, c))
        vals = [c for c in bb.values() if c in CATS]
        if vals:
            want = max(vals, key=ORDER.index)
            if a["overall"] not in CATS or ORDER.index(a["overall"]) < ORDER.index(want):
                err(w, "overall %r below most serious side %r" % (a["overall"], want))
            elif a["overall"] != want:
                err(w, "overall %r != most serious side %r" % (a["overall"], want))
        seen_absent = set()
        for j, f in enumerate(e["findings"]):
            fw = "%s finding %d" % (w, j)
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
                err(fw, "keys %s" % sorted(f)); continue
            if f["kind"] not in KINDS: err(fw, "kind %r" % f["kind"])
            if f["breast"] not in BREASTS: err(fw, "breast %r" % f["breast"])
            if f["status"] not in STATUS: err(fw, "status %r" % f["status"])
            if not isinstance(f["stable"], bool): err(fw, "stable %r" % f["stable"])
            m = f["morphology"]
            if not isinstance(m, list) or any(x not in MORPH for x in m): err(fw, "morphology %r" % m)
            elif m != sorted(set(m)): err(fw, "morphology not sorted/unique")
            if f["distribution"] not in DIST: err(fw, "distribution %r" % f["distribution"])
            if f["kind"] != "calcification" and (m or f["distribution"] is not None):
                err(fw, "morphology/distribution on %s" % f["kind"])
            if f["status"] == "absent":
                if f["stable"] or m or f["distribution"] is not None:
                    err(fw, "absent finding with attributes")
                key = (f["kind"], f["breast"])
                if key in seen_absent: err(fw, "duplicate absent %s" % (key,))
                seen_absent.add(key)

for x in errors:
    print(x)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
