"""Check every expected file of modalities_12 against the contract enums and the set's rules (json only)."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
P = SCHEMA["properties"]
FP = D["finding"]["properties"]
DESC = FP["descriptors"]["properties"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
CONTRAST_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
PREFIX = {"us12_": "ultrasound", "mri12_": "mri", "cem12_": "contrast_enhanced_mammography"}


def check(path):
    errs = []
    e = errs.append
    g = json.load(open(path))
    name = os.path.basename(path)[:-len(".expected.json")]
    if list(g) != TOP:
        e("top keys %s" % list(g))
    mods = g["exam"]["modalities"]
    if list(g["exam"]) != ["modalities", "purpose"]:
        e("exam keys")
    for m in mods:
        if m not in P["exam"]["properties"]["modalities"]["items"]["enum"]:
            e("modality %s" % m)
    if len(set(mods)) != len(mods):
        e("duplicate modality")
    if g["exam"]["purpose"] not in P["exam"]["properties"]["purpose"]["enum"]:
        e("purpose")
    pre = [p for p in PREFIX if name.startswith(p)]
    if len(pre) != 1 or PREFIX[pre[0]] not in mods:
        e("prefix / modality mismatch")
    mammo = "mammography" in mods or "contrast_enhanced_mammography" in mods
    contrast = "mri" in mods or "contrast_enhanced_mammography" in mods
    if g["density"] is not None and (g["density"] not in "abcd" or not mammo):
        e("density %r" % g["density"])
    fgt = g["fibroglandular_tissue"]
    if fgt is not None and (list(fgt) != ["category"] or fgt["category"] not in "abcd" or "mri" not in mods):
        e("fgt %r" % fgt)
    bpe = g["background_enhancement"]
    if bpe is not None:
        bp = P["background_enhancement"]["oneOf"][1]["properties"]
        if list(bpe) != ["level", "symmetry"] or bpe["level"] not in bp["level"]["enum"] \
                or bpe["symmetry"] not in bp["symmetry"]["enum"] or not contrast:
            e("bpe %r" % bpe)
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        e("assessment keys")
    cats = D["category"]["enum"]
    if a["overall"] is not None and a["overall"] not in cats:
        e("overall")
    for side, c in a["by_breast"].items():
        if side not in ("left", "right") or c not in cats:
            e("by_breast %s %s" % (side, c))
        if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c):
            e("overall less serious than %s %s" % (side, c))
    if a["by_breast"] and a["overall"] != max(a["by_breast"].values(), key=ORDER.index):
        e("overall is not the most serious breast category")
    for i, f in enumerate(g["findings"]):
        w = lambda s: e("finding %d: %s" % (i, s))
        if list(f)[:7] != FKEYS or not set(list(f)[7:]) <= {"location", "size_mm"}:
            w("keys %s" % list(f))
        if f["kind"] not in FP["kind"]["enum"]:
            w("kind")
        if f["breast"] not in D["breast"]["enum"]:
            w("breast")
        if f["status"] not in FP["status"]["enum"]:
            w("status")
        if not isinstance(f["stable"], bool):
            w("stable")
        for m in f["morphology"]:
            if m not in D["morphology"]["enum"]:
                w("morphology %s" % m)
        if f["morphology"] != sorted(f["morphology"]):
            w("morphology unsorted")
        if f["distribution"] not in D["distribution"]["enum"]:
            w("distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            w("morphology/distribution on non-calcification")
        if f["kind"] == "calcification" and f["descriptors"]:
            w("descriptors on calcification")
        for k, v in f["descriptors"].items():
            if k not in DESC or v not in DESC[k]["enum"]:
                w("descriptor %s=%s" % (k, v))
            if k in US_D and "ultrasound" not in mods:
                w("US descriptor without ultrasound")
            if k == "mass_density" and not mammo:
                w("mass_density without mammography")
            if k == "kinetics_initial" and "mri" not in mods:
                w("initial kinetics outside MRI")
            if k in CONTRAST_D and not contrast:
                w("contrast descriptor without contrast exam")
            if k == "nme_distribution" and f["kind"] != "non_mass":
                w("nme_distribution on %s" % f["kind"])
        has_ir = "implant_rupture" in f["descriptors"]
        if has_ir != (f["kind"] == "implant" and f["status"] != "absent"):
            w("implant_rupture placement")
        if f["status"] == "absent" and (f["descriptors"] or f["stable"] or "location" in f or "size_mm" in f
                                        or f["morphology"] or f["distribution"]):
            w("absent finding carries detail")
        loc = f.get("location")
        if loc is not None:
            lp = FP["location"]["properties"]
            if not loc or not set(loc) <= {"clock", "quadrant", "depth"}:
                w("location keys")
            if "clock" in loc and not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", loc["clock"]):
                w("clock %s" % loc["clock"])
            if loc.get("quadrant", None) not in lp["quadrant"]["enum"]:
                w("quadrant")
            if loc.get("depth", None) not in lp["depth"]["enum"]:
                w("depth")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0):
            w("size")
    recs = g["recommendations"]
    kinds = D and SCHEMA["properties"]["recommendations"]["items"]["properties"]["kind"]["enum"]
    if recs != sorted(set(recs)) or any(r not in kinds for r in recs):
        e("recommendations %s" % recs)
    return errs


def main():
    files = sorted(os.listdir(SET_DIR))
    errs = []
    stems_t = {f[:-4] for f in files if f.endswith(".txt")}
    stems_j = {f[:-len(".expected.json")] for f in files if f.endswith(".expected.json")}
    if stems_t != stems_j:
        errs.append("unpaired: %s" % (stems_t ^ stems_j))
    stray = [f for f in files if not (f.endswith(".txt") or f.endswith(".expected.json") or f in ("_src", "README.md"))]
    if stray:
        errs.append("stray files %s" % stray)
    nums = {}
    for s in stems_t:
        m = re.match(r"(us12|mri12|cem12)_(\d\d)_[a-z0-9_]+$", s)
        if not m:
            errs.append("bad id %s" % s)
            continue
        nums.setdefault(m.group(1), []).append(int(m.group(2)))
    for p, ns in nums.items():
        if sorted(ns) != list(range(1, len(ns) + 1)):
            errs.append("numbering %s %s" % (p, sorted(ns)))
    for s in sorted(stems_j):
        for x in check(os.path.join(SET_DIR, s + ".expected.json")):
            errs.append("%s: %s" % (s, x))
    for x in errs:
        print(x)
    print("%d reports, %d errors" % (len(stems_j), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
