"""Checks every expected file of modalities_11 against the contract enums and the set's internal rules (json only)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURPOSE = P["exam"]["properties"]["purpose"]["enum"]
DENS = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPE = P["background_enhancement"]["oneOf"][1]["properties"]
FP = D["finding"]["properties"]
KINDS = FP["kind"]["enum"]
DESCS = FP["descriptors"]["properties"]
LOC = FP["location"]["properties"]
RECS = P["recommendations"]["items"]["properties"]["kind"]["enum"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
PREFIX = {"us11_": "ultrasound", "mri11_": "mri", "cem11_": "contrast_enhanced_mammography"}


def check(name, e):
    err = []
    add = err.append
    if list(e) != TOP:
        add("top keys %s" % list(e))
    mods = e["exam"]["modalities"]
    for m in mods:
        if m not in MODS:
            add("modality " + m)
    if e["exam"]["purpose"] not in PURPOSE:
        add("purpose")
    pre = [p for p in PREFIX if name.startswith(p)][0]
    if PREFIX[pre] not in mods:
        add("prefix modality missing")
    if e["density"] is not None:
        if e["density"] not in DENS:
            add("density value")
        if not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
            add("density without mammography / CEM")
    if e["fibroglandular_tissue"] is not None:
        if e["fibroglandular_tissue"]["category"] not in FGT:
            add("fgt value")
        if "mri" not in mods:
            add("fgt without mri")
    b = e["background_enhancement"]
    if b is not None:
        if b["level"] not in BPE["level"]["enum"] or b["symmetry"] not in BPE["symmetry"]["enum"]:
            add("bpe value")
        if not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
            add("bpe without contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        add("assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        add("overall value")
    for s, c in bb.items():
        if s not in ("left", "right") or c not in CATS:
            add("by_breast %s %s" % (s, c))
        if ov is None or ORDER.index(ov) < ORDER.index(c):
            add("overall less serious than " + s)
    if bb and ov not in bb.values():
        add("overall not among breasts")
    contrast = bool({"mri", "contrast_enhanced_mammography"} & set(mods))
    for i, f in enumerate(e["findings"]):
        w = lambda msg: add("finding %d: %s" % (i, msg))
        if list(f)[:7] != FKEYS or not set(list(f)[7:]) <= {"location", "size_mm"}:
            w("keys %s" % list(f))
        if f["kind"] not in KINDS:
            w("kind")
        if f["breast"] not in D["breast"]["enum"]:
            w("breast")
        if f["status"] not in FP["status"]["enum"]:
            w("status")
        for m in f["morphology"]:
            if m not in D["morphology"]["enum"]:
                w("morphology " + m)
        if f["morphology"] != sorted(f["morphology"]):
            w("morphology unsorted")
        if f["distribution"] not in D["distribution"]["enum"]:
            w("distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            w("morphology on non-calcification")
        if f["kind"] == "calcification" and f["descriptors"]:
            w("descriptors on calcification")
        for k, v in f["descriptors"].items():
            if k not in DESCS:
                w("descriptor name " + k)
            elif v not in DESCS[k]["enum"]:
                w("descriptor %s=%s" % (k, v))
            if k in US_D and "ultrasound" not in mods:
                w("US descriptor without US")
            if k in CONTRAST_D and not contrast:
                w("contrast descriptor without contrast")
            if k == "kinetics_initial" and "mri" not in mods:
                w("initial kinetics off MRI")
            if k == "mass_density" and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
                w("mass_density off mammography")
            if k == "nme_distribution" and f["kind"] != "non_mass":
                w("nme_distribution off non_mass")
        if f["kind"] == "implant" and f["status"] != "absent" and "implant_rupture" not in f["descriptors"]:
            w("implant without rupture value")
        if "implant_rupture" in f["descriptors"] and f["kind"] != "implant":
            w("implant_rupture off implant")
        if f["status"] == "absent":
            if f["descriptors"] or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]:
                w("absent finding carries detail")
        loc = f.get("location")
        if loc is not None:
            for k, v in loc.items():
                if k not in LOC:
                    w("location key " + k)
                elif k == "clock":
                    if not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", v):
                        w("clock " + v)
                elif v not in LOC[k]["enum"]:
                    w("location %s=%s" % (k, v))
        if "size_mm" in f and not isinstance(f["size_mm"], (int, float)):
            w("size")
    recs = e["recommendations"]
    for r in recs:
        if r not in RECS:
            add("rec " + r)
    if recs != sorted(set(recs)):
        add("recs unsorted / duplicated")
    return err


def main():
    files = sorted(os.listdir(SET_DIR))
    ids = set()
    errors = 0
    nums = {}
    for fn in files:
        if fn in ("README.md", "_src"):
            continue
        if fn.endswith(".expected.json"):
            ids.add(fn[:-len(".expected.json")])
        elif fn.endswith(".txt"):
            ids.add(fn[:-4])
        else:
            print("stray file", fn)
            errors += 1
    for i in sorted(ids):
        for ext in (".txt", ".expected.json"):
            if not os.path.exists(os.path.join(SET_DIR, i + ext)):
                print(i, "missing", ext)
                errors += 1
        m = re.match(r"(us11_|mri11_|cem11_)(\d\d)_[a-z0-9_]+$", i)
        if not m:
            print(i, "bad id")
            errors += 1
            continue
        key = m.group(1) + m.group(2)
        if key in nums:
            print(i, "number used twice")
            errors += 1
        nums[key] = i
        e = json.load(open(os.path.join(SET_DIR, i + ".expected.json")))
        for msg in check(i, e):
            print(i, msg)
            errors += 1
    print("%d reports, %d errors" % (len(ids), errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
