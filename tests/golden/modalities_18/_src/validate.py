"""Check every expected file against the schema enums and the set's rules (json/stdlib only)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]; P = S["properties"]
CAT = D["category"]["enum"]; ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = D["finding"]["properties"]["kind"]["enum"]; BREAST = D["breast"]["enum"]
STAT = D["finding"]["properties"]["status"]["enum"]; MORPH = D["morphology"]["enum"]; DIST = D["distribution"]["enum"]
DESC = D["finding"]["properties"]["descriptors"]["properties"]
LOC = D["finding"]["properties"]["location"]["properties"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]; PURP = P["exam"]["properties"]["purpose"]["enum"]
DENS = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPE = P["background_enhancement"]["oneOf"][1]["properties"]
REC = P["recommendations"]["items"]["properties"]["kind"]["enum"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FK = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CON_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
errs = []
def e(f, m): errs.append(f"{f}: {m}")
files = sorted(x for x in os.listdir(OUT) if x.endswith(".expected.json"))
txts = sorted(x for x in os.listdir(OUT) if x.endswith(".txt"))
ids = [x[:-len(".expected.json")] for x in files]
if ids != [x[:-4] for x in txts]: e("-", "txt / expected pairs differ")
for pre, mod in [("us18_", "ultrasound"), ("mri18_", "mri"), ("cem18_", "contrast_enhanced_mammography")]:
    nums = [int(i[len(pre):len(pre) + 2]) for i in ids if i.startswith(pre)]
    if nums != list(range(1, len(nums) + 1)): e(pre, f"numbering {nums}")
for i in ids:
    if not re.match(r"^(us|mri|cem)18_\d\d_[a-z0-9_]+$", i): e(i, "bad id")
    x = json.load(open(os.path.join(OUT, i + ".expected.json")))
    if list(x) != TOP: e(i, f"top keys {list(x)}")
    ex = x["exam"]
    if list(ex) != ["modalities", "purpose"]: e(i, "exam keys")
    for m in ex["modalities"]:
        if m not in MODS: e(i, f"modality {m}")
    if ex["purpose"] not in PURP: e(i, "purpose")
    mods = set(ex["modalities"])
    pm = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[i.split("18_")[0]]
    if pm not in mods: e(i, "prefix modality not in exam")
    contrast = bool(mods & {"mri", "contrast_enhanced_mammography"})
    if x["density"] is not None and (x["density"] not in DENS or not mods & {"mammography", "contrast_enhanced_mammography"}): e(i, "density")
    if x["fibroglandular_tissue"] is not None and (list(x["fibroglandular_tissue"]) != ["category"] or x["fibroglandular_tissue"]["category"] not in FGT or "mri" not in mods): e(i, "fgt")
    b = x["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in BPE["level"]["enum"] or b["symmetry"] not in BPE["symmetry"]["enum"] or not contrast: e(i, "bpe")
    a = x["assessment"]
    if list(a) != ["overall", "by_breast"]: e(i, "assessment keys")
    if a["overall"] is not None and a["overall"] not in CAT: e(i, "overall")
    for s, c in a["by_breast"].items():
        if s not in ("left", "right") or c not in CAT: e(i, f"by_breast {s} {c}")
        if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c): e(i, f"overall {a['overall']} < {s} {c}")
    if a["by_breast"] and a["overall"] != max(a["by_breast"].values(), key=ORDER.index): e(i, "overall is not the most serious breast")
    for n, f in enumerate(x["findings"]):
        t = f"{i} f{n}"
        if list(f)[:7] != FK or not set(list(f)[7:]) <= {"location", "size_mm"}: e(t, f"keys {list(f)}")
        if f["kind"] not in KINDS or f["breast"] not in BREAST or f["status"] not in STAT: e(t, "enum")
        if not isinstance(f["stable"], bool): e(t, "stable")
        if any(m not in MORPH for m in f["morphology"]) or f["distribution"] not in DIST: e(t, "morph/dist")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): e(t, "morph on non-calc")
        if f["morphology"] != sorted(f["morphology"]): e(t, "morph unsorted")
        for k, v in f["descriptors"].items():
            if k not in DESC or v not in DESC[k]["enum"]: e(t, f"descriptor {k}={v}")
            if k in US_D and "ultrasound" not in mods: e(t, f"{k} without US")
            if k in CON_D and not contrast: e(t, f"{k} without contrast")
            if k == "kinetics_initial" and "mri" not in mods: e(t, "initial kinetics not MRI")
            if k == "mass_density" and not mods & {"mammography", "contrast_enhanced_mammography"}: e(t, "mass_density")
        if "nme_distribution" in f["descriptors"] and f["kind"] != "non_mass": e(t, "nd on non-nme")
        if ("implant_rupture" in f["descriptors"]) != (f["kind"] == "implant" and f["status"] != "absent"): e(t, "implant_rupture")
        if f["kind"] == "focus" and "mri" not in mods: e(t, "focus not MRI")
        if f["status"] == "absent" and (f["descriptors"] or f["stable"] or "location" in f or "size_mm" in f or f["morphology"]): e(t, "absent with detail")
        for k, v in f.get("location", {}).items():
            if k not in ("clock", "quadrant", "depth"): e(t, "loc key")
            elif k == "clock":
                if not re.match(r"^(1[0-2]|[1-9]):(00|30)$", v): e(t, "clock")
            elif v not in LOC[k]["enum"]: e(t, f"loc {k}")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0): e(t, "size")
    r = x["recommendations"]
    if r != sorted(set(r)) or any(k not in REC for k in r): e(i, "recommendations")
print(f"{len(ids)} reports, {len(errs)} errors")
for m in errs: print("  " + m)
sys.exit(1 if errs else 0)
