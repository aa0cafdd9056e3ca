"""Validate held_out_2: JSON parses, enums exist in the contract schema, internal consistency; print counts."""
import collections, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
D = schema["$defs"]
CATS = set(D["category"]["enum"])
BREASTS = set(D["breast"]["enum"])
MORPH = set(D["morphology"]["enum"])
DIST = set(D["distribution"]["enum"])
FP = D["finding"]["properties"]
KINDS = set(FP["kind"]["enum"])
STATUS = set(FP["status"]["enum"])
DENS = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
errors = []
counts = collections.defaultdict(collections.Counter)


def check(name, exp, allow_less=False, part=""):
    if set(exp) != {"density", "assessment", "findings"}:
        errors.append(f"{name}: keys {sorted(exp)}")
    if exp["density"] is not None and exp["density"] not in DENS:
        errors.append(f"{name}: density {exp['density']}")
    a = exp["assessment"]
    if set(a) != {"overall", "by_breast"}:
        errors.append(f"{name}: assessment keys")
    ov = a["overall"]
    if ov is not None and ov not in CATS:
        errors.append(f"{name}: overall {ov}")
    for side, cat in a["by_breast"].items():
        if side not in ("left", "right") or cat not in CATS:
            errors.append(f"{name}: by_breast {side}={cat}")
        if ov is None:
            errors.append(f"{name}: by_breast without overall")
        elif ORDER.index(cat) > ORDER.index(ov) and not allow_less:
            errors.append(f"{name}: overall {ov} less serious than {side} {cat}")
    counts[part]["overall=" + str(ov)] += 1
    counts[part]["density=" + str(exp["density"])] += 1
    for f in exp["findings"]:
        keys = {"kind", "breast", "status", "stable", "morphology", "distribution"}
        if set(f) != keys:
            errors.append(f"{name}: finding keys {sorted(f)}")
        if f["kind"] not in KINDS: errors.append(f"{name}: kind {f['kind']}")
        if f["breast"] not in BREASTS: errors.append(f"{name}: breast {f['breast']}")
        if f["status"] not in STATUS: errors.append(f"{name}: status {f['status']}")
        if not isinstance(f["stable"], bool): errors.append(f"{name}: stable")
        for m in f["morphology"]:
            if m not in MORPH: errors.append(f"{name}: morph {m}")
        if f["distribution"] not in DIST: errors.append(f"{name}: dist {f['distribution']}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            errors.append(f"{name}: descriptors on {f['kind']}")
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
            errors.append(f"{name}: absent with descriptors/stable")
        if f["morphology"] != sorted(f["morphology"]):
            errors.append(f"{name}: morphology not sorted")
        counts[part]["kind=" + f["kind"]] += 1
        counts[part]["status=" + f["status"]] += 1
        counts[part]["breast=" + str(f["breast"])] += 1
        counts[part]["stable=" + str(f["stable"])] += 1
        counts[part]["findings"] += 1


# teaching
txts = sorted(glob.glob(os.path.join(ROOT, "teaching", "*.txt")))
for t in txts:
    e = t[:-4] + ".expected.json"
    if not os.path.exists(e):
        errors.append(f"missing {e}"); continue
    check(os.path.basename(t), json.load(open(e)), part="teaching")
    counts["teaching"]["texts"] += 1
for part, fn in (("phrases", "phrases/phrases.jsonl"), ("impressions", "impressions/impressions.jsonl")):
    ids = set()
    for n, line in enumerate(open(os.path.join(ROOT, fn)), 1):
        row = json.loads(line)
        if row["id"] in ids: errors.append(f"dup id {row['id']}")
        ids.add(row["id"])
        if not row["text"].strip(): errors.append(f"{row['id']}: empty text")
        check(row["id"], row["expected"], allow_less="overall_less_serious" in row.get("forms", []), part=part)
        counts[part]["lines"] += 1
        for tag in row.get("forms", []):
            counts[part]["form=" + tag] += 1
for part in counts:
    print(part, dict(sorted(counts[part].items())))
print("errors:", len(errors))
for e in errors: print(" ", e)
sys.exit(1 if errors else 0)
