"""Compact gold notation -> expected JSON (modalities_19 keys)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
MODS = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography", "mg": "mammography"}
REC_ORDER = ["routine_screening", "short_interval_followup", "additional_imaging", "biopsy",
             "surgical_consultation", "clinical_correlation", "other"]
REC = {"rs": "routine_screening", "sif": "short_interval_followup", "ai": "additional_imaging", "bx": "biopsy",
       "sc": "surgical_consultation", "cc": "clinical_correlation", "oth": "other"}


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STATUS[t[2]], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for tok in t[3:]:
        if tok == "s":
            f["stable"] = True
        elif tok.startswith("@"):
            loc["clock"] = tok[1:]
        elif tok.startswith("q="):
            loc["quadrant"] = QUAD[tok[2:]]
        elif tok.startswith("dp="):
            loc["depth"] = tok[3:]
        elif tok.startswith("z="):
            size = float(tok[2:]) if "." in tok else int(tok[2:])
        elif tok.startswith("m="):
            f["morphology"] = sorted(tok[2:].split(","))
        elif tok.startswith("d="):
            f["distribution"] = tok[2:]
        else:
            k, v = tok.split("=")
            f["descriptors"][DESC[k]] = v
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bb = {}
    for part in g.get("bb", "").split():
        bb[SIDE[part[0]]] = part[1:]
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    recs = [REC[r] for r in g.get("rec", "").split()]
    return {
        "exam": {"modalities": [MODS[m] for m in g["mods"].split()], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g["overall"], "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(recs), key=REC_ORDER.index),
    }


def write(items):
    for it in items:
        base = os.path.join(OUT, it["id"])
        with open(base + ".txt", "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(base + ".expected.json", "w") as fh:
            json.dump(expected(it["g"]), fh, indent=2)
            fh.write("\n")
