"""Compact gold notation for held_out_7 (json only; never imports the engine).

A finding is a short code: "calc L p s m:punctate,round d:grouped"
  kind: calc mass asym ad ln skin other
  breast: L R B N   status: p (present) a (absent) q (possible)   s = stable
  m:<morphology slugs, comma-separated>  d:<distribution slug>
by_breast is written "R4A L2"; "B2" gives both breasts 2.
"""
import json

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
         "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin", "other": "other"}
BREAST = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    parts = code.split()
    kind, side, st = parts[0], parts[1], parts[2]
    f = {"kind": KINDS[kind], "breast": BREAST[side], "status": STATUS[st], "stable": False,
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


def by_breast(spec):
    out = {}
    for tok in (spec or "").split():
        side, cat = tok[0], tok[1:]
        sides = ["right", "left"] if side == "B" else [{"R": "right", "L": "left"}[side]]
        for s in sides:
            if s in out and ORDER.index(out[s]) > ORDER.index(cat):
                continue
            out[s] = cat
    return out


def expected(density, overall, bb, codes):
    b = by_breast(bb)
    for c in b.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (overall, bb)
    return {"density": density, "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(c) for c in codes]}


def write_jsonl(path, rows):
    with open(path, "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
