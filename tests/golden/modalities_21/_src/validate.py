"""Check every expected file of this set against the contract and the house rules (json + jsonschema only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
D = SCHEMA["$defs"]
CAT = D["category"]["enum"]
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
KINDS = D["finding"]["properties"]["kind"]["enum"]
SIDES = D["breast"]["enum"]
STAT = D["finding"]["properties"]["status"]["enum"]
MORPH = D["morphology"]["enum"]
DIST = D["distribution"]["enum"]
DESCS = {k: v["enum"] for k, v in D["finding"]["properties"]["descriptors"]["properties"].items()}
LOC = D["finding"]["properties"]["location"]["properties"]
P = SCHEMA["properties"]
MODS = P["exam"]["properties"]["modalities"]["items"]["enum"]
PURP = P["exam"]["properties"]["purpose"]["enum"]
DENS = P["density"]["oneOf"][1]["properties"]["category"]["enum"]
FGT = P["fibroglandular_tissue"]["oneOf"][1]["properties"]["category"]["enum"]
BPE = P["background_enhancement"]["oneOf"][1]["properties"]["level"]["enum"]
SYM = P["background_enhancement"]["oneOf"][1]["properties"]["symmetry"]["enum"]
RECS = P["recommendations"]["items"]["properties"]["kind"]["enum"]
TOP = ["exam", "density", "fibroglandular_tissue", "background_enhancement", "assessment", "findings", "recommendations"]
FKEYS = ["kind", "breast", "status", "stable", "morphology", "distribution", "descriptors"]
US_ONLY = {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"}
ENH = {"internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed"}
ID = re.compile(r"^(us|mri|cem)21_\d\d_[a-z0-9_]+$")


def check(name, e):
    err = []
    def bad(m): err.append(f"{name}: {m}")
    if list(e) != TOP: bad(f"top keys {list(e)}")
    ex = e.get("exam", {})
    if list(ex) != ["modalities", "purpose"]: bad("exam keys")
    mods = ex.get("modalities", [])
    for m in mods:
        if m not in MODS: bad(f"modality {m}")
    if len(set(mods)) != len(mods): bad("dup modality")
    if ex.get("purpose") not in PURP: bad("purpose")
    pre = name.split("21_")[0]
    need = {"us": "ultrasound", "mri": "mri", "cem": "contrast_enhanced_mammography"}[pre]
    if need not in mods: bad(f"{need} missing from modalities")
    if e.get("density") is not None:
        if e["density"] not in DENS: bad("density enum")
        if not ({"mammography", "contrast_enhanced_mammography", "tomosynthesis"} & set(mods)): bad("density without mammography/CEM")
    fg = e.get("fibroglandular_tissue")
    if fg is not None:
        if list(fg) != ["category"] or fg["category"] not in FGT: bad("fgt")
        if "mri" not in mods: bad("fgt without mri")
    bp = e.get("background_enhancement")
    if bp is not None:
        if list(bp) != ["level", "symmetry"] or bp["level"] not in BPE or bp["symmetry"] not in SYM: bad("bpe")
        if not ({"mri", "contrast_enhanced_mammography"} & set(mods)): bad("bpe without mri/cem")
    a = e.get("assessment", {})
    if list(a) != ["overall", "by_breast"]: bad("assessment keys")
    ov, bb = a.get("overall"), a.get("by_breast", {})
    if ov is not None and ov not in CAT: bad("overall enum")
    for s, c in bb.items():
        if s not in ("left", "right") or c not in CAT: bad(f"by_breast {s}:{c}")
    if bb:
        top = max(bb.values(), key=ORDER.index)
        if ov != top: bad(f"overall {ov} != most serious breast {top}")
    for i, f in enumerate(e.get("findings", [])):
        w = f"finding {i}"
        if list(f)[:7] != FKEYS or not set(list(f)[7:]) <= {"location", "size_mm"}: bad(f"{w} keys {list(f)}")
        if f["kind"] not in KINDS: bad(f"{w} kind")
        if f["breast"] not in SIDES: bad(f"{w} breast")
        if f["status"] not in STAT: bad(f"{w} status")
        if not isinstance(f["stable"], bool): bad(f"{w} stable")
        if any(m not in MORPH for m in f["morphology"]) or f["morphology"] != sorted(f["morphology"]): bad(f"{w} morphology")
        if f["distribution"] not in DIST: bad(f"{w} distribution")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): bad(f"{w} morph/dist on non-calc")
        for k, v in f["descriptors"].items():
            if k not in DESCS or v not in DESCS[k]: bad(f"{w} descriptor {k}={v}")
            if k in US_ONLY and pre != "us": bad(f"{w} US descriptor {k} on {pre}")
            if k in ENH and pre == "us": bad(f"{w} enhancement descriptor on US")
            if k == "mass_density" and pre != "cem": bad(f"{w} mass_density off CEM")
            if k == "kinetics_initial" and pre != "mri": bad(f"{w} initial kinetics off MRI")
            if k == "nme_distribution" and f["kind"] != "non_mass": bad(f"{w} nme_distribution on {f['kind']}")
            if k == "implant_rupture" and f["kind"] != "implant": bad(f"{w} rupture off implant")
        if f["kind"] == "implant" and "implant_rupture" not in f["descriptors"]: bad(f"{w} implant without rupture value")
        if f["kind"] == "lymph_node" and f["descriptors"]: bad(f"{w} descriptors on node")
        if f["kind"] == "focus" and pre != "mri": bad(f"{w} focus off MRI")
        if f["status"] == "absent" and (f["descriptors"] or f["morphology"] or f["distribution"] or f["stable"]
                                        or "location" in f or "size_mm" in f): bad(f"{w} absent with detail")
        if "location" in f:
            L = f["location"]
            if not L or list(L) != [k for k in ("clock", "quadrant", "depth") if k in L]: bad(f"{w} location keys")
            if "clock" in L and not re.fullmatch(r"(1[0-2]|[1-9]):[0-5]\d", L["clock"]): bad(f"{w} clock")
            if "quadrant" in L and L["quadrant"] not in LOC["quadrant"]["enum"]: bad(f"{w} quadrant")
            if "depth" in L and L["depth"] not in LOC["depth"]["enum"]: bad(f"{w} depth")
        if "size_mm" in f and not (isinstance(f["size_mm"], (int, float)) and f["size_mm"] > 0): bad(f"{w} size")
    r = e.get("recommendations", [])
    if any(x not in RECS for x in r) or r != sorted(set(r)): bad("recommendations")
    return err


def main():
    names = sorted(os.listdir(DIR))
    errs, n = [], 0
    txt = {x[:-4] for x in names if x.endswith(".txt")}
    exp = {x[:-14] for x in names if x.endswith(".expected.json")}
    for x in names:
        if x in ("README.md", "_src") or x.endswith(".txt") or x.endswith(".expected.json") or x.endswith(".md"):
            continue
        errs.append(f"stray file {x}")
    for x in sorted(txt ^ exp): errs.append(f"unpaired {x}")
    for x in sorted(txt | exp):
        if not ID.match(x): errs.append(f"bad id {x}")
    for x in sorted(exp):
        n += 1
        try:
            e = json.load(open(os.path.join(DIR, x + ".expected.json")))
        except Exception as ex:
            errs.append(f"{x}: json {ex}"); continue
        errs += check(x, e)
        t = open(os.path.join(DIR, x + ".txt")).read() if x in txt else ""
        if len(t.strip()) < 80: errs.append(f"{x}: text too short")
    for m in errs: print(m)
    print(f"{n} reports, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
