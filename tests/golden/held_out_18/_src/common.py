"""Compact gold codes -> expected JSON. JSON only; never imports the engine.

Finding code: "<kind> <side> <status> [s] [m:a,b] [d:dist]"
  kind: calc mass asym ad ln skin other ; side: L R B N ; status: p a q ; s = stable
Categories: "R4A L2", "B2" (both breasts 2), "" = {}.
"""
import json, os

KIND = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDE = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def finding(code):
    parts = code.split()
    f = {"kind": KIND[parts[0]], "breast": SIDE[parts[1]], "status": STATUS[parts[2]], "stable": False,
         "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(set(p[2:].split(",")))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError(code)
    return f


def by_breast(cats):
    out = {}
    for tok in cats.split():
        side, cat = tok[0], tok[1:]
        sides = ["right", "left"] if side == "B" else [{"R": "right", "L": "left"}[side]]
        for s in sides:
            if s in out and ORDER.index(out[s]) >= ORDER.index(cat):
                continue
            out[s] = cat
    return out


def expected(item):
    bb = by_breast(item["cats"])
    overall = item["overall"]
    for c in bb.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (item["id"], overall, c)
    return {"density": item["density"], "assessment": {"overall": overall, "by_breast": bb},
            "findings": [finding(c) for c in item["find"]]}


def write(items, sub):
    d = os.path.join(SET, sub)
    os.makedirs(d, exist_ok=True)
    for it in items:
        text = it["text"].strip("\n") + "\n"
        with open(os.path.join(d, it["id"] + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(d, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it), fh, indent=2)
            fh.write("\n")
    print(sub, len(items), "items,", sum(len(i["find"]) for i in items), "findings")
