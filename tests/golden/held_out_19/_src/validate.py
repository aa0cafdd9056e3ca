"""Checks every expected answer against the schema enums and internal rules (json only)."""
import json, os, sys
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
D = schema["$defs"]
CATS = D["category"]["enum"]
KINDS = set(D["finding"]["properties"]["kind"]["enum"]) - {"non_mass", "focus", "implant"}
BREASTS = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = ["a", "b", "c", "d", None]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
errors = []


def err(i, m):
    errors.append("%s: %s" % (i, m))


def check(path, prefix, n):
    lines = open(path).read().splitlines()
    if len(lines) != n:
        err(path, "%d lines, want %d" % (len(lines), n))
    nf = 0
    for k, line in enumerate(lines, 1):
        r = json.loads(line)
        i = r.get("id")
        if set(r) != {"id", "text", "expected"}:
            err(i, "keys %s" % sorted(r))
        if i != "%s_%03d" % (prefix, k):
            err(i, "id out of order")
        if not r["text"].strip():
            err(i, "empty text")
        e = r["expected"]
        if set(e) != {"density", "assessment", "findings"}:
            err(i, "expected keys")
        if e["density"] not in DENS:
            err(i, "density")
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            err(i, "assessment keys")
        if a["overall"] not in CATS + [None]:
            err(i, "overall")
        if not set(a["by_breast"]) <= {"left", "right"}:
            err(i, "by_breast keys")
        for s, c in a["by_breast"].items():
            if c not in CATS:
                err(i, "by_breast value")
            elif a["overall"] is None or ORDER.index(c) > ORDER.index(a["overall"]):
                err(i, "overall less serious than %s %s" % (s, c))
        for f in e["findings"]:
            nf += 1
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
                err(i, "finding keys")
            if f["kind"] not in KINDS:
                err(i, "kind %s" % f["kind"])
            if f["breast"] not in BREASTS:
                err(i, "breast")
            if f["status"] not in STATUS:
                err(i, "status")
            if not isinstance(f["stable"], bool):
                err(i, "stable")
            if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(set(f["morphology"])):
                err(i, "morphology")
            if f["distribution"] not in DIST:
                err(i, "distribution")
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                err(i, "descriptor on non-calcification")
            if f["status"] == "absent" and (f["stable"] or f["morphology"] or f["distribution"]):
                err(i, "absent finding described")
    return len(lines), nf


ni, fi = check(os.path.join(ROOT, "impressions", "impressions.jsonl"), "imp19", 60)
np_, fp = check(os.path.join(ROOT, "phrases", "phrases.jsonl"), "ph19", 90)
allowed = {"README.md", "_src", "impressions", "phrases"}
stray = set(os.listdir(ROOT)) - allowed
stray |= {os.path.join("impressions", x) for x in os.listdir(os.path.join(ROOT, "impressions"))} - {"impressions/impressions.jsonl"}
stray |= {os.path.join("phrases", x) for x in os.listdir(os.path.join(ROOT, "phrases"))} - {"phrases/phrases.jsonl"}
for s in sorted(stray):
    err(s, "stray file")
for e in errors:
    print(e)
print("%d impressions (%d findings), %d phrases (%d findings), %d errors" % (ni, fi, np_, fp, len(errors)))
sys.exit(1 if errors else 0)
