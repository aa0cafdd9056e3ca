"""Check every expected answer of held_out_5 (json only; no engine import).
Run: /work/main/.venv/bin/python validate.py"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = D["category"]["enum"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
BREASTS = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DISTR = D["distribution"]["enum"]
DENS = SCHEMA["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(ORDER) == sorted(CATS)
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def check(where, exp):
    if set(exp) != {"density", "assessment", "findings"}:
        err(where, "top keys %s" % sorted(exp))
        return
    if exp["density"] is not None and exp["density"] not in DENS:
        err(where, "density %r" % exp["density"])
    a = exp["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(where, "assessment keys %s" % sorted(a))
    ov = a.get("overall")
    if ov is not None and ov not in CATS:
        err(where, "overall %r" % ov)
    bb = a.get("by_breast", {})
    if not isinstance(bb, dict) or not set(bb) <= {"left", "right"}:
        err(where, "by_breast %r" % bb)
    for side, c in bb.items():
        if c not in CATS:
            err(where, "by_breast %s %r" % (side, c))
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(where, "overall %r less serious than %s %r" % (ov, side, c))
    if not isinstance(exp["findings"], list):
        err(where, "findings not a list")
        return
    for i, f in enumerate(exp["findings"]):
        w = "%s finding %d" % (where, i)
        if set(f) != FKEYS:
            err(w, "keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS:
            err(w, "kind %r" % f["kind"])
        if f["kind"] in ("non_mass", "focus", "implant"):
            err(w, "kind %r not used in this set" % f["kind"])
        if f["breast"] not in BREASTS:
            err(w, "breast %r" % f["breast"])
        if f["status"] not in STATUS:
            err(w, "status %r" % f["status"])
        if not isinstance(f["stable"], bool):
            err(w, "stable not bool")
        m, d = f["morphology"], f["distribution"]
        if not isinstance(m, list) or any(x not in MORPH for x in m):
            err(w, "morphology %r" % m)
        elif m != sorted(set(m)):
            err(w, "morphology not sorted/unique %r" % m)
        if d not in DISTR:
            err(w, "distribution %r" % d)
        if f["kind"] != "calcification" and (m or d):
            err(w, "morphology/distribution on %s" % f["kind"])
        if f["status"] == "absent" and (m or d or f["stable"]):
            err(w, "absent finding with descriptors or stable")


counts = {}
ids = set()
for part, prefix, n in (("impressions", "imp5", 60), ("phrases", "ph5", 100)):
    path = os.path.join(ROOT, part, part + ".jsonl")
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l]
    if len(lines) != n:
        err(part, "%d lines, expected %d" % (len(lines), n))
    for k, line in enumerate(lines, 1):
        rec = json.loads(line)
        if set(rec) != {"id", "text", "expected"}:
            err(part, "line keys %s" % sorted(rec))
        if rec["id"] != "%s_%03d" % (prefix, k):
            err(part, "id %r at line %d" % (rec["id"], k))
        if rec["id"] in ids:
            err(part, "duplicate id %s" % rec["id"])
        ids.add(rec["id"])
        if not rec["text"].strip():
            err(rec["id"], "empty text")
        check(rec["id"], rec["expected"])
    counts[part] = len(lines)

for part, pat, n in (("teaching", r"^t5_(\d\d)_[a-z0-9_]+$", 20), ("reports", r"^r5_(\d\d)_[a-z0-9_]+$", 15)):
    folder = os.path.join(ROOT, part)
    txts = sorted(glob.glob(os.path.join(folder, "*.txt")))
    exps = sorted(glob.glob(os.path.join(folder, "*.expected.json")))
    if len(txts) != n or len(exps) != n:
        err(part, "%d texts / %d expected, want %d" % (len(txts), len(exps), n))
    nums = set()
    for t in txts:
        iid = os.path.basename(t)[:-4]
        mo = re.match(pat, iid)
        if not mo:
            err(part, "bad id %s" % iid)
            continue
        if mo.group(1) in nums:
            err(part, "duplicate number %s" % iid)
        nums.add(mo.group(1))
        if iid in ids:
            err(part, "duplicate id %s" % iid)
        ids.add(iid)
        ep = os.path.join(folder, iid + ".expected.json")
        if not os.path.exists(ep):
            err(iid, "no expected file")
            continue
        check(iid, json.load(open(ep, encoding="utf-8")))
    for e in exps:
        if not os.path.exists(e[:-len(".expected.json")] + ".txt"):
            err(part, "expected without text: %s" % e)
    if nums != {"%02d" % i for i in range(1, n + 1)}:
        err(part, "numbers not 01..%02d" % n)
    counts[part] = len(txts)

print("counts:", counts)
if errors:
    print("\n".join(errors))
    print("%d errors" % len(errors))
    sys.exit(1)
print("0 errors")
