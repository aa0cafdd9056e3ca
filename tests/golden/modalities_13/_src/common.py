"""Compact gold code and writer for modalities_13 (json only; imports nothing from the engine)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KINDS = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "nm": "non_mass", "focus": "focus", "impl": "implant",
         "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
MODS = {"mg": "mammography", "tomo": "tomosynthesis", "mag": "magnification_views", "spot": "spot_compression",
        "us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}
PURPOSE = {"dx": "diagnostic", "scr": "screening", None: None}
SIDE_KEY = {"R": "right", "L": "left"}


def finding(code):
    parts = code.split()
    kind, side, status = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
    f = {"kind": kind, "breast": side, "status": status, "stable": False, "morphology": [],
         "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("@"):
            loc["clock"] = p[1:]
        elif p.startswith("m="):
            f["morphology"] = sorted(p[2:].split(","))
        elif p.startswith("d="):
            f["distribution"] = p[2:]
        elif p.startswith("q="):
            loc["quadrant"] = QUAD[p[2:]]
        elif p.startswith("dp="):
            loc["depth"] = p[3:]
        elif p.startswith("z="):
            size = float(p[2:])
            size = int(size) if size == int(size) else size
        else:
            k, v = p.split("=", 1)
            f["descriptors"][DESC[k]] = v
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def by_breast(code):
    out = {}
    for tok in (code or "").split():
        out[SIDE_KEY[tok[0]]] = tok[1:]
    return out


def expected(g):
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    return {
        "exam": {"modalities": [MODS[m] for m in g["mods"].split()], "purpose": PURPOSE[g["purpose"]]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g.get("overall"), "by_breast": by_breast(g.get("bb"))},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", []))),
    }


def write(items):
    for it in items:
        base = os.path.join(SET, it["id"])
        text = it["text"].strip("\n") + "\n"
        with open(base + ".txt", "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(base + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(it["gold"]), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
