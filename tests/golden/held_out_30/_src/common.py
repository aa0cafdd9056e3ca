"""Compact codes -> expected dicts. Finding code: 'kind side status [s] [m:a,b] [d:x]'."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    parts = code.split()
    kind, side, status = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
    f = {"kind": kind, "breast": side, "status": status, "stable": False, "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError(code)
    return f


def cats(code):
    out = {}
    for tok in code.split():
        side, c = tok[0], tok[1:]
        assert c in ORDER, tok
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            if s in out and ORDER.index(out[s]) >= ORDER.index(c):
                continue
            out[s] = c
    return out


def expected(overall, by, findings, density=None):
    b = cats(by)
    if b:
        top = max(b.values(), key=ORDER.index)
        assert overall is not None and ORDER.index(overall) >= ORDER.index(top), (overall, b)
    return {"density": density, "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(c) for c in findings]}
