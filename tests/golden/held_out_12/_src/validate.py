"""Json-only checks of held_out_12 (no engine import)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
CATS = D["category"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
DENS = S["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
errors = []
def err(m): errors.append(m)

counts = {}
ids = set()
for part, prefix, n in (("teaching", "t12", 20), ("reports", "r12", 15)):
    d = os.path.join(ROOT, part)
    files = sorted(os.listdir(d))
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    exp = {f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")}
    stray = [f for f in files if not (f.endswith(".txt") or f.endswith(".expected.json"))]
    if stray: err(f"{part}: stray files {stray}")
    if txt != exp: err(f"{part}: txt/expected mismatch {txt ^ exp}")
    nums = sorted(int(re.match(rf"{prefix}_(\d\d)_[a-z0-9_]+$", i).group(1)) if re.match(rf"{prefix}_(\d\d)_[a-z0-9_]+$", i) else -1 for i in txt)
    if nums != list(range(1, n + 1)): err(f"{part}: ids not numbered 1..{n}: {nums}")
    nf = 0
    for i in sorted(txt):
        if i in ids: err(f"duplicate id {i}")
        ids.add(i)
        if not open(os.path.join(d, i + ".txt")).read().strip(): err(f"{i}: empty text")
        e = json.load(open(os.path.join(d, i + ".expected.json")))
        if set(e) != {"density", "assessment", "findings"}: err(f"{i}: keys {set(e)}")
        if e["density"] is not None and e["density"] not in DENS: err(f"{i}: density")
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}: err(f"{i}: assessment keys")
        ov = a["overall"]
        if ov is not None and ov not in CATS: err(f"{i}: overall {ov}")
        for side, c in a["by_breast"].items():
            if side not in ("left", "right"): err(f"{i}: by_breast side {side}")
            if c not in CATS: err(f"{i}: by_breast cat {c}")
            if ov is None or ORDER.index(ov) < ORDER.index(c): err(f"{i}: overall {ov} less serious than {side} {c}")
        for f in e["findings"]:
            nf += 1
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}: err(f"{i}: finding keys {set(f)}")
            if f["kind"] not in KINDS or f["kind"] in ("non_mass", "focus", "implant"): err(f"{i}: kind {f['kind']}")
            if f["breast"] not in BREASTS: err(f"{i}: breast")
            if f["status"] not in STATUS: err(f"{i}: status")
            if not isinstance(f["stable"], bool): err(f"{i}: stable")
            if any(m not in MORPH for m in f["morphology"]): err(f"{i}: morph {f['morphology']}")
            if f["morphology"] != sorted(set(f["morphology"])): err(f"{i}: morphology not sorted/unique")
            if f["distribution"] not in DIST: err(f"{i}: dist")
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err(f"{i}: descriptors on {f['kind']}")
            if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]): err(f"{i}: absent with descriptors/stable")
    counts[part] = (len(txt), nf)

for m in errors: print("ERROR", m)
for p, (n, nf) in counts.items(): print(f"{p}: {n} items, {nf} findings")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
