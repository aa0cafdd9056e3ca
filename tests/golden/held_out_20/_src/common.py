"""Compact gold codes -> expected JSON. No engine import."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    parts = code.split()
    kind, side, st = parts[0], parts[1], parts[2]
    f = {"kind": KINDS[kind], "breast": SIDES[side], "status": STATUS[st], "stable": False,
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


def by_breast(s):
    out = {}
    for tok in s.split():
        side = {"R": "right", "L": "left"}[tok[0]]
        out[side] = tok[1:]
    return out


def expected(item):
    bb = by_breast(item["cats"])
    ov = item["overall"]
    for c in bb.values():
        assert ov is not None and ORDER.index(ov) >= ORDER.index(c), (item["id"], ov, c)
    return {"density": item["density"], "assessment": {"overall": ov, "by_breast": bb},
            "findings": [finding(c) for c in item["findings"]]}


def write(folder, items):
    d = os.path.join(ROOT, folder)
    for it in items:
        base = os.path.join(d, it["id"])
        with open(base + ".txt", "w", encoding="utf-8") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(base + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(it), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(folder, len(items), "items written")
