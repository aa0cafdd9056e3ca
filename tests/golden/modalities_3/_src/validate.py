"""Check modalities_3 (json only): /work/main/.venv/bin/python _src/validate.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/shared/contracts/findings.schema.json"

ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment",
       "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}


def main():
    s = json.load(open(SCHEMA))
    d = s["$defs"]
    fp = d["finding"]["properties"]
    props = s["properties"]
    kinds = set(fp["kind"]["enum"])
    breasts = set(d["breast"]["enum"])
    statuses = set(fp["status"]["enum"])
    morph = set(d["morphology"]["enum"])
    dist = set(d["distribution"]["enum"])
    cats = set(d["category"]["enum"])
    desc = {k: set(v["enum"]) for k, v in fp["descriptors"]["properties"].items()}
    quads = set(fp["location"]["properties"]["quadrant"]["enum"])
    depths = set(fp["location"]["properties"]["depth"]["enum"])
    mods = set(props["exam"]["properties"]["modalities"]["items"]["enum"])
    purposes = set(props["exam"]["properties"]["purpose"]["enum"])
    dens = set(props["density"]["oneOf"][1]["properties"]["category"]["enum"])
    fgts = set(props["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"])
    bpe = props["background_enhancement"]["oneOf"][1]["properties"]
    levels, syms = set(bpe["level"]["enum"]), set(bpe["symmetry"]["enum"])
    recs = set(props["recommendations"]["items"]["properties"]["kind"]["enum"])

    errs = []
    files = sorted(os.listdir(SET))
    txt = {f[:-4] for f in files if f.endswith(".txt")}
    exp = {f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")}
    for f in files:
        if f in ("README.md", "_src") or f.endswith(".txt") or f.endswith(".expected.json"):
            continue
        errs.append("stray file " + f)
    for i in txt ^ exp:
        errs.append("unpaired " + i)
    nums = collections.Counter()
    for i in sorted(exp):
        m = re.match(r"^(us3|mri3|cem3)_(\d\d)_[a-z0-9_]+$", i)
        if not m:
            errs.append("bad id " + i)
            continue
        nums[(m.group(1), m.group(2))] += 1
    errs += ["duplicate number %s_%s" % k for k, v in nums.items() if v > 1]

    for i in sorted(exp):
        e = json.load(open(os.path.join(SET, i + ".expected.json")))
        E = lambda msg: errs.append("%s: %s" % (i, msg))  # noqa: E731
        if list(e) != TOP:
            E("top keys %s" % list(e))
            continue
        ex = e["exam"]
        if set(ex) != {"modalities", "purpose"}:
            E("exam keys")
        if not ex["modalities"] or not set(ex["modalities"]) <= mods:
            E("modalities %s" % ex["modalities"])
        if len(set(ex["modalities"])) != len(ex["modalities"]):
            E("duplicate modality")
        if ex["purpose"] not in purposes:
            E("purpose")
        ms = set(ex["modalities"])
        cem, mri, us = "contrast_enhanced_mammography" in ms, "mri" in ms, "ultrasound" in ms
        pre = i.split("_")[0]
        want = {"us3": "ultrasound", "mri3": "mri", "cem3": "contrast_enhanced_mammography"}[pre]
        if want not in ms:
            E("prefix does not match modalities")
        if e["density"] is not None and (e["density"] not in dens or not cem):
            E("density %r" % e["density"])
        g = e["fibroglandular_tissue"]
        if g is not None and (set(g) != {"category"} or g["category"] not in fgts or not mri):
            E("fgt %r" % g)
        b = e["background_enhancement"]
        if b is not None:
            if set(b) != {"level", "symmetry"} or b["level"] not in levels or b["symmetry"] not in syms:
                E("bpe %r" % b)
            if not (mri or cem):
                E("bpe on a non-contrast exam")
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            E("assessment keys")
        if a["overall"] is not None and a["overall"] not in cats:
            E("overall")
        for side, c in a["by_breast"].items():
            if side not in ("left", "right") or c not in cats:
                E("by_breast %s %s" % (side, c))
            elif a["overall"] is None or ORDER.index(c) > ORDER.index(a["overall"]):
                E("overall %s less serious than %s %s" % (a["overall"], side, c))
        if not isinstance(e["recommendations"], list) or not set(e["recommendations"]) <= recs:
            E("recommendations %r" % e["recommendations"])
        if len(set(e["recommendations"])) != len(e["recommendations"]):
            E("duplicate recommendation")
        for n, f in enumerate(e["findings"]):
            F = lambda msg: E("finding %d %s: %s" % (n, f.get("kind"), msg))  # noqa: E731,B023
            keys = list(f)
            if keys[:7] != FKEYS or not set(keys[7:]) <= {"location", "size_mm"}:
                F("keys %s" % keys)
                continue
            if f["kind"] not in kinds or f["breast"] not in breasts or f["status"] not in statuses:
                F("enum")
            if not isinstance(f["stable"], bool):
                F("stable not bool")
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"] is not None):
                F("morphology/distribution on a non-calcification")
            if not set(f["morphology"]) <= morph or f["morphology"] != sorted(f["morphology"]):
                F("morphology %r" % f["morphology"])
            if f["distribution"] not in dist:
                F("distribution")
            for k, v in f["descriptors"].items():
                if k not in desc or v not in desc[k]:
                    F("descriptor %s=%s" % (k, v))
            dk = set(f["descriptors"])
            if dk & US_D and not us:
                F("US descriptor without ultrasound")
            if "mass_density" in dk and not cem:
                F("mass_density without CEM")
            if "kinetics_initial" in dk and not mri:
                F("initial kinetics outside MRI")
            if dk & CONTRAST_D and not (mri or cem):
                F("contrast descriptor without contrast exam")
            if "nme_distribution" in dk and f["kind"] != "non_mass":
                F("nme_distribution off non_mass")
            if ("implant_rupture" in dk) != (f["kind"] == "implant" and f["status"] != "absent"):
                F("implant_rupture / implant mismatch")
            if f["kind"] == "calcification" and dk:
                F("descriptors on calcification")
            if f["status"] == "absent":
                if dk or f["stable"] or f["morphology"] or f["distribution"] or "location" in f \
                        or "size_mm" in f:
                    F("absent finding with descriptors/stability/location/size")
            loc = f.get("location")
            if loc is not None:
                if not loc or not set(loc) <= {"clock", "quadrant", "depth"}:
                    F("location keys")
                if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):00$", loc["clock"]):
                    F("clock %r" % loc["clock"])
                if "quadrant" in loc and loc["quadrant"] not in quads:
                    F("quadrant")
                if "depth" in loc and loc["depth"] not in depths:
                    F("depth")
            if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
                F("size")
        txtpath = os.path.join(SET, i + ".txt")
        if not open(txtpath, encoding="utf-8").read().strip():
            E("empty text")

    for x in errs:
        print(x)
    print("%d reports, %d errors" % (len(exp), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
