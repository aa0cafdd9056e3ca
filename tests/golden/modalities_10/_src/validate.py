"""Checks for modalities_10 (json only): /work/main/.venv/bin/python _src/validate.py"""
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json", encoding="utf-8"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
FP = D["finding"]["properties"]
DESC_ENUM = {k: v["enum"] for k, v in FP["descriptors"]["properties"].items()}
KINDS = FP["kind"]["enum"]
STATUS = FP["status"]["enum"]
BREAST = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
QUAD = FP["location"]["properties"]["quadrant"]["enum"]
DEPTH = FP["location"]["properties"]["depth"]["enum"]
CAT = D["category"]["enum"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = P["exam"]["properties"]["purpose"]["enum"]
DENS = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPE_L = P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"]
BPE_S = P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"]
REC = P["recommendations"]["items"]["properties"]["kind"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors", "location", "size_mm"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
PREFIX = {"us10_": "ultrasound", "mri10_": "mri", "cem10_": "contrast_enhanced_mammography"}

errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


names = sorted(os.listdir(OUT))
txt = {n[:-4] for n in names if n.endswith(".txt")}
exp = {n[:-len(".expected.json")] for n in names if n.endswith(".expected.json")}
for n in names:
    if not (n.endswith(".txt") or n.endswith(".expected.json") or n in ("README.md", "_src")):
        err(n, "stray file")
for r in txt ^ exp:
    err(r, "txt/expected pair incomplete")
nums = {}
for rid in sorted(txt & exp):
    m = re.match(r"^(us10_|mri10_|cem10_)(\d\d)_[a-z0-9_]+$", rid)
    if not m:
        err(rid, "bad id")
        continue
    key = m.group(1) + m.group(2)
    if key in nums:
        err(rid, "number used twice")
    nums[key] = rid
    e = json.load(open(os.path.join(OUT, rid + ".expected.json"), encoding="utf-8"))
    if list(e) != TOP:
        err(rid, "top keys %s" % list(e))
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"]:
        err(rid, "exam keys")
    if not mods or any(x not in MODS for x in mods) or len(set(mods)) != len(mods):
        err(rid, "modalities %s" % mods)
    if PREFIX[m.group(1)] not in mods:
        err(rid, "prefix modality missing")
    if e["exam"]["purpose"] not in PURP:
        err(rid, "purpose")
    contrast = "mri" in mods or "contrast_enhanced_mammography" in mods
    if e["density"] is not None:
        if e["density"] not in DENS:
            err(rid, "density value")
        if "contrast_enhanced_mammography" not in mods:
            err(rid, "density on a non-CEM exam")
    if e["fibroglandular_tissue"] is not None:
        if list(e["fibroglandular_tissue"]) != ["category"] or e["fibroglandular_tissue"]["category"] not in FGT:
            err(rid, "fgt")
        if "mri" not in mods:
            err(rid, "FGT on a non-MRI exam")
    b = e["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in BPE_L or b["symmetry"] not in BPE_S:
            err(rid, "bpe")
        if not contrast:
            err(rid, "BPE on a non-contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(rid, "assessment keys")
    if a["overall"] is not None and a["overall"] not in CAT:
        err(rid, "overall value")
    for side, c in a["by_breast"].items():
        if side not in ("left", "right") or c not in CAT:
            err(rid, "by_breast %s %s" % (side, c))
        if a["overall"] is None or ORDER.index(c) > ORDER.index(a["overall"]):
            err(rid, "overall less serious than %s" % side)
    if a["by_breast"] and a["overall"] not in a["by_breast"].values():
        err(rid, "overall not among the breasts' categories")
    recs = e["recommendations"]
    if recs != sorted(set(recs)) or any(r not in REC for r in recs):
        err(rid, "recommendations %s" % recs)
    for i, f in enumerate(e["findings"]):
        tag = "%s[%d]" % (rid, i)
        keys = list(f)
        if keys != [k for k in FKEYS if k in f] or keys[:7] != FKEYS[:7]:
            err(tag, "finding keys %s" % keys)
        if f["kind"] not in KINDS or f["breast"] not in BREAST or f["status"] not in STATUS:
            err(tag, "kind/breast/status")
        if not isinstance(f["stable"], bool):
            err(tag, "stable")
        if any(x not in MORPH for x in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err(tag, "morphology")
        if f["distribution"] not in DIST:
            err(tag, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"] is not None):
            err(tag, "morphology/distribution on a non-calcification")
        if f["kind"] == "calcification" and f["descriptors"]:
            err(tag, "descriptors on a calcification")
        for k, v in f["descriptors"].items():
            if k not in DESC_ENUM or v not in DESC_ENUM[k]:
                err(tag, "descriptor %s=%s" % (k, v))
            if k in US_D and "ultrasound" not in mods:
                err(tag, "US descriptor without ultrasound")
            if k == "mass_density" and "contrast_enhanced_mammography" not in mods:
                err(tag, "mass_density without CEM")
            if k == "kinetics_initial" and "mri" not in mods:
                err(tag, "initial kinetics without MRI")
            if k in CONTRAST_D and not contrast:
                err(tag, "enhancement descriptor without contrast")
            if k == "nme_distribution" and f["kind"] != "non_mass":
                err(tag, "nme_distribution on %s" % f["kind"])
            if k == "implant_rupture" and f["kind"] != "implant":
                err(tag, "implant_rupture on %s" % f["kind"])
        if f["kind"] == "implant" and f["status"] != "absent" and "implant_rupture" not in f["descriptors"]:
            err(tag, "implant without rupture value")
        if f["status"] == "absent":
            if f["descriptors"] or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] \
                    or f["distribution"] is not None:
                err(tag, "absent finding carries detail or stability")
        if "location" in f:
            loc = f["location"]
            if not loc or any(k not in ("clock", "quadrant", "depth") for k in loc):
                err(tag, "location keys")
            if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", loc["clock"]):
                err(tag, "clock %s" % loc["clock"])
            if "quadrant" in loc and loc["quadrant"] not in QUAD:
                err(tag, "quadrant")
            if "depth" in loc and loc["depth"] not in DEPTH:
                err(tag, "depth")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(tag, "size")

for p in PREFIX:
    ks = sorted(int(k[len(p):]) for k in nums if k.startswith(p))
    if ks != list(range(1, len(ks) + 1)):
        err(p, "numbering %s" % ks)

for x in errors:
    print(x)
print("%d reports, %d errors" % (len(txt & exp), len(errors)))
sys.exit(1 if errors else 0)
