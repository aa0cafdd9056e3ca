"""Compact codes -> expected JSON (held_out_26). Written by hand; no engine code."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def worst(cats):
    return max(cats, key=ORDER.index) if cats else None


def finding(code):
    parts = code.split()
    f = {"kind": KINDS[parts[0]], "breast": SIDES[parts[1]], "status": STATUS[parts[2]],
         "stable": False, "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError(f"bad token {p!r} in {code!r}")
    return f


def by_breast(code):
    out = {}
    for tok in code.split():
        side, cat = tok[0], tok[1:]
        sides = ["right", "left"] if side == "B" else [SIDES[side]]
        for s in sides:
            out[s] = worst([out[s], cat]) if s in out else cat
    return out


def expected(overall, cats, findings, density=None):
    bb = by_breast(cats)
    ov = None if overall in (None, "-") else overall
    if bb:
        assert ov == worst(list(bb.values())), (overall, cats)
    return {"density": density, "assessment": {"overall": ov, "by_breast": bb},
            "findings": [finding(c) for c in findings]}
