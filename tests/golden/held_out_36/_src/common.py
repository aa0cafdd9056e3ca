"""Compact gold codes for held_out_36 (own writer; same output keys as held_out_32)."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    parts = code.split()
    kind, side, st = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
    f = {"kind": kind, "breast": side, "status": st, "stable": False, "morphology": [], "distribution": None}
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
    overall = item["overall"]
    most = max(by.values(), key=ORDER.index) if by else None
    if by:
        assert overall is not None and ORDER.index(overall) >= ORDER.index(most), item["id"]
    return {"density": item["density"], "assessment": {"overall": overall, "by_breast": by},
            "findings": [finding(c) for c in item["findings"]]}
