"""Check every expected file of modalities_17 against the contract enums and ANNOTATION.md rules (json only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
P = S["properties"]
CAT = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
assert sorted(ORDER) == sorted(CAT)
DESC = D["finding"]["properties"]["descriptors"]["properties"]
LOC = D["finding"]["properties"]["location"]["properties"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings",
       "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_D = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ENH_D = {"internal_enhancement", "nme_distribution", "kinetics_delayed"}
errs = []


def err(i, m):
    errs.append(f"{i}: {m}")


files = sorted(os.listdir(OUT))
ids = sorted({f[:-4] for f in files if f.endswith(".txt")})
for f in files:
    if f in ("_src", "README.md"):
        continue
    if not (f.endswith(".txt") or f.endswith(".expected.json")):
        err(f, "stray file")
    elif f.endswith(".expected.json") and f[:-14] not in ids:
        err(f, "expected without txt")
nums = {}
for i in ids:
    m = re.fullmatch(r"(us|mri|cem)17_(\d\d)_[a-z0-9_]+", i)
    if not m:
        err(i, "bad id")
        continue
    nums.setdefault(m.group(1), []).append(int(m.group(2)))
    p = os.path.join(OUT, i + ".expected.json")
    if not os.path.exists(p):
        err(i, "no expected file")
        continue
    g = json.load(open(p))
    if list(g) != TOP:
        err(i, f"top keys {list(g)}")
    mods = g["exam"]["modalities"]
    if list(g["exam"]) != ["modalities", "purpose"]:
        err(i, "exam keys")
    for mo in mods:
        if mo not in P["exam"]["properties"]["modalities"]["items"]["enum"]:
            err(i, f"modality {mo}")
    pref = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[m.group(1)]
    if pref not in mods:
        err(i, "prefix modality missing")
    if g["exam"]["purpose"] not in P["exam"]["properties"]["purpose"]["enum"]:
        err(i, "purpose")
    mammo = bool({"mammography", "contrast_enhanced_mammography"} & set(mods))
    contrast = bool({"mri", "contrast_enhanced_mammography"} & set(mods))
    if g["density"] is not None and (g["density"] not in "abcd" or not mammo):
        err(i, "density")
    if g["fibroglandular_tissue"] is not None:
        if list(g["fibroglandular_tissue"]) != ["category"] or g["fibroglandular_tissue"]["category"] not in "abcd" \
                or "mri" not in mods:
            err(i, "fgt")
    b = g["background_enhancement"]
    if b is not None:
        bp = P["background_enhancement"]["oneOf"][1]["properties"]
        if list(b) != ["level", "symmetry"] or b["level"] not in bp["level"]["enum"] or \
                b["symmetry"] not in bp["symmetry"]["enum"] or not contrast:
            err(i, "bpe")
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(i, "assessment keys")
    ov, bb = a["overall"], a["by_breast"]
    if ov is not None and ov not in CAT:
        err(i, "overall enum")
    for k, v in bb.items():
        if k not in ("left", "right") or v not in CAT:
            err(i, f"by_breast {k}={v}")
        elif ov is None or ORDER.index(ov) < ORDER.index(v):
            err(i, "overall less serious than a breast")
    if bb and ov != max(bb.values(), key=ORDER.index):
        err(i, "overall not the most serious breast")
    for n, fd in enumerate(g["findings"]):
        w = f"finding {n}"
        ks = list(fd)
        if ks[:7] != FKEYS or not set(ks[7:]) <= {"location", "size_mm"}:
            err(i, f"{w} keys {ks}")
        if fd["kind"] not in D["finding"]["properties"]["kind"]["enum"]:
            err(i, f"{w} kind")
        if fd["breast"] not in D["breast"]["enum"]:
            err(i, f"{w} breast")
        if fd["status"] not in D["finding"]["properties"]["status"]["enum"]:
            err(i, f"{w} status")
        if not isinstance(fd["stable"], bool):
            err(i, f"{w} stable")
        for mo in fd["morphology"]:
            if mo not in D["morphology"]["enum"]:
                err(i, f"{w} morphology {mo}")
        if fd["morphology"] != sorted(fd["morphology"]):
            err(i, f"{w} morphology unsorted")
        if fd["distribution"] not in D["distribution"]["enum"]:
            err(i, f"{w} distribution")
        if fd["kind"] != "calcification" and (fd["morphology"] or fd["distribution"]):
            err(i, f"{w} morphology/distribution on non-calcification")
        for k, v in fd["descriptors"].items():
            if k not in DESC or v not in DESC[k]["enum"]:
                err(i, f"{w} descriptor {k}={v}")
            if k in US_D and "ultrasound" not in mods:
                err(i, f"{w} US descriptor without ultrasound")
            if k in ENH_D and not contrast:
                err(i, f"{w} enhancement descriptor without contrast")
            if k == "kinetics_initial" and "mri" not in mods:
                err(i, f"{w} initial kinetics without MRI")
            if k == "mass_density" and not mammo:
                err(i, f"{w} mass_density without mammography")
            if k == "nme_distribution" and fd["kind"] != "non_mass":
                err(i, f"{w} nme_distribution not on non_mass")
        if ("implant_rupture" in fd["descriptors"]) != (fd["kind"] == "implant" and fd["status"] != "absent"):
            err(i, f"{w} implant_rupture")
        if fd["kind"] == "focus" and "mri" not in mods:
            err(i, f"{w} focus without MRI")
        if fd["status"] == "absent" and (fd["descriptors"] or fd["morphology"] or fd["distribution"] or fd["stable"]
                                         or "location" in fd or "size_mm" in fd):
            err(i, f"{w} absent finding with detail")
        if "location" in fd:
            for k, v in fd["location"].items():
                if k not in LOC:
                    err(i, f"{w} location key {k}")
                elif k == "clock" and not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", v):
                    err(i, f"{w} clock {v}")
                elif k != "clock" and v not in LOC[k]["enum"]:
                    err(i, f"{w} {k}={v}")
        if "size_mm" in fd and not (isinstance(fd["size_mm"], (int, float)) and fd["size_mm"] > 0):
            err(i, f"{w} size")
    rk = P["recommendations"]["items"]["properties"]["kind"]["enum"]
    r = g["recommendations"]
    if r != sorted(set(r)) or any(x not in rk for x in r):
        err(i, "recommendations")
for k, v in nums.items():
    if sorted(v) != list(range(1, len(v) + 1)):
        err(k, f"numbering {sorted(v)}")
print("\n".join(errs))
print(f"{len(ids)} reports, {len(errs)} errors")
sys.exit(1 if errs else 0)
