"""Compact gold notation for held_out_9 (json only; never imports the engine).

Finding code: "<kind> <side> <status> [s] [m:a,b] [d:x]"
  kind: calc mass asym ad ln skin other
  side: R L B N   status: p (present) a (absent) q (possible)   s = stable
by_breast code: "R4A L2", "B2" (both), "" (none). A later, more serious category for one side wins.
"""
import json

KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
         "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def rank(c):
    return ORDER.index(c)


def finding(code):
    parts = code.split()
    kind, side, status = KINDS[parts[0]], SIDES[parts[1]], STATUS[parts[2]]
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


def by_breast(code):
    out = {}
    for tok in code.split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        for s in (["right", "left"] if side == "B" else [SIDES[side]]):
            if s not in out or rank(cat) > rank(out[s]):
                out[s] = cat
    return out


def expected(density, overall, bb, findings):
    b = by_breast(bb)
    if b:
        assert overall is not None
    for c in b.values():
        assert rank(overall) >= rank(c), (overall, b)
    return {"density": density,
            "assessment": {"overall": overall, "by_breast": b},
            "findings": [finding(f) for f in findings]}


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
