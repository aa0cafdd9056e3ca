"""Shared helpers for held_out_23 (json/stdlib only; no engine import)."""
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
    """'calc L p s m:punctate,round d:grouped' -> gold finding dict."""
    parts = code.split()
    kind, side, st = parts[0], parts[1], parts[2]
    f = {"kind": KINDS[kind], "breast": SIDES[side], "status": STATUS[st], "stable": False,
         "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(set(p[2:].split(",")))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError("bad token %r in %r" % (p, code))
    return f


def expected(item):
    """item: dict(cats='R4A L2' / 'B2', extra='2', overall='4A' or None, density, f=[codes])."""
    by = {}
    for c in item.get("cats", "").split():
        side, cat = c[0], c[1:]
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            by[s] = worse(by.get(s), cat)
    allc = list(by.values()) + item.get("extra", "").split()
    ov = None
    for c in allc:
        ov = worse(ov, c)
    assert ov == item.get("overall"), (item["text"][:60], ov, item.get("overall"))
    ordered = {k: by[k] for k in ("right", "left") if k in by}
    return {"density": item.get("density"),
            "assessment": {"overall": ov, "by_breast": ordered},
            "findings": [finding(c) for c in item.get("f", [])]}
