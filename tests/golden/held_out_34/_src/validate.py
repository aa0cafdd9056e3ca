"""Check held_out_34's expected files against the contract's enums and the set's rules."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(path, prefix):
    where = os.path.basename(path)
    e = json.load(open(path))
    if set(e) != {"density", "assessment", "findings"}:
        err(where, f"keys {sorted(e)}")
        return
    if e["density"] not in ("a", "b", "c", "d", None):
        err(where, "density")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, "assessment keys")
        return
    by = a["by_breast"]
    for s, c in by.items():
        if s not in ("left", "right") or c not in CATS:
            err(where, f"by_breast {s}={c}")
    good = [c for c in by.values() if c in ORDER]
    top = max(good, key=ORDER.index) if good else None
    if a["overall"] != top:
        err(where, f"overall {a['overall']} != most serious {top}")
    seen_absent = set()
    for f in e["findings"]:
        if set(f) != FKEYS:
            err(where, f"finding keys {sorted(f)}")
            continue
        if f["kind"] not in KINDS: err(where, f"kind {f['kind']}")
        if f["breast"] not in BREASTS: err(where, f"breast {f['breast']}")
        if f["status"] not in STATUS: err(where, f"status {f['status']}")
        if not isinstance(f["stable"], bool): err(where, "stable not bool")
        if any(m not in MORPH for m in f["morphology"]): err(where, f"morphology {f['morphology']}")
        if f["morphology"] != sorted(f["morphology"]): err(where, "morphology unsorted")
        if f["distribution"] not in DIST: err(where, f"distribution {f['distribution']}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(where, f"morphology/distribution on {f['kind']}")
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err(where, "absent finding with attributes")
            key = (f["kind"], f["breast"])
            if key in seen_absent: err(where, f"absent {key} twice")
            seen_absent.add(key)


for folder, prefix in (("teaching", "t34_"), ("reports", "r34_")):
    d = os.path.join(ROOT, folder)
    names = sorted(os.listdir(d))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    exp = {n[:-14] for n in names if n.endswith(".expected.json")}
    for n in names:
        if not (n.endswith(".txt") or n.endswith(".expected.json")):
            err(folder, f"stray file {n}")
    for i in txt ^ exp:
        err(folder, f"unpaired {i}")
    for i in sorted(txt | exp):
        if not re.fullmatch(prefix + r"\d\d_[a-z0-9_]+", i):
            err(folder, f"bad id {i}")
    for i in sorted(exp):
        check(os.path.join(d, i + ".expected.json"), prefix)
    if folder == "reports":
        for i in sorted(txt):
            size = os.path.getsize(os.path.join(d, i + ".txt"))
            if size >= 3000: err(i, f"report {size} bytes >= 3 KB")
    print(folder, len(txt), "items")
print(len(errors), "errors")
for x in errors:
    print(" ", x)
sys.exit(1 if errors else 0)
