"""Checks for modalities_8 (json only; no engine import). Run: /work/main/.venv/bin/python _src/validate.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
FP = D["finding"]["properties"]
DESC = FP["descriptors"]["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors", "location", "size_mm"]
US_DESC = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_DESC = {"internal_enhancement", "kinetics_delayed"}
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def enum(x):
    return x["enum"]


txts = sorted(glob.glob(os.path.join(SET, "*.txt")))
exps = sorted(glob.glob(os.path.join(SET, "*.expected.json")))
ids = [os.path.basename(p)[:-4] for p in txts]
eids = [os.path.basename(p)[:-len(".expected.json")] for p in exps]
if sorted(ids) != sorted(eids):
    err("set", "txt / expected mismatch: %s" % sorted(set(ids) ^ set(eids)))
if len(set(ids)) != len(ids):
    err("set", "duplicate ids")
nums = {}
for i in ids:
    m = re.match(r"^(us8|mri8|cem8)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id")
        continue
    key = (m.group(1), m.group(2))
    if key in nums:
        err(i, "number used twice")
    nums[key] = i
for p in os.listdir(SET):
    if p == "_src" or p == "README.md" or p.endswith(".txt") or p.endswith(".expected.json"):
        continue
    err("set", "stray file %s" % p)

for p in exps:
    name = os.path.basename(p)
    e = json.load(open(p))
    if list(e) != TOP:
        err(name, "top keys %s" % list(e))
        continue
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"]:
        err(name, "exam keys")
    for m in mods:
        if m not in P["exam"]["properties"]["modalities"]["items"]["enum"]:
            err(name, "modality %s" % m)
    if e["exam"]["purpose"] not in P["exam"]["properties"]["purpose"]["enum"]:
        err(name, "purpose")
    is_cem = "contrast_enhanced_mammography" in mods
    is_mri = "mri" in mods
    is_us = "ultrasound" in mods
    dens = e["density"]
    if dens is not None and dens not in ["a", "b", "c", "d"]:
        err(name, "density value")
    if dens is not None and not is_cem:
        err(name, "density on a non-CEM exam")
    fgt = e["fibroglandular_tissue"]
    if fgt is not None:
        if list(fgt) != ["category"] or fgt["category"] not in ["a", "b", "c", "d"]:
            err(name, "fgt shape")
        if not is_mri:
            err(name, "FGT on a non-MRI exam")
    bpe = e["background_enhancement"]
    if bpe is not None:
        bp = P["background_enhancement"]["oneOf"][1]["properties"]
        if list(bpe) != ["level", "symmetry"] or bpe["level"] not in enum(bp["level"]) or bpe["symmetry"] not in enum(bp["symmetry"]):
            err(name, "bpe")
        if not (is_mri or is_cem):
            err(name, "BPE on a non-contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(name, "assessment keys")
    ov = a["overall"]
    if ov is not None and ov not in enum(D["category"]):
        err(name, "overall value")
    for side, c in a["by_breast"].items():
        if side not in ("left", "right") or c not in enum(D["category"]):
            err(name, "by_breast %s %s" % (side, c))
        if ov is None or ORDER.index(c) > ORDER.index(ov):
            err(name, "overall less serious than %s" % side)
    if a["by_breast"] and ov not in a["by_breast"].values():
        err(name, "overall is none of the breasts' categories")
    for i, f in enumerate(e["findings"]):
        fn = "%s finding %d" % (name, i)
        if [k for k in f] != [k for k in FKEYS if k in f] or not all(k in f for k in FKEYS[:7]):
            err(fn, "key order/set %s" % list(f))
        if f["kind"] not in enum(FP["kind"]):
            err(fn, "kind")
        if f["breast"] not in enum(D["breast"]):
            err(fn, "breast")
        if f["status"] not in enum(FP["status"]):
            err(fn, "status")
        if not isinstance(f["stable"], bool):
            err(fn, "stable type")
        for m in f["morphology"]:
            if m not in enum(D["morphology"]):
                err(fn, "morphology %s" % m)
        if f["morphology"] != sorted(f["morphology"]):
            err(fn, "morphology unsorted")
        if f["distribution"] not in enum(D["distribution"]):
            err(fn, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(fn, "morphology/distribution on a non-calcification")
        if f["kind"] == "calcification" and f["descriptors"]:
            err(fn, "descriptors on a calcification")
        for k, v in f["descriptors"].items():
            if k not in DESC:
                err(fn, "descriptor name %s" % k)
            elif v not in enum(DESC[k]):
                err(fn, "descriptor %s=%s" % (k, v))
            if k in US_DESC and not is_us:
                err(fn, "US descriptor %s without ultrasound" % k)
            if k == "mass_density" and not is_cem:
                err(fn, "mass_density without CEM")
            if k == "kinetics_initial" and not is_mri:
                err(fn, "initial kinetics outside MRI")
            if k in CONTRAST_DESC | {"nme_distribution"} and not (is_mri or is_cem):
                err(fn, "%s on a non-contrast exam" % k)
            if k == "nme_distribution" and f["kind"] != "non_mass":
                err(fn, "nme_distribution on %s" % f["kind"])
        if f["kind"] == "implant":
            if f["status"] in ("present", "possible") and "implant_rupture" not in f["descriptors"]:
                err(fn, "implant without implant_rupture")
        elif "implant_rupture" in f["descriptors"]:
            err(fn, "implant_rupture on %s" % f["kind"])
        if f["status"] == "absent":
            if f["descriptors"] or f["stable"] or f["morphology"] or f["distribution"] or "location" in f or "size_mm" in f:
                err(fn, "absent finding carries descriptors/stability/location/size")
        if "location" in f:
            loc = f["location"]
            for k, v in loc.items():
                if k == "clock":
                    if not re.match(r"^(1[0-2]|[1-9]):(00|30)$", v):
                        err(fn, "clock %s" % v)
                elif k == "quadrant":
                    if v not in enum(FP["location"]["properties"]["quadrant"]):
                        err(fn, "quadrant")
                elif k == "depth":
                    if v not in enum(FP["location"]["properties"]["depth"]):
                        err(fn, "depth")
                else:
                    err(fn, "location key %s" % k)
        if "size_mm" in f and not isinstance(f["size_mm"], (int, float)):
            err(fn, "size type")
    recs = e["recommendations"]
    kinds = P["recommendations"]["items"]["properties"]["kind"]["enum"]
    for r in recs:
        if r not in kinds:
            err(name, "recommendation %s" % r)
    if recs != sorted(set(recs)):
        err(name, "recommendations not sorted/unique")

for x in errors:
    print(x)
print("%d reports, %d errors" % (len(exps), len(errors)))
sys.exit(1 if errors else 0)
