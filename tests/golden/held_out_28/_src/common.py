"""Compact gold codes for held_out_28 (written by hand, never from the engine).

Finding code: "<kind> <side> <status> [s] [m:a,b] [d:dist]"
  kind  calc mass asym ad ln skin other
  side  R L B N   (right, left, both, null)
  status p a q    (present, absent, possible)
  s     stable
Categories: "R4A L2" ("B3" both breasts; a side given twice keeps the more serious).
"""
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
         "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def worst(cats):
    cats = [c for c in cats if c is not None]
    return max(cats, key=ORDER.index) if cats else None


def finding(code):
    parts = code.split()
    kind, side, status = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
    f = {"kind": kind, "breast": side, "status": status, "stable": False,
         "morphology": [], "distribution": None}
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
            out[s] = worst([out.get(s), cat])
    return {k: out[k] for k in ("right", "left") if k in out}


def expected(item):
    bb = by_breast(item.get("cats", ""))
    overall = item.get("overall")
    calc = worst(list(bb.values()) + item.get("extra", []) + ([overall] if overall else []))
    assert overall == calc, (item["id"], overall, calc)
    return {"density": item.get("density"),
            "assessment": {"overall": overall, "by_breast": bb},
            "findings": [finding(c) for c in item.get("f", [])]}
