"""Shared helpers for the held_out_4 impressions and phrases generators (json only).

A finding is written as a short code: "calc L p s m:punctate,round d:grouped"
  kind:   calc mass asym ad ln skin other
  breast: R L B (both) N (null)
  status: p (present) q (possible) a (absent)
  's' = stable; 'm:' morphology list (comma separated); 'd:' distribution
Categories per breast are written "R2 L4A" (B3 = both breasts 3).
"""
import json
import os

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
         "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin",
         "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "q": "possible", "a": "absent"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": SIDES[t[1]], "status": STATUS[t[2]],
         "stable": False, "morphology": [], "distribution": None}
    for x in t[3:]:
        if x == "s":
            f["stable"] = True
        elif x.startswith("m:"):
            f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d:"):
            f["distribution"] = x[2:]
        else:
            raise ValueError("bad token %r in %r" % (x, code))
    return f


def by_breast(spec):
    out = {}
    for tok in (spec or "").split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        if side == "B":
            out["right"] = cat
            out["left"] = cat
        else:
            out[SIDES[side]] = cat
    return out


def expected(density, overall, bb, findings):
    b = by_breast(bb)
    # overall is given by hand; check it is never less serious than a breast
    for c in b.values():
        assert overall is not None and ORDER.index(c) <= ORDER.index(overall), (overall, b)
    return {"density": density,
            "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(c) for c in findings]}


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
