"""Compact gold code and writer for modalities_16 (json/stdlib only; no engine import)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {"mass": "mass", "calc": "calcification", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "nme": "non_mass", "focus": "focus", "impl": "implant", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = {"sh": "shape", "mg": "margin", "md": "mass_density", "or": "orientation", "ep": "echo_pattern",
        "pf": "posterior_features", "va": "vascularity", "el": "elasticity", "ie": "internal_enhancement",
        "nd": "nme_distribution", "ki": "kinetics_initial", "kd": "kinetics_delayed", "ir": "implant_rupture"}
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}
REC = {"rs": "routine_screening", "sif": "short_interval_followup", "ai": "additional_imaging", "bx": "biopsy",
       "sc": "surgical_consultation", "cc": "clinical_correlation", "oth": "other"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STATUS[t[2]], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc, size = {}, None
    for w in t[3:]:
        if w == "s":
            f["stable"] = True
        elif w.startswith("m="):
            f["morphology"] = sorted(w[2:].split(","))
        elif w.startswith("d="):
            f["distribution"] = w[2:]
        elif w.startswith("@"):
            loc["clock"] = w[1:]
        elif w.startswith("q="):
            loc["quadrant"] = QUAD[w[2:]]
        elif w.startswith("dp="):
            loc["depth"] = w[3:]
        elif w.startswith("z="):
            size = float(w[2:]) if "." in w else int(w[2:])
        else:
            k, v = w.split("=")
            f["descriptors"][DESC[k]] = v
    if loc:
        f["location"] = loc
    if size is not None:
        f["size_mm"] = size
    return f


def expected(r):
    bb = {}
    for tok in (r.get("bb") or "").split():
        side = SIDE[tok[0]]
        cat = tok[1:]
        if side in bb and ORDER.index(bb[side]) >= ORDER.index(cat):
            continue
        bb[side] = cat
    ov = r.get("overall")
    for c in bb.values():
        assert ov is not None and ORDER.index(ov) >= ORDER.index(c), (r["id"], ov, bb)
    bpe = None
    if r.get("bpe"):
        lv, sy = r["bpe"].split("/")
        bpe = {"level": lv, "symmetry": None if sy == "-" else sy}
    return {
        "exam": {"modalities": r["mods"], "purpose": r["purpose"]},
        "density": r.get("density"),
        "fibroglandular_tissue": {"category": r["fgt"]} if r.get("fgt") else None,
        "background_enhancement": bpe,
        "assessment": {"overall": ov, "by_breast": bb},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": sorted(REC[x] for x in r["rec"]),
    }


def write(reports):
    for r in reports:
        text = r["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(r), fh, indent=2)
            fh.write("\n")
    return len(reports)
