"""Compact codes -> expected JSON for held_out_33 (written by hand; no engine code)."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    parts = code.split()
    kind, side, status = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
    stable, morph, dist = False, [], None
    for p in parts[3:]:
        if p == "s":
            stable = True
        elif p.startswith("m:"):
            morph = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            dist = p[2:]
        else:
            raise ValueError("bad token %r in %r" % (p, code))
    return {"kind": kind, "breast": side, "status": status, "stable": stable,
            "morphology": morph, "distribution": dist}


def categories(cats):
    by = {}
    for tok in cats.split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        sides = ["right", "left"] if side == "B" else [{"R": "right", "L": "left"}[side]]
        for s in sides:
            if s not in by or ORDER.index(cat) > ORDER.index(by[s]):
                by[s] = cat
    return by


def expected(item):
    by = categories(item.get("cats", ""))
    top = max(by.values(), key=ORDER.index) if by else None
    assert item["overall"] == top, (item["id"], item["overall"], top)
    return {"density": None, "assessment": {"overall": item["overall"], "by_breast": by},
            "findings": [finding(c) for c in item["f"]]}
