"""Validate modalities_2: json only, never imports the engine.

Checks: key set; enums against /work/shared/contracts/findings.schema.json; descriptor names fixed and values
in their enums; ids unique and named us2_/mri2_/cem2_; every .txt has its .expected.json and back;
overall never less serious than a breast; absent findings carry no descriptors and are not stable;
morphology/distribution only on calcifications; morphology sorted; density only on CEM; FGT only on MRI;
BPE only on MRI/CEM; US descriptors only when ultrasound was performed; mass_density only on CEM;
kinetics_initial only on MRI; nme_distribution only on non_mass; implant_rupture only on implant.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
FP = D["finding"]["properties"]
DESC = FP["descriptors"]["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"}
US_ONLY = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}

errors = []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


def check(i, e):
    if list(e.keys()) != TOP:
        err(i, "top keys %s" % list(e.keys()))
    mods = e["exam"]["modalities"]
    allowed = SCHEMA["properties"]["exam"]["properties"]["modalities"]["items"]["enum"]
    for m in mods:
        if m not in allowed:
            err(i, "modality %s" % m)
    if len(set(mods)) != len(mods) or not mods:
        err(i, "modalities %s" % mods)
    if e["exam"]["purpose"] not in SCHEMA["properties"]["exam"]["properties"]["purpose"]["enum"]:
        err(i, "purpose")
    prefix = i.split("_")[0]
    main = {"us2": "ultrasound", "mri2": "mri", "cem2": "contrast_enhanced_mammography"}[prefix]
    if mods[0] != main:
        err(i, "first modality %s for prefix %s" % (mods[0], prefix))
    dens_enum = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
    if e["density"] is not None:
        if e["density"] not in dens_enum:
            err(i, "density")
        if "contrast_enhanced_mammography" not in mods:
            err(i, "density on a non-CEM exam")
    fgt = e["fibroglandular_tissue"]
    if fgt is not None:
        if set(fgt) != {"category"} or fgt["category"] not in dens_enum:
            err(i, "fgt %s" % fgt)
        if "mri" not in mods:
            err(i, "FGT on a non-MRI exam")
    bpe = e["background_enhancement"]
    bp = SCHEMA["properties"]["background_enhancement"]["oneOf"][1]["properties"]
    if bpe is not None:
        if set(bpe) != {"level", "symmetry"} or bpe["level"] not in bp["level"]["enum"] \
                or bpe["symmetry"] not in bp["symmetry"]["enum"]:
            err(i, "bpe %s" % bpe)
        if not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
            err(i, "BPE on a non-contrast exam")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(i, "assessment keys")
    cats = D["category"]["enum"]
    if a["overall"] is not None and a["overall"] not in cats:
        err(i, "overall %s" % a["overall"])
    for side, c in a["by_breast"].items():
        if side not in ("left", "right") or c not in cats:
            err(i, "by_breast %s %s" % (side, c))
        if a["overall"] is None or ORDER.index(c) > ORDER.index(a["overall"]):
            err(i, "overall %s less serious than %s %s" % (a["overall"], side, c))
    for n, f in enumerate(e["findings"]):
        fi = "%s finding %d" % (i, n)
        extra = set(f) - FKEYS - {"location", "size_mm"}
        if not FKEYS <= set(f) or extra:
            err(fi, "keys %s" % sorted(f))
        if f["kind"] not in FP["kind"]["enum"]:
            err(fi, "kind %s" % f["kind"])
        if f["breast"] not in D["breast"]["enum"]:
            err(fi, "breast")
        if f["status"] not in FP["status"]["enum"]:
            err(fi, "status")
        if not isinstance(f["stable"], bool):
            err(fi, "stable")
        for m in f["morphology"]:
            if m not in D["morphology"]["enum"]:
                err(fi, "morphology %s" % m)
        if f["morphology"] != sorted(f["morphology"]):
            err(fi, "morphology not sorted")
        if f["distribution"] not in D["distribution"]["enum"]:
            err(fi, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(fi, "morphology/distribution on a %s" % f["kind"])
        if f["status"] == "absent":
            if f["descriptors"] or f["stable"]:
                err(fi, "absent finding with descriptors or stable")
            if "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]:
                err(fi, "absent finding with location/size/morphology")
        for k, v in f["descriptors"].items():
            if k not in DESC:
                err(fi, "descriptor name %s" % k)
            elif v not in DESC[k]["enum"]:
                err(fi, "descriptor %s=%s" % (k, v))
            if k in US_ONLY and "ultrasound" not in mods:
                err(fi, "US descriptor %s without ultrasound" % k)
            if k == "mass_density" and "contrast_enhanced_mammography" not in mods:
                err(fi, "mass_density without a mammographic image")
            if k == "kinetics_initial" and "mri" not in mods:
                err(fi, "initial kinetics outside MRI")
            if k in ("internal_enhancement", "kinetics_delayed") and \
                    not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
                err(fi, "%s without contrast" % k)
            if k == "nme_distribution" and f["kind"] != "non_mass":
                err(fi, "nme_distribution on %s" % f["kind"])
            if k == "implant_rupture" and f["kind"] != "implant":
                err(fi, "implant_rupture on %s" % f["kind"])
        if f["kind"] == "implant" and "implant_rupture" not in f["descriptors"]:
            err(fi, "implant without implant_rupture")
        loc = f.get("location")
        if loc is not None:
            lp = FP["location"]["properties"]
            for k, v in loc.items():
                if k not in lp:
                    err(fi, "location key %s" % k)
                elif k == "clock":
                    if not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", v):
                        err(fi, "clock %s" % v)
                elif v not in lp[k]["enum"]:
                    err(fi, "location %s=%s" % (k, v))
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(fi, "size_mm")
    recs = e["recommendations"]
    renum = SCHEMA["properties"]["recommendations"]["items"]["properties"]["kind"]["enum"]
    if len(set(recs)) != len(recs) or any(r not in renum for r in recs):
        err(i, "recommendations %s" % recs)


def main():
    names = sorted(os.listdir(SET))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    exp = {n[:-len(".expected.json")] for n in names if n.endswith(".expected.json")}
    others = [n for n in names if not (n.endswith(".txt") or n.endswith(".expected.json"))
              and n not in ("README.md", "_src")]
    if others:
        errors.append("unexpected files: %s" % others)
    for i in sorted(txt ^ exp):
        err(i, "txt/expected pair missing")
    for i in sorted(txt & exp):
        if not re.fullmatch(r"(us2|mri2|cem2)_\d\d_[a-z0-9_]+", i):
            err(i, "bad id")
        try:
            e = json.load(open(os.path.join(SET, i + ".expected.json")))
        except ValueError as x:
            err(i, "json: %s" % x)
            continue
        check(i, e)
    nums = Counter(i.split("_")[0] + "_" + i.split("_")[1] for i in txt)
    for k, c in nums.items():
        if c > 1:
            errors.append("duplicate number %s" % k)
    for x in errors:
        print("ERROR", x)
    print("%d reports, %d errors" % (len(txt & exp), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
