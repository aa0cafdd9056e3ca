"""Compact gold code and writer for modalities_10 (json only; no engine import).

Finding code: "mass L p s sh=oval mg=circumscribed @9:00 q=uo dp=middle z=11"
  kind, side (R L B N), status (p present, a absent, q possible), optional 's' (stable),
  then key=value items.
"""
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {
    "sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation",
    "ep": "echo_pattern", "pf": "posterior_features", "va": "vascularity",
    "el": "elasticity", "ie": "internal_enhancement", "nd": "nme_distribution",
    "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture",
}
DESC_ORDER = ["shape", "margin", "mass_density", "orientation", "echo_pattern",
              "posterior_features", "vascularity", "elasticity", "internal_enhancement",
              "nme_distribution", "kinetics_initial", "kinetics_delayed", "implant_rupture"]
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner",
        "c": "central", "sa": "subareolar", "at": "axillary_tail"}


def finding(code):
    parts = code.split()
    kind, side, st = parts[0], parts[1], parts[2]
    rest = parts[3:]
    stable = False
    if rest and rest[0] == "s":
        stable = True
        rest = rest[1:]
    f = {"kind": kind, "breast": SIDE[side], "status": STATUS[st], "stable": stable,
         "morphology": [], "distribution": None, "descriptors": {}}
    desc = {}
    loc = {}
    size = None
    for item in rest:
        if item.startswith("@"):
            loc["clock"] = item[1:]
            continue
        k, v = item.split("=", 1)
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
            desc[DESC[k]] = v
        else:
            raise ValueError("bad item %r in %r" % (item, code))
    f["descriptors"] = {k: desc[k] for k in DESC_ORDER if k in desc}
    if loc:
        f["location"] = {k: loc[k] for k in ("clock", "quadrant", "depth") if k in loc}
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    bb = {}
    for tok in (g.get("bb") or "").split():
        bb[{"R": "right", "L": "left"}[tok[0]]] = tok[1:]
    return {
        "exam": {"modalities": g["mods"], "purpose": g["purpose"]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g.get("overall"), "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", []))),
    }


def clean(text):
    text = textwrap.dedent(text)
    if text.startswith("\n"):
        text = text[1:]
    return text.rstrip() + "\n"


def write_all(reports):
    ids = set()
    for r in reports:
        rid = r["id"]
        assert rid not in ids, rid
        ids.add(rid)
        with open(os.path.join(OUT, rid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(clean(r["text"]))
        with open(os.path.join(OUT, rid + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(r["gold"]), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    return len(ids)
