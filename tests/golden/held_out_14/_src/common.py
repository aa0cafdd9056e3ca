"""Compact gold helpers for held_out_14 (json only; never imports the engine)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KIND = {"calc": "calcification", "mass": "mass", "asym": "asymmetry",
        "ad": "architectural_distortion", "ln": "lymph_node", "skin": "skin", "other": "other"}
SIDE = {"L": "left", "R": "right", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]


def finding(code):
    """'calc L p s m:punctate,round d:grouped' -> finding dict ('-' = not stable)."""
    parts = code.split()
    kind, side, status = KIND[parts[0]], SIDE[parts[1]], STATUS[parts[2]]
    stable, morph, dist = False, [], None
    for p in parts[3:]:
        if p == "s":
            stable = True
        elif p == "-":
            pass
        elif p.startswith("m:"):
            morph = sorted(set(p[2:].split(",")))
        elif p.startswith("d:"):
            dist = p[2:]
        else:
            raise ValueError("bad token %r in %r" % (p, code))
    return {"kind": kind, "breast": side, "status": status, "stable": stable,
            "morphology": morph, "distribution": dist}


def by_breast(spec):
    """'R4A L2' -> {'right': '4A', 'left': '2'}; 'B2' -> both breasts 2; '' -> {}."""
    out = {}
    for tok in spec.split():
        side, cat = tok[0], tok[1:]
        assert cat in ORDER, (spec, cat)
        if side == "B":
            out["right"] = cat
            out["left"] = cat
        else:
            out[{"R": "right", "L": "left"}[side]] = cat
    return out


def expected(density, overall, bb, codes):
    bbd = by_breast(bb)
    if overall is not None:
        assert overall in ORDER, overall
        for c in bbd.values():
            assert ORDER.index(overall) >= ORDER.index(c), (overall, bbd)
    else:
        assert not bbd
    assert density in (None, "a", "b", "c", "d")
    return {"density": density,
            "assessment": {"overall": overall, "by_breast": bbd},
            "findings": [finding(c) for c in codes]}


def write_items(part, items):
    folder = os.path.join(ROOT, part)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    ids = set()
    for it in items:
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
        text = it["text"].strip("\n") + "\n"
        exp = expected(it["density"], it["overall"], it["bb"], it["f"])
        with open(os.path.join(folder, it["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(folder, it["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("%s: %d items, %d findings" % (part, len(items), sum(len(i["f"]) for i in items)))
