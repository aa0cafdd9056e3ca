"""Compact gold code and the writer of <id>.txt + <id>.expected.json (json only; no engine import)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KINDS = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant",
         "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
ORDER = ["0", "1", "2", "3", "6", "4", "4A", "4B", "4C", "5"]  # Atlas order, 0 above 6 and below 4

MODS = {"us": "ultrasound", "mg": "mammography", "dbt": "tomosynthesis", "mag": "magnification_views",
        "spot": "spot_compression", "mri": "mri", "cem": "contrast_enhanced_mammography"}


def finding(code):
    toks = code.split()
    kind, side, st = KINDS[toks[0]], SIDES[toks[1]], STATUS[toks[2]]
    f = {"kind": kind, "breast": side, "status": st, "stable": False, "morphology": [], "distribution": None,
         "descriptors": {}}
    loc = {}
    for t in toks[3:]:
        if t == "s":
            f["stable"] = True
        elif t.startswith("@"):
            loc["clock"] = t[1:]
        elif t.startswith("q="):
            loc["quadrant"] = QUAD[t[2:]]
        elif t.startswith("dp="):
            loc["depth"] = t[3:]
        elif t.startswith("z="):
            v = float(t[2:])
            f["size_mm"] = int(v) if v == int(v) else v
        elif t.startswith("m="):
            f["morphology"] = sorted(t[2:].split(","))
        elif t.startswith("d="):
            f["distribution"] = t[2:]
        else:
            k, v = t.split("=", 1)
            f["descriptors"][DESC[k]] = v
    if loc:
        size = f.pop("size_mm", None)
        f["location"] = loc
        if size is not None:
            f["size_mm"] = size
    return f


def by_breast(bb):
    out = {}
    for t in bb.split():
        side = {"R": "right", "L": "left"}[t[0]]
        cat = t[1:]
        if side in out:
            cat = max(out[side], cat, key=ORDER.index)
        out[side] = cat
    return out


def expected(r):
    bb = by_breast(r.get("bb", ""))
    overall = r["overall"]
    for c in bb.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (r["id"], overall, c)
    fgt = r.get("fgt")
    bpe = r.get("bpe")
    if bpe:
        lv, sy = bpe.split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": [MODS[m] for m in r["mods"].split()], "purpose": r["purpose"]},
        "density": r.get("density"),
        "fibroglandular_tissue": {"category": fgt} if fgt else None,
        "background_enhancement": bpe or None,
        "assessment": {"overall": overall, "by_breast": bb},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": sorted(set(r.get("rec", []))),
    }


def write(reports):
    for r in reports:
        base = os.path.join(SET, r["id"])
        text = r["text"].strip("\n") + "\n"
        with open(base + ".txt", "w") as fh:
            fh.write(text)
        with open(base + ".expected.json", "w") as fh:
            json.dump(expected(r), fh, indent=2)
            fh.write("\n")
    return len(reports)
