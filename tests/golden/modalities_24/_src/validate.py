"""Check every expected file of this set against the contract and the house rules.
Usage: /work/main/.venv/bin/python validate.py [folder]   (default: the set folder)"""
import glob, json, os, re, sys
import jsonschema

SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
DESC = D["finding"]["properties"]["descriptors"]["properties"]
LOC = D["finding"]["properties"]["location"]["properties"]
MODS = SCHEMA["properties"]["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = SCHEMA["properties"]["exam"]["properties"]["purpose"]["enum"]
RECS = SCHEMA["properties"]["recommendations"]["items"]["properties"]["kind"]["enum"]
US_ONLY = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ENH = {"internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed"}
PREFIX = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}
errors = []


def err(case, msg):
    errors.append(f"{case}: {msg}")


def enum_ok(value, schema):
    try:
        jsonschema.validate(value, {"$defs": D, **schema})
        return True
    except jsonschema.ValidationError:
        return False


txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(FOLDER, "*.txt"))}
exps = {os.path.basename(p)[:-14] for p in glob.glob(os.path.join(FOLDER, "*.expected.json"))}
for c in sorted(txts ^ exps):
    err(c, "report without expected file or the reverse")
for p in glob.glob(os.path.join(FOLDER, "*")):
    b = os.path.basename(p)
    if os.path.isfile(p) and not (b.endswith(".txt") or b.endswith(".expected.json") or b.endswith(".md")):
        err(b, "stray file")

for case in sorted(txts & exps):
    m = re.match(r"^(us|mri|cem)24_\d\d_[a-z0-9_]+$", case)
    if not m:
        err(case, "bad id")
        continue
    text = open(os.path.join(FOLDER, case + ".txt")).read()
    if not text.strip():
        err(case, "empty report")
    g = json.load(open(os.path.join(FOLDER, case + ".expected.json")))
    if list(g) != TOP:
        err(case, f"top-level keys {list(g)}")
        continue
    mods = g["exam"]["modalities"]
    if list(g["exam"]) != ["modalities", "purpose"] or g["exam"]["purpose"] not in PURP:
        err(case, "exam keys / purpose")
    if any(x not in MODS for x in mods) or len(set(mods)) != len(mods):
        err(case, f"modalities {mods}")
    if PREFIX[m.group(1)] not in mods:
        err(case, "id prefix and modality disagree")
    if g["density"] is not None and g["density"] not in "abcd":
        err(case, "density enum")
    if g["density"] is not None and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
        err(case, "density without mammography / CEM")
    fgt = g["fibroglandular_tissue"]
    if fgt is not None and (list(fgt) != ["category"] or fgt["category"] not in "abcd" or "mri" not in mods):
        err(case, "fibroglandular_tissue")
    bpe = g["background_enhancement"]
    if bpe is not None:
        lv = SCHEMA["properties"]["background_enhancement"]["oneOf"][1]["properties"]
        if list(bpe) != ["level", "symmetry"] or bpe["level"] not in lv["level"]["enum"] or bpe["symmetry"] not in lv["symmetry"]["enum"]:
            err(case, "background_enhancement enum")
        if mods == ["ultrasound"]:
            err(case, "BPE on ultrasound")
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(case, "assessment keys")
    bb = a["by_breast"]
    if not set(bb) <= {"left", "right"} or any(v not in ORDER for v in bb.values()):
        err(case, f"by_breast {bb}")
    if a["overall"] is not None and a["overall"] not in ORDER:
        err(case, "overall enum")
    if bb:
        top = max(bb.values(), key=ORDER.index)
        if a["overall"] != top:
            err(case, f"overall {a['overall']} is not the most serious breast {top}")
    for i, f in enumerate(g["findings"]):
        w = f"finding {i}"
        keys = list(f)
        if keys[:7] != FKEYS or not set(keys[7:]) <= {"location", "size_mm"}:
            err(case, f"{w} keys {keys}")
            continue
        for k in ("kind", "breast", "status", "stable", "distribution"):
            if not enum_ok(f[k], D["finding"]["properties"][k]):
                err(case, f"{w} {k}={f[k]!r}")
        for mo in f["morphology"]:
            if mo not in D["morphology"]["enum"]:
                err(case, f"{w} morphology {mo}")
        if f["morphology"] != sorted(f["morphology"]):
            err(case, f"{w} morphology not sorted")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(case, f"{w} morphology / distribution on {f['kind']}")
        for k, v in f["descriptors"].items():
            if k not in DESC or v not in DESC[k]["enum"]:
                err(case, f"{w} descriptor {k}={v}")
        ds = set(f["descriptors"])
        if ds & US_ONLY and "ultrasound" not in mods:
            err(case, f"{w} US descriptor on a non-US exam")
        if ds & ENH and mods == ["ultrasound"]:
            err(case, f"{w} enhancement descriptor on US")
        if "mass_density" in ds and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
            err(case, f"{w} mass_density without mammography / CEM")
        if "kinetics_initial" in ds and "mri" not in mods:
            err(case, f"{w} initial kinetics outside MRI")
        if "nme_distribution" in ds and f["kind"] != "non_mass":
            err(case, f"{w} nme_distribution on {f['kind']}")
        if ("implant_rupture" in ds) != (f["kind"] == "implant"):
            err(case, f"{w} implant_rupture vs implant kind")
        if f["kind"] == "lymph_node" and ds:
            err(case, f"{w} descriptors on a lymph node")
        if f["kind"] == "focus" and "mri" not in mods:
            err(case, f"{w} focus outside MRI")
        if f["status"] == "absent" and (f["stable"] or ds or f["morphology"] or f["distribution"] or "location" in f or "size_mm" in f):
            err(case, f"{w} absent finding with detail")
        loc = f.get("location")
        if loc is not None:
            if not loc or not set(loc) <= {"clock", "quadrant", "depth"}:
                err(case, f"{w} location keys")
            if "clock" in loc and not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", loc["clock"]):
                err(case, f"{w} clock {loc['clock']}")
            for k in ("quadrant", "depth"):
                if k in loc and loc[k] not in LOC[k]["enum"]:
                    err(case, f"{w} {k}={loc[k]}")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(case, f"{w} size_mm")
    fs = [json.dumps({k: f[k] for k in FKEYS[:6]}, sort_keys=True) for f in g["findings"] if f["status"] == "absent"]
    if len(fs) != len(set(fs)):
        err(case, "the same absent kind and breast twice")
    r = g["recommendations"]
    if any(x not in RECS for x in r) or r != sorted(set(r), key=RECS.index):
        err(case, f"recommendations {r}")

n = len(txts & exps)
for e in errors:
    print(e)
print(f"{n} reports, {len(errors)} errors")
sys.exit(1 if errors else 0)
