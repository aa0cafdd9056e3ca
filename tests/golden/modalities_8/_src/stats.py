"""Prints the counts used in README.md (json only)."""
import collections, glob, json, os

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.Counter
kind, status, breast, overall, bbs, purpose, mods, dens, fgt, bpe, rec, desc, calc = (C() for _ in range(13))
nf = stable = 0
for p in sorted(glob.glob(os.path.join(SET, "*.expected.json"))):
    e = json.load(open(p))
    name = os.path.basename(p).split("_")[0]
    purpose[e["exam"]["purpose"]] += 1
    mods[" + ".join(e["exam"]["modalities"])] += 1
    dens[e["density"]] += 1
    fgt[(e["fibroglandular_tissue"] or {}).get("category")] += 1
    b = e["background_enhancement"]
    bpe["%s / %s" % (b["level"], b["symmetry"]) if b else None] += 1
    overall[e["assessment"]["overall"]] += 1
    n = len(e["assessment"]["by_breast"])
    bbs[{0: "{}", 1: "one side", 2: "both sides"}[n]] += 1
    for r in e["recommendations"]:
        rec[r] += 1
    for f in e["findings"]:
        nf += 1
        stable += f["stable"]
        kind[f["kind"]] += 1
        status[f["status"]] += 1
        breast[f["breast"]] += 1
        for k, v in f["descriptors"].items():
            desc[(k, v)] += 1
        if f["kind"] == "calcification":
            calc["%s %s %s" % (f["status"], ",".join(f["morphology"]) or "[]", f["distribution"])] += 1
print("findings", nf, "stable", stable)
for label, c in [("kind", kind), ("status", status), ("breast", breast), ("overall", overall), ("by_breast", bbs),
                 ("purpose", purpose), ("modalities", mods), ("density", dens), ("fgt", fgt), ("bpe", bpe),
                 ("recommendations", rec), ("calcifications", calc)]:
    print(label, dict(c.most_common()))
byname = collections.defaultdict(list)
for (k, v), n in sorted(desc.items()):
    byname[k].append("%s %d" % (v, n))
schema = json.load(open("/work/shared/contracts/findings.schema.json"))
props = schema["$defs"]["finding"]["properties"]["descriptors"]["properties"]
for k in props:
    missing = [v for v in props[k]["enum"] if (k, v) not in desc]
    print("%-22s %s%s" % (k, ", ".join(byname[k]), ("   MISSING: " + ", ".join(missing)) if missing else ""))
