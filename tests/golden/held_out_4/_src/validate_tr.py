"""Checks teaching/ and reports/ of held_out_4 (json only; no engine import).
Run: /work/main/.venv/bin/python _src/validate_tr.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = "/work/shared/contracts/findings.schema.json"
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
PARTS = {"teaching": (r"^t4_\d\d_[a-z0-9_]+$", 40), "reports": (r"^r4_\d\d_[a-z0-9_]+$", 30)}

schema = json.load(open(SCHEMA))
D = schema["$defs"]
CATS = set(D["category"]["enum"])
BREASTS = set(D["breast"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
FP = D["finding"]["properties"]
KINDS = set(FP["kind"]["enum"])
STATUS = set(FP["status"]["enum"])
DENS = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}

errors = []
stats = {}


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(where, exp):
    if set(exp) != {"density", "assessment", "findings"}:
        err(where, f"keys {sorted(exp)}")
        return
    if exp["density"] is not None and exp["density"] not in DENS:
        err(where, f"density {exp['density']!r}")
    a = exp["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, f"assessment keys {sorted(a)}")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(where, f"overall {ov!r}")
    if not isinstance(bb, dict) or not set(bb) <= {"left", "right"}:
        err(where, f"by_breast {bb!r}")
    for side, c in bb.items():
        if c not in CATS:
            err(where, f"by_breast {side} {c!r}")
        elif ov is None:
            err(where, "by_breast set but overall null")
        elif ORDER.index(ov) < ORDER.index(c):
            err(where, f"overall {ov} less serious than {side} {c}")
    if bb and ov is not None and ov not in bb.values():
        # allowed only when an unsided category is more serious; flag for manual look
        print(f"note {where}: overall {ov} not among by_breast {bb}")
    for i, f in enumerate(exp["findings"]):
        w = f"{where} finding {i}"
        if set(f) != FKEYS:
            err(w, f"keys {sorted(f)}")
            continue
        if f["kind"] not in KINDS:
            err(w, f"kind {f['kind']!r}")
        if f["breast"] not in BREASTS:
            err(w, f"breast {f['breast']!r}")
        if f["status"] not in STATUS:
            err(w, f"status {f['status']!r}")
        if not isinstance(f["stable"], bool):
            err(w, "stable not bool")
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            err(w, f"morphology {f['morphology']!r}")
        elif f["morphology"] != sorted(f["morphology"]) or len(set(f["morphology"])) != len(f["morphology"]):
            err(w, "morphology not sorted/unique")
        if f["distribution"] not in DIST:
            err(w, f"distribution {f['distribution']!r}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on a non-calcification")
        if f["status"] == "absent" and (f["stable"] or f["morphology"] or f["distribution"]):
            err(w, "absent finding with descriptors or stable")


all_ids = set()
for part, (pat, n) in PARTS.items():
    folder = os.path.join(ROOT, part)
    names = sorted(os.listdir(folder))
    txt = {x[:-4] for x in names if x.endswith(".txt")}
    exp = {x[:-14] for x in names if x.endswith(".expected.json")}
    other = [x for x in names if not (x.endswith(".txt") or x.endswith(".expected.json"))]
    if other:
        err(part, f"stray files {other}")
    if txt != exp:
        err(part, f"unpaired {sorted(txt ^ exp)}")
    if len(txt) != n:
        err(part, f"{len(txt)} items, expected {n}")
    nums = collections.Counter(i.split("_")[1] for i in txt)
    for k, v in nums.items():
        if v > 1:
            err(part, f"number {k} used {v} times")
    c = collections.Counter()
    for i in sorted(txt & exp):
        if not re.match(pat, i):
            err(i, "bad id")
        if i in all_ids:
            err(i, "duplicate id")
        all_ids.add(i)
        e = json.load(open(os.path.join(folder, i + ".expected.json")))
        check(i, e)
        t = open(os.path.join(folder, i + ".txt"), encoding="utf-8").read()
        if not t.strip():
            err(i, "empty text")
        c["items"] += 1
        c["findings"] += len(e.get("findings", []))
    stats[part] = dict(c)

print(stats)
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
