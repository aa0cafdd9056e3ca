"""Check every expected file of modalities_16 against the contract enums and the annotation rules (json only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
FP = D["finding"]["properties"]
DP = FP["descriptors"]["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
MODS = S["properties"]["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = S["properties"]["exam"]["properties"]["purpose"]["enum"]
RECS = S["properties"]["recommendations"]["items"]["properties"]["kind"]["enum"]
FGT = S["properties"]["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPEP = S["properties"]["background_enhancement"]["oneOf"][1]["properties"]
DENS = ["a", "b", "c", "d", None]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
PREFIX = {"us16": "ultrasound", "mri16": "mri", "cem16": "contrast_enhanced_mammography"}

errs = []
def err(i, m):
    errs.append(f"{i}: {m}")

files = sorted(os.listdir(SET))
txt = {f[:-4] for f in files if f.endswith(".txt")}
exp = {f[:-14] for f in files if f.endswith(".expected.json")}
for f in files:
    if f not in ("README.md", "_src") and not (f.endswith(".txt") or f.endswith(".expected.json")):
        err(f, "stray file")
for i in txt ^ exp:
    err(i, "unpaired")
nums = {}
for i in sorted(exp):
    m = re.match(r"^(us16|mri16|cem16)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id"); continue
    nums.setdefault(m.group(1), []).append(int(m.group(2)))
    e = json.load(open(os.path.join(SET, i + ".expected.json")))
    if list(e) != TOP:
        err(i, f"top keys {list(e)}")
    ex = e["exam"]
    if list(ex) != ["modalities", "purpose"]:
        err(i, "exam keys")
    mods = ex["modalities"]
    for x in mods:
        if x not in MODS: err(i, f"modality {x}")
    if len(set(mods)) != len(mods): err(i, "dup modality")
    if PREFIX[m.group(1)] not in mods: err(i, "prefix modality not in exam")
    if ex["purpose"] not in PURP: err(i, "purpose")
    contrast = "mri" in mods or "contrast_enhanced_mammography" in mods
    mammo = "mammography" in mods or "contrast_enhanced_mammography" in mods
    if e["density"] not in DENS: err(i, "density enum")
    if e["density"] is not None and not mammo: err(i, "density without mammography/CEM")
    fg = e["fibroglandular_tissue"]
    if fg is not None:
        if list(fg) != ["category"] or fg["category"] not in FGT: err(i, "fgt")
        if "mri" not in mods: err(i, "fgt without MRI")
    bp = e["background_enhancement"]
    if bp is not None:
        if list(bp) != ["level", "symmetry"]: err(i, "bpe keys")
        if bp["level"] not in BPEP["level"]["enum"] or bp["symmetry"] not in BPEP["symmetry"]["enum"]: err(i, "bpe enum")
        if not contrast: err(i, "bpe without contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]: err(i, "assessment keys")
    cats = D["category"]["enum"]
    if a["overall"] is not None and a["overall"] not in cats: err(i, "overall enum")
    for side, c in a["by_breast"].items():
        if side not in ("left", "right") or c not in cats: err(i, f"by_breast {side} {c}")
        if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c): err(i, f"overall {a['overall']} < {side} {c}")
    if a["by_breast"] and a["overall"] != max(a["by_breast"].values(), key=ORDER.index):
        print(f"note {i}: overall {a['overall']} above the most serious breast")
    for k, f in enumerate(e["findings"]):
        w = f"{i} f{k}"
        if list(f)[:7] != FKEYS or not set(list(f)[7:]) <= {"location", "size_mm"}: err(w, f"keys {list(f)}")
        if f["kind"] not in FP["kind"]["enum"]: err(w, "kind")
        if f["breast"] not in D["breast"]["enum"]: err(w, "breast")
        if f["status"] not in FP["status"]["enum"]: err(w, "status")
        if not isinstance(f["stable"], bool): err(w, "stable")
        for mo in f["morphology"]:
            if mo not in D["morphology"]["enum"]: err(w, f"morphology {mo}")
        if f["morphology"] != sorted(f["morphology"]): err(w, "morphology unsorted")
        if f["distribution"] not in D["distribution"]["enum"]: err(w, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err(w, "morph/distr on non-calc")
        ds = f["descriptors"]
        for n, v in ds.items():
            if n not in DP: err(w, f"descriptor name {n}"); continue
            if v not in DP[n]["enum"]: err(w, f"{n}={v}")
        if set(ds) & US_D and "ultrasound" not in mods: err(w, "US descriptor without US")
        if "mass_density" in ds and not mammo: err(w, "mass_density without mammo/CEM")
        if "kinetics_initial" in ds and "mri" not in mods: err(w, "initial kinetics without MRI")
        if set(ds) & CONTRAST_D and not contrast: err(w, "enhancement without contrast exam")
        if "nme_distribution" in ds and f["kind"] != "non_mass": err(w, "nme_distribution off non_mass")
        if ("implant_rupture" in ds) != (f["kind"] == "implant" and f["status"] != "absent"): err(w, "implant_rupture")
        if f["kind"] == "focus" and "mri" not in mods: err(w, "focus without MRI")
        if f["status"] == "absent" and (ds or f["morphology"] or f["distribution"] or f["stable"] or "location" in f or "size_mm" in f):
            err(w, "absent with detail")
        loc = f.get("location")
        if loc is not None:
            if not loc or not set(loc) <= {"clock", "quadrant", "depth"}: err(w, "location keys")
            if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", loc["clock"]): err(w, "clock")
            if "quadrant" in loc and loc["quadrant"] not in FP["location"]["properties"]["quadrant"]["enum"]: err(w, "quadrant")
            if "depth" in loc and loc["depth"] not in FP["location"]["properties"]["depth"]["enum"]: err(w, "depth")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0): err(w, "size")
    r = e["recommendations"]
    if r != sorted(set(r)): err(i, "recs not sorted/unique")
    for x in r:
        if x not in RECS: err(i, f"rec {x}")
for p, ns in nums.items():
    if sorted(ns) != list(range(1, len(ns) + 1)): err(p, f"numbering {sorted(ns)}")
for x in errs:
    print(x)
print(f"{len(exp)} reports, {len(errs)} errors")
sys.exit(1 if errs else 0)
