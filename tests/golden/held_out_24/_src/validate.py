import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
D = schema["$defs"]
CATS = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
BREASTS = D["breast"]["enum"]
STATUS = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DENS = [None, "a", "b", "c", "d"]
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


n_items = n_find = 0
for sub, pref in (("teaching", "t24_"), ("reports", "r24_")):
    d = os.path.join(ROOT, sub)
    names = sorted(os.listdir(d))
    txts = {n[:-4] for n in names if n.endswith(".txt")}
    exps = {n[:-14] for n in names if n.endswith(".expected.json")}
    if txts != exps:
        err(sub, f"unpaired {txts ^ exps}")
    for i in sorted(exps):
        n_items += 1
        if not re.fullmatch(pref + r"\d\d_[a-z0-9_]+", i):
            err(i, "bad id")
        e = json.load(open(os.path.join(d, i + ".expected.json")))
        if set(e) != {"density", "assessment", "findings"}:
            err(i, f"keys {set(e)}")
        if e["density"] not in DENS:
            err(i, "density")
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            err(i, "assessment keys")
        if a["overall"] is not None and a["overall"] not in CATS:
            err(i, "overall enum")
        for side, c in a["by_breast"].items():
            if side not in ("left", "right") or c not in CATS:
                err(i, f"by_breast {side}={c}")
            if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c):
                err(i, f"overall {a['overall']} less serious than {side} {c}")
        if a["by_breast"] and a["overall"] not in a["by_breast"].values():
            err(i, "overall not among by_breast values (check a stated overall)")
        seen_abs = set()
        for f in e["findings"]:
            n_find += 1
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
                err(i, f"finding keys {set(f)}")
            if f["kind"] not in KINDS or f["breast"] not in BREASTS or f["status"] not in STATUS:
                err(i, f"enum {f}")
            if not isinstance(f["stable"], bool):
                err(i, "stable type")
            if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
                err(i, f"morphology {f['morphology']}")
            if f["distribution"] not in DIST:
                err(i, "distribution")
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                err(i, "morphology/distribution on non-calcification")
            if f["status"] == "absent":
                if f["stable"] or f["morphology"] or f["distribution"]:
                    err(i, "absent finding with attributes")
                k = (f["kind"], f["breast"])
                if k in seen_abs:
                    err(i, f"absent twice {k}")
                seen_abs.add(k)
print(f"{n_items} items, {n_find} findings, {len(errors)} errors")
for x in errors:
    print(" ", x)
sys.exit(1 if errors else 0)
