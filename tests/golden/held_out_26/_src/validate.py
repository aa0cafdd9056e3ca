"""Checks the written gold (json files only). Usage: validate.py [ROOT]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(CATS) == sorted(ORDER)
KINDS = D["finding"]["properties"]["kind"]["enum"]
BREASTS = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = S["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check(where, e):
    if set(e) != {"density", "assessment", "findings"}:
        err(where, f"top keys {sorted(e)}")
        return
    if e["density"] is not None and e["density"] not in DENS:
        err(where, f"density {e['density']}")
    a = e["assessment"]
    if not isinstance(a, dict) or set(a) != {"overall", "by_breast"}:
        err(where, f"assessment keys {a}")
        return
    bb = a["by_breast"]
    for k, v in bb.items():
        if k not in ("left", "right"):
            err(where, f"by_breast key {k}")
        if v not in CATS:
            err(where, f"by_breast value {v}")
    ov = a["overall"]
    if ov is not None and ov not in CATS:
        err(where, f"overall {ov}")
    if bb:
        worst = max(bb.values(), key=lambda c: ORDER.index(c) if c in ORDER else -1)
        if ov != worst:
            err(where, f"overall {ov} != most serious of by_breast {worst}")
    seen_absent = set()
    for i, f in enumerate(e["findings"]):
        w = f"{where} finding {i}"
        if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
            err(w, f"keys {sorted(f)}")
            continue
        if f["kind"] not in KINDS: err(w, f"kind {f['kind']}")
        if f["breast"] not in BREASTS: err(w, f"breast {f['breast']}")
        if f["status"] not in STATUS: err(w, f"status {f['status']}")
        if not isinstance(f["stable"], bool): err(w, "stable not bool")
        if not isinstance(f["morphology"], list): err(w, "morphology not list")
        else:
            for m in f["morphology"]:
                if m not in MORPH: err(w, f"morphology {m}")
            if f["morphology"] != sorted(f["morphology"]): err(w, "morphology not sorted")
        if f["distribution"] not in DIST: err(w, f"distribution {f['distribution']}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on a non-calcification")
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"]:
                err(w, "absent finding with attributes")
            key = (f["kind"], f["breast"])
            if key in seen_absent: err(w, f"absent {key} twice")
            seen_absent.add(key)


ids = set()
p = os.path.join(ROOT, "impressions", "impressions.jsonl")
n_imp = 0
for ln, line in enumerate(open(p), 1):
    d = json.loads(line)
    if set(d) != {"id", "text", "expected"}: err(f"line {ln}", f"keys {sorted(d)}")
    if not re.fullmatch(r"imp26_\d{3}", d.get("id", "")): err(f"line {ln}", f"id {d.get('id')}")
    if d.get("id") in ids: err(f"line {ln}", "duplicate id")
    ids.add(d.get("id"))
    if not d.get("text", "").strip(): err(f"line {ln}", "empty text")
    check(d.get("id"), d.get("expected", {}))
    n_imp += 1
tdir = os.path.join(ROOT, "teaching")
names = sorted(os.listdir(tdir))
txt = {n[:-4] for n in names if n.endswith(".txt")}
exp = {n[:-len(".expected.json")] for n in names if n.endswith(".expected.json")}
for n in names:
    if not (n.endswith(".txt") or n.endswith(".expected.json")): err(n, "stray file")
for s in txt ^ exp: err(s, "unpaired file")
for s in sorted(exp):
    if not re.fullmatch(r"t26_\d\d_[a-z0-9_]+", s): err(s, "bad id")
    check(s, json.load(open(os.path.join(tdir, s + ".expected.json"))))
nf = 0
print(f"{n_imp} impressions, {len(exp)} teaching items, {len(errors)} errors")
for e in errors: print("  " + e)
sys.exit(1 if errors else 0)
