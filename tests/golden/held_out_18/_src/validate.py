"""Checks every expected file (json only; no engine import)."""
import json, os, re, sys
import common
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = set(D["category"]["enum"]); KINDS = set(D["finding"]["properties"]["kind"]["enum"]) - {"non_mass", "focus", "implant"}
BREASTS = set(D["breast"]["enum"]); STAT = set(D["finding"]["properties"]["status"]["enum"])
MORPH = set(D["morphology"]["enum"]); DIST = set(D["distribution"]["enum"])
DENS = {None, "a", "b", "c", "d"}
errors = []
def err(*a): errors.append(" ".join(map(str, a)))
for sub, pre, n in (("teaching", "t18", 20), ("reports", "r18", 15)):
    d = os.path.join(common.SET, sub)
    names = sorted(os.listdir(d))
    txt = {x[:-4] for x in names if x.endswith(".txt")}
    exp = {x[:-14] for x in names if x.endswith(".expected.json")}
    for x in names:
        if not (x.endswith(".txt") or x.endswith(".expected.json")): err("stray", sub, x)
    if txt != exp: err("unpaired", sub, txt ^ exp)
    nums = sorted(int(re.match(pre + r"_(\d\d)_[a-z0-9_]+$", i).group(1)) if re.match(pre + r"_(\d\d)_[a-z0-9_]+$", i) else -1 for i in txt)
    if nums != list(range(1, n + 1)): err("ids", sub, nums)
    for i in sorted(exp):
        if not open(os.path.join(d, i + ".txt")).read().strip(): err("empty", i)
        e = json.load(open(os.path.join(d, i + ".expected.json")))
        if set(e) != {"density", "assessment", "findings"}: err("keys", i)
        if e["density"] not in DENS: err("density", i)
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}: err("akeys", i)
        if a["overall"] is not None and a["overall"] not in CATS: err("overall", i)
        if not set(a["by_breast"]) <= {"left", "right"}: err("bb keys", i)
        for s, c in a["by_breast"].items():
            if c not in CATS: err("bb cat", i)
            if a["overall"] is None or common.ORDER.index(a["overall"]) < common.ORDER.index(c): err("overall<breast", i)
        for f in e["findings"]:
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}: err("fkeys", i)
            if f["kind"] not in KINDS: err("kind", i, f["kind"])
            if f["breast"] not in BREASTS: err("breast", i)
            if f["status"] not in STAT: err("status", i)
            if not isinstance(f["stable"], bool): err("stable type", i)
            if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(set(f["morphology"])): err("morph", i)
            if f["distribution"] not in DIST: err("dist", i)
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err("morph on non-calc", i)
            if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]): err("absent detail", i)
print("errors:", len(errors)); [print(" ", x) for x in errors]; sys.exit(1 if errors else 0)
