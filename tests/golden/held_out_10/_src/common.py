"""Compact gold for held_out_10 (this set's own helper; json only, no engine import).

Finding code: "kind side status [s] [m:a,b] [d:x]"
  kind: calc mass asym ad ln skin other
  side: R L B N   status: p (present) a (absent) q (possible)   s = stable
by_breast: "R4B L2" ; "B2" = both breasts 2 ; "" = {}.
"""
import json, os

KIND = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
        "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDE = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def finding(code):
    parts = code.split()
    kind, side, status = KIND[parts[0]], SIDE[parts[1]], STATUS[parts[2]]
    stable, morph, dist = False, [], None
    for p in parts[3:]:
        if p == "s":
            stable = True
        elif p.startswith("m:"):
            morph = sorted(set(p[2:].split(",")))
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
            out["right"] = cat; out["left"] = cat
        else:
            out[{"R": "right", "L": "left"}[side]] = cat
    return out


def expected(density, overall, bb, codes):
    b = by_breast(bb)
    for c in b.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(c), (overall, bb)
    return {"density": density, "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(c) for c in codes]}


def write(part, items):
    d = os.path.join(ROOT, part)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    ids = set()
    for it in items:
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
        with open(os.path.join(d, it["id"] + ".txt"), "w") as fh:
            fh.write(it["text"].strip("\n") + "\n")
        with open(os.path.join(d, it["id"] + ".expected.json"), "w") as fh:
            json.dump(expected(it["density"], it["overall"], it["bb"], it["f"]), fh, indent=2)
            fh.write("\n")
    print(part, len(items), "items", sum(len(it["f"]) for it in items), "findings")
