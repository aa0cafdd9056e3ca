"""Codes -> gold for held_out_35 (written by hand, never from the engine)."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def worst(cats):
    return max(cats, key=ORDER.index) if cats else None


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
            raise ValueError("bad code part %r in %r" % (p, code))
    return {"kind": kind, "breast": side, "status": status, "stable": stable,
            "morphology": morph, "distribution": dist}


def expected(cats, overall, findings):
    """cats: 'R4A L2' (B3 = both); a side written twice keeps the more serious."""
    byb = {}
    for tok in cats.split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            byb[s] = worst([c for c in (byb.get(s), cat) if c])
    byb = {k: byb[k] for k in ("right", "left") if k in byb}
    if byb:
        assert overall == worst(list(byb.values())), (cats, overall)
    return {"density": None, "assessment": {"overall": overall, "by_breast": byb},
            "findings": [finding(c) for c in findings]}
