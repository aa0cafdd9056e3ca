"""Compact gold for modalities_8 and the writer of <id>.txt + <id>.expected.json (json only, no engine import).

Finding code: "<kind> <side> <status> [s] key=value ..."
  side: R L B N (right, left, both, null); status: p present, a absent, q possible; "s" = stable.
  m=a,b  calcification morphology (comma list)      d=grouped  calcification distribution
  sh shape, mg margin, md mass_density, or orientation, ep echo_pattern, pf posterior_features, va vascularity,
  el elasticity, ie internal_enhancement, nd nme_distribution, ki kinetics_initial, kd kinetics_delayed,
  ir implant_rupture
  @10:00 clock, q=uo quadrant, dp=middle depth, z=12 size_mm
Report gold keys: id, text, mods, purpose, density, fgt, bpe ("level/symmetry", "-" = null), overall,
bb ("R4B L2"), f (list of codes), rec (list of kinds), tags (bookkeeping only, not written).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

SIDES = {"R": "right", "L": "left", "B": "both", "N": None}
STATUS = {"p": "present", "a": "absent", "q": "possible"}
DESC = [("sh", "shape"), ("mg", "margin"), ("md", "mass_density"), ("or", "orientation"),
        ("ep", "echo_pattern"), ("pf", "posterior_features"), ("va", "vascularity"), ("el", "elasticity"),
        ("ie", "internal_enhancement"), ("nd", "nme_distribution"), ("ki", "kinetics_initial"),
        ("kd", "kinetics_delayed"), ("ir", "implant_rupture")]
DESC_MAP = dict(DESC)
QUAD = {"uo": "upper_outer", "ui": "upper_inner", "lo": "lower_outer", "li": "lower_inner", "c": "central",
        "sa": "subareolar", "at": "axillary_tail"}


def finding(code):
    parts = code.split()
    kind, side, st = parts[0], parts[1], parts[2]
    f = {"kind": kind, "breast": SIDES[side], "status": STATUS[st], "stable": False,
         "morphology": [], "distribution": None, "descriptors": {}}
    loc = {}
    size = None
    desc = {}
    for p in parts[3:]:
        if p == "s":
            f["stable"] = True
        elif p.startswith("@"):
            loc["clock"] = p[1:]
        elif "=" in p:
            k, v = p.split("=", 1)
            if k == "m":
                f["morphology"] = sorted(v.split(","))
            elif k == "d":
                f["distribution"] = v
            elif k == "q":
                loc["quadrant"] = QUAD[v]
            elif k == "dp":
                loc["depth"] = v
            elif k == "z":
                size = float(v) if "." in v else int(v)
            elif k in DESC_MAP:
                desc[DESC_MAP[k]] = v
            else:
                raise ValueError("unknown key %r in %r" % (k, code))
        else:
            raise ValueError("bad token %r in %r" % (p, code))
    f["descriptors"] = {name: desc[name] for _, name in DESC if name in desc}
    if loc:
        f["location"] = {k: loc[k] for k in ("clock", "quadrant", "depth") if k in loc}
    if size is not None:
        f["size_mm"] = size
    return f


def bpe(v):
    if v is None:
        return None
    level, sym = v.split("/")
    return {"level": level, "symmetry": None if sym == "-" else sym}


def by_breast(bb):
    out = {}
    for tok in (bb or "").split():
        out[SIDES[tok[0]]] = tok[1:]
    return out


def expected(r):
    return {
        "exam": {"modalities": list(r["mods"]), "purpose": r["purpose"]},
        "density": r.get("density"),
        "fibroglandular_tissue": {"category": r["fgt"]} if r.get("fgt") else None,
        "background_enhancement": bpe(r.get("bpe")),
        "assessment": {"overall": r.get("overall"), "by_breast": by_breast(r.get("bb"))},
        "findings": [finding(c) for c in r["f"]],
        "recommendations": sorted(set(r.get("rec", []))),
    }


def write(reports):
    for r in reports:
        text = r["text"]
        if not text.endswith("\n"):
            text += "\n"
        with open(os.path.join(OUT, r["id"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT, r["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected(r), fh, indent=2, ensure_ascii=False)
            fh.write("\n")


def hard_wrap(text, width):
    """Patient-portal style: every line cut at a fixed column, even inside a word."""
    out = []
    for line in text.split("\n"):
        if not line:
            out.append("")
            continue
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def narrow_wrap(text, width):
    """Portal view that re-flows at spaces to a narrow column and double-spaces the lines."""
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                out.append("")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        out.append("")
    return "\n".join(out)
