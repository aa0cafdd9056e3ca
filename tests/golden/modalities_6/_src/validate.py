"""Checks for modalities_6 (json only; run with /work/main/.venv/bin/python _src/validate.py)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
FP = D["finding"]["properties"]
P = SCHEMA["properties"]


def enum_of(node):
    if "enum" in node:
        return node["enum"]
    for k in ("oneOf", "anyOf"):
        for sub in node.get(k, []):
            e = enum_of(sub)
            if e:
                return e
    if "$ref" in node:
        return enum_of(D[node["$ref"].split("/")[-1]])
    return None


def sub_enum(node, key):
    for k in ("oneOf", "anyOf"):
        for sub in node.get(k, []):
            if "properties" in sub and key in sub["properties"]:
                return enum_of(sub["properties"][key])
    if "properties" in node and key in node["properties"]:
        return enum_of(node["properties"][key])
    return None


CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = FP["kind"]["enum"]
BREASTS = D["breast"]["enum"]
STATUS = FP["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DESC = {k: v["enum"] for k, v in FP["descriptors"]["properties"].items() if "enum" in v}
DESC_ORDER = list(DESC.keys())
QUADS = FP["location"]["properties"]["quadrant"]["enum"]
DEPTHS = FP["location"]["properties"]["depth"]["enum"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURPOSES = P["exam"]["properties"]["purpose"]["enum"]
DENS = sub_enum(P["density"], "category")
FGT = sub_enum(P["fibroglandular_tissue"], "category")
BPE_L = sub_enum(P["background_enhancement"], "level")
BPE_S = sub_enum(P["background_enhancement"], "symmetry")
RECS = P["recommendations"]["items"]["properties"]["kind"]["enum"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors", "location", "size_mm"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}

errors = []


def err(i, msg):
    errors.append(f"{i}: {msg}")


files = sorted(os.listdir(SET))
txt = {f[:-4] for f in files if f.endswith(".txt")}
exp = {f[:-14] for f in files if f.endswith(".expected.json")}
for f in files:
    if f in ("README.md", "_src") or f.endswith(".txt") or f.endswith(".expected.json"):
        continue
    err(f, "stray file")
for i in txt ^ exp:
    err(i, "txt/expected pair missing")
nums = {}
for i in sorted(exp):
    m = re.match(r"^(us6|mri6|cem6)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id")
        continue
    key = (m.group(1), m.group(2))
    if key in nums:
        err(i, "number used twice")
    nums[key] = i
    g = json.load(open(os.path.join(SET, i + ".expected.json")))
    if list(g) != TOP:
        err(i, f"top keys {list(g)}")
    ex = g["exam"]
    if list(ex) != ["modalities", "purpose"]:
        err(i, "exam keys")
    for mo in ex["modalities"]:
        if mo not in MODS:
            err(i, f"modality {mo}")
    if ex["purpose"] not in PURPOSES:
        err(i, "purpose")
    pre = m.group(1)
    mods = set(ex["modalities"])
    want = {"us6": "ultrasound", "mri6": "mri", "cem6": "contrast_enhanced_mammography"}[pre]
    if want not in mods:
        err(i, "prefix modality missing")
    contrast = bool(mods & {"mri", "contrast_enhanced_mammography"})
    if g["density"] is not None and (g["density"] not in DENS or "contrast_enhanced_mammography" not in mods):
        err(i, "density")
    if g["fibroglandular_tissue"] is not None:
        if list(g["fibroglandular_tissue"]) != ["category"] or g["fibroglandular_tissue"]["category"] not in FGT or "mri" not in mods:
            err(i, "fgt")
    b = g["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in BPE_L or b["symmetry"] not in BPE_S or not contrast:
            err(i, "bpe")
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(i, "assessment keys")
    if a["overall"] is not None and a["overall"] not in CATS:
        err(i, "overall")
    for side, c in a["by_breast"].items():
        if side not in ("left", "right") or c not in CATS:
            err(i, f"by_breast {side} {c}")
        if a["overall"] is None or ORDER.index(c) > ORDER.index(a["overall"]):
            err(i, "overall less serious than a breast")
    if a["by_breast"] and a["overall"] not in a["by_breast"].values():
        err(i, "overall not among breasts")
    for r in g["recommendations"]:
        if r not in RECS:
            err(i, f"rec {r}")
    if g["recommendations"] != sorted(set(g["recommendations"])):
        err(i, "recs not sorted/unique")
    for n, f in enumerate(g["findings"]):
        w = f"{i} f{n}"
        ks = list(f)
        if ks != [k for k in FKEYS if k in f] or ks[:7] != FKEYS[:7]:
            err(w, f"finding keys {ks}")
        if f["kind"] not in KINDS: err(w, "kind")
        if f["breast"] not in BREASTS: err(w, "breast")
        if f["status"] not in STATUS: err(w, "status")
        if not isinstance(f["stable"], bool): err(w, "stable")
        for mo in f["morphology"]:
            if mo not in MORPH: err(w, f"morph {mo}")
        if f["morphology"] != sorted(f["morphology"]): err(w, "morph order")
        if f["distribution"] not in DIST: err(w, "dist")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on non-calcification")
        d = f["descriptors"]
        if list(d) != [k for k in DESC_ORDER if k in d]: err(w, "descriptor order")
        for k, v in d.items():
            if k not in DESC or v not in DESC[k]: err(w, f"descriptor {k}={v}")
        if f["kind"] == "calcification" and d: err(w, "descriptors on calcification")
        if f["status"] == "absent":
            if d or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]:
                err(w, "absent finding carries descriptors/stability/location/size")
        if US_D & set(d) and "ultrasound" not in mods: err(w, "US descriptor without ultrasound")
        if "mass_density" in d and "contrast_enhanced_mammography" not in mods: err(w, "mass_density without CEM")
        if "kinetics_initial" in d and "mri" not in mods: err(w, "initial kinetics without MRI")
        if CONTRAST_D & set(d) and not contrast: err(w, "enhancement descriptor without contrast exam")
        if "nme_distribution" in d and f["kind"] != "non_mass": err(w, "nme_distribution off non_mass")
        if ("implant_rupture" in d) != (f["kind"] == "implant" and f["status"] != "absent"):
            err(w, "implant_rupture placement")
        if "location" in f:
            loc = f["location"]
            for k, v in loc.items():
                if k == "clock" and not re.match(r"^(1[0-2]|[1-9]):[0-5]\d$", v): err(w, "clock")
                elif k == "quadrant" and v not in QUADS: err(w, "quadrant")
                elif k == "depth" and v not in DEPTHS: err(w, "depth")
                elif k not in ("clock", "quadrant", "depth"): err(w, f"location key {k}")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0): err(w, "size")

for e in errors:
    print(e)
print(f"{len(exp)} reports, {len(errors)} errors")
sys.exit(1 if errors else 0)
