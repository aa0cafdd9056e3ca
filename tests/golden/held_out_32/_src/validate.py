"""Check the generated files of held_out_32 against the contract's enums and the set's rules."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if len(sys.argv) > 1:
    ROOT = sys.argv[1]
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(ORDER) == sorted(CATS)
KINDS = D["finding"]["properties"]["kind"]["enum"]
SIDES = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}

errors = []
def err(f, msg):
    errors.append("%s: %s" % (f, msg))

count = {"items": 0, "findings": 0}
for part, prefix in (("teaching", "t32_"), ("reports", "r32_")):
    d = os.path.join(ROOT, part)
    names = sorted(os.listdir(d))
    txts = {n[:-4] for n in names if n.endswith(".txt")}
    exps = {n[:-len(".expected.json")] for n in names if n.endswith(".expected.json")}
    for x in names:
        if not (x.endswith(".txt") or x.endswith(".expected.json")):
            err(x, "stray file")
    for m in txts ^ exps:
        err(m, "file pair incomplete")
    for case in sorted(txts & exps):
        f = part + "/" + case
        if not re.match(r"^%s\d\d_[a-z0-9_]+$" % prefix, case):
            err(f, "bad id")
        text = open(os.path.join(d, case + ".txt"), encoding="utf-8").read()
        if not text.strip():
            err(f, "empty text")
        if part == "reports" and len(text.encode("utf-8")) >= 3072:
            err(f, "report not < 3 KB (%d bytes)" % len(text.encode("utf-8")))
        try:
            e = json.load(open(os.path.join(d, case + ".expected.json"), encoding="utf-8"))
        except Exception as ex:
            err(f, "bad json %s" % ex); continue
        count["items"] += 1
        if set(e) != {"density", "assessment", "findings"}:
            err(f, "top keys %s" % sorted(e))
            continue
        if e["density"] is not None and e["density"] not in DENS:
            err(f, "density %r" % e["density"])
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            err(f, "assessment keys %s" % sorted(a))
        else:
            bb = a["by_breast"]
            if set(bb) - {"left", "right"}:
                err(f, "by_breast keys %s" % sorted(bb))
            for v in bb.values():
                if v not in CATS:
                    err(f, "category %r" % v)
            if a["overall"] is not None and a["overall"] not in CATS:
                err(f, "overall %r" % a["overall"])
            vals = [v for v in bb.values() if v in ORDER]
            top = max(vals, key=ORDER.index) if vals else None
            if a["overall"] != top:
                err(f, "overall %r is not the most serious per-breast category %r" % (a["overall"], top))
        seen_absent = set()
        for i, fd in enumerate(e["findings"]):
            count["findings"] += 1
            g = "%s finding %d" % (f, i)
            if set(fd) != FKEYS:
                err(g, "keys %s" % sorted(fd)); continue
            if fd["kind"] not in KINDS: err(g, "kind %r" % fd["kind"])
            if fd["breast"] not in SIDES: err(g, "breast %r" % fd["breast"])
            if fd["status"] not in STATUS: err(g, "status %r" % fd["status"])
            if not isinstance(fd["stable"], bool): err(g, "stable not bool")
            if not isinstance(fd["morphology"], list): err(g, "morphology not a list")
            else:
                for m in fd["morphology"]:
                    if m not in MORPH: err(g, "morphology %r" % m)
                if fd["morphology"] != sorted(fd["morphology"]): err(g, "morphology not sorted")
            if fd["distribution"] not in DIST: err(g, "distribution %r" % fd["distribution"])
            if fd["kind"] != "calcification" and (fd["morphology"] or fd["distribution"]):
                err(g, "morphology/distribution on a %s" % fd["kind"])
            if fd["status"] == "absent":
                if fd["morphology"] or fd["distribution"] or fd["stable"]:
                    err(g, "absent finding with attributes")
                key = (fd["kind"], fd["breast"])
                if key in seen_absent: err(g, "absent %s/%s twice" % key)
                seen_absent.add(key)

for x in errors:
    print("ERROR", x)
print("%d items, %d findings, %d errors" % (count["items"], count["findings"], len(errors)))
sys.exit(1 if errors else 0)
