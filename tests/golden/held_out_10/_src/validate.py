"""Checks every expected answer of held_out_10 (json only; no engine import)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
CATS = set(D["category"]["enum"])
BREASTS = set(D["breast"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
FP = D["finding"]["properties"]
KINDS = set(FP["kind"]["enum"]) - {"non_mass", "focus", "implant"}
STATUS = set(FP["status"]["enum"])
DENS = {"a", "b", "c", "d", None}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
PATTERN = {"teaching": (r"^t10_(\d\d)_[a-z0-9_]+$", 20), "reports": (r"^r10_(\d\d)_[a-z0-9_]+$", 15)}

errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

seen = set(); totals = {}
for part, (pat, n) in PATTERN.items():
    d = os.path.join(ROOT, part)
    files = sorted(os.listdir(d))
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    exp = {f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")}
    if txt != exp: err(part, "txt/expected mismatch", txt ^ exp)
    if len(files) != len(txt) + len(exp): err(part, "stray files")
    nums = []
    for i in sorted(txt):
        m = re.match(pat, i)
        if not m: err(i, "bad id"); continue
        nums.append(int(m.group(1)))
        if i in seen: err(i, "duplicate id")
        seen.add(i)
        if not open(os.path.join(d, i + ".txt")).read().strip(): err(i, "empty text")
    if sorted(nums) != list(range(1, n + 1)): err(part, "numbering", nums)
    nf = 0
    for i in sorted(exp):
        e = json.load(open(os.path.join(d, i + ".expected.json")))
        if set(e) != {"density", "assessment", "findings"}: err(i, "keys", set(e))
        if e["density"] not in DENS: err(i, "density", e["density"])
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}: err(i, "assessment keys")
        ov, bb = a["overall"], a["by_breast"]
        if ov is not None and ov not in CATS: err(i, "overall", ov)
        if set(bb) - {"left", "right"}: err(i, "by_breast keys", bb)
        for s, c in bb.items():
            if c not in CATS: err(i, "by_breast cat", c)
            elif ov is None or ORDER.index(ov) < ORDER.index(c): err(i, "overall less serious than", s, c)
        for f in e["findings"]:
            nf += 1
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}: err(i, "finding keys", f)
            if f["kind"] not in KINDS: err(i, "kind", f["kind"])
            if f["breast"] not in BREASTS: err(i, "breast", f["breast"])
            if f["status"] not in STATUS: err(i, "status", f["status"])
            if not isinstance(f["stable"], bool): err(i, "stable", f)
            if any(m not in MORPH for m in f["morphology"]): err(i, "morph", f)
            if f["morphology"] != sorted(set(f["morphology"])): err(i, "morph order", f)
            if f["distribution"] not in DIST: err(i, "dist", f)
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err(i, "descriptor on non-calc", f)
            if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]): err(i, "absent with descriptors/stable", f)
    totals[part] = (len(exp), nf)

for part, (n, nf) in totals.items():
    print(f"{part}: {n} items, {nf} findings")
print(f"{len(errors)} errors")
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
