"""Compact gold code -> expected JSON (keys as modalities_19)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant",
         "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": SIDES[t[1]], "status": STATUS[t[2]], "stable": False,
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
            else:
                f["descriptors"][DESC[k]] = v
        else:
            raise ValueError("bad token %r in %r" % (tok, code))
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(it):
    bpe = None
    if it.get("bpe"):
        lv, sy = it["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    bb = {}
    for part in (it.get("bb") or "").split():
        bb[SIDES[part[0]]] = part[1:]
    return {
        "exam": {"modalities": it["mods"], "purpose": it["purpose"]},
        "density": it.get("density"),
        "fibroglandular_tissue": {"category": it["fgt"]} if it.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": it["overall"], "by_breast": bb},
        "findings": [finding(c) for c in it["f"]],
        "recommendations": sorted(set(it["rec"])),
    }


def write(items):
    for it in items:
        with open(os.path.join(OUT, it["id"] + ".txt"), "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(os.path.join(OUT, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
