"""Write <id>.txt and <id>.expected.json for every item in data_*.py (compact gold, see README)."""
import json, os, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
MODS = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography", "mg": "mammography"}
CAT = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STATUS[t[2]], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for x in t[3:]:
        if x == "s":
            f["stable"] = True
        elif x.startswith("m="):
            f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d="):
            f["distribution"] = x[2:]
        elif x.startswith("@"):
            loc["clock"] = x[1:]
        elif x.startswith("q="):
            loc["quadrant"] = QUAD[x[2:]]
        elif x.startswith("dp="):
            loc["depth"] = x[3:]
        elif x.startswith("z="):
            size = float(x[2:]) if "." in x[2:] else int(x[2:])
        else:
            k, v = x.split("=")
            f["descriptors"][DESC[k]] = v
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def gold(g):
    bb = {}
    for part in g.get("bb", "").split():
        s, c = part.split(":")
        bb[SIDE[s]] = c
    cats = list(bb.values()) + ([g["overall"]] if g.get("overall") else [])
    overall = max(cats, key=CAT.index) if cats else None
    bpe = None
    if g.get("bpe"):
        lv, sy = g["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": [MODS[m] for m in g["mods"].split()], "purpose": g.get("purpose")},
        "density": g.get("density"),
        "fibroglandular_tissue": {"category": g["fgt"]} if g.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": overall, "by_breast": bb},
        "findings": [finding(c) for c in g["f"]],
        "recommendations": sorted(set(g.get("rec", "").split())),
    }


def items():
    out = []
    for m in ("data_us", "data_mri", "data_cem"):
        try:
            out += importlib.import_module(m).ITEMS
        except ModuleNotFoundError:
            pass
    return out


if __name__ == "__main__":
    n = 0
    for it in items():
        text = it["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, it["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, it["id"] + ".expected.json"), "w") as fh:
            json.dump(gold(it["g"]), fh, indent=2)
            fh.write("\n")
        n += 1
    print(f"wrote {n} reports")
