"""Check the generated set. Usage: validate.py [set_root]"""
import json, os, re, sys

SCHEMA = "/work/shared/contracts/findings.schema.json"
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]

s = json.load(open(SCHEMA))
D = s["$defs"]
CATS = D["category"]["enum"]
SIDES = D["breast"]["enum"]
FP = D["finding"]["properties"]
KINDS = FP["kind"]["enum"]
STATUS = FP["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = s["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def check(name, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(name, f"keys {sorted(e)}")
        return
    if e["density"] is not None and e["density"] not in DENS:
        err(name, f"density {e['density']}")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(name, f"assessment keys {sorted(a)}")
        return
    by = a["by_breast"]
    if not isinstance(by, dict) or not set(by) <= {"left", "right"}:
        err(name, f"by_breast {by}")
        return
    for v in list(by.values()) + ([a["overall"]] if a["overall"] is not None else []):
        if v not in CATS:
            err(name, f"category {v}")
            return
    want = max(by.values(), key=ORDER.index) if by else None
    if a["overall"] != want:
        err(name, f"overall {a['overall']} != most serious of by_breast {want}")
    seen_absent = set()
    for f in e["findings"]:
        if set(f) != FKEYS:
            err(name, f"finding keys {sorted(f)}")
            continue
        if f["kind"] not in KINDS or f["breast"] not in SIDES or f["status"] not in STATUS:
            err(name, f"enum {f}")
        if not isinstance(f["stable"], bool) or not isinstance(f["morphology"], list):
            err(name, f"types {f}")
            continue
        if any(m not in MORPH for m in f["morphology"]) or f["distribution"] not in DIST:
            err(name, f"morph/dist enum {f}")
        if f["morphology"] != sorted(f["morphology"]):
            err(name, f"unsorted morphology {f}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(name, f"morphology/distribution on {f['kind']}")
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err(name, f"absent finding with attributes {f}")
            key = (f["kind"], f["breast"])
            if key in seen_absent:
                err(name, f"absent {key} twice")
            seen_absent.add(key)


n = 0
for part, prefix in (("teaching", "t29_"), ("reports", "r29_")):
    d = os.path.join(ROOT, part)
    files = sorted(os.listdir(d))
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    exp = {f[:-14] for f in files if f.endswith(".expected.json")}
    if txt != exp:
        err(part, f"unpaired {sorted(txt ^ exp)}")
    if any(not f.endswith((".txt", ".expected.json")) for f in files):
        err(part, "stray file")
    for name in sorted(txt & exp):
        if not re.fullmatch(prefix + r"\d\d_[a-z0-9_]+", name):
            err(name, "bad id")
        t = open(os.path.join(d, name + ".txt")).read()
        if part == "reports" and len(t.encode()) >= 3000:
            err(name, f"report {len(t.encode())} bytes >= 3 KB")
        check(name, json.load(open(os.path.join(d, name + ".expected.json"))))
        n += 1
print(f"{n} items, {len(errors)} errors")
for e in errors:
    print(" ", e)
sys.exit(1 if errors else 0)
