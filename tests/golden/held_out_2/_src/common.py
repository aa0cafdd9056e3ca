"""Shared helpers: compact finding codes -> expected finding dicts.

Code: "<kind> <side> <status> [s] [m:<morph>,<morph>] [d:<distribution>]"
kind: calc mass asym ad ln skin other; side: L R B N; status: p (present) q (possible) a (absent);
s = stable.
"""
import json

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "q": "possible", "a": "absent"}


def F(code):
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


def expected(density, overall, by_breast, codes):
    bb = {}
    for k, v in (by_breast or {}).items():
        bb[{"L": "left", "R": "right"}[k]] = v
    return {"density": density, "assessment": {"overall": overall, "by_breast": bb},
            "findings": [F(c) for c in codes]}
