"""Compact gold for held_out_8 (json only; no engine import).

A finding is a short code: "calc L p s m:punctate,round d:grouped" = left calcification, present, stable,
punctate + round, grouped. Sides: L R B (both) N (null). Status: p present, a absent, q possible.
by_breast is written "R4A L2"; "B2" means both breasts 2.
"""
import json
import os

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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
            raise ValueError(code)
    return {"kind": kind, "breast": side, "status": status, "stable": stable,
            "morphology": morph, "distribution": dist}


def by_breast(s):
    out = {}
    for tok in s.split():
        side, cat = tok[0], tok[1:]
        if side == "B":
            out["right"] = cat
            out["left"] = cat
        else:
            out[{"R": "right", "L": "left"}[side]] = cat
    return out


def expected(density, overall, bb, findings):
    b = by_breast(bb)
    for c in b.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (overall, bb)
    return {"density": density, "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(f) for f in findings]}


def write(part, items):
    d = os.path.join(ROOT, part)
    os.makedirs(d, exist_ok=True)
    ids = set()
    for it in items:
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
        with open(os.path.join(d, it["id"] + ".txt"), "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        exp = expected(it["density"], it["overall"], it["bb"], it["findings"])
        with open(os.path.join(d, it["id"] + ".expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2)
            fh.write("\n")
    print(part, len(items), "items,", sum(len(i["findings"]) for i in items), "findings")
