"""Compact gold for modalities_4 and the writer of <id>.txt + <id>.expected.json.

Finding code: "mass L p s sh=oval mg=circumscribed @9:00 q=upper_outer dp=middle z=11"
  kind  : mass calc asym ad ln skin nm focus imp other
  breast: R L B N (right, left, both, null)
  status: p present, a absent, q possible;  optional 's' = stable
  descriptors: sh shape, mg margin, md mass_density, or orientation, ep echo_pattern,
    pf posterior_features, va vascularity, el elasticity, ie internal_enhancement,
    nd nme_distribution, ki kinetics_initial, kd kinetics_delayed, ir implant_rupture
  calcification: m=a,b (morphology), d=grouped (distribution)
  location: @9:00 clock, q= quadrant, dp= depth;  z= size_mm
Report gold: mods, purpose, density, fgt, bpe ("level/symmetry", "-" = null), overall,
  bb ("R4B L2"), f (finding codes), rec (recommendation kinds).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KINDS = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "nm": "non_mass", "focus": "focus", "imp": "implant",
         "other": "other"}
BREASTS = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = [("sh", "shape"), ("mg", "margin"), ("md", "mass_density"), ("or", "orientation"),
        ("ep", "echo_pattern"), ("pf", "posterior_features"), ("va", "vascularity"), ("el", "elasticity"),
        ("ie", "internal_enhancement"), ("nd", "nme_distribution"), ("ki", "kinetics_initial"),
        ("kd", "kinetics_delayed"), ("ir", "implant_rupture")]
DESC_MAP = dict(DESC)
ORDER = [name for _, name in DESC]


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": BREASTS[t[1]], "status": STATUS[t[2]], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size, desc = {}, None, {}
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
            elif k in DESC_MAP:
                desc[DESC_MAP[k]] = v
            else:
                raise ValueError("unknown key %r in %r" % (k, code))
        else:
            raise ValueError("bad token %r in %r" % (tok, code))
    f["descriptors"] = {n: desc[n] for n in ORDER if n in desc}
    if loc:
        f["location"] = {k: loc[k] for k in ("clock", "quadrant", "depth") if k in loc}
    if size is not None:
        f["size_mm"] = size
    return f


def by_breast(bb):
    out = {}
    for tok in (bb or "").split():
        side = {"R": "right", "L": "left"}[tok[0]]
        out[side] = tok[1:]
    return out


def expected(r):
    bpe = None
    if r.get("bpe"):
        level, sym = r["bpe"].split("/")
        bpe = {"level": level, "symmetry": None if sym == "-" else sym}
    return {
        "exam": {"modalities": list(r["mods"]), "purpose": r["purpose"]},
        "density": r.get("density"),
        "fibroglandular_tissue": {"category": r["fgt"]} if r.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": r["overall"], "by_breast": by_breast(r.get("bb"))},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": list(r["rec"]),
    }


def write(reports):
    for r in reports:
        text = r["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(r), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    return len(reports)
