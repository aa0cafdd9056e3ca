"""Check every expected answer against the schema enums and the set's rules (json/stdlib only)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = sys.argv[1] if len(sys.argv) > 1 else ROOT
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(CATS) == sorted(ORDER)
KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}
assert KINDS <= set(D["finding"]["properties"]["kind"]["enum"])
BREASTS = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
errs = []


def err(i, m):
    errs.append("%s: %s" % (i, m))


def check(path, prefix, n):
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != n:
        err(path, "expected %d lines, got %d" % (n, len(lines)))
    nf = 0
    for k, line in enumerate(lines, 1):
        o = json.loads(line)
        i = o.get("id")
        if set(o) != {"id", "text", "expected"}:
            err(i, "line keys %s" % sorted(o))
        if i != "%s_%03d" % (prefix, k):
            err(i, "id out of order")
        if not o["text"].strip():
            err(i, "empty text")
        e = o["expected"]
        if set(e) != {"density", "assessment", "findings"}:
            err(i, "expected keys %s" % sorted(e))
        if e["density"] not in DENS + [None]:
            err(i, "density %r" % e["density"])
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            err(i, "assessment keys")
        ov = a["overall"]
        if ov is not None and ov not in CATS:
            err(i, "overall %r" % ov)
        for side, c in a["by_breast"].items():
            if side not in ("left", "right"):
                err(i, "by_breast side %r" % side)
            if c not in CATS:
                err(i, "by_breast cat %r" % c)
            elif ov is None or (ov in ORDER and ORDER.index(ov) < ORDER.index(c)):
                err(i, "overall %r less serious than %s %s" % (ov, side, c))
        absent = set()
        for f in e["findings"]:
            nf += 1
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
                err(i, "finding keys %s" % sorted(f))
            if f["kind"] not in KINDS:
                err(i, "kind %r" % f["kind"])
            if f["breast"] not in BREASTS:
                err(i, "breast %r" % f["breast"])
            if f["status"] not in STATUS:
                err(i, "status %r" % f["status"])
            if not isinstance(f["stable"], bool):
                err(i, "stable not bool")
            for m in f["morphology"]:
                if m not in MORPH:
                    err(i, "morphology %r" % m)
            if f["morphology"] != sorted(set(f["morphology"])):
                err(i, "morphology not sorted/unique")
            if f["distribution"] not in DIST:
                err(i, "distribution %r" % f["distribution"])
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                err(i, "morphology/distribution on a %s" % f["kind"])
            if f["status"] == "absent":
                if f["stable"] or f["morphology"] or f["distribution"]:
                    err(i, "absent finding described or stable")
                key = (f["kind"], f["breast"])
                if key in absent:
                    err(i, "duplicate absent %s" % (key,))
                absent.add(key)
    return len(lines), nf


ni, fi = check(os.path.join(ROOT, "impressions", "impressions.jsonl"), "imp23", 60)
npp, fp = check(os.path.join(ROOT, "phrases", "phrases.jsonl"), "ph23", 90)
extra = set(os.listdir(ROOT)) - {"impressions", "phrases", "_src", "README.md"}
if extra:
    err(ROOT, "stray files %s" % sorted(extra))
print("impressions %d (%d findings), phrases %d (%d findings), %d errors" % (ni, fi, npp, fp, len(errs)))
for e in errs:
    print("  ", e)
sys.exit(1 if errs else 0)
