"""Compact gold code for modalities_9 and the writer of <id>.txt + <id>.expected.json.

Finding code: "<kind> <side> <status> [s] [key=value ...]"
  side: R L B N (right, left, both, null); status: p present, a absent, q possible; s = stable
  descriptors: sh shape, mg margin, md mass_density, or orientation, ep echo_pattern, pf posterior_features,
               va vascularity, el elasticity, ie internal_enhancement, nd nme_distribution,
               ki kinetics_initial, kd kinetics_delayed, ir implant_rupture
  calcifications: m=a,b (morphology), d= (distribution)
  location: @10:00 (clock), q= (uo ui lo li c sa at), dp= (anterior middle posterior); size: z=<mm>
Report gold: mods, purpose, density, fgt, bpe ("level/symmetry", "-" for null symmetry), overall,
bb ("R4B L2"), f (findings), rec (recommendation kinds).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KIND = {"mass", "calcification", "asymmetry", "architectural_distortion", "lymph_node", "skin",
        "non_mass", "focus", "implant", "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = [("sh", "shape"), ("mg", "margin"), ("md", "mass_density"), ("or", "orientation"),
        ("ep", "echo_pattern"), ("pf", "posterior_features"), ("va", "vascularity"), ("el", "elasticity"),
        ("ie", "internal_enhancement"), ("nd", "nme_distribution"), ("ki", "kinetics_initial"),
        ("kd", "kinetics_delayed"), ("ir", "implant_rupture")]
DESC_MAP = dict(DESC)
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner",
        "c": "central", "sa": "subareolar", "at": "axillary_tail"}


def finding(code):
    toks = code.split()
    kind, side, status = toks[0], toks[1], toks[2]
    assert kind in KIND, code
    f = {"kind": kind, "breast": SIDE[side], "status": STATUS[status], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    desc = {}
    loc = {}
    size = None
    for t in toks[3:]:
        if t == "s":
            f["stable"] = True
        elif t.startswith("@"):
            loc["clock"] = t[1:]
        elif "=" in t:
            k, v = t.split("=", 1)
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
            elif k in DESC_MAP:
                desc[DESC_MAP[k]] = v
            else:
                raise ValueError("bad token %r in %r" % (t, code))
        else:
            raise ValueError("bad token %r in %r" % (t, code))
    # contract order of descriptor names
    f["descriptors"] = {name: desc[name] for _, name in DESC if name in desc}
    if loc:
        f["location"] = {k: loc[k] for k in ("clock", "quadrant", "depth") if k in loc}
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bb = {}
    for item in g.get("bb", "").split():
        bb[{"R": "right", "L": "left"}[item[0]]] = item[1:]
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    return {
        "exam": {"modalities": list(g["mods"]), "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g.get("overall"), "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", []))),
    }


def write(reports):
    for r in reports:
        text = r["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(r["gold"]), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
