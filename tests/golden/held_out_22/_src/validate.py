import json, os, sys, glob
from common import ROOT, ORDER
S = json.load(open("/work/shared/contracts/findings.schema.json"))["$defs"]
E = lambda k: S[k]["enum"]
kinds = set(S["finding"]["properties"]["kind"]["enum"]); stat = set(S["finding"]["properties"]["status"]["enum"])
errs = []; nf = 0
for sub, pre, n in (("teaching","t22_",20),("reports","r22_",15)):
    d = os.path.join(ROOT, sub); txt = sorted(glob.glob(d+"/*.txt")); js = sorted(glob.glob(d+"/*.expected.json"))
    if len(txt) != n or len(js) != n: errs.append(f"{sub}: {len(txt)} txt {len(js)} json")
    ids = [os.path.basename(x)[:-4] for x in txt]
    for k, i in enumerate(ids):
        if not i.startswith(f"{pre}{k+1:02d}_"): errs.append("id "+i)
        if not open(os.path.join(d,i+".txt")).read().strip(): errs.append("empty "+i)
        g = json.load(open(os.path.join(d,i+".expected.json")))
        if set(g) != {"density","assessment","findings"}: errs.append(i+" keys")
        if g["density"] not in ("a","b","c","d",None): errs.append(i+" density")
        a = g["assessment"]
        if set(a) != {"overall","by_breast"}: errs.append(i+" akeys")
        for s, c in a["by_breast"].items():
            if s not in ("left","right") or c not in E("category"): errs.append(i+" bb")
            if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(c): errs.append(i+" overall<breast")
        if a["overall"] is not None and a["overall"] not in E("category"): errs.append(i+" overall")
        seen = set()
        for f in g["findings"]:
            nf += 1
            if set(f) != {"kind","breast","status","stable","morphology","distribution"}: errs.append(i+" fkeys")
            if f["kind"] not in kinds or f["kind"] in ("non_mass","focus","implant"): errs.append(i+" kind")
            if f["breast"] not in E("breast") or f["status"] not in stat or not isinstance(f["stable"], bool): errs.append(i+" enum")
            if any(m not in E("morphology") for m in f["morphology"]) or f["distribution"] not in E("distribution"): errs.append(i+" morph")
            if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): errs.append(i+" morph on non-calc")
            if f["morphology"] != sorted(set(f["morphology"])): errs.append(i+" morph order")
            if f["status"] == "absent":
                if f["morphology"] or f["distribution"] or f["stable"]: errs.append(i+" absent with attrs")
                key = (f["kind"], f["breast"])
                if key in seen: errs.append(i+" absent twice")
                seen.add(key)
extra = [x for x in os.listdir(ROOT) if x not in ("teaching","reports","_src","README.md")]
if extra: errs.append("stray "+str(extra))
print("\n".join(errs) or "0 errors", nf, "findings"); sys.exit(bool(errs))
