"""Compact gold notation -> expected JSON, and the writer of <id>.txt + <id>.expected.json.

Finding code: "mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @3:00 q=uo dp=middle z=8"
  sides R L B N; status p (present) a (absent) q (possible); optional 's' = stable.
  m= morphology (comma list), d= distribution (calcifications only).
  descriptors: sh shape, mg margin, md mass_density, or orientation, ep echo_pattern, pf posterior_features,
  va vascularity, el elasticity, ie internal_enhancement, nd nme_distribution, ki kinetics_initial,
  kd kinetics_delayed, ir implant_rupture.
  @clock, q= quadrant (uo ui lo li c sa at), dp= depth, z= size in mm.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)

SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
SIDE_KEY = {"R": "right", "L": "left"}


def finding(code):
    t = code.split()
    kind, side, st = t[0], t[1], t[2]
    f = {"kind": kind, "breast": SIDES[side], "status": STATUS[st], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc = {}
    size = None
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
                f["descriptors"][DESC[k]] = v
            else:
                raise ValueError("unknown key %r in %r" % (k, code))
        else:
            raise ValueError("bad token %r in %r" % (tok, code))
    if loc:
        f["location"] = {k: loc[k] for k in ("clock", "quadrant", "depth") if k in loc}
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bb = {}
    for tok in g.get("bb", "").split():
        bb[SIDE_KEY[tok[0]]] = tok[1:]
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    return {
        "exam": {"modalities": g["mods"], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g["overall"], "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g["rec"])),
    }


def write(items):
    for it in items:
        text = it["text"].strip("\n") + "\n"
        with open(os.path.join(SET_DIR, it["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(SET_DIR, it["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(it["gold"]), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    return len(items)
