"""Check held_out_33's jsonl files against the contract's enums and the house rules. Usage: validate.py [set_root]"""
import json, os, sys, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json", encoding="utf-8"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(ORDER) == sorted(CATS)
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
PARTS = {"impressions": ("imp33_", 30), "phrases": ("ph33_", 40)}
errors = []


def err(msg):
    errors.append(msg)


def check(rid, e):
    if set(e) != {"density", "assessment", "findings"}:
        err("%s: expected keys %s" % (rid, sorted(e)))
        return
    if e["density"] not in (None, "a", "b", "c", "d"):
        err("%s: density %r" % (rid, e["density"]))
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err("%s: assessment keys %s" % (rid, sorted(a)))
        return
    by = a["by_breast"]
    for side, cat in by.items():
        if side not in ("left", "right") or cat not in CATS:
            err("%s: by_breast %s=%r" % (rid, side, cat))
    good = [c for c in by.values() if c in ORDER]
    top = max(good, key=ORDER.index) if good else None
    if a["overall"] != top:
        err("%s: overall %r but most serious by_breast is %r" % (rid, a["overall"], top))
    seen_absent = set()
    for f in e["findings"]:
        if set(f) != FKEYS:
            err("%s: finding keys %s" % (rid, sorted(f)))
            continue
        if f["kind"] not in KINDS: err("%s: kind %r" % (rid, f["kind"]))
        if f["breast"] not in BREASTS: err("%s: breast %r" % (rid, f["breast"]))
        if f["status"] not in STATUS: err("%s: status %r" % (rid, f["status"]))
        if not isinstance(f["stable"], bool): err("%s: stable %r" % (rid, f["stable"]))
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            err("%s: morphology %r" % (rid, f["morphology"]))
        elif f["morphology"] != sorted(f["morphology"]):
            err("%s: morphology not sorted" % rid)
        if f["distribution"] not in DIST: err("%s: distribution %r" % (rid, f["distribution"]))
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err("%s: morphology/distribution on %s" % (rid, f["kind"]))
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err("%s: absent %s with attributes" % (rid, f["kind"]))
            key = (f["kind"], f["breast"])
            if key in seen_absent: err("%s: absent %s twice" % (rid, key))
            seen_absent.add(key)


for part, (prefix, n) in PARTS.items():
    d = os.path.join(ROOT, part)
    names = sorted(os.listdir(d)) if os.path.isdir(d) else []
    if names != [part + ".jsonl"]:
        err("%s: files %s" % (part, names))
    path = os.path.join(d, part + ".jsonl")
    if not os.path.exists(path):
        continue
    ids = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except ValueError:
            err("%s line %d: not json" % (part, i)); continue
        if set(r) != {"id", "text", "expected"}:
            err("%s line %d: keys %s" % (part, i, sorted(r))); continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", r["id"]):
            err("%s line %d: id %r" % (part, i, r["id"]))
        if not r["text"].strip():
            err("%s: empty text" % r["id"])
        ids.append(r["id"])
        check(r["id"], r["expected"])
    if ids != ["%s%03d" % (prefix, k) for k in range(1, len(ids) + 1)]:
        err("%s: ids not 001..%03d in order" % (part, len(ids)))
    if len(ids) != n:
        err("%s has %d of %d items" % (part, len(ids), n))

for sub in os.listdir(ROOT):
    if sub not in ("impressions", "phrases", "_src", "README.md"):
        err("stray entry %s" % sub)
print("%d errors" % len(errors))
for e_ in errors:
    print(" -", e_)
sys.exit(1 if errors else 0)
