"""Compact gold for held_out_16 (json only; no engine import).

A finding is a short code: "calc L p s m:punctate,round d:grouped" = left calcification, present, stable,
punctate + round, grouped. Sides R L B(both) N(null); status p(present) a(absent) q(possible); 's' = stable.
by_breast is written "R4A L2"; "B2" = both breasts 2; "" = {}.
"""
import json, os

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    parts = code.split()
    f = {"kind": KINDS[parts[0]], "breast": SIDES[parts[1]], "status": STATUS[parts[2]], "stable": False,
         "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError(code)
    return f


def by_breast(s):
    out = {}
    for tok in s.split():
        side, cat = tok[0], tok[1:]
        if side == "B":
            out["right"] = cat
            out["left"] = cat
        else:
            out[SIDES[side]] = cat
    return out


def expected(item):
    bb = by_breast(item["bb"])
    overall = item["overall"]
    for c in bb.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (item["id"], overall, c)
    assert (overall is None) == (not bb) or overall is not None, item["id"]
    return {"density": item["density"], "assessment": {"overall": overall, "by_breast": bb},
            "findings": [finding(c) for c in item["findings"]]}


def write(items, folder):
    os.makedirs(folder, exist_ok=True)
    for it in items:
        text = it["text"].strip("\n") + "\n"
        with open(os.path.join(folder, it["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(folder, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2)
            fh.write("\n")
    print(f"wrote {len(items)} items to {folder}")
