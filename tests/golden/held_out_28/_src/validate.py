"""Check both jsonl files of held_out_28 against the contract's enums and the gold rules.
Usage: validate.py [folder]   (default: the set folder above _src)"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json", encoding="utf-8"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(ORDER) == sorted(CATS)
BREASTS = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}
assert KINDS <= set(D["finding"]["properties"]["kind"]["enum"])
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
PARTS = {"impressions/impressions.jsonl": ("imp28", int(os.environ.get("N_IMP", 40))), "phrases/phrases.jsonl": ("ph28", int(os.environ.get("N_PH", 70)))}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(where, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(where, "expected keys %s" % sorted(e)); return
    if e["density"] is not None and e["density"] not in DENS:
        err(where, "density %r" % e["density"])
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, "assessment keys %s" % sorted(a)); return
    if a["overall"] is not None and a["overall"] not in CATS:
        err(where, "overall %r" % a["overall"])
    bb = a["by_breast"]
    if not isinstance(bb, dict) or not set(bb) <= {"right", "left"}:
        err(where, "by_breast %r" % bb); bb = {}
    for s, c in bb.items():
        if c not in CATS:
            err(where, "by_breast %s %r" % (s, c))
    if bb and all(c in CATS for c in bb.values()):
        w = max(bb.values(), key=ORDER.index)
        if a["overall"] != w:
            err(where, "overall %r is not the most serious per-breast category %r" % (a["overall"], w))
    seen_abs = set()
    for i, f in enumerate(e["findings"]):
        fw = "%s f%d" % (where, i)
        if set(f) != FKEYS:
            err(fw, "finding keys %s" % sorted(f)); continue
        if f["kind"] not in KINDS: err(fw, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS: err(fw, "breast %r" % f["breast"])
        if f["status"] not in STATUS: err(fw, "status %r" % f["status"])
        if not isinstance(f["stable"], bool): err(fw, "stable %r" % f["stable"])
        if not isinstance(f["morphology"], list): err(fw, "morphology not a list"); continue
        for m in f["morphology"]:
            if m not in MORPH: err(fw, "morphology %r" % m)
        if f["morphology"] != sorted(set(f["morphology"])): err(fw, "morphology not sorted/unique")
        if f["distribution"] not in DIST: err(fw, "distribution %r" % f["distribution"])
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(fw, "morphology/distribution on a %s" % f["kind"])
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err(fw, "absent finding with attributes")
            k = (f["kind"], f["breast"])
            if k in seen_abs: err(fw, "duplicate absent %s" % (k,))
            seen_abs.add(k)


for rel, (prefix, n) in PARTS.items():
    path = os.path.join(ROOT, rel)
    if not os.path.isfile(path):
        err(rel, "missing"); continue
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != n: err(rel, "%d lines, want %d" % (len(lines), n))
    for k, line in enumerate(lines, 1):
        where = "%s:%d" % (rel, k)
        try:
            obj = json.loads(line)
        except ValueError as x:
            err(where, "bad json %s" % x); continue
        if set(obj) != {"id", "text", "expected"}: err(where, "line keys %s" % sorted(obj)); continue
        if obj["id"] != "%s_%03d" % (prefix, k): err(where, "id %r out of order" % obj["id"])
        if not isinstance(obj["text"], str) or not obj["text"].strip(): err(where, "empty text")
        check(obj["id"], obj["expected"])
    d = os.path.dirname(path)
    extra = set(os.listdir(d)) - {os.path.basename(path)}
    if extra: err(rel, "stray files %s" % sorted(extra))
top = set(os.listdir(ROOT)) - {"_src", "impressions", "phrases", "README.md"}
if top: err(".", "stray entries %s" % sorted(top))
for e in errors: print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
