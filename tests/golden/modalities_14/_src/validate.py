"""Check every expected file against the contract enums and the set's internal rules (json only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
FP = D["finding"]["properties"]
DESC = FP["descriptors"]["properties"]
ORDER = ["0", "1", "2", "3", "6", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}

errors = []


def err(i, m):
    errors.append(f"{i}: {m}")


files = sorted(os.listdir(SET))
ids = sorted({f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")})
txts = sorted({f[:-4] for f in files if f.endswith(".txt")})
if ids != txts:
    err("set", f"txt/expected mismatch {set(ids) ^ set(txts)}")
for f in files:
    if not (f.endswith(".txt") or f.endswith(".expected.json") or f in ("README.md", "_src")):
        err("set", f"stray file {f}")
nums = {"us14": [], "mri14": [], "cem14": []}
for i in ids:
    m = re.match(r"^(us14|mri14|cem14)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id"); continue
    nums[m.group(1)].append(int(m.group(2)))
for k, v in nums.items():
    if sorted(v) != list(range(1, len(v) + 1)):
        err(k, f"numbering {v}")
PREF = {"us14": "ultrasound", "mri14": "mri", "cem14": "contrast_enhanced_mammography"}

for i in ids:
    e = json.load(open(os.path.join(SET, i + ".expected.json")))
    if list(e) != TOP:
        err(i, f"top keys {list(e)}")
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"]:
        err(i, "exam keys")
    for m in mods:
        if m not in P["exam"]["properties"]["modalities"]["items"]["enum"]:
            err(i, f"modality {m}")
    if len(set(mods)) != len(mods):
        err(i, "dup modality")
    if PREF[i.split("_")[0]] not in mods:
        err(i, "prefix modality missing")
    if e["exam"]["purpose"] not in P["exam"]["properties"]["purpose"]["enum"]:
        err(i, "purpose")
    if e["density"] not in (None, "a", "b", "c", "d"):
        err(i, "density")
    if e["density"] and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
        err(i, "density without mammography/CEM")
    fgt = e["fibroglandular_tissue"]
    if fgt is not None:
        if list(fgt) != ["category"] or fgt["category"] not in "abcd":
            err(i, "fgt")
        if "mri" not in mods:
            err(i, "fgt without MRI")
    bpe = e["background_enhancement"]
    if bpe is not None:
        bp = P["background_enhancement"]["oneOf"][1]["properties"]
        if list(bpe) != ["level", "symmetry"] or bpe["level"] not in bp["level"]["enum"] or bpe["symmetry"] not in bp["symmetry"]["enum"]:
            err(i, "bpe")
        if not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
            err(i, "bpe without contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(i, "assessment keys")
    cats = D["category"]["enum"]
    if a["overall"] is not None and a["overall"] not in cats:
        err(i, "overall")
    for s, c in a["by_breast"].items():
        if s not in ("left", "right") or c not in cats:
            err(i, f"by_breast {s} {c}")
        if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c):
            err(i, "overall less serious than a breast")
    if a["by_breast"] and a["overall"] != max(a["by_breast"].values(), key=ORDER.index):
        # allowed only if overall stated more serious; flag for review
        err(i, "overall differs from most serious breast")
    for n, f in enumerate(e["findings"]):
        w = f"{i} f{n}"
        keys = list(f)
        if keys[:7] != FKEYS or any(k not in ("location", "size_mm") for k in keys[7:]):
            err(w, f"finding keys {keys}")
        if f["kind"] not in FP["kind"]["enum"]: err(w, "kind")
        if f["breast"] not in D["breast"]["enum"]: err(w, "breast")
        if f["status"] not in FP["status"]["enum"]: err(w, "status")
        if not isinstance(f["stable"], bool): err(w, "stable")
        for m in f["morphology"]:
            if m not in D["morphology"]["enum"]: err(w, f"morph {m}")
        if f["morphology"] != sorted(f["morphology"]): err(w, "morph order")
        if f["distribution"] not in D["distribution"]["enum"]: err(w, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morph/distr on non-calc")
        d = f["descriptors"]
        if f["kind"] == "calcification" and d: err(w, "descriptors on calc")
        for k, v in d.items():
            if k not in DESC: err(w, f"descriptor name {k}")
            elif v not in DESC[k]["enum"]: err(w, f"descriptor value {k}={v}")
        if k_us := (US_D & set(d)):
            if "ultrasound" not in mods: err(w, f"US descriptors without US {k_us}")
        if "mass_density" in d and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
            err(w, "mass_density without mammography/CEM")
        if "kinetics_initial" in d and "mri" not in mods: err(w, "initial kinetics off MRI")
        if CONTRAST_D & set(d) and not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
            err(w, "contrast descriptor off contrast exam")
        if "nme_distribution" in d and f["kind"] != "non_mass": err(w, "nme_distribution off non_mass")
        if f["kind"] == "implant" and f["status"] != "absent" and "implant_rupture" not in d: err(w, "implant without rupture")
        if "implant_rupture" in d and f["kind"] != "implant": err(w, "rupture off implant")
        if f["kind"] == "focus" and "mri" not in mods: err(w, "focus off MRI")
        if f["status"] == "absent" and (d or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]):
            err(w, "absent finding with detail")
        loc = f.get("location")
        if loc is not None:
            lp = FP["location"]["properties"]
            for k, v in loc.items():
                if k == "clock":
                    if not re.match(r"^(1[0-2]|[1-9]):(00|30)$", v): err(w, f"clock {v}")
                elif k in ("quadrant", "depth"):
                    if v not in lp[k]["enum"]: err(w, f"{k} {v}")
                else:
                    err(w, f"location key {k}")
        if "size_mm" in f and not isinstance(f["size_mm"], (int, float)): err(w, "size")
    recs = e["recommendations"]
    renum = P["recommendations"]["items"]["properties"]["kind"]["enum"]
    if recs != sorted(set(recs)): err(i, "recs order/dup")
    for r in recs:
        if r not in renum: err(i, f"rec {r}")

print(f"{len(ids)} reports, {len(errors)} errors")
for x in errors:
    print("  ", x)
sys.exit(1 if errors else 0)
