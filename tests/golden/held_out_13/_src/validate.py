"""Validate held_out_13 JSONL files against the schema enums and the set's rules (json only)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
ATLAS = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def check(i, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(i, "top keys %s" % sorted(e))
        return
    if e["density"] is not None and e["density"] not in DENS:
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
    for s, c in bb.items():
        if c not in CATS:
            err(i, "by_breast cat %r" % c)
        elif ov is None or ATLAS.index(ov) < ATLAS.index(c):
            err(i, "overall %r less serious than %s %r" % (ov, s, c))
    for f in e["findings"]:
        if set(f) != FKEYS:
            err(i, "finding keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS or f["kind"] in ("non_mass", "focus", "implant"):
            err(i, "kind %r" % f["kind"])
        if f["breast"] not in BREASTS:
            err(i, "breast %r" % f["breast"])
        if f["status"] not in STATUS:
            err(i, "status %r" % f["status"])
        if not isinstance(f["stable"], bool):
            err(i, "stable not bool")
        m, d = f["morphology"], f["distribution"]
        if not isinstance(m, list) or any(x not in MORPH for x in m) or m != sorted(set(m)):
            err(i, "morphology %r" % m)
        if d not in DIST:
            err(i, "distribution %r" % d)
        if f["kind"] != "calcification" and (m or d):
            err(i, "descriptors on %s" % f["kind"])
        if f["status"] == "absent" and (m or d or f["stable"]):
            err(i, "absent finding with descriptors/stable")


ids = set()
for part, prefix, n in (("impressions", "imp13_", 60), ("phrases", "ph13_", 90)):
    path = os.path.join(ROOT, part, part + ".jsonl")
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != n:
        err(part, "%d lines, want %d" % (len(lines), n))
    for k, line in enumerate(lines, 1):
        r = json.loads(line)
        if set(r) != {"id", "text", "expected"}:
            err(part, "line keys %s" % sorted(r))
            continue
        if r["id"] != "%s%03d" % (prefix, k) or not re.fullmatch(prefix + r"\d{3}", r["id"]):
            err(r["id"], "id out of order (line %d)" % k)
        if r["id"] in ids:
            err(r["id"], "duplicate id")
        ids.add(r["id"])
        if not r["text"].strip():
            err(r["id"], "empty text")
        check(r["id"], r["expected"])

allowed = {"README.md", "_src", "impressions", "phrases", "FIRST_LOOK.txt"}
for x in os.listdir(ROOT):
    if x not in allowed:
        err("folder", "stray %s" % x)

for e in errors:
    print(e)
print("%d ids, %d errors" % (len(ids), len(errors)))
sys.exit(1 if errors else 0)
