"""Compact gold codes for held_out_38 (same code forms as earlier sets' READMEs describe).

finding: "calc L p s m:amorphous d:grouped"  kinds calc mass asym ad ln skin other; sides R L B N;
status p (present) a (absent) q (possible); optional s = stable; m: morphology (comma list); d: distribution.
categories: "R4A L2" (B2 = both breasts; a side given twice keeps the more serious).
"""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def worse(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a if ORDER.index(a) >= ORDER.index(b) else b


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
            raise ValueError("bad token %r in %r" % (p, code))
    return f


def by_breast(cats):
    out = {}
    for tok in cats.split():
        side, cat = tok[0], tok[1:]
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            out[s] = worse(out.get(s), cat)
    return out


def expected(item):
    bb = by_breast(item["cats"])
    most = None
    for c in bb.values():
        most = worse(most, c)
    for c in item.get("extra_overall", []):  # a category stated as overall only
        most = worse(most, c)
    assert item["overall"] == most, (item["id"], item["overall"], most)
    return {"density": item["density"],
            "assessment": {"overall": item["overall"], "by_breast": bb},
            "findings": [finding(c) for c in item["findings"]]}
