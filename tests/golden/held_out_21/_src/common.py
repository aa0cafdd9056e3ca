"""Shared helpers: short finding codes -> expected dicts (json/stdlib only)."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": SIDES[t[1]], "status": STATUS[t[2]], "stable": False,
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


def worse(a, b):
    return a if ORDER.index(a) >= ORDER.index(b) else b


def expected(item):
    """item: dict with cats ('R4A L2', 'B2'), extra (unsided categories), overall (by hand), density, f."""
    bb = {}
    for c in item.get("cats", "").split():
        sides = ["right", "left"] if c[0] == "B" else [{"R": "right", "L": "left"}[c[0]]]
        for s in sides:
            bb[s] = worse(bb[s], c[1:]) if s in bb else c[1:]
    allc = list(bb.values()) + item.get("extra", [])
    comp = None
    for c in allc:
        comp = c if comp is None else worse(comp, c)
    assert comp == item["overall"], (item["text"][:60], comp, item["overall"])
    return {"density": item.get("density"),
            "assessment": {"overall": item["overall"], "by_breast": bb},
            "findings": [finding(c) for c in item.get("f", [])]}
