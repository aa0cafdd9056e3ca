"""Compact gold -> .txt + .expected.json for modalities_12 (json only; imports nothing of the engine)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)

SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner",
        "c": "central", "sa": "subareolar", "at": "axillary_tail"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}


def finding(code):
    """'mass L p s sh=oval mg=circumscribed @3:00 q=uo dp=middle z=8 m=a,b d=grouped'"""
    tok = code.split()
    kind, side, status = tok[0], SIDES[tok[1]], STATUS[tok[2]]
    stable = False
    morph, dist, desc, loc, size = [], None, {}, {}, None
    for t in tok[3:]:
        if t == "s":
            stable = True
        elif t.startswith("@"):
            loc["clock"] = t[1:]
        elif "=" in t:
            k, v = t.split("=", 1)
            if k in DESC:
                desc[DESC[k]] = v
            elif k == "q":
                loc["quadrant"] = QUAD[v]
            elif k == "dp":
                loc["depth"] = v
            elif k == "z":
                size = float(v) if "." in v else int(v)
            elif k == "m":
                morph = sorted(v.split(","))
            elif k == "d":
                dist = v
            else:
                raise ValueError("bad key %s in %r" % (k, code))
        else:
            raise ValueError("bad token %s in %r" % (t, code))
    f = {"kind": kind, "breast": side, "status": status, "stable": stable, "morphology": morph,
         "distribution": dist, "descriptors": desc}
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bb = {}
    for part in g.get("bb", "").split():
        bb[{"R": "right", "L": "left"}[part[0]]] = part[1:]
    bpe = g.get("bpe", "-")
    if bpe == "-":
        bpe_v = None
    else:
        lvl, sym = bpe.split("/")
        bpe_v = {"level": lvl, "symmetry": None if sym == "-" else sym}
    fgt = g.get("fgt")
    return {
        "exam": {"modalities": g["mods"], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": fgt} if fgt else None,
        "background_enhancement": bpe_v,
        "assessment": {"overall": g["overall"], "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", []))),
    }


def write(items):
    for it in items:
        base = os.path.join(SET_DIR, it["id"])
        text = it["text"].strip("\n") + "\n"
        with open(base + ".txt", "w") as fh:
            fh.write(text)
        with open(base + ".expected.json", "w") as fh:
            json.dump(expected(it["gold"]), fh, indent=2)
            fh.write("\n")
