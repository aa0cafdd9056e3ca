"""Checks every expected file of modalities_13 (json only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
DESC = D["finding"]["properties"]["descriptors"]["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors", "location", "size_mm"]
PREFIX = {"us13": "ultrasound", "mri13": "mri", "cem13": "contrast_enhanced_mammography"}

errors = []


def err(i, m):
    errors.append(f"{i}: {m}")


files = sorted(os.listdir(SET))
txt = {f[:-4] for f in files if f.endswith(".txt")}
exp = {f[:-14] for f in files if f.endswith(".expected.json")}
for f in files:
    if not (f.endswith(".txt") or f.endswith(".expected.json") or f in ("README.md", "_src")):
        errors.append(f"stray file {f}")
for i in txt ^ exp:
    err(i, "txt / expected not paired")
nums = {}
for i in sorted(exp):
    m = re.match(r"^(us13|mri13|cem13)_(\d\d)_[a-z0-9_]+$", i)
    if not m:
        err(i, "bad id")
        continue
    nums.setdefault(m.group(1), []).append(int(m.group(2)))
    e = json.load(open(os.path.join(SET, i + ".expected.json")))
    if list(e) != TOP:
        err(i, f"top keys {list(e)}")
    mods = e["exam"]["modalities"]
    if list(e["exam"]) != ["modalities", "purpose"]:
        err(i, "exam keys")
    for mo in mods:
        if mo not in P["exam"]["properties"]["modalities"]["items"]["enum"]:
            err(i, f"modality {mo}")
    if len(set(mods)) != len(mods):
        err(i, "duplicate modality")
    if PREFIX[m.group(1)] not in mods:
        err(i, "prefix modality missing")
    if e["exam"]["purpose"] not in P["exam"]["properties"]["purpose"]["enum"]:
        err(i, "purpose")
    if e["density"] is not None:
        if e["density"] not in "abcd" or len(e["density"]) != 1:
            err(i, "density value")
        if not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
            err(i, "density without mammography / CEM")
    fgt = e["fibroglandular_tissue"]
    if fgt is not None and (list(fgt) != ["category"] or fgt["category"] not in "abcd" or "mri" not in mods):
        err(i, "fgt")
    bpe = e["background_enhancement"]
    if bpe is not None:
        if list(bpe) != ["level", "symmetry"]:
            err(i, "bpe keys")
        if bpe["level"] not in ("minimal", "mild", "moderate", "marked") or bpe["symmetry"] not in ("symmetric", "asymmetric", None):
            err(i, "bpe value")
        if not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
            err(i, "bpe without contrast exam")
    a = e["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(i, "assessment keys")
    cats = list(a["by_breast"].values())
    for s, c in a["by_breast"].items():
        if s not in ("left", "right") or c not in ORDER:
            err(i, "by_breast")
    if a["overall"] is not None and a["overall"] not in ORDER:
        err(i, "overall value")
    if cats:
        if a["overall"] is None:
            err(i, "breast category without overall")
        else:
            worst = max(cats, key=ORDER.index)
            if ORDER.index(a["overall"]) < ORDER.index(worst):
                err(i, "overall less serious than a breast")
            if a["overall"] != worst:
                err(i, "overall is not the most serious breast")
    for k, f in enumerate(e["findings"]):
        w = f"{i} finding {k}"
        keys = [x for x in FKEYS if x in f]
        if list(f) != keys or list(f)[:7] != FKEYS[:7]:
            err(w, f"finding keys {list(f)}")
        if f["kind"] not in D["finding"]["properties"]["kind"]["enum"]:
            err(w, "kind")
        if f["breast"] not in D["breast"]["enum"]:
            err(w, "breast")
        if f["status"] not in ("present", "possible", "absent"):
            err(w, "status")
        for mo in f["morphology"]:
            if mo not in D["morphology"]["enum"]:
                err(w, "morphology")
        if f["morphology"] != sorted(f["morphology"]):
            err(w, "morphology unsorted")
        if f["distribution"] not in D["distribution"]["enum"]:
            err(w, "distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(w, "morphology on non-calcification")
        if f["kind"] == "calcification" and f["descriptors"]:
            err(w, "descriptors on calcification")
        for dn, dv in f["descriptors"].items():
            if dn not in DESC or dv not in DESC[dn]["enum"]:
                err(w, f"descriptor {dn}={dv}")
            if dn in US_D and "ultrasound" not in mods:
                err(w, f"{dn} without US")
            if dn == "mass_density" and not ({"mammography", "contrast_enhanced_mammography"} & set(mods)):
                err(w, "mass_density without mammography")
            if dn == "kinetics_initial" and "mri" not in mods:
                err(w, "initial kinetics without MRI")
            if dn in CONTRAST_D and not ({"mri", "contrast_enhanced_mammography"} & set(mods)):
                err(w, f"{dn} without contrast")
            if dn == "nme_distribution" and f["kind"] != "non_mass":
                err(w, "nme_distribution off non_mass")
        if f["kind"] == "implant" and f["status"] != "absent" and "implant_rupture" not in f["descriptors"]:
            err(w, "implant without rupture value")
        if "implant_rupture" in f["descriptors"] and f["kind"] != "implant":
            err(w, "rupture off implant")
        if f["status"] == "absent":
            if f["descriptors"] or f["stable"] or "location" in f or "size_mm" in f or f["morphology"] or f["distribution"]:
                err(w, "absent finding carries detail")
        loc = f.get("location")
        if loc is not None:
            for lk, lv in loc.items():
                if lk == "clock" and not re.match(r"^(1[0-2]|[1-9]):(00|30)$", lv):
                    err(w, "clock")
                if lk == "quadrant" and lv not in D["finding"]["properties"]["location"]["properties"]["quadrant"]["enum"]:
                    err(w, "quadrant")
                if lk == "depth" and lv not in ("anterior", "middle", "posterior"):
                    err(w, "depth")
                if lk not in ("clock", "quadrant", "depth"):
                    err(w, "location key")
        if "size_mm" in f and not isinstance(f["size_mm"], (int, float)):
            err(w, "size")
    r = e["recommendations"]
    if r != sorted(set(r)):
        err(i, "recommendations unsorted")
    for x in r:
        if x not in P["recommendations"]["items"]["properties"]["kind"]["enum"]:
            err(i, f"recommendation {x}")
for p, ns in nums.items():
    if sorted(ns) != list(range(1, len(ns) + 1)):
        errors.append(f"{p} numbering {sorted(ns)}")
for x in errors:
    print(x)
print(f"{len(exp)} reports, {len(errors)} errors")
sys.exit(1 if errors else 0)
