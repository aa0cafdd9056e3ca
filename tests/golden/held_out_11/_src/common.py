"""Compact gold notation for held_out_11 (json only; no engine import)."""
KIND = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STAT = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    t = code.split()
    f = {"kind": KIND[t[0]], "breast": SIDE[t[1]], "status": STAT[t[2]], "stable": False,
         "morphology": [], "distribution": None}
    for x in t[3:]:
        if x == "s":
            f["stable"] = True
        elif x.startswith("m:"):
            f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d:"):
            f["distribution"] = x[2:]
        else:
            raise ValueError(code)
    return f


def by_breast(code):
    """'R4A L2'; 'B2' = both breasts 2; a later token for one side replaces only if more serious."""
    out = {}
    for tok in (code or "").split():
        side, cat = tok[0], tok[1:]
        sides = ["right", "left"] if side == "B" else [{"R": "right", "L": "left"}[side]]
        for s in sides:
            if s not in out or ORDER.index(cat) > ORDER.index(out[s]):
                out[s] = cat
    return out


def expected(density, overall, bb, findings):
    b = by_breast(bb)
    for c in b.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (overall, bb)
    return {"density": density, "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(c) for c in findings]}
