"""Compact gold for held_out_5 (json only; never imports the engine)."""
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
            f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d:"):
            f["distribution"] = x[2:]
        else:
            raise ValueError(code)
    return f


def parse_bb(bb):
    """'R4A L2' -> {'right': '4A', 'left': '2'}; 'B2' -> both sides 2."""
    out = {}
    for tok in (bb or "").split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, (bb, cat)
        if side == "B":
            out["right"] = cat
            out["left"] = cat
        else:
            out[{"L": "left", "R": "right"}[side]] = cat
    return out


def expected(density, overall, bb, codes):
    bbo = parse_bb(bb)
    if overall is not None:
        assert overall in ORDER, overall
    for v in bbo.values():
        assert overall is not None and ORDER.index(overall) >= ORDER.index(v), (overall, bb)
    assert density in (None, "a", "b", "c", "d"), density
    return {"density": density, "assessment": {"overall": overall, "by_breast": bbo},
            "findings": [finding(c) for c in codes]}


def write_jsonl(path, prefix, items):
    """items: list of (text, density, overall, bb, codes[, tags]) in id order."""
    with open(path, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            text, density, overall, bb, codes = it[:5]
            rec = {"id": "%s_%03d" % (prefix, i), "text": text.strip("\n"),
                   "expected": expected(density, overall, bb, codes)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_docs(folder, items):
    """items: list of (id, style, text, density, overall, bb, codes)."""
    os.makedirs(folder, exist_ok=True)
    for (iid, _style, text, density, overall, bb, codes) in items:
        with open(os.path.join(folder, iid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text.strip("\n") + "\n")
        with open(os.path.join(folder, iid + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(density, overall, bb, codes), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
