"""Compact codes -> expected JSON (held_out_34)."""
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    parts = code.split()
    kind, side, status = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
    stable, morph, dist = False, [], None
    for p in parts[3:]:
        if p == "s":
            stable = True
        elif p.startswith("m:"):
            morph = sorted(p[2:].split("+"))
        elif p.startswith("d:"):
            dist = p[2:]
        else:
            raise ValueError(code)
    return {"kind": kind, "breast": side, "status": status, "stable": stable,
            "morphology": morph, "distribution": dist}


def cats(code):
    out = {}
    for tok in code.split():
        side, cat = tok[0], tok[1:]
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            if s in out and ORDER.index(out[s]) >= ORDER.index(cat):
                continue
            out[s] = cat
    return out


def expected(item):
    by = cats(item["cats"])
    top = max(by.values(), key=ORDER.index) if by else None
    assert top == item["overall"], (item["id"], top, item["overall"])
    return {"density": item["density"],
            "assessment": {"overall": item["overall"], "by_breast": by},
            "findings": [finding(c) for c in item["findings"]]}
