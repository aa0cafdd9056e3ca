"""Compact gold for modalities_2 and the writer of <id>.txt / <id>.expected.json.

A finding is one string: "<kind> <breast> <status> [s] key=value ...".
  kind: mass calc asym ad ln skin nme focus impl other
  breast: L R B N ; status: p (present) a (absent) q (possible) ; "s" = stable
  m=a,b (morphology) d=grouped (distribution)
  descriptors: sh shape, mg margin, md mass_density, or orientation, ep echo_pattern,
               pf posterior_features, v vascularity, el elasticity, ie internal_enhancement,
               nd nme_distribution, ki kinetics_initial, kd kinetics_delayed, ir implant_rupture
  location: @2:00 (clock), q=upper_outer (quadrant), dp=middle (depth); size: z=14 (mm)
Report gold: mods (us/mri/cem/mag/tomo joined by +), purpose (scr/dia/None), density, fgt,
bpe ("mild/symmetric", "mild/-"), overall, bb ("L4B R2"), f (list), rec (codes).
"""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant",
        "other": "other"}
SIDE = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "v": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
MODS = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography",
        "mag": "magnification_views", "tomo": "tomosynthesis", "mg": "mammography"}
PURPOSE = {"scr": "screening", "dia": "diagnostic", None: None}
REC = {"rs": "routine_screening", "si": "short_interval_followup", "ai": "additional_imaging",
       "bx": "biopsy", "sc": "surgical_consultation", "cc": "clinical_correlation", "ot": "other"}
DESC_ORDER = ["shape", "margin", "mass_density", "orientation", "echo_pattern", "posterior_features",
              "vascularity", "elasticity", "internal_enhancement", "nme_distribution", "kinetics_initial",
              "kinetics_delayed", "implant_rupture"]


def finding(code):
    tok = code.split()
    kind, side, status = KIND[tok[0]], SIDE[tok[1]], STATUS[tok[2]]
    f = {"kind": kind, "breast": side, "status": status, "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for t in tok[3:]:
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
                loc["quadrant"] = v
            elif k == "dp":
                loc["depth"] = v
            elif k == "z":
                size = float(v)
                size = int(size) if size == int(size) else size
            elif k in DESC:
                f["descriptors"][DESC[k]] = v
            else:
                raise ValueError("bad key %r in %r" % (k, code))
        else:
            raise ValueError("bad token %r in %r" % (t, code))
    f["descriptors"] = {k: f["descriptors"][k] for k in DESC_ORDER if k in f["descriptors"]}
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(g):
    bpe = None
    if g.get("bpe"):
        lvl, sym = g["bpe"].split("/")
        bpe = {"level": lvl, "symmetry": None if sym == "-" else sym}
    bb = {}
    for t in (g.get("bb") or "").split():
        bb[SIDE[t[0]]] = t[1:]
    recs = []
    for r in (g.get("rec") or "").split():
        if REC[r] not in recs:
            recs.append(REC[r])
    return {
        "exam": {"modalities": [MODS[m] for m in g["mods"].split("+")], "purpose": PURPOSE[g["purpose"]]},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": g.get("overall"), "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": recs,
    }


def write(reports):
    for r in reports:
        text = r["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(r), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
