"""Checks the expected files of modalities_5 against the contract enums and the set's conventions (json only)."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
FP = D["finding"]["properties"]
P = SCHEMA["properties"]

CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = FP["kind"]["enum"]
BREASTS = D["breast"]["enum"]
STATUS = FP["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
QUAD = FP["location"]["properties"]["quadrant"]["enum"]
DEPTH = FP["location"]["properties"]["depth"]["enum"]
DESC = {k: v["enum"] for k, v in FP["descriptors"]["properties"].items()}
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURPOSE = P["exam"]["properties"]["purpose"]["enum"]
DENS = ["a", "b", "c", "d"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPE_L = P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"]
BPE_S = P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"]
RECS = P["recommendations"]["items"]["properties"]["kind"]["enum"]

TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors", "location", "size_mm"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}

errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(SET, "*.txt"))}
exps = {os.path.basename(p)[:-len(".expected.json")] for p in glob.glob(os.path.join(SET, "*.expected.json"))}
for i in sorted(txts ^ exps):
    err(i, "txt without expected or back")
for p in os.listdir(SET):
    if p in ("README.md", "_src") or p.endswith(".txt") or p.endswith(".expected.json"):
        continue
    err(p, "stray file")

nums = {}
for i in sorted(exps):
    m = re.match(r"^(us5|mri5|cem5)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id")
        continue
    key = (m.group(1), m.group(2))
    if key in nums:
        err(i, "number used twice with %s" % nums[key])
    nums[key] = i

for i in sorted(exps):
    e = json.load(open(os.path.join(SET, i + ".expected.json")))
    if list(e) != TOP:
        err(i, "top keys %s" % list(e))
        continue
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"]:
        err(i, "exam keys")
    if not mods or len(set(mods)) != len(mods) or any(m not in MODS for m in mods):
        err(i, "modalities %s" % mods)
    if e["exam"]["purpose"] not in PURPOSE:
        err(i, "purpose")
    pre = i.split("_")[0]
    main = {"us5": "ultrasound", "mri5": "mri", "cem5": "contrast_enhanced_mammography"}[pre]
    if mods[0] != main:
        err(i, "first modality should be %s" % main)
    cem, mri, us = "contrast_enhanced_mammography" in mods, "mri" in mods, "ultrasound" in mods
    if e["density"] is not None and (e["density"] not in DENS or not cem):
        err(i, "density %r" % e["density"])
    fgt = e["fibroglandular_tissue"]
    if fgt is not None and (list(fgt) != ["category"] or fgt["category"] not in FGT or not mri):
        err(i, "fgt %r" % fgt)
    bpe = e["background_enhancement"]
    if bpe is not None:
        if list(bpe) != ["level", "symmetry"] or bpe["level"] not in BPE_L or bpe["symmetry"] not in BPE_S:
            err(i, "bpe %r" % bpe)
        if not (mri or cem):
            err(i, "bpe without contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(i, "assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(i, "overall %r" % ov)
    for side, c in bb.items():
        if side not in ("left", "right") or c not in CATS:
            err(i, "by_breast %s=%r" % (side, c))
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(i, "overall %r less serious than %s %s" % (ov, side, c))
    if bb and ov not in bb.values():
        err(i, "overall not one of the breast categories")
    for r in e["recommendations"]:
        if r not in RECS:
            err(i, "recommendation %r" % r)
    if len(set(e["recommendations"])) != len(e["recommendations"]):
        err(i, "duplicate recommendation")
    for n, f in enumerate(e["findings"]):
        w = "finding %d" % n
        ks = list(f)
        if ks != [k for k in FKEYS if k in ks] or ks[:7] != FKEYS[:7]:
            err(i, "%s keys %s" % (w, ks))
            continue
        if f["kind"] not in KINDS or f["breast"] not in BREASTS or f["status"] not in STATUS:
            err(i, "%s kind/breast/status" % w)
        if not isinstance(f["stable"], bool):
            err(i, "%s stable" % w)
        if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err(i, "%s morphology" % w)
        if f["distribution"] not in DIST:
            err(i, "%s distribution" % w)
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(i, "%s morphology/distribution on %s" % (w, f["kind"]))
        d = f["descriptors"]
        for k, v in d.items():
            if k not in DESC or v not in DESC[k]:
                err(i, "%s descriptor %s=%r" % (w, k, v))
        if f["kind"] == "calcification" and d:
            err(i, "%s descriptors on calcification" % w)
        if f["status"] == "absent":
            if d or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]:
                err(i, "%s absent finding carries detail" % w)
        if US_D & set(d) and not us:
            err(i, "%s US descriptor without ultrasound" % w)
        if "mass_density" in d and not cem:
            err(i, "%s mass_density without CEM" % w)
        if "kinetics_initial" in d and not mri:
            err(i, "%s initial kinetics without MRI" % w)
        if CONTRAST_D & set(d) and not (mri or cem):
            err(i, "%s enhancement descriptor without contrast" % w)
        if "nme_distribution" in d and f["kind"] != "non_mass":
            err(i, "%s nme_distribution on %s" % (w, f["kind"]))
        if ("implant_rupture" in d) != (f["kind"] == "implant" and f["status"] != "absent"):
            err(i, "%s implant_rupture" % w)
        loc = f.get("location")
        if loc is not None:
            if not loc or set(loc) - {"clock", "quadrant", "depth"}:
                err(i, "%s location keys" % w)
            if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", loc["clock"]):
                err(i, "%s clock %r" % (w, loc["clock"]))
            if loc.get("quadrant", None) not in QUAD or loc.get("depth", None) not in DEPTH:
                err(i, "%s quadrant/depth" % w)
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(i, "%s size" % w)

print("%d reports, %d errors" % (len(exps), len(errors)))
for x in errors:
    print("  " + x)
sys.exit(1 if errors else 0)
