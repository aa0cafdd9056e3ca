"""Check held_out_8 expected files (json only, no engine import)."""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = set(D["category"]["enum"])
BREASTS = set(D["breast"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
KINDS = set(D["finding"]["properties"]["kind"]["enum"])
STATUS = set(D["finding"]["properties"]["status"]["enum"])
DENS = set(SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]) | {None}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(where, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(where, f"keys {sorted(e)}")
    if e.get("density") not in DENS:
        err(where, f"density {e.get('density')}")
    a = e.get("assessment", {})
    if set(a) != {"overall", "by_breast"}:
        err(where, f"assessment keys {sorted(a)}")
    ov, bb = a.get("overall"), a.get("by_breast", {})
    if ov is not None and ov not in CATS:
        err(where, f"overall {ov}")
    if not set(bb) <= {"left", "right"}:
        err(where, f"by_breast keys {sorted(bb)}")
    for side, c in bb.items():
        if c not in CATS:
            err(where, f"by_breast {side} {c}")
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(where, f"overall {ov} less serious than {side} {c}")
    for i, f in enumerate(e.get("findings", [])):
        w = f"{where} finding {i}"
        if set(f) != FKEYS:
            err(w, f"keys {sorted(f)}")
            continue
        if f["kind"] not in KINDS or f["kind"] in {"non_mass", "focus", "implant"}:
            err(w, f"kind {f['kind']}")
        if f["breast"] not in BREASTS:
            err(w, f"breast {f['breast']}")
        if f["status"] not in STATUS:
            err(w, f"status {f['status']}")
        if not isinstance(f["stable"], bool):
            err(w, "stable not bool")
        if not set(f["morphology"]) <= MORPH or f["morphology"] != sorted(set(f["morphology"])):
            err(w, f"morphology {f['morphology']}")
        if f["distribution"] not in DIST:
            err(w, f"distribution {f['distribution']}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on a non-calcification")
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            err(w, "absent finding with descriptors or stable")


seen = set()
stats = {}
for part, prefix in (("teaching", "t8"), ("reports", "r8")):
    d = os.path.join(ROOT, part)
    names = sorted(os.listdir(d))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    exp = {n[:-14] for n in names if n.endswith(".expected.json")}
    if txt != exp:
        err(part, f"unpaired {sorted(txt ^ exp)}")
    nums = []
    for i in sorted(txt):
        m = re.fullmatch(prefix + r"_(\d\d)_[a-z0-9_]+", i)
        if not m:
            err(part, f"bad id {i}")
        else:
            nums.append(int(m.group(1)))
        if i in seen:
            err(part, f"duplicate id {i}")
        seen.add(i)
        if not open(os.path.join(d, i + ".txt")).read().strip():
            err(i, "empty text")
    want = 20 if part == "teaching" else 15
    if nums != list(range(1, want + 1)):
        err(part, f"numbers {nums}")
    c = Counter()
    for i in sorted(exp):
        e = json.load(open(os.path.join(d, i + ".expected.json")))
        check(i, e)
        c["items"] += 1
        c["overall " + str(e["assessment"]["overall"])] += 1
        c["density " + str(e["density"])] += 1
        c["bb " + {0: "empty", 1: "one-sided", 2: "two-sided"}[len(e["assessment"]["by_breast"])]] += 1
        for f in e["findings"]:
            c["findings"] += 1
            c["kind " + f["kind"]] += 1
            c["status " + f["status"]] += 1
            c["breast " + str(f["breast"])] += 1
            c["stable"] += f["stable"]
    stats[part] = c

for part, c in stats.items():
    print(part, dict(sorted(c.items())))
print(f"{len(errors)} errors")
for e in errors:
    print(" ", e)
