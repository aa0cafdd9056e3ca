"""Compact gold codes -> expected dicts (json only; no engine import)."""
import json, os

ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry", "ad": "architectural_distortion",
         "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def worse(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a if ORDER.index(a) >= ORDER.index(b) else b


def finding(code):
    parts = code.split()
    kind, side, st = parts[0], parts[1], parts[2]
    f = {"kind": KINDS[kind], "breast": SIDES[side], "status": STATUS[st], "stable": False,
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


def expected(item):
    by = {}
    for tok in item.get("cats", "").split():
        side = {"R": "right", "L": "left"}
        if tok[0] == "B":
            for s in ("right", "left"):
                by[s] = worse(by.get(s), tok[1:])
        else:
            by[side[tok[0]]] = worse(by.get(side[tok[0]]), tok[1:])
    overall = None
    for c in list(by.values()) + list(item.get("extra", [])):
        overall = worse(overall, c)
    if "overall" in item:
        assert item["overall"] == overall, (item.get("id"), item["overall"], overall)
    for c in by.values():
        assert worse(overall, c) == overall
    return {"density": item.get("density"),
            "assessment": {"overall": overall, "by_breast": by},
            "findings": [finding(c) for c in item.get("f", [])]}


def write_jsonl(path, prefix, items):
    with open(path, "w") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": "%s_%03d" % (prefix, i), "text": it["text"], "expected": expected(it)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(items)
