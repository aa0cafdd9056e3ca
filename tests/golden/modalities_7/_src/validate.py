"""Checks for modalities_7 gold (json only, no engine import)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
FP = D["finding"]["properties"]
DESC = FP["descriptors"]["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = P["exam"]["properties"]["purpose"]["enum"]
DENS = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPEL = P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"]
BPES = P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"]
CAT = D["category"]["enum"]
KIND = FP["kind"]["enum"]
BREAST = D["breast"]["enum"]
STATUS = FP["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
QUAD = FP["location"]["properties"]["quadrant"]["enum"]
DEPTH = FP["location"]["properties"]["depth"]["enum"]
REC = P["recommendations"]["items"]["properties"]["kind"]["enum"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CON_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}

errors = []


def err(i, m):
    errors.append(f"{i}: {m}")


files = sorted(os.listdir(SET))
txt = {f[:-4] for f in files if f.endswith(".txt")}
exp = {f[:-14] for f in files if f.endswith(".expected.json")}
other = [f for f in files if not (f.endswith(".txt") or f.endswith(".expected.json"))
         and f not in ("_src", "README.md")]
if other:
    err("set", f"stray files {other}")
for i in txt ^ exp:
    err(i, "txt/expected pair missing")
nums = {}
for i in sorted(txt & exp):
    m = re.match(r"^(us7|mri7|cem7)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id")
        continue
    key = (m.group(1), m.group(2))
    if key in nums:
        err(i, f"number reused with {nums[key]}")
    nums[key] = i
    g = json.load(open(os.path.join(SET, i + ".expected.json")))
    if list(g) != TOP:
        err(i, f"top keys {list(g)}")
    ex = g["exam"]
    if list(ex) != ["modalities", "purpose"]:
        err(i, "exam keys")
    mods = ex["modalities"]
    if not mods or any(x not in MODS for x in mods) or len(set(mods)) != len(mods):
        err(i, f"modalities {mods}")
    if ex["purpose"] not in PURP:
        err(i, "purpose")
    pre = m.group(1)
    want = {"us7": "ultrasound", "mri7": "mri", "cem7": "contrast_enhanced_mammography"}[pre]
    if want not in mods:
        err(i, "prefix modality missing")
    cem, mri, us = ("contrast_enhanced_mammography" in mods), ("mri" in mods), ("ultrasound" in mods)
    contrast = cem or mri
    if g["density"] is not None and (g["density"] not in DENS or not cem):
        err(i, "density")
    if g["fibroglandular_tissue"] is not None and (g["fibroglandular_tissue"].get("category") not in FGT or not mri):
        err(i, "fgt")
    b = g["background_enhancement"]
    if b is not None:
        if not contrast or b.get("level") not in BPEL or b.get("symmetry") not in BPES or list(b) != ["level", "symmetry"]:
            err(i, "bpe")
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(i, "assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CAT:
        err(i, "overall enum")
    for s, c in bb.items():
        if s not in ("left", "right") or c not in CAT:
            err(i, f"by_breast {s}={c}")
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(i, f"overall {ov} less serious than {s} {c}")
    if bb and ov not in bb.values():
        err(i, "overall is none of the breasts' categories")
    for n, f in enumerate(g["findings"]):
        w = f"{i} f{n}"
        ks = list(f)
        if ks[:7] != FKEYS or any(k not in FKEYS + ["location", "size_mm"] for k in ks):
            err(w, f"finding keys {ks}")
        if f["kind"] not in KIND or f["breast"] not in BREAST or f["status"] not in STATUS:
            err(w, "kind/breast/status enum")
        if not isinstance(f["stable"], bool):
            err(w, "stable")
        if any(x not in MORPH for x in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err(w, "morphology")
        if f["distribution"] not in DIST:
            err(w, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on non-calcification")
        d = f["descriptors"]
        if f["kind"] == "calcification" and d:
            err(w, "descriptors on calcification")
        for k, v in d.items():
            if k not in DESC or v not in DESC[k]["enum"]:
                err(w, f"descriptor {k}={v}")
            if k in US_D and not us:
                err(w, f"US descriptor {k} without ultrasound")
            if k == "mass_density" and not cem:
                err(w, "mass_density without CEM")
            if k == "kinetics_initial" and not mri:
                err(w, "initial kinetics without MRI")
            if k in CON_D and not contrast:
                err(w, f"{k} without contrast exam")
        if "nme_distribution" in d and f["kind"] != "non_mass":
            err(w, "nme_distribution off non_mass")
        if ("implant_rupture" in d) != (f["kind"] == "implant" and f["status"] != "absent"):
            err(w, "implant_rupture placement")
        if f["status"] == "absent":
            if d or f["stable"] or f["morphology"] or f["distribution"] or "location" in f or "size_mm" in f:
                err(w, "absent finding carries detail")
        loc = f.get("location")
        if loc is not None:
            for k, v in loc.items():
                if k == "clock" and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", v):
                    err(w, f"clock {v}")
                elif k == "quadrant" and v not in QUAD:
                    err(w, "quadrant")
                elif k == "depth" and v not in DEPTH:
                    err(w, "depth")
                elif k not in ("clock", "quadrant", "depth"):
                    err(w, f"location key {k}")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(w, "size")
    r = g["recommendations"]
    if r != sorted(set(r)) or any(x not in REC for x in r):
        err(i, "recommendations")
print("\n".join(errors))
print(f"{len(txt & exp)} reports, {len(errors)} errors")
sys.exit(1 if errors else 0)
