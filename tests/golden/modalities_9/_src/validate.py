"""Checks for modalities_9 (json only): /work/main/.venv/bin/python _src/validate.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
FP = D["finding"]["properties"]
DP = FP["descriptors"]["properties"]

KINDS = set(FP["kind"]["enum"])
BREASTS = set(D["breast"]["enum"])
STATUS = set(FP["status"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
CATS = set(D["category"]["enum"])
QUADS = set(FP["location"]["properties"]["quadrant"]["enum"])
DEPTHS = set(FP["location"]["properties"]["depth"]["enum"])
MODS = set(SCHEMA["properties"]["exam"]["properties"]["modalities"]["items"]["enum"])
PURPOSE = set(SCHEMA["properties"]["exam"]["properties"]["purpose"]["enum"])
DENS = set(SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
FGT = set(SCHEMA["properties"]["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"])
BPE_P = SCHEMA["properties"]["background_enhancement"]["oneOf"][1]["properties"]
BPE_L = set(BPE_P["level"]["enum"])
BPE_S = set(BPE_P["symmetry"]["enum"])
RECS = set(SCHEMA["properties"]["recommendations"]["items"]["properties"]["kind"]["enum"])
DESC = {k: set(v["enum"]) for k, v in DP.items()}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
PREFIX = {"us9": "us", "mri9": "mri", "cem9": "cem"}


def check(name, e, errs):
    def err(msg):
        errs.append("%s: %s" % (name, msg))

    if list(e) != TOP:
        err("top keys %s" % list(e))
    ex = e["exam"]
    if set(ex) != {"modalities", "purpose"}:
        err("exam keys")
    mods = ex["modalities"]
    if not mods or any(m not in MODS for m in mods) or len(set(mods)) != len(mods):
        err("modalities %s" % mods)
    if ex["purpose"] not in PURPOSE:
        err("purpose")
    pre = name.split("_")[0]
    main = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[PREFIX[pre]]
    if main not in mods:
        err("prefix %s but modalities %s" % (pre, mods))
    cem = "contrast_enhanced_mammography" in mods
    mri = "mri" in mods
    us = "ultrasound" in mods
    if e["density"] is not None and (e["density"] not in DENS or not cem):
        err("density %s" % e["density"])
    fgt = e["fibroglandular_tissue"]
    if fgt is not None and (set(fgt) != {"category"} or fgt["category"] not in FGT or not mri):
        err("fgt %s" % fgt)
    bpe = e["background_enhancement"]
    if bpe is not None:
        if set(bpe) != {"level", "symmetry"} or bpe["level"] not in BPE_L or bpe["symmetry"] not in BPE_S:
            err("bpe %s" % bpe)
        if not (mri or cem):
            err("bpe on a non-contrast exam")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err("assessment keys")
    if a["overall"] is not None and a["overall"] not in CATS:
        err("overall")
    bb = a["by_breast"]
    if set(bb) - {"left", "right"} or any(v not in CATS for v in bb.values()):
        err("by_breast %s" % bb)
    if bb:
        if a["overall"] is None:
            err("breasts but no overall")
        else:
            if any(ORDER.index(v) > ORDER.index(a["overall"]) for v in bb.values()):
                err("overall less serious than a breast")
            if a["overall"] not in bb.values():
                err("overall equals no breast")
    for i, f in enumerate(e["findings"]):
        w = "finding %d (%s)" % (i, f.get("kind"))
        keys = list(f)
        if keys[:7] != FKEYS or any(k not in ("location", "size_mm") for k in keys[7:]):
            err("%s keys %s" % (w, keys))
        if f["kind"] not in KINDS:
            err("%s kind" % w)
        if f["breast"] not in BREASTS:
            err("%s breast" % w)
        if f["status"] not in STATUS:
            err("%s status" % w)
        if not isinstance(f["stable"], bool):
            err("%s stable" % w)
        if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err("%s morphology" % w)
        if f["distribution"] not in DIST:
            err("%s distribution" % w)
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err("%s morphology/distribution on a non-calcification" % w)
        d = f["descriptors"]
        for k, v in d.items():
            if k not in DESC or v not in DESC[k]:
                err("%s descriptor %s=%s" % (w, k, v))
        if f["kind"] == "calcification" and d:
            err("%s calcification with descriptors" % w)
        if f["status"] == "absent":
            if d or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]:
                err("%s absent finding carries detail" % w)
        if set(d) & US_D and not us:
            err("%s US descriptor without ultrasound" % w)
        if "mass_density" in d and not cem:
            err("%s mass_density without CEM" % w)
        if "kinetics_initial" in d and not mri:
            err("%s initial kinetics without MRI" % w)
        if set(d) & {"internal_enhancement", "nme_distribution", "kinetics_delayed"} and not (mri or cem):
            err("%s enhancement on a non-contrast exam" % w)
        if "nme_distribution" in d and f["kind"] != "non_mass":
            err("%s nme_distribution not on non_mass" % w)
        if ("implant_rupture" in d) != (f["kind"] == "implant" and f["status"] != "absent"):
            err("%s implant_rupture" % w)
        loc = f.get("location")
        if loc is not None:
            if not loc or set(loc) - {"clock", "quadrant", "depth"}:
                err("%s location keys" % w)
            if "clock" in loc and not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", loc["clock"]):
                err("%s clock %s" % (w, loc["clock"]))
            if "quadrant" in loc and loc["quadrant"] not in QUADS:
                err("%s quadrant" % w)
            if "depth" in loc and loc["depth"] not in DEPTHS:
                err("%s depth" % w)
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err("%s size" % w)
    recs = e["recommendations"]
    if any(r not in RECS for r in recs) or recs != sorted(set(recs)):
        err("recommendations %s" % recs)


def main():
    errs = []
    files = sorted(os.listdir(OUT))
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    exp = {f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")}
    for f in files:
        if f in ("README.md", "_src") or f.endswith(".txt") or f.endswith(".expected.json"):
            continue
        errs.append("stray file %s" % f)
    for n in txt ^ exp:
        errs.append("unpaired %s" % n)
    nums = {}
    for n in sorted(txt | exp):
        m = re.fullmatch(r"(us9|mri9|cem9)_(\d\d)_[a-z0-9_]+", n)
        if not m:
            errs.append("bad id %s" % n)
            continue
        key = (m.group(1), m.group(2))
        if key in nums:
            errs.append("number used twice: %s and %s" % (nums[key], n))
        nums[key] = n
    for pre in ("us9", "mri9", "cem9"):
        got = sorted(int(k[1]) for k in nums if k[0] == pre)
        if got != list(range(1, len(got) + 1)):
            errs.append("%s numbering %s" % (pre, got))
    for n in sorted(exp):
        try:
            e = json.load(open(os.path.join(OUT, n + ".expected.json"), encoding="utf-8"))
        except ValueError as x:
            errs.append("%s: json %s" % (n, x))
            continue
        check(n, e, errs)
    for x in errs:
        print(x)
    print("%d reports, %d errors" % (len(exp), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
