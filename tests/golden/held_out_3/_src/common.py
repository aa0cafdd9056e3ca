import json
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STAT = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": SIDES[t[1]], "status": STAT[t[2]], "stable": False,
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


def expected(density, overall, bb, codes):
    bbo = {}
    for k, v in (bb or {}).items():
        bbo[{"L": "left", "R": "right"}[k]] = v
    return {"density": density, "assessment": {"overall": overall, "by_breast": bbo},
            "findings": [finding(c) for c in codes]}
