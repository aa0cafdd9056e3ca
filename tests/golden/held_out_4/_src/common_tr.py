"""Compact gold for held_out_4 teaching/ and reports/ (written by hand; see ../README_teaching_reports.md).

A finding is a short code: "calc L p s m:punctate,round d:grouped" = left calcification, present, stable,
punctate + round, grouped. Sides: L left, R right, B both, N null. Status: p present, a absent, q possible.
"""
import json
import os

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STAT = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    t = code.split()
    f = {"kind": KINDS[t[0]], "breast": SIDES[t[1]], "status": STAT[t[2]], "stable": False,
         "morphology": [], "distribution": None}
    for x in t[3:]:
        if x == "s":
            f["stable"] = True
        elif x.startswith("m:"):
            f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d:"):
            f["distribution"] = x[2:]
        else:
            raise ValueError(code)
    return f


def expected(density, overall, bb, codes):
    bbo = {}
    for k, v in (bb or {}).items():
        bbo[{"L": "left", "R": "right"}[k]] = v
    return {"density": density, "assessment": {"overall": overall, "by_breast": bbo},
            "findings": [finding(c) for c in codes]}


def write_all(items, folder):
    os.makedirs(folder, exist_ok=True)
    ids = set()
    for rid, text, exp in items:
        if rid in ids:
            raise ValueError("duplicate id " + rid)
        ids.add(rid)
        with open(os.path.join(folder, rid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(folder, rid + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, indent=2)
            fh.write("\n")
    print(len(items), "items written to", folder)
