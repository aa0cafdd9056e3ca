"""Compact codes -> expected JSON (format of held_out_24)."""
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


def worst(cats):
    return max(cats, key=ORDER.index) if cats else None


def expected(item):
    by = {}
    for tok in item["cats"].split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, (item["id"], tok)
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            by[s] = worst([c for c in (by.get(s), cat) if c])
    overall = worst(list(by.values()) + item.get("extra_overall", []))
    assert overall == item["overall"], (item["id"], overall, item["overall"])
    return {"density": item["density"], "assessment": {"overall": overall, "by_breast": by},
            "findings": [finding(c) for c in item["find"]]}
