"""Checks every expected answer against the schema enums and the annotation rules (json/stdlib only)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
defs = schema["$defs"]
CATS = defs["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = defs["finding"]["properties"]["kind"]["enum"]
BREASTS = defs["breast"]["enum"]
STATUS = defs["finding"]["properties"]["status"]["enum"]
MORPH = defs["morphology"]["enum"]
DIST = defs["distribution"]["enum"]
DENS = schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"]
errors = []
for sub, prefix, n in [("impressions", "imp21", 60), ("phrases", "ph21", 90)]:
    lines = [json.loads(l) for l in open(os.path.join(ROOT, sub, sub + ".jsonl"), encoding="utf-8")]
    if len(lines) != n:
        errors.append("%s: %d lines" % (sub, len(lines)))
    ids = [l["id"] for l in lines]
    if ids != ["%s_%03d" % (prefix, i) for i in range(1, n + 1)]:
        errors.append(sub + ": ids")
    for l in lines:
        e, i = l["expected"], l["id"]
        if set(l) != {"id", "text", "expected"} or set(e) != {"density", "assessment", "findings"}:
            errors.append(i + ": keys")
        if e["density"] is not None and e["density"] not in DENS:
            errors.append(i + ": density")
        a = e["assessment"]
        if set(a) != {"overall", "by_breast"}:
            errors.append(i + ": assessment keys")
        if a["overall"] is not None and a["overall"] not in CATS:
            errors.append(i + ": overall")
        for s, c in a["by_breast"].items():
            if s not in ("left", "right") or c not in CATS:
                errors.append(i + ": by_breast")
            elif a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c):
                errors.append(i + ": overall less serious than " + s)
        if not l["text"].strip():
            errors.append(i + ": empty text")
        for f in e["findings"]:
            if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}:
                errors.append(i + ": finding keys")
            if f["kind"] not in KINDS or f["breast"] not in BREASTS or f["status"] not in STATUS:
                errors.append(i + ": finding enum")
            if not isinstance(f["stable"], bool) or f["distribution"] not in DIST:
                errors.append(i + ": stable/distribution")
            if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
                errors.append(i + ": morphology")
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                errors.append(i + ": morphology on non-calcification")
            if f["status"] == "absent" and f["stable"]:
                errors.append(i + ": absent and stable")
        keys = [(f["kind"], f["breast"], f["status"]) for f in e["findings"] if f["status"] == "absent"]
        if len(keys) != len(set(keys)):
            errors.append(i + ": duplicate absent")
print("\n".join(errors) or "OK: all expected files valid")
