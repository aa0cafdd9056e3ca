"""Compact gold code and the writer of <id>.txt + <id>.expected.json (json only, no engine)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KINDS = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "nm": "non_mass", "focus": "focus", "implant": "implant",
         "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = [("sh", "shape"), ("mg", "margin"), ("md", "mass_density"), ("or", "orientation"),
        ("ep", "echo_pattern"), ("pf", "posterior_features"), ("va", "vascularity"), ("el", "elasticity"),
        ("ie", "internal_enhancement"), ("nd", "nme_distribution"), ("ki", "kinetics_initial"),
        ("kd", "kinetics_delayed"), ("ir", "implant_rupture")]
DESC_MAP = dict(DESC)
DESC_ORDER = [n for _, n in DESC]


def finding(code):
    """"mass L p s sh=oval mg=circumscribed @9:00 q=upper_outer dp=middle z=11"."""
    tok = code.split()
    kind, side, status = KINDS[tok[0]], SIDES[tok[1]], STATUS[tok[2]]
    stable = False
    morph, dist, desc, loc, size = [], None, {}, {}, None
    for t in tok[3:]:
        if t == "s":
            stable = True
        elif t.startswith("@"):
            loc["clock"] = t[1:]
        elif "=" in t:
            k, v = t.split("=", 1)
            if k == "m":
                morph = sorted(v.split(","))
            elif k == "d":
                dist = v
            elif k == "q":
                loc["quadrant"] = v
            elif k == "dp":
                loc["depth"] = v
            elif k == "z":
                size = float(v) if "." in v else int(v)
            elif k in DESC_MAP:
                desc[DESC_MAP[k]] = v
            else:
                raise ValueError("bad key %r in %r" % (k, code))
        else:
            raise ValueError("bad token %r in %r" % (t, code))
    desc = {n: desc[n] for n in DESC_ORDER if n in desc}
    f = {"kind": kind, "breast": side, "status": status, "stable": stable, "morphology": morph,
         "distribution": dist, "descriptors": desc}
    if loc:
        f["location"] = {k: loc[k] for k in ("clock", "quadrant", "depth") if k in loc}
    if size is not None:
        f["size_mm"] = size
    return f


def expected(r):
    bb = {}
    for part in (r.get("bb") or "").split():
        bb[{"R": "right", "L": "left"}[part[0]]] = part[1:]
    bpe = None
    if r.get("bpe"):
        lv, sy = r["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": r["mods"], "purpose": r["purpose"]},
        "density": r.get("density"),
        "fibroglandular_tissue": {"category": r["fgt"]} if r.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": r.get("overall"), "by_breast": bb},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": r.get("rec", []),
    }


def write(reports):
    for r in reports:
        text = r["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(r), fh, indent=2)
            fh.write("\n")
