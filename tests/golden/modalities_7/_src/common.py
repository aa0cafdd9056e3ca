"""Compact gold code and writer for modalities_7 (json only; no engine import)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KINDS = {"mass", "calcification", "asymmetry", "architectural_distortion", "lymph_node", "skin",
         "non_mass", "focus", "implant", "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}


def finding(code):
    """'mass L p s sh=oval mg=circumscribed @9:00 q=uo dp=middle z=11 m=a,b d=grouped'"""
    t = code.split()
    kind, side, st = t[0], t[1], t[2]
    assert kind in KINDS, code
    f = {"kind": kind, "breast": SIDES[side], "status": STATUS[st], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for tok in t[3:]:
        if tok == "s":
            f["stable"] = True
        elif tok.startswith("@"):
            loc["clock"] = tok[1:]
        elif "=" in tok:
            k, v = tok.split("=", 1)
            if k == "m":
                f["morphology"] = sorted(v.split(","))
            elif k == "d":
                f["distribution"] = v
            elif k == "q":
                loc["quadrant"] = QUAD[v]
            elif k == "dp":
                loc["depth"] = v
            elif k == "z":
                size = float(v) if "." in v else int(v)
            elif k in DESC:
                f["descriptors"][DESC[k]] = v.replace("-", "_") if k != "ir" else v
            else:
                raise ValueError(code)
        else:
            raise ValueError(code)
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def bybreast(bb):
    out = {}
    for tok in (bb or "").split():
        side = {"R": "right", "L": "left"}[tok[0]]
        out[side] = tok[1:]
    return out


def gold(g):
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    return {
        "exam": {"modalities": g["mods"], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g.get("overall"), "by_breast": bybreast(g.get("bb"))},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", []))),
    }


def write(cases):
    for c in cases:
        text = c["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, c["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, c["id"] + ".expected.json"), "w") as fh:
            json.dump(gold(c), fh, indent=2)
            fh.write("\n")
