"""Check held_out_9 gold against the schema enums and the annotation invariants (json only, no engine)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
KINDS = set(D["finding"]["properties"]["kind"]["enum"]) - {"non_mass", "focus", "implant"}
BREASTS = set(D["breast"]["enum"])
STATUS = set(D["finding"]["properties"]["status"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
DENS = set(SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(i, m):
    errors.append("%s: %s" % (i, m))


def check(i, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(i, "keys %s" % sorted(e))
    if e["density"] is not None and e["density"] not in DENS:
        err(i, "density")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(i, "assessment keys")
    if a["overall"] is not None and a["overall"] not in CATS:
        err(i, "overall enum")
    if set(a["by_breast"]) - {"left", "right"}:
        err(i, "by_breast keys")
    for s, c in a["by_breast"].items():
        if c not in CATS:
            err(i, "by_breast enum")
        elif a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c):
            err(i, "overall less serious than %s %s" % (s, c))
    for f in e["findings"]:
        if set(f) != FKEYS:
            err(i, "finding keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS: err(i, "kind %s" % f["kind"])
        if f["breast"] not in BREASTS: err(i, "breast")
        if f["status"] not in STATUS: err(i, "status")
        if not isinstance(f["stable"], bool): err(i, "stable not bool")
        if not isinstance(f["morphology"], list) or set(f["morphology"]) - MORPH: err(i, "morphology enum")
        if f["morphology"] != sorted(set(f["morphology"])): err(i, "morphology not sorted/unique")
        if f["distribution"] not in DIST: err(i, "distribution enum")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(i, "morphology/distribution on %s" % f["kind"])
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            err(i, "absent finding with descriptors or stable")


seen = set()
for part, prefix, n in (("impressions/impressions.jsonl", "imp9_", 60), ("phrases/phrases.jsonl", "ph9_", 90)):
    lines = open(os.path.join(ROOT, part), encoding="utf-8").read().splitlines()
    if len(lines) != n:
        err(part, "%d lines, expected %d" % (len(lines), n))
    for k, line in enumerate(lines, 1):
        r = json.loads(line)
        if set(r) != {"id", "text", "expected"}:
            err(part, "line keys %s" % sorted(r))
        if r["id"] != "%s%03d" % (prefix, k):
            err(r["id"], "id out of order")
        if r["id"] in seen:
            err(r["id"], "duplicate id")
        seen.add(r["id"])
        if not r["text"].strip():
            err(r["id"], "empty text")
        check(r["id"], r["expected"])

print("\n".join(errors) if errors else "0 errors (%d items)" % len(seen))
sys.exit(1 if errors else 0)
