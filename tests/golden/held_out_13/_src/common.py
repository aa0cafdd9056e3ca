"""Compact gold notation for held_out_13 (json only; no engine import).

Finding code: "<kind> <side> <status> [s] [m:a,b] [d:x]"
  kind: calc mass asym ad ln skin other
  side: L R B N (left, right, both, null)
  status: p a q (present, absent, possible); "s" = stable
by_breast: "R4A L2"; "B2" = both 2; a later, more serious category for a side wins.
"""
import json

ATLAS = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KIND = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
        "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDE = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def rank(c):
    return ATLAS.index(c)


def finding(code):
    parts = code.split()
    f = {"kind": KIND[parts[0]], "breast": SIDE[parts[1]], "status": STATUS[parts[2]],
         "stable": False, "morphology": [], "distribution": None}
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


def by_breast(spec):
    out = {}
    for tok in spec.split():
        side, cat = tok[0], tok[1:]
        assert cat in ATLAS, tok
        sides = ["right", "left"] if side == "B" else [SIDE[side]]
        for s in sides:
            if s not in out or rank(cat) > rank(out[s]):
                out[s] = cat
    return out


def expected(density, overall, bb, findings):
    bbd = by_breast(bb)
    if overall is not None:
        assert overall in ATLAS
        for c in bbd.values():
            assert rank(overall) >= rank(c), (overall, bb)
    else:
        assert not bbd, bb
    assert density in (None, "a", "b", "c", "d")
    return {"density": density,
            "assessment": {"overall": overall, "by_breast": bbd},
            "findings": [finding(c) for c in findings]}


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
