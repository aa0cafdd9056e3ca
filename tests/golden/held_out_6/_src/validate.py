"""Checks every gold answer of held_out_6 (json only, no engine import)."""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CATS = set(D["category"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
BREASTS = set(D["breast"]["enum"])
FP = D["finding"]["properties"]
KINDS = set(FP["kind"]["enum"]) - {"non_mass", "focus", "implant"}
STATUS = set(FP["status"]["enum"])
DENS = {"a", "b", "c", "d", None}
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
errors = []


def err(ident, msg):
    errors.append("%s: %s" % (ident, msg))


def check(ident, exp):
    if set(exp) != {"density", "assessment", "findings"}:
        err(ident, "top keys %s" % sorted(exp))
        return
    if exp["density"] not in DENS:
        err(ident, "density")
    a = exp["assessment"]
    if set(a) != {"overall", "by_breast"}:
        err(ident, "assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CATS:
        err(ident, "overall %r" % ov)
    if not set(bb) <= {"left", "right"}:
        err(ident, "by_breast keys")
    for v in bb.values():
        if v not in CATS:
            err(ident, "by_breast value %r" % v)
        elif ov is None or ORDER.index(ov) < ORDER.index(v):
            err(ident, "overall %r less serious than a breast %r" % (ov, v))
    for f in exp["findings"]:
        if set(f) != FKEYS:
            err(ident, "finding keys %s" % sorted(f))
            continue
        if f["kind"] not in KINDS or f["breast"] not in BREASTS or f["status"] not in STATUS:
            err(ident, "finding enum %s" % f)
        if not isinstance(f["stable"], bool):
            err(ident, "stable not bool")
        if any(m not in MORPH for m in f["morphology"]) or f["distribution"] not in DIST:
            err(ident, "descriptor enum %s" % f)
        if f["morphology"] != sorted(set(f["morphology"])):
            err(ident, "morphology not sorted/unique")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(ident, "descriptors on %s" % f["kind"])
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            err(ident, "absent finding with descriptors or stable")


ids = set()
counts = {}
for part, prefix, n in (("impressions", "imp6", 50), ("phrases", "ph6", 80)):
    lines = open(os.path.join(ROOT, part, part + ".jsonl"), encoding="utf-8").read().splitlines()
    got = []
    for ln in lines:
        r = json.loads(ln)
        if set(r) != {"id", "text", "expected"} or not r["text"].strip():
            err(r.get("id"), "line keys/text")
        if r["id"] in ids:
            err(r["id"], "duplicate id")
        ids.add(r["id"])
        got.append(r["id"])
        check(r["id"], r["expected"])
    if got != ["%s_%03d" % (prefix, i) for i in range(1, n + 1)]:
        err(part, "ids not %s_001..%03d in order" % (prefix, n))
    counts[part] = (len(lines), sum(len(json.loads(x)["expected"]["findings"]) for x in lines))
for part, prefix, n in (("teaching", "t6", 15), ("reports", "r6", 15)):
    txts = sorted(glob.glob(os.path.join(ROOT, part, "*.txt")))
    exps = sorted(glob.glob(os.path.join(ROOT, part, "*.expected.json")))
    if [t[:-4] for t in txts] != [e[:-14] for e in exps]:
        err(part, "txt/expected mismatch")
    nums = []
    nf = 0
    for t in txts:
        ident = os.path.basename(t)[:-4]
        m = re.fullmatch(prefix + r"_(\d\d)_[a-z0-9_]+", ident)
        if not m:
            err(ident, "bad id")
            continue
        nums.append(int(m.group(1)))
        if ident in ids:
            err(ident, "duplicate id")
        ids.add(ident)
        if not open(t, encoding="utf-8").read().strip():
            err(ident, "empty text")
        exp = json.load(open(t[:-4] + ".expected.json", encoding="utf-8"))
        check(ident, exp)
        nf += len(exp["findings"])
    if sorted(nums) != list(range(1, n + 1)):
        err(part, "numbers %s" % nums)
    counts[part] = (len(txts), nf)
for k, (n, nf) in counts.items():
    print("%-12s %3d items %4d findings" % (k, n, nf))
print("%d errors" % len(errors))
for e in errors:
    print("  " + e)
