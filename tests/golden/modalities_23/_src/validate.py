"""Check every pair in the folder given (default: the set folder) against the contract and the house rules."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
DPROPS = D["finding"]["properties"]["descriptors"]["properties"]
LOCP = D["finding"]["properties"]["location"]["properties"]
MODS = S["properties"]["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = S["properties"]["exam"]["properties"]["purpose"]["enum"]
RECS = S["properties"]["recommendations"]["items"]["properties"]["kind"]["enum"]
BPE = S["properties"]["background_enhancement"]["oneOf"][1]["properties"]
FGT = S["properties"]["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
DENS = S["properties"]["density"]
US_ONLY = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ENH = {"internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed"}
errors = []


def err(case, msg):
    errors.append(f"{case}: {msg}")


def check(case, g):
    pre = case.split("_")[0]
    mod = re.match(r"[a-z]+", pre).group(0)
    if list(g) != TOP:
        err(case, f"top keys {list(g)}")
        return
    ex = g["exam"]
    if list(ex) != ["modalities", "purpose"]:
        err(case, "exam keys")
    for m in ex["modalities"]:
        if m not in MODS:
            err(case, f"modality {m}")
    want = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[mod]
    if want not in ex["modalities"]:
        err(case, f"modality {want} missing")
    if ex["purpose"] not in PURP:
        err(case, "purpose")
    if g["density"] not in ("a", "b", "c", "d", None):
        err(case, "density enum")
    if g["density"] and mod != "cem":
        err(case, "density only on CEM in this set")
    fg = g["fibroglandular_tissue"]
    if fg is not None and (list(fg) != ["category"] or fg["category"] not in FGT or mod != "mri"):
        err(case, "fgt")
    b = g["background_enhancement"]
    if b is not None:
        if list(b) != ["level", "symmetry"] or b["level"] not in BPE["level"]["enum"] or b["symmetry"] not in BPE["symmetry"]["enum"]:
            err(case, "bpe enum")
        if mod == "us":
            err(case, "bpe on US")
    a = g["assessment"]
    if list(a) != ["overall", "by_breast"]:
        err(case, "assessment keys")
    for s, c in a["by_breast"].items():
        if s not in ("left", "right") or c not in ORDER:
            err(case, f"by_breast {s}:{c}")
    if a["overall"] is not None and a["overall"] not in ORDER:
        err(case, "overall enum")
    if a["by_breast"]:
        top = max(a["by_breast"].values(), key=ORDER.index)
        if a["overall"] != top:
            err(case, f"overall {a['overall']} != most serious breast {top}")
    for i, f in enumerate(g["findings"]):
        k = list(f)
        if k[:7] != FKEYS or any(x not in ("location", "size_mm") for x in k[7:]):
            err(case, f"finding {i} keys {k}")
            continue
        if f["kind"] not in D["finding"]["properties"]["kind"]["enum"]:
            err(case, f"kind {f['kind']}")
        if f["breast"] not in D["breast"]["enum"]:
            err(case, "breast")
        if f["status"] not in ("present", "possible", "absent") or not isinstance(f["stable"], bool):
            err(case, f"status/stable {i}")
        for m in f["morphology"]:
            if m not in D["morphology"]["enum"]:
                err(case, f"morphology {m}")
        if f["distribution"] not in D["distribution"]["enum"]:
            err(case, "distribution enum")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
            err(case, f"morphology/distribution on {f['kind']}")
        if f["morphology"] != sorted(f["morphology"]):
            err(case, "morphology unsorted")
        for dn, dv in f["descriptors"].items():
            if dn not in DPROPS:
                err(case, f"descriptor name {dn}")
            elif dv not in DPROPS[dn]["enum"]:
                err(case, f"descriptor {dn}={dv}")
            if dn in US_ONLY and mod != "us":
                err(case, f"{dn} outside US")
            if dn in ENH and mod == "us":
                err(case, f"{dn} on US")
            if dn == "mass_density" and mod != "cem":
                err(case, "mass_density outside CEM")
            if dn == "kinetics_initial" and mod != "mri":
                err(case, "initial kinetics outside MRI")
            if dn == "nme_distribution" and f["kind"] != "non_mass":
                err(case, "nme_distribution on non-NME")
        if (f["kind"] == "implant") != ("implant_rupture" in f["descriptors"]):
            err(case, "implant_rupture must be exactly on implants")
        if f["kind"] == "focus" and mod != "mri":
            err(case, "focus outside MRI")
        if f["kind"] == "lymph_node" and f["descriptors"]:
            err(case, "descriptors on node")
        if f["status"] == "absent" and (f["stable"] or f["morphology"] or f["distribution"] or f["descriptors"]
                                        or "location" in f or "size_mm" in f):
            err(case, f"absent finding {i} with attributes")
        if "location" in f:
            for lk, lv in f["location"].items():
                if lk not in LOCP:
                    err(case, f"location key {lk}")
                elif lk == "clock":
                    if not re.fullmatch(r"(1[0-2]|[1-9]):(00|30)", lv):
                        err(case, f"clock {lv}")
                elif lv not in LOCP[lk]["enum"]:
                    err(case, f"{lk}={lv}")
        if "size_mm" in f and not isinstance(f["size_mm"], (int, float)):
            err(case, "size")
    r = g["recommendations"]
    if r != sorted(set(r)) or any(x not in RECS for x in r):
        err(case, f"recommendations {r}")


names = sorted(os.listdir(FOLDER))
cases = set()
for n in names:
    if n in ("_src", "README.md") or n.startswith("FIRST_LOOK"):
        continue
    m = re.fullmatch(r"((us|mri|cem)23_\d\d_[a-z0-9_]+)\.(txt|expected\.json)", n)
    if not m:
        errors.append(f"stray file {n}")
        continue
    cases.add(m.group(1))
for c in sorted(cases):
    if not os.path.exists(os.path.join(FOLDER, c + ".txt")) or not os.path.exists(os.path.join(FOLDER, c + ".expected.json")):
        err(c, "pair incomplete")
        continue
    if not open(os.path.join(FOLDER, c + ".txt")).read().strip():
        err(c, "empty text")
    try:
        check(c, json.load(open(os.path.join(FOLDER, c + ".expected.json"))))
    except Exception as e:  # noqa
        err(c, f"unreadable: {e!r}")
ids = [c.split("_")[0] + "_" + c.split("_")[1] for c in cases]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
for e in errors:
    print(e)
print(f"{len(cases)} reports, {len(errors)} errors")
sys.exit(1 if errors else 0)
