"""Checks every expected file against the contract enums and the annotation rules (json only)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]; P = S["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
DESC = D["finding"]["properties"]["descriptors"]["properties"]
QUAD = D["finding"]["properties"]["location"]["properties"]["quadrant"]["enum"]
DEPTH = D["finding"]["properties"]["location"]["properties"]["depth"]["enum"]
RECS = P["recommendations"]["items"]["properties"]["kind"]["enum"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CON_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
errs = []
def err(c, m): errs.append(f"{c}: {m}")
files = sorted(os.listdir(OUT)); ids = sorted({f.split(".")[0] for f in files if f.endswith(".txt")})
for f in files:
    if f in ("README.md", "_src"): continue
    if not (f.endswith(".txt") or f.endswith(".expected.json")): err(f, "stray file")
    elif f.split(".")[0] not in ids or not os.path.exists(os.path.join(OUT, f.split(".")[0] + ".expected.json")): err(f, "unpaired")
nums = {}
for c in ids:
    m = re.match(r"(us|mri|cem)15_(\d\d)_[a-z0-9_]+$", c)
    if not m: err(c, "bad id"); continue
    nums.setdefault(m.group(1), []).append(int(m.group(2)))
    e = json.load(open(os.path.join(OUT, c + ".expected.json")))
    if list(e) != ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]: err(c, "top keys")
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"] or any(x not in MODS for x in mods) or e["exam"]["purpose"] not in ("screening", "diagnostic", None): err(c, "exam")
    want = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[m.group(1)]
    if want not in mods: err(c, "prefix modality missing")
    contrast = "mri" in mods or "contrast_enhanced_mammography" in mods
    if e["density"] not in (None, "a", "b", "c", "d"): err(c, "density")
    if e["density"] and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)): err(c, "density without mammography")
    if e["fibroglandular_tissue"] and ("mri" not in mods or e["fibroglandular_tissue"]["category"] not in "abcd"): err(c, "fgt")
    b = e["background_enhancement"]
    if b and (not contrast or b["level"] not in ("minimal", "mild", "moderate", "marked") or b["symmetry"] not in ("symmetric", "asymmetric", None)): err(c, "bpe")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]: err(c, "assessment keys")
    for s, v in a["by_breast"].items():
        if s not in ("left", "right") or v not in ORDER: err(c, "by_breast")
        elif a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(v): err(c, "overall less serious than " + s)
    if a["overall"] is not None and a["overall"] not in ORDER: err(c, "overall enum")
    if a["by_breast"] and a["overall"] != max(a["by_breast"].values(), key=ORDER.index): err(c, "overall not the most serious breast")
    for i, f in enumerate(e["findings"]):
        keys = list(f)
        if keys[:7] != ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"] or set(keys[7:]) - {"location", "size_mm"}: err(c, f"finding {i} keys")
        if f["kind"] not in KINDS or f["breast"] not in ("left", "right", "both", None) or f["status"] not in ("present", "possible", "absent") or not isinstance(f["stable"], bool): err(c, f"finding {i} enums")
        if any(x not in D["morphology"]["enum"] for x in f["morphology"]) or f["distribution"] not in D["distribution"]["enum"]: err(c, f"finding {i} morph")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err(c, f"finding {i} morph on non-calc")
        if f["status"] == "absent" and (f["descriptors"] or f["stable"] or "location" in f or "size_mm" in f or f["morphology"]): err(c, f"finding {i} absent with detail")
        for k, v in f["descriptors"].items():
            if k not in DESC or v not in DESC[k]["enum"]: err(c, f"finding {i} descriptor {k}={v}")
            if k in US_D and "ultrasound" not in mods: err(c, f"{k} without US")
            if k == "mass_density" and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)): err(c, "mass_density")
            if k == "kinetics_initial" and "mri" not in mods: err(c, "kinetics_initial without MRI")
            if k in CON_D and not contrast: err(c, f"{k} without contrast")
            if k == "nme_distribution" and f["kind"] != "non_mass": err(c, "nme_distribution not on non_mass")
        if (f["kind"] == "implant" and f["status"] != "absent") != ("implant_rupture" in f["descriptors"]): err(c, f"finding {i} implant_rupture")
        if f["kind"] == "focus" and "mri" not in mods: err(c, "focus without MRI")
        loc = f.get("location")
        if loc is not None:
            if set(loc) - {"clock", "quadrant", "depth"}: err(c, "loc keys")
            if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):[0-5]\d$", loc["clock"]): err(c, "clock")
            if "quadrant" in loc and loc["quadrant"] not in QUAD: err(c, "quadrant")
            if "depth" in loc and loc["depth"] not in DEPTH: err(c, "depth")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0): err(c, "size")
    r = e["recommendations"]
    if r != sorted(set(r)) or any(x not in RECS for x in r): err(c, "recommendations")
for p, ns in nums.items():
    if sorted(ns) != list(range(1, len(ns) + 1)): err(p, "numbering")
print("\n".join(errs)); print(f"{len(ids)} reports, {len(errs)} errors"); sys.exit(1 if errs else 0)
