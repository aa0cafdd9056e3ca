"""Shared helpers for held_out_17 (json only; never imports the engine)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
         "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDES = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}


def finding(code):
    """'calc L p s m:punctate,round d:grouped' -> finding dict."""
    parts = code.split()
    kind, side, status = parts[0], parts[1], parts[2]
    f = {"kind": KINDS[kind], "breast": SIDES[side], "status": STATUS[status],
         "stable": False, "morphology": [], "distribution": None}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("m:"):
            f["morphology"] = sorted(set(p[2:].split(",")))
        elif p.startswith("d:"):
            f["distribution"] = p[2:]
        else:
            raise ValueError("bad token %r in %r" % (p, code))
    return f


def worse(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a if ORDER.index(a) >= ORDER.index(b) else b


def expected(density=None, cats="", extra=(), findings=()):
    """cats 'R4A L2' (B = both sides); extra = asserted categories tied to no breast (or a stated overall)."""
    by = {}
    for tok in cats.split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, tok
        for s in ({"R": ["right"], "L": ["left"], "B": ["right", "left"]}[side]):
            by[s] = worse(by.get(s), cat)
    overall = None
    for c in list(by.values()) + list(extra):
        assert c in ORDER, c
        overall = worse(overall, c)
    for c in by.values():
        assert worse(overall, c) == overall
    return {"density": density, "assessment": {"overall": overall, "by_breast": by},
            "findings": [finding(c) for c in findings]}


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]
