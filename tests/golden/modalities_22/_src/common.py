"""Compact gold -> expected JSON. Finding code:
  "<kind> <side> <status> [s] key=val ... @clock q=quad dp=depth z=size"
kinds: mass calc asym ad ln skin nme focus impl other; sides R L B N; status p a q(possible); s = stable.
calc: m=a,b (morphology) d=grouped. descriptors: sh mg md or ep pf va el ie nd ki kd ir."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIND = dict(mass="mass", calc="calcification", asym="asymmetry", ad="architectural_distortion", ln="lymph_node",
            skin="skin", nme="non_mass", focus="focus", impl="implant", other="other")
SIDE = dict(R="right", L="left", B="both", N=None)
STATUS = dict(p="present", a="absent", q="possible")
DESC = dict(sh="shape", mg="margin", md="mass_density", ep="echo_pattern", pf="posterior_features",
            va="vascularity", el="elasticity", ie="internal_enhancement", nd="nme_distribution",
            ki="kinetics_initial", kd="kinetics_delayed", ir="implant_rupture")
DESC["or"] = "orientation"
QUAD = dict(uo="upper_outer", ui="upper_inner", lo="lower_outer", li="lower_inner", c="central",
            sa="subareolar", at="axillary_tail")
MODS = dict(us="ultrasound", mri="mri", cem="contrast_enhanced_mammography", mg="mammography")


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STATUS[t[2]], "stable": False,
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
            elif k in DESC:
                f["descriptors"][DESC[k]] = v
            else:
                raise ValueError("bad key %r in %r" % (k, code))
        else:
            raise ValueError("bad token %r in %r" % (tok, code))
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def bpe(v):
    if v is None:
        return None
    lvl, _, sym = v.partition("/")
    return {"level": lvl, "symmetry": None if sym in ("", "-") else sym}


def expected(g):
    bb = {}
    for part in g.get("bb", "").split():
        s, c = part.split("=")
        bb[SIDE[s]] = c
    return {
        "exam": {"modalities": [MODS[m] for m in g["mods"].split()], "purpose": g.get("purpose")},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe(g.get("bpe")),
        "assessment": {"overall": g.get("overall"), "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", []))),
    }


def write_all(items):
    for it in items:
        name = it["id"]
        text = it["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, name + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, name + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
