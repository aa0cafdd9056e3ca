"""Compact gold for modalities_3 and the writer of <id>.txt + <id>.expected.json.

Finding code: "<kind> <side> <status> [s] [key=value ...] [@clock]"
  kind   mass calc asym ad ln skin nme focus impl other
  side   L R B N            (left right both null)
  status p a q              (present absent possible)
  s      stable
  m=a,b  morphology (sorted on output)     d=  distribution
  sh mg md or ep pf va el ie nd ki kd ir   descriptors (see DESC)
  @10:00 clock   q=quadrant   dp=depth   z=size in mm
Report gold keys: id, text, mods, purpose, density, fgt, bpe ("level/symmetry", "-" = null),
overall, bb ("R4B L2"), f (finding codes), rec (recommendation kinds).
"""
import json
import os

KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry",
        "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin",
        "nme": "non_mass", "focus": "focus", "impl": "implant", "other": "other"}
SIDE = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation",
        "ep": "echo_pattern", "pf": "posterior_features", "va": "vascularity",
        "el": "elasticity", "ie": "internal_enhancement", "nd": "nme_distribution",
        "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
MODS = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography",
        "mg": "mammography", "dbt": "tomosynthesis", "mag": "magnification_views",
        "spot": "spot_compression"}

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STATUS[t[2]],
         "stable": False, "morphology": [], "distribution": None, "descriptors": {}}
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
                loc["quadrant"] = v
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
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(r):
    bpe = None
    if r.get("bpe"):
        lvl, sym = r["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    bb = {}
    for tok in (r.get("bb") or "").split():
        bb[{"R": "right", "L": "left"}[tok[0]]] = tok[1:]
    return {
        "exam": {"modalities": [MODS[m] for m in r["mods"]], "purpose": r["purpose"]},
        "density": r.get("density"),
        "fibroglandular_tissue": {"category": r["fgt"]} if r.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": r["overall"], "by_breast": bb},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": list(r["rec"]),
    }


def write(reports):
    for r in reports:
        base = os.path.join(OUT, r["id"])
        text = r["text"].strip("\n") + "\n"
        with open(base + ".txt", "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(base + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(r), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    return len(reports)
