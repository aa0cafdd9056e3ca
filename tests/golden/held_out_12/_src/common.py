"""Compact gold -> expected JSON (json only; no engine import)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    """"calc L p s m:punctate,round d:grouped" -> finding dict (s = stable, - = not stable)."""
    parts = code.split()
    kind, side, st, stab = parts[:4]
    morph, dist = [], None
    for p in parts[4:]:
        if p.startswith("m:"):
            morph = sorted(p[2:].split(","))
        elif p.startswith("d:"):
            dist = p[2:]
        else:
            raise ValueError(code)
    assert stab in ("s", "-"), code
    return {"kind": KINDS[kind], "breast": SIDES[side], "status": STATUS[st], "stable": stab == "s",
            "morphology": morph, "distribution": dist}


def by_breast(s):
    out = {}
    for tok in s.split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, s
        for sd in (["right", "left"] if side == "B" else [SIDES[side]]):
            out[sd] = cat
    return out


def expected(density, overall, bb, codes):
    bbd = by_breast(bb)
    for c in bbd.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (overall, bb)
    return {"density": density, "assessment": {"overall": overall, "by_breast": bbd},
            "findings": [finding(c) for c in codes]}


def write(part, items):
    d = os.path.join(ROOT, part)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    ids = set()
    for it in items:
        iid = it["id"]
        assert iid not in ids, iid
        ids.add(iid)
        with open(os.path.join(d, iid + ".txt"), "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(os.path.join(d, iid + ".expected.json"), "w") as fh:
            json.dump(expected(it["density"], it["overall"], it["bb"], it["f"]), fh, indent=2)
            fh.write("\n")
    print(part, len(items))
