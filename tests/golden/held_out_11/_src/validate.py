"""Checks the held_out_11 JSONL files (json only; no engine import)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = set(D["category"]["enum"])
KINDS = set(D["finding"]["properties"]["kind"]["enum"]) - {"non_mass", "focus", "implant"}
BREASTS = set(D["breast"]["enum"])
STATUS = set(D["finding"]["properties"]["status"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
DENS = {None}
for alt in SCHEMA["properties"]["density"]["oneOf"]:
    if alt.get("type") == "object":
        DENS |= set(alt["properties"]["category"]["enum"])
assert DENS == {None, "a", "b", "c", "d"}, DENS
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def check(i, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(i, "keys %s" % sorted(e))
        return
    if e["density"] not in DENS:
        err(i, "density %r" % e["density"])
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(i, "assessment keys %s" % sorted(a))
        return
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(i, "overall %r" % ov)
    if not isinstance(bb, dict) or not set(bb) <= {"left", "right"}:
        err(i, "by_breast %r" % bb)
        return
    for side, c in bb.items():
        if c not in CATS:
            err(i, "by_breast %s %r" % (side, c))
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(i, "overall %r less serious than %s %r" % (ov, side, c))
    for f in e["findings"]:
        if set(f) != FKEYS:
            err(i, "finding keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS: err(i, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS: err(i, "breast %r" % f["breast"])
        if f["status"] not in STATUS: err(i, "status %r" % f["status"])
        if not isinstance(f["stable"], bool): err(i, "stable %r" % f["stable"])
        if not isinstance(f["morphology"], list): err(i, "morphology not a list")
        else:
            if any(m not in MORPH for m in f["morphology"]): err(i, "morphology %r" % f["morphology"])
            if f["morphology"] != sorted(set(f["morphology"])): err(i, "morphology not sorted/unique")
        if f["distribution"] not in DIST: err(i, "distribution %r" % f["distribution"])
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(i, "descriptors on %s" % f["kind"])
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            err(i, "absent finding with descriptors or stable")


seen = set()
for part, prefix, n in (("impressions/impressions.jsonl", "imp11_", 60), ("phrases/phrases.jsonl", "ph11_", 90)):
    lines = open(os.path.join(ROOT, part), encoding="utf-8").read().splitlines()
    if len(lines) != n:
        err(part, "%d lines, expected %d" % (len(lines), n))
    for k, line in enumerate(lines, 1):
        row = json.loads(line)
        if set(row) != {"id", "text", "expected"}:
            err(part, "row keys %s" % sorted(row))
            continue
        i = row["id"]
        if i != "%s%03d" % (prefix, k): err(i, "id out of order (line %d)" % k)
        if i in seen: err(i, "duplicate id")
        seen.add(i)
        if not row["text"].strip(): err(i, "empty text")
        check(i, row["expected"])

allowed = {"impressions", "phrases", "_src", "README.md"}
for name in os.listdir(ROOT):
    if name not in allowed:
        err(name, "stray file")
print("\n".join(errors) if errors else "0 errors")
print("checked", len(seen), "items")
sys.exit(1 if errors else 0)
