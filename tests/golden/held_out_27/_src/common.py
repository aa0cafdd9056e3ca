"""Compact gold codes -> expected JSON (same keys as held_out_24 reports)."""
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "dist": "architectural_distortion",
         "node": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STAT = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    parts = code.split()
    f = {"kind": KINDS[parts[0]], "breast": SIDES[parts[1]], "status": STAT[parts[2]], "stable": False,
         "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError("bad code part %r in %r" % (p, code))
    return f


def by_breast(code):
    out = {}
    for tok in code.split():
        out[{"R": "right", "L": "left"}[tok[0]]] = tok[1:]
    return out


def expected(item):
    return {"density": item["density"],
            "assessment": {"overall": item["overall"], "by_breast": by_breast(item["bb"])},
            "findings": [finding(c) for c in item["findings"]]}
