"""Compact gold code and writer for modalities_17 (json/stdlib only; never imports the engine)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STAT = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STAT[t[2]], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for w in t[3:]:
        if w == "s":
            f["stable"] = True
        elif w.startswith("m="):
            f["morphology"] = sorted(w[2:].split(","))
        elif w.startswith("d="):
            f["distribution"] = w[2:]
        elif w.startswith("@"):
            loc["clock"] = w[1:]
        elif w.startswith("q="):
            loc["quadrant"] = QUAD[w[2:]]
        elif w.startswith("dp="):
            loc["depth"] = w[3:]
        elif w.startswith("z="):
            size = float(w[2:]) if "." in w[2:] else int(w[2:])
        else:
            k, v = w.split("=")
            f["descriptors"][DESC[k]] = v
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bb = {}
    for tok in g.get("bb", "").split():
        side, cat = SIDE[tok[0]], tok[1:]
        if side in bb and ORDER.index(bb[side]) >= ORDER.index(cat):
            continue
        bb[side] = cat
    ov = g["overall"]
    if bb:
        worst = max(bb.values(), key=ORDER.index)
        assert ov is not None and ORDER.index(ov) >= ORDER.index(worst), g
    bpe = None
    if g.get("bpe"):
        lv, sy = g["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": g["mods"], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": ov, "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g["rec"])),
    }


def write(items):
    for it in items:
        with open(os.path.join(OUT, it["id"] + ".txt"), "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(os.path.join(OUT, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2)
            fh.write("\n")
