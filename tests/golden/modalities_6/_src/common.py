"""Compact gold -> expected.json writer for modalities_6 (json only; no engine import)."""
import json, os, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
DESC_ORDER = list(DESC.values())
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}


def finding(code):
    t = code.split()
    kind, side, st = t[0], t[1], t[2]
    f = {"kind": kind, "breast": SIDE[side], "status": STATUS[st], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for tok in t[3:]:
        if tok == "s":
            f["stable"] = True
        elif tok.startswith("@"):
            loc["clock"] = tok[1:]
        elif tok.startswith("dp="):
            loc["depth"] = tok[3:]
        elif tok.startswith("q="):
            v = tok[2:]
            loc["quadrant"] = QUAD.get(v, v)
        elif tok.startswith("z="):
            size = int(tok[2:])
        elif tok.startswith("m="):
            f["morphology"] = sorted(tok[2:].split(","))
        elif tok.startswith("d="):
            f["distribution"] = tok[2:]
        else:
            k, v = tok.split("=")
            f["descriptors"][DESC[k]] = v
    f["descriptors"] = {k: f["descriptors"][k] for k in DESC_ORDER if k in f["descriptors"]}
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bb = {}
    for item in g.get("bb", "").split():
        bb[SIDE[item[0]]] = item[1:]
    bpe = None
    if g.get("bpe"):
        lv, sy = g["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": g["mods"], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g["overall"], "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g["rec"])),
    }


def write(reports):
    for r in reports:
        text = textwrap.dedent(r["text"]).strip("\n") + "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(r), fh, indent=2)
            fh.write("\n")
