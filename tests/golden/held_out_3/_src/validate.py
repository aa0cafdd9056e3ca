"""Checks every expected answer of held_out_3 (json only)."""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
S = json.load(open("/work/shared/contracts/findings.schema.json"))
D = S["$defs"]
CATS = set(D["category"]["enum"]); BRE = set(D["breast"]["enum"])
MOR = set(D["morphology"]["enum"]); DIS = set(D["distribution"]["enum"])
KIN = set(D["finding"]["properties"]["kind"]["enum"]); STA = set(D["finding"]["properties"]["status"]["enum"])
DEN = set(S["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
errors = []


def check(name, e):
    def err(m): errors.append(f"{name}: {m}")
    if set(e) != {"density", "assessment", "findings"}: err(f"keys {sorted(e)}")
    if e["density"] is not None and e["density"] not in DEN: err("density")
    a = e["assessment"]
    if set(a) != {"overall", "by_breast"}: err("assessment keys")
    if a["overall"] is not None and a["overall"] not in CATS: err("overall")
    for k, v in a["by_breast"].items():
        if k not in ("left", "right") or v not in CATS: err(f"by_breast {k}={v}")
    if a["by_breast"]:
        worst = max(a["by_breast"].values(), key=ORDER.index)
        if a["overall"] is None or ORDER.index(a["overall"]) < ORDER.index(worst):
            err(f"overall {a['overall']} less serious than breast {worst}")
    for f in e["findings"]:
        if set(f) != {"kind", "breast", "status", "stable", "morphology", "distribution"}: err(f"finding keys {f}")
        if f["kind"] not in KIN or f["breast"] not in BRE or f["status"] not in STA: err(f"enum {f}")
        if not isinstance(f["stable"], bool) or not isinstance(f["morphology"], list): err(f"types {f}")
        if any(m not in MOR for m in f["morphology"]) or f["distribution"] not in DIS: err(f"morph/dist {f}")
        if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]): err(f"descriptor on non-calc {f}")
        if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]): err(f"absent with descriptors {f}")
        if f["morphology"] != sorted(f["morphology"]): err("morphology not sorted")


n = {"reports": 0, "impressions": 0, "phrases": 0}
txts = sorted(glob.glob(os.path.join(ROOT, "reports", "*.txt")))
for t in txts:
    j = t[:-4] + ".expected.json"
    if not os.path.exists(j): errors.append(f"missing {j}")
    else:
        check(os.path.basename(j), json.load(open(j))); n["reports"] += 1
if len(glob.glob(os.path.join(ROOT, "reports", "*.expected.json"))) != len(txts): errors.append("orphan expected files")
for part, prefix in (("impressions", "imp3_"), ("phrases", "ph3_")):
    ids = set()
    for line in open(os.path.join(ROOT, part, part + ".jsonl")):
        o = json.loads(line)
        if set(o) != {"id", "text", "expected"}: errors.append(f"{part} line keys {sorted(o)}")
        if not o["id"].startswith(prefix) or o["id"] in ids: errors.append(f"bad/duplicate id {o['id']}")
        ids.add(o["id"]); check(o["id"], o["expected"]); n[part] += 1
print(n, "errors:", len(errors))
for e in errors: print(" ", e)
