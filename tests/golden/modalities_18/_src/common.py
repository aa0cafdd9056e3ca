"""Compact gold code and writer for modalities_18 (json/stdlib only).

Finding code: "mass L p s sh=oval mg=circumscribed @3:00 q=uo dp=middle z=8"
kinds: mass calc asym ad ln skin nme focus impl other; sides R L B N;
status p/a/q; 's' = stable; m=a,b morphology; d= distribution;
descriptors sh mg md or ep pf va el ie nd ki kd ir.
"""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant",
        "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
MODS = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography", "mg": "mammography"}

REPORTS = []


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STATUS[t[2]], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for x in t[3:]:
        if x == "s":
            f["stable"] = True
        elif x.startswith("@"):
            loc["clock"] = x[1:]
        elif x.startswith("q="):
            loc["quadrant"] = QUAD[x[2:]]
        elif x.startswith("dp="):
            loc["depth"] = x[3:]
        elif x.startswith("z="):
            size = float(x[2:]) if "." in x else int(x[2:])
        elif x.startswith("m="):
            f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d="):
            f["distribution"] = x[2:]
        else:
            k, v = x.split("=")
            f["descriptors"][DESC[k]] = v
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def report(rid, text, mods, purpose, overall, bb, f, rec, density=None, fgt=None, bpe=None):
    REPORTS.append(dict(rid=rid, text=text, mods=mods, purpose=purpose, overall=overall, bb=bb, f=f, rec=rec,
                        density=density, fgt=fgt, bpe=bpe))


def expected(r):
    by = {}
    for tok in r["bb"].split():
        side = SIDE[tok[0]]
        cat = tok[1:]
        if side in by:
            cat = max(by[side], cat, key=ORDER.index)
        by[side] = cat
    ov = r["overall"]
    for c in by.values():
        assert ov is not None and ORDER.index(ov) >= ORDER.index(c), (r["rid"], ov, c)
    bpe = None
    if r["bpe"]:
        lv, sy = r["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": [MODS[m] for m in r["mods"].split()], "purpose": r["purpose"]},
        "density": r["density"],
        "fibroglandular_tissue": {"category": r["fgt"]} if r["fgt"] else None,
        "background_enhancement": bpe,
        "assessment": {"overall": ov, "by_breast": by},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": sorted(set(r["rec"].split())),
    }


def write_all():
    for r in REPORTS:
        base = os.path.join(OUT, r["rid"])
        text = r["text"].strip("\n") + "\n"
        with open(base + ".txt", "w") as fh:
            fh.write(text)
        with open(base + ".expected.json", "w") as fh:
            json.dump(expected(r), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    return len(REPORTS)
