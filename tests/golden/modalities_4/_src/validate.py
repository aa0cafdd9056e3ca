"""Checks the modalities_4 expected files (json only; no engine import).

Run: /work/main/.venv/bin/python _src/validate.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
FP = D["finding"]["properties"]

CATS = D["category"]["enum"]
RANK = {c: i for i, c in enumerate(["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"])}
KINDS = FP["kind"]["enum"]
BREASTS = D["breast"]["enum"]
STATUS = FP["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
QUAD = FP["location"]["properties"]["quadrant"]["enum"]
DEPTH = FP["location"]["properties"]["depth"]["enum"]
DESC = {k: v["enum"] for k, v in FP["descriptors"]["properties"].items()}
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = P["exam"]["properties"]["purpose"]["enum"]
DENS = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPE_L = P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"]
BPE_S = P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"]
RECS = P["recommendations"]["items"]["properties"]["kind"]["enum"]

TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors", "location", "size_mm"]
US_ONLY = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ID_RE = re.compile(r"^(us4|mri4|cem4)_(\d\d)_[a-z0-9_]+$")

errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def check(name, e):
    if list(e) != TOP:
        err(name, "top-level keys %s" % list(e))
        return
    mods = e["exam"]["modalities"]
    if set(e["exam"]) != {"modalities", "purpose"}:
        err(name, "exam keys")
    for m in mods:
        if m not in MODS:
            err(name, "modality %r" % m)
    if len(set(mods)) != len(mods) or not mods:
        err(name, "modalities empty or repeated")
    if e["exam"]["purpose"] not in PURP:
        err(name, "purpose")
    prefix = name.split("_")[0]
    want = {"us4": "ultrasound", "mri4": "mri", "cem4": "contrast_enhanced_mammography"}[prefix]
    if want not in mods:
        err(name, "prefix %s but modalities %s" % (prefix, mods))
    cem, mri, us = "contrast_enhanced_mammography" in mods, "mri" in mods, "ultrasound" in mods
    if e["density"] is not None and (e["density"] not in DENS or not cem):
        err(name, "density %r (only on CEM)" % e["density"])
    fg = e["fibroglandular_tissue"]
    if fg is not None and (list(fg) != ["category"] or fg["category"] not in FGT or not mri):
        err(name, "fgt %r (only on MRI)" % fg)
    b = e["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in BPE_L or b["symmetry"] not in BPE_S:
            err(name, "bpe %r" % b)
        if not (mri or cem):
            err(name, "bpe without contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(name, "assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(name, "overall %r" % ov)
    for side, c in bb.items():
        if side not in ("left", "right") or c not in CATS:
            err(name, "by_breast %s=%r" % (side, c))
        elif ov is None or RANK[c] > RANK[ov]:
            err(name, "overall %r less serious than %s %r" % (ov, side, c))
    if bb and ov is not None and ov not in bb.values():
        err(name, "overall %r is none of the breast categories %s" % (ov, bb))
    for i, f in enumerate(e["findings"]):
        w = "finding %d" % i
        keys = list(f)
        if keys != [k for k in FKEYS if k in f] or keys[:7] != FKEYS[:7]:
            err(name, "%s keys %s" % (w, keys))
            continue
        if f["kind"] not in KINDS or f["breast"] not in BREASTS or f["status"] not in STATUS:
            err(name, "%s kind/breast/status" % w)
        if not isinstance(f["stable"], bool):
            err(name, "%s stable" % w)
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"] is not None):
            err(name, "%s morphology/distribution on %s" % (w, f["kind"]))
        if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err(name, "%s morphology" % w)
        if f["distribution"] not in DIST:
            err(name, "%s distribution" % w)
        d = f["descriptors"]
        if f["kind"] == "calcification" and d:
            err(name, "%s descriptors on a calcification" % w)
        for k, v in d.items():
            if k not in DESC or v not in DESC[k]:
                err(name, "%s descriptor %s=%r" % (w, k, v))
            if k in US_ONLY and not us:
                err(name, "%s US descriptor %s without ultrasound" % (w, k))
            if k == "mass_density" and not cem:
                err(name, "%s mass_density without CEM" % w)
            if k == "kinetics_initial" and not mri:
                err(name, "%s initial kinetics outside MRI" % w)
            if k in ("internal_enhancement", "kinetics_delayed") and not (mri or cem):
                err(name, "%s %s without contrast" % (w, k))
            if k == "nme_distribution" and f["kind"] != "non_mass":
                err(name, "%s nme_distribution on %s" % (w, f["kind"]))
        if f["kind"] == "implant" and f["status"] != "absent" and "implant_rupture" not in d:
            err(name, "%s implant without implant_rupture" % w)
        if "implant_rupture" in d and f["kind"] != "implant":
            err(name, "%s implant_rupture on %s" % (w, f["kind"]))
        if f["status"] == "absent":
            if d or f["stable"] or "location" in f or "size_mm" in f:
                err(name, "%s absent finding with descriptors/stable/location/size" % w)
        loc = f.get("location")
        if loc is not None:
            if not loc or set(loc) - {"clock", "quadrant", "depth"}:
                err(name, "%s location keys" % w)
            if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", loc["clock"]):
                err(name, "%s clock %r" % (w, loc["clock"]))
            if loc.get("quadrant", None) not in QUAD or loc.get("depth", None) not in DEPTH:
                err(name, "%s quadrant/depth" % w)
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(name, "%s size" % w)
    recs = e["recommendations"]
    if any(r not in RECS for r in recs) or len(set(recs)) != len(recs):
        err(name, "recommendations %s" % recs)


def main():
    names = sorted(os.listdir(SET))
    ids = set()
    nums = {}
    for n in names:
        p = os.path.join(SET, n)
        if n in ("README.md", "_src"):
            continue
        if n.endswith(".expected.json"):
            i = n[:-len(".expected.json")]
        elif n.endswith(".txt"):
            i = n[:-4]
        else:
            err(n, "stray file")
            continue
        m = ID_RE.match(i)
        if not m:
            err(n, "bad id")
            continue
        ids.add(i)
        if n.endswith(".txt"):
            key = (m.group(1), m.group(2))
            if key in nums:
                err(n, "number used twice with %s" % nums[key])
            nums[key] = i
    for i in sorted(ids):
        for ext in (".txt", ".expected.json"):
            if not os.path.exists(os.path.join(SET, i + ext)):
                err(i, "missing %s" % ext)
        jp = os.path.join(SET, i + ".expected.json")
        if os.path.exists(jp):
            try:
                check(i, json.load(open(jp, encoding="utf-8")))
            except (ValueError, KeyError, TypeError) as x:
                err(i, "unreadable: %r" % x)
    for e in errors:
        print(e)
    print("%d reports, %d errors" % (len(ids), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
