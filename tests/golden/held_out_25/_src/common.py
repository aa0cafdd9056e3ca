"""Compact gold codes -> expected dicts (json/stdlib only)."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KIND = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    parts = code.split()
    kind, side, status = KIND[parts[0]], SIDE[parts[1]], STATUS[parts[2]]
    stable, morph, dist = False, [], None
    for p in parts[3:]:
        if p == "s":
            stable = True
        elif p.startswith("m:"):
            morph = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            dist = p[2:]
        else:
            raise ValueError(code)
    return {"kind": kind, "breast": side, "status": status, "stable": stable,
            "morphology": morph, "distribution": dist}


def cats(code):
    out = {}
    for tok in code.split():
        side, cat = {"R": ["right"], "L": ["left"], "B": ["right", "left"]}[tok[0]], tok[1:]
        for s in side:
            if s in out:
                cat = max(cat, out[s], key=ORDER.index)
            out[s] = cat
    return out


def expected(density, overall, catcode, finds, extra=()):
    bb = cats(catcode)
    today = list(bb.values()) + list(extra)
    want = max(today, key=ORDER.index) if today else None
    assert overall == want, (overall, want, catcode)
    return {"density": density, "assessment": {"overall": overall, "by_breast": bb},
            "findings": [finding(f) for f in finds]}
