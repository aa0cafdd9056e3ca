"""Check held_out_36's files against the contract's enums and the set's rules. Usage: validate.py [ROOT]"""
import json, os, re, sys
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
D = schema["$defs"]
KINDS = set(D["finding"]["properties"]["kind"]["enum"])
STAT = set(D["finding"]["properties"]["status"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
BREAST = set(D["breast"]["enum"])
CAT = set(D["category"]["enum"])
DENS = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]) | {None}
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []
n_items = n_f = 0


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


for part, prefix in (("teaching", "t36_"), ("reports", "r36_")):
    d = os.path.join(ROOT, part)
    names = sorted(os.listdir(d))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    exp = {n[:-14] for n in names if n.endswith(".expected.json")}
    for n in names:
        if not (n.endswith(".txt") or n.endswith(".expected.json")):
            err(part, "stray file " + n)
    for i in sorted(txt ^ exp):
        err(part, "unpaired " + i)
    for i in sorted(txt & exp):
        n_items += 1
        w = part + "/" + i
        if not re.fullmatch(prefix + r"\d\d_[a-z0-9_]+", i):
            err(w, "bad id")
        size = os.path.getsize(os.path.join(d, i + ".txt"))
        if part == "reports" and size >= 3000:
            err(w, "report is %d bytes" % size)
        try:
            e = json.load(open(os.path.join(d, i + ".expected.json")))
        except ValueError as x:
            err(w, "json: %s" % x); continue
        if set(e) != {"density", "assessment", "findings"}:
            err(w, "top keys %s" % sorted(e))
        if e.get("density") not in DENS:
            err(w, "density %r" % e.get("density"))
        a = e.get("assessment", {})
        if set(a) != {"overall", "by_breast"}:
            err(w, "assessment keys %s" % sorted(a))
        by = a.get("by_breast", {})
        for s, c in by.items():
            if s not in ("left", "right") or c not in CAT:
                err(w, "by_breast %s=%r" % (s, c))
        ov = a.get("overall")
        if ov is not None and ov not in CAT:
            err(w, "overall %r" % ov)
        good = [c for c in by.values() if c in CAT]
        most = max(good, key=ORDER.index) if good else None
        if ov != most:
            err(w, "overall %r is not the most serious per-breast category %r" % (ov, most))
        seen_abs = set()
        for k, f in enumerate(e.get("findings", [])):
            n_f += 1
            fw = "%s finding %d" % (w, k)
            if set(f) != FKEYS:
                err(fw, "keys %s" % sorted(f)); continue
            if f["kind"] not in KINDS: err(fw, "kind %r" % f["kind"])
            if f["breast"] not in BREAST: err(fw, "breast %r" % f["breast"])
            if f["status"] not in STAT: err(fw, "status %r" % f["status"])
            if not isinstance(f["stable"], bool): err(fw, "stable not bool")
            if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
                err(fw, "morphology %r" % f["morphology"])
            elif f["morphology"] != sorted(f["morphology"]): err(fw, "morphology not sorted")
            if f["distribution"] not in DIST: err(fw, "distribution %r" % f["distribution"])
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                err(fw, "morphology/distribution on a %s" % f["kind"])
            if f["status"] == "absent":
                if f["stable"] or f["morphology"] or f["distribution"]:
                    err(fw, "absent finding with attributes")
                key = (f["kind"], f["breast"])
                if key in seen_abs: err(fw, "absent %s %s twice" % key)
                seen_abs.add(key)
print("%d items, %d findings, %d errors" % (n_items, n_f, len(errors)))
for x in errors:
    print("  " + x)
sys.exit(1 if errors else 0)
