"""Checks every expected answer of held_out_16 (json only, no engine import)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
BREASTS = D["breast"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
FP = D["finding"]["properties"]
KINDS = [k for k in FP["kind"]["enum"] if k not in ("non_mass", "focus", "implant")]
STATUS = FP["status"]["enum"]
DENS = [None] + SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(where, exp):
    if set(exp) != {"density", "assessment", "findings"}:
        err(where, f"keys {sorted(exp)}")
        return
    if exp["density"] not in DENS:
        err(where, f"density {exp['density']}")
    a = exp["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, f"assessment keys {sorted(a)}")
        return
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(where, f"overall {ov}")
    if not set(bb) <= {"left", "right"}:
        err(where, f"by_breast keys {sorted(bb)}")
    for side, c in bb.items():
        if c not in CATS:
            err(where, f"by_breast {side} {c}")
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(where, f"overall {ov} less serious than {side} {c}")
    for i, f in enumerate(exp["findings"]):
        w = f"{where} finding {i}"
        if set(f) != FKEYS:
            err(w, f"keys {sorted(f)}")
            continue
        if f["kind"] not in KINDS:
            err(w, f"kind {f['kind']}")
        if f["breast"] not in BREASTS:
            err(w, f"breast {f['breast']}")
        if f["status"] not in STATUS:
            err(w, f"status {f['status']}")
        if not isinstance(f["stable"], bool):
            err(w, "stable not bool")
        if not isinstance(f["morphology"], list) or any(m not in MORPH for m in f["morphology"]):
            err(w, f"morphology {f['morphology']}")
        elif f["morphology"] != sorted(set(f["morphology"])):
            err(w, "morphology not sorted/unique")
        if f["distribution"] not in DIST:
            err(w, f"distribution {f['distribution']}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on a non-calcification")
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            err(w, "absent finding with descriptors or stable")


ids = set()
counts = {}
for part, prefix, n in (("teaching", "t16", 20), ("reports", "r16", 15)):
    folder = os.path.join(ROOT, part)
    names = sorted(os.listdir(folder))
    txt = {x[:-4] for x in names if x.endswith(".txt")}
    js = {x[:-len(".expected.json")] for x in names if x.endswith(".expected.json")}
    stray = [x for x in names if not (x.endswith(".txt") or x.endswith(".expected.json"))]
    if stray:
        err(part, f"stray files {stray}")
    if txt != js:
        err(part, f"unpaired {sorted(txt ^ js)}")
    nums = []
    for i in sorted(txt):
        m = re.fullmatch(prefix + r"_(\d\d)_[a-z0-9_]+", i)
        if not m:
            err(i, "bad id")
        else:
            nums.append(int(m.group(1)))
        if i in ids:
            err(i, "duplicate id")
        ids.add(i)
        if not open(os.path.join(folder, i + ".txt")).read().strip():
            err(i, "empty text")
        if i in js:
            check(i, json.load(open(os.path.join(folder, i + ".expected.json"))))
    if nums != list(range(1, n + 1)):
        err(part, f"numbering {nums}")
    counts[part] = len(txt)

for e in errors:
    print("ERROR", e)
print(f"{counts.get('teaching', 0)} teaching, {counts.get('reports', 0)} reports, {len(errors)} errors")
sys.exit(1 if errors else 0)
