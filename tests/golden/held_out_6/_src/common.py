"""Compact gold for held_out_6 (json only; no engine import).

A finding is a short code: "calc L p s m:punctate,round d:grouped" = left calcification, present, stable,
punctate + round, grouped. Sides: L R B (both) N (null). Status: p present, a absent, q possible.
by_breast is written "R2 L4A"; "B3" means both breasts 3; "" means {}.
"""
import json
import os

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STAT = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": SIDES[t[1]], "status": STAT[t[2]], "stable": False,
         "morphology": [], "distribution": None}
    for x in t[3:]:
        if x == "s":
            f["stable"] = True
        elif x.startswith("m:"):
            f["morphology"] = sorted(set(x[2:].split(",")))
        elif x.startswith("d:"):
            f["distribution"] = x[2:]
        else:
            raise ValueError(code)
    return f


def by_breast(bb):
    out = {}
    for tok in (bb or "").split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        if side == "B":
            out["right"] = cat
            out["left"] = cat
        else:
            out[{"L": "left", "R": "right"}[side]] = cat
    return out


def expected(density, overall, bb, codes):
    bbo = by_breast(bb)
    for v in bbo.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(v), (overall, bb)
    return {"density": density, "assessment": {"overall": overall, "by_breast": bbo},
            "findings": [finding(c) for c in codes]}


def write_jsonl(path, rows):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_item(folder, ident, text, exp):
    base = os.path.join(ROOT, folder, ident)
    with open(base + ".txt", "w", encoding="utf-8") as fh:
        fh.write(text.strip("\n") + "\n")
    with open(base + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
