"""Check held_out_31: files, keys, enums from the contract, finding rules, overall vs by_breast."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = "/work/shared/contracts/findings.schema.json"
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
ALLOWED_KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}
WANT = {"impressions/impressions.jsonl": ("imp31", 40), "phrases/phrases.jsonl": ("ph31", 60)}

schema = json.load(open(SCHEMA, encoding="utf-8"))
D = schema["$defs"]
CATS = set(D["category"]["enum"])
KINDS = set(D["finding"]["properties"]["kind"]["enum"]) & ALLOWED_KINDS
BREASTS = set(D["breast"]["enum"])
STATUSES = set(D["finding"]["properties"]["status"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
DENS = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]) | {None}
assert set(ORDER) == CATS

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check_item(where, line):
    if set(line) != {"id", "text", "expected"}:
        err(where, "line keys %s" % sorted(line))
        return
    if not isinstance(line["text"], str) or not line["text"].strip():
        err(where, "empty text")
    e = line["expected"]
    if set(e) != {"density", "assessment", "findings"}:
        err(where, "expected keys %s" % sorted(e))
        return
    if e["density"] not in DENS:
        err(where, "density %r" % e["density"])
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, "assessment keys %s" % sorted(a))
        return
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(where, "overall %r" % ov)
    if not set(bb) <= {"left", "right"}:
        err(where, "by_breast keys %s" % sorted(bb))
    for s, c in bb.items():
        if c not in CATS:
            err(where, "by_breast %s %r" % (s, c))
    if bb and all(c in CATS for c in bb.values()):
        top = max(bb.values(), key=ORDER.index)
        if ov != top:
            err(where, "overall %r is not the most serious per-breast category %r" % (ov, top))
    seen_absent = set()
    for i, f in enumerate(e["findings"]):
        w = "%s finding %d" % (where, i)
        if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
            err(w, "keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS:
            err(w, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS:
            err(w, "breast %r" % f["breast"])
        if f["status"] not in STATUSES:
            err(w, "status %r" % f["status"])
        if not isinstance(f["stable"], bool):
            err(w, "stable %r" % f["stable"])
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            err(w, "morphology %r" % f["morphology"])
        elif f["morphology"] != sorted(set(f["morphology"])):
            err(w, "morphology not sorted/unique")
        if f["distribution"] not in DIST:
            err(w, "distribution %r" % f["distribution"])
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on a %s" % f["kind"])
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err(w, "absent finding with attributes")
            key = (f["kind"], f["breast"])
            if key in seen_absent:
                err(w, "duplicate absent %s" % (key,))
            seen_absent.add(key)


for rel, (prefix, n) in WANT.items():
    path = os.path.join(ROOT, rel)
    if not os.path.exists(path):
        err(rel, "missing")
        continue
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    if len(lines) != n:
        err(rel, "%d lines, want %d" % (len(lines), n))
    for k, raw in enumerate(lines, 1):
        try:
            line = json.loads(raw)
        except ValueError as ex:
            err("%s:%d" % (rel, k), "bad json %s" % ex)
            continue
        want_id = "%s_%03d" % (prefix, k)
        if line.get("id") != want_id:
            err("%s:%d" % (rel, k), "id %r want %r" % (line.get("id"), want_id))
        check_item(want_id, line)

# no stray files
for sub in ("impressions", "phrases"):
    for name in os.listdir(os.path.join(ROOT, sub)):
        if "%s/%s" % (sub, name) not in WANT:
            err(sub, "stray file %s" % name)
for name in os.listdir(ROOT):
    if name not in {"impressions", "phrases", "_src", "README.md"}:
        err(".", "stray file %s" % name)

for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
