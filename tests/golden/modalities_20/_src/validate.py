"""Checks the expected files of modalities_20 against the contract and the house rules."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
CATS = set(D["category"]["enum"])
MODS = set(P["exam"]["properties"]["modalities"]["items"]["enum"])
PURP = set(P["exam"]["properties"]["purpose"]["enum"])
DENS = set(P["density"]["oneOf"][1]["properties"]["category"]["enum"])
FGT = set(P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"])
BPE_L = set(P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"])
BPE_S = set(P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"])
FP = D["finding"]["properties"]
KIND = set(FP["kind"]["enum"]); BREAST = set(D["breast"]["enum"]); STATUS = set(FP["status"]["enum"])
MORPH = set(D["morphology"]["enum"]); DIST = set(D["distribution"]["enum"])
DESC = {k: set(v["enum"]) for k, v in FP["descriptors"]["properties"].items()}
LOC = FP["location"]["properties"]
QUAD = set(LOC["quadrant"]["enum"]); DEPTH = set(LOC["depth"]["enum"])
REC = set(P["recommendations"]["items"]["properties"]["kind"]["enum"])
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ENH_D = {"internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed"}
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]

errors = []
def err(case, msg):
    errors.append("%s: %s" % (case, msg))

names = sorted(os.listdir(DIR))
txt = {n[:-4] for n in names if n.endswith(".txt")}
exp = {n[:-14] for n in names if n.endswith(".expected.json")}
for n in names:
    if not (n.endswith(".txt") or n.endswith(".expected.json") or n in ("README.md", "_src")):
        err(n, "stray file")
for c in txt ^ exp:
    err(c, "unpaired file")
for c in sorted(txt | exp):
    if not re.match(r"^(us20_(0[1-9]|10)|mri20_(0[1-9]|1[0-2])|cem20_0[1-8])_[a-z0-9_]+$", c):
        err(c, "bad id")

for case in sorted(exp & txt):
    e = json.load(open(os.path.join(DIR, case + ".expected.json")))
    text = open(os.path.join(DIR, case + ".txt")).read()
    if not text.strip():
        err(case, "empty text")
    if list(e) != TOP:
        err(case, "top keys %s" % list(e)); continue
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"]: err(case, "exam keys")
    if not mods or any(m not in MODS for m in mods) or len(set(mods)) != len(mods): err(case, "modalities")
    if e["exam"]["purpose"] not in PURP: err(case, "purpose")
    pre = case.split("_")[0][:-2]
    want = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[pre]
    if want not in mods: err(case, "modality of the set missing")
    if e["density"] is not None:
        if e["density"] not in DENS: err(case, "density enum")
        if not ({"mammography", "contrast_enhanced_mammography", "tomosynthesis"} & set(mods)):
            err(case, "density without mammography / CEM")
    fg = e["fibroglandular_tissue"]
    if fg is not None:
        if list(fg) != ["category"] or fg["category"] not in FGT: err(case, "FGT")
        if "mri" not in mods: err(case, "FGT without MRI")
    b = e["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in BPE_L or b["symmetry"] not in BPE_S:
            err(case, "BPE")
        if not ({"mri", "contrast_enhanced_mammography"} & set(mods)): err(case, "BPE without MRI / CEM")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]: err(case, "assessment keys")
    bb = a["by_breast"]
    if set(bb) - {"left", "right"}: err(case, "by_breast keys")
    for s, c in bb.items():
        if c not in CATS: err(case, "by_breast category %s" % c)
    o = a["overall"]
    if o is not None and o not in CATS: err(case, "overall enum")
    if bb:
        top = max(bb.values(), key=ORDER.index)
        if o != top: err(case, "overall %s is not the most serious breast %s" % (o, top))
    for i, f in enumerate(e["findings"]):
        w = "finding %d" % i
        if list(f)[:7] != FKEYS or set(f) - set(FKEYS) - {"location", "size_mm"}: err(case, w + " keys")
        if f["kind"] not in KIND: err(case, w + " kind")
        if f["breast"] not in BREAST: err(case, w + " breast")
        if f["status"] not in STATUS: err(case, w + " status")
        if not isinstance(f["stable"], bool): err(case, w + " stable")
        if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]):
            err(case, w + " morphology")
        if f["distribution"] not in DIST: err(case, w + " distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(case, w + " morphology/distribution on a non-calcification")
        ds = f["descriptors"]
        for k, v in ds.items():
            if k in DESC and v not in DESC[k]: err(case, w + " descriptor %s=%s" % (k, v))
            if k not in DESC: err(case, w + " unknown descriptor %s" % k)
        if f["status"] == "absent" and (ds or f["morphology"] or f["distribution"] or f["stable"]
                                        or "location" in f or "size_mm" in f):
            err(case, w + " absent finding with attributes")
        if set(ds) & US_D and "ultrasound" not in mods: err(case, w + " US descriptor off US")
        if set(ds) & ENH_D and not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
            err(case, w + " enhancement descriptor on US")
        if "mass_density" in ds and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
            err(case, w + " mass_density off mammography / CEM")
        if "kinetics_initial" in ds and "mri" not in mods: err(case, w + " initial kinetics off MRI")
        if "nme_distribution" in ds and f["kind"] != "non_mass": err(case, w + " nme_distribution off non_mass")
        if ("implant_rupture" in ds) != (f["kind"] == "implant" and f["status"] != "absent"):
            err(case, w + " implant_rupture")
        if f["kind"] == "focus" and "mri" not in mods: err(case, w + " focus off MRI")
        if f["kind"] in ("lymph_node",) and ds: err(case, w + " descriptors on node")
        loc = f.get("location")
        if loc is not None:
            if not loc or set(loc) - {"clock", "quadrant", "depth"}: err(case, w + " location keys")
            if "clock" in loc and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", loc["clock"]): err(case, w + " clock")
            if "quadrant" in loc and loc["quadrant"] not in QUAD: err(case, w + " quadrant")
            if "depth" in loc and loc["depth"] not in DEPTH: err(case, w + " depth")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(case, w + " size")
    r = e["recommendations"]
    if any(k not in REC for k in r) or r != sorted(set(r)): err(case, "recommendations")

for x in errors:
    print(x)
print("%d reports, %d errors" % (len(exp & txt), len(errors)))
sys.exit(1 if errors else 0)
