"""Short codes -> gold for held_out_37 (own code, written for this set)."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def worst(cats):
    cats = [c for c in cats if c is not None]
    return max(cats, key=ORDER.index) if cats else None


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


def by_breast(cats):
    """'R4A L2' -> {'right': '4A', 'left': '2'}; 'B2' both; a side twice keeps the more serious."""
    out = {}
    for tok in (cats or "").split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        for s in ({"R": ["right"], "L": ["left"], "B": ["right", "left"]}[side]):
            out[s] = worst([out.get(s), cat])
    return {k: out[k] for k in ("right", "left") if k in out}


def expected(item):
    bb = by_breast(item.get("cats", ""))
    overall = item["overall"]
    extra = item.get("extra_cats", [])
    assert overall == worst(list(bb.values()) + extra), (item["n"], overall, bb)
    return {"density": None, "assessment": {"overall": overall, "by_breast": bb},
            "findings": [finding(c) for c in item["find"]]}
