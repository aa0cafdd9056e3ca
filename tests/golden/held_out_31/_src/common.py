"""Short codes -> gold. Finding code: 'kind side status [s] [m:a,b] [d:dist]'.
kind: calc mass asym ad ln skin other; side R L B N; status p a q (present/absent/possible); s = stable.
Categories: 'R4A L2' (B3 = both breasts); overall is written by hand and checked here."""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
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


def by_breast(cats):
    out = {}
    for c in cats.split():
        side, cat = c[0], c[1:]
        sides = ["right", "left"] if side == "B" else [SIDES[side]]
        for s in sides:
            old = out.get(s)
            if old is None or ORDER.index(cat) > ORDER.index(old):
                out[s] = cat
    return {k: out[k] for k in ("right", "left") if k in out}


def expected(item):
    bb = by_breast(item.get("cats", ""))
    overall = item["overall"]
    if bb:
        top = max(bb.values(), key=ORDER.index)
        assert overall == top, (item["id"], overall, top)
    return {"density": None, "assessment": {"overall": overall, "by_breast": bb},
            "findings": [finding(c) for c in item.get("f", [])]}
