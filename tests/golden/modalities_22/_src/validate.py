"""Checks every expected file of the set (stdlib + the contract's enums). Usage: validate.py [folder]"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_ONLY = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ENH = {"internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed"}
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


cat_enum = D["category"]["enum"]
kinds = D["finding"]["properties"]["kind"]["enum"]
breasts = D["breast"]["enum"]
statuses = D["finding"]["properties"]["status"]["enum"]
morph = D["morphology"]["enum"]
dist = D["distribution"]["enum"]
desc_props = D["finding"]["properties"]["descriptors"]["properties"]
loc_props = D["finding"]["properties"]["location"]["properties"]
mods = P["exam"]["properties"]["modalities"]["items"]["enum"]
purposes = P["exam"]["properties"]["purpose"]["enum"]
dens = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
fgt = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
bpe_lvl = P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"]
bpe_sym = P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"]
recs = P["recommendations"]["items"]["properties"]["kind"]["enum"]

files = sorted(os.listdir(FOLDER))
txt = {f[:-4] for f in files if f.endswith(".txt")}
exp = {f[:-14] for f in files if f.endswith(".expected.json")}
for f in files:
    if f in ("_src", "README.md") or f.endswith(".txt") or f.endswith(".expected.json") or f.endswith(".md"):
        continue
    err(f, "stray file")
for n in sorted(txt ^ exp):
    err(n, "unpaired")
for n in sorted(txt | exp):
    if not re.match(r"^(us|mri|cem)22_\d\d_[a-z0-9_]+$", n):
        err(n, "bad id")

for n in sorted(txt & exp):
    text = open(os.path.join(FOLDER, n + ".txt")).read()
    if not text.strip():
        err(n, "empty text")
    g = json.load(open(os.path.join(FOLDER, n + ".expected.json")))
    mod = n.split("22_")[0]
    if list(g) != TOP:
        err(n, "top keys %s" % list(g))
        continue
    ex = g["exam"]
    if list(ex) != ["modalities", "purpose"]:
        err(n, "exam keys")
    for m in ex["modalities"]:
        if m not in mods:
            err(n, "modality %s" % m)
    want = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[mod]
    if want not in ex["modalities"]:
        err(n, "id modality missing")
    if ex["purpose"] not in purposes:
        err(n, "purpose")
    if g["density"] not in dens + [None]:
        err(n, "density")
    if g["density"] and not ({"mammography", "contrast_enhanced_mammography"} & set(ex["modalities"])):
        err(n, "density without mammography/CEM")
    if g["fibroglandular_tissue"] is not None:
        if g["fibroglandular_tissue"].get("category") not in fgt or list(g["fibroglandular_tissue"]) != ["category"]:
            err(n, "fgt")
        if "mri" not in ex["modalities"]:
            err(n, "fgt off MRI")
    b = g["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in bpe_lvl or b["symmetry"] not in bpe_sym:
            err(n, "bpe")
        if ex["modalities"] == ["ultrasound"]:
            err(n, "bpe on US")
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(n, "assessment keys")
    if a["overall"] not in cat_enum + [None]:
        err(n, "overall enum")
    for s, c in a["by_breast"].items():
        if s not in ("left", "right") or c not in cat_enum:
            err(n, "by_breast %s=%s" % (s, c))
    if a["by_breast"]:
        top = max(a["by_breast"].values(), key=ORDER.index)
        if a["overall"] != top:
            err(n, "overall %s != most serious breast %s" % (a["overall"], top))
    for i, f in enumerate(g["findings"]):
        w = "%s finding %d" % (n, i)
        if list(f)[:7] != FKEYS or not set(list(f)[7:]) <= {"location", "size_mm"}:
            err(w, "keys %s" % list(f))
            continue
        if f["kind"] not in kinds or f["breast"] not in breasts or f["status"] not in statuses:
            err(w, "kind/breast/status enum")
        if not isinstance(f["stable"], bool):
            err(w, "stable")
        if any(m not in morph for m in f["morphology"]) or f["distribution"] not in dist:
            err(w, "morph/dist enum")
        if f["morphology"] != sorted(f["morphology"]):
            err(w, "morphology unsorted")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology/distribution on non-calcification")
        for k, v in f["descriptors"].items():
            if k not in desc_props:
                err(w, "descriptor name %s" % k)
            elif v not in desc_props[k]["enum"]:
                err(w, "descriptor %s=%s" % (k, v))
            if k in US_ONLY and "ultrasound" not in ex["modalities"]:
                err(w, "US descriptor %s off US" % k)
            if k in ENH and ex["modalities"] == ["ultrasound"]:
                err(w, "enhancement descriptor %s on US" % k)
            if k == "mass_density" and not ({"mammography", "contrast_enhanced_mammography"} & set(ex["modalities"])):
                err(w, "mass_density off mammography/CEM")
            if k == "kinetics_initial" and "mri" not in ex["modalities"]:
                err(w, "initial kinetics off MRI")
            if k == "nme_distribution" and f["kind"] != "non_mass":
                err(w, "nme_distribution off non_mass")
            if k in ("shape", "margin", "orientation") and f["kind"] not in ("mass", "focus"):
                err(w, "%s on %s" % (k, f["kind"]))
        if f["kind"] == "implant" and "implant_rupture" not in f["descriptors"]:
            err(w, "implant without rupture value")
        if f["kind"] != "implant" and "implant_rupture" in f["descriptors"]:
            err(w, "implant_rupture off implant")
        if f["kind"] == "lymph_node" and f["descriptors"]:
            err(w, "descriptors on node")
        if f["kind"] == "focus" and "mri" not in ex["modalities"]:
            err(w, "focus off MRI")
        if f["status"] == "absent":
            if f["stable"] or f["morphology"] or f["distribution"] or f["descriptors"] or "location" in f or "size_mm" in f:
                err(w, "absent finding with detail")
        loc = f.get("location")
        if loc is not None:
            if not loc:
                err(w, "empty location")
            for k, v in loc.items():
                if k not in loc_props:
                    err(w, "location key %s" % k)
                elif k == "clock":
                    if not re.match(r"^(1[0-2]|[1-9]):(00|30)$", v):
                        err(w, "clock %s" % v)
                elif v not in loc_props[k]["enum"]:
                    err(w, "location %s=%s" % (k, v))
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            err(w, "size")
    r = g["recommendations"]
    if r != sorted(set(r)) or any(x not in recs for x in r):
        err(n, "recommendations %s" % r)

for e in errors:
    print(e)
print("%d reports, %d errors" % (len(txt & exp), len(errors)))
sys.exit(1 if errors else 0)
