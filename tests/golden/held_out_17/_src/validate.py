"""Checks every expected answer against the schema enums and internal rules (json only)."""
import json, os, sys
from common import ROOT, ORDER, read_jsonl

SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
DEFS = SCHEMA["$defs"]
CATS = set(DEFS["category"]["enum"])
KINDS = set(DEFS["finding"]["properties"]["kind"]["enum"]) - {"non_mass", "focus", "implant"}
BREASTS = set(DEFS["breast"]["enum"])
STATUS = set(DEFS["finding"]["properties"]["status"]["enum"])
MORPH = set(DEFS["morphology"]["enum"])
DIST = set(DEFS["distribution"]["enum"])
DENS = set(SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
errors = []

def err(i, m):
    errors.append("%s: %s" % (i, m))

def check(path, prefix, n):
    folder = os.path.dirname(path)
    extra = set(os.listdir(folder)) - {os.path.basename(path)}
    if extra:
        err(folder, "stray files %s" % sorted(extra))
    rows = read_jsonl(path)
    if len(rows) != n:
        err(path, "%d rows, want %d" % (len(rows), n))
    for k, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != {"id", "text", "expected"}:
            err(rid, "keys %s" % sorted(r))
        if rid != "%s_%03d" % (prefix, k):
            err(rid, "id out of order, want %s_%03d" % (prefix, k))
        if not r.get("text", "").strip():
            err(rid, "empty text")
        e = r["expected"]
        if set(e) != {"density", "assessment", "findings"}:
            err(rid, "expected keys %s" % sorted(e)); continue
        if e["density"] is not None and e["density"] not in DENS:
            err(rid, "density %r" % e["density"])
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            err(rid, "assessment keys %s" % sorted(a))
        by = a["by_breast"]
        if set(by) - {"left", "right"}:
            err(rid, "by_breast keys %s" % sorted(by))
        for c in list(by.values()) + ([a["overall"]] if a["overall"] is not None else []):
            if c not in CATS:
                err(rid, "category %r" % c)
        if by and a["overall"] is None:
            err(rid, "by_breast set but overall null")
        for s, c in by.items():
            if a["overall"] in ORDER and c in ORDER and ORDER.index(a["overall"]) < ORDER.index(c):
                err(rid, "overall %s less serious than %s %s" % (a["overall"], s, c))
        for f in e["findings"]:
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
                err(rid, "finding keys %s" % sorted(f)); continue
            if f["kind"] not in KINDS: err(rid, "kind %r" % f["kind"])
            if f["breast"] not in BREASTS: err(rid, "breast %r" % f["breast"])
            if f["status"] not in STATUS: err(rid, "status %r" % f["status"])
            if not isinstance(f["stable"], bool): err(rid, "stable not bool")
            if any(m not in MORPH for m in f["morphology"]): err(rid, "morphology %r" % f["morphology"])
            if f["morphology"] != sorted(set(f["morphology"])): err(rid, "morphology not sorted/unique")
            if f["distribution"] not in DIST: err(rid, "distribution %r" % f["distribution"])
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                err(rid, "morphology/distribution on %s" % f["kind"])
            if f["status"] == "absent" and (f["stable"] or f["morphology"] or f["distribution"]):
                err(rid, "absent finding with stable/morphology/distribution")
    return rows

imp = check(os.path.join(ROOT, "impressions", "impressions.jsonl"), "imp17", 60)
ph = check(os.path.join(ROOT, "phrases", "phrases.jsonl"), "ph17", 90)
for e in errors:
    print("ERROR", e)
print("%d impressions (%d findings), %d phrases (%d findings), %d errors" % (
    len(imp), sum(len(r["expected"]["findings"]) for r in imp),
    len(ph), sum(len(r["expected"]["findings"]) for r in ph), len(errors)))
sys.exit(1 if errors else 0)
