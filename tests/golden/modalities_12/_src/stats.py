"""Counts of modalities_12 for the README (json only)."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/shared/contracts/findings.schema.json"))
DESC = SCHEMA["$defs"]["finding"]["properties"]["descriptors"]["properties"]

C = collections.Counter
kind, status, breast, overall, purpose, mods, dens, fgt, bpe, recs, bb = (C() for _ in range(11))
desc = collections.defaultdict(C)
n = nf = stable = 0
rows = []
for fn in sorted(os.listdir(SET_DIR)):
    if not fn.endswith(".expected.json"):
        continue
    g = json.load(open(os.path.join(SET_DIR, fn)))
    n += 1
    fs = g["findings"]
    nf += len(fs)
    for f in fs:
        kind[f["kind"]] += 1
        status[f["status"]] += 1
        breast[str(f["breast"])] += 1
        stable += f["stable"]
        for k, v in f["descriptors"].items():
            desc[k][v] += 1
    overall[str(g["assessment"]["overall"])] += 1
    b = g["assessment"]["by_breast"]
    bb["both sides" if len(b) == 2 else "one side" if b else "{}"] += 1
    purpose[g["exam"]["purpose"]] += 1
    for m in g["exam"]["modalities"]:
        mods[m] += 1
    dens[str(g["density"])] += 1
    fgt[str(g["fibroglandular_tissue"] and g["fibroglandular_tissue"]["category"])] += 1
    bp = g["background_enhancement"]
    bpe["null" if bp is None else "%s / %s" % (bp["level"], bp["symmetry"])] += 1
    for r in g["recommendations"]:
        recs[r] += 1
    byb = " ".join("%s%s" % (s[0].upper(), c) for s, c in b.items()) or "{}"
    rows.append((fn[:-len(".expected.json")], g["assessment"]["overall"], byb, g["density"], len(fs)))

print("reports", n, "findings", nf, "stable", stable)
for name, c in [("kind", kind), ("status", status), ("breast", breast), ("overall", overall), ("by_breast", bb),
                ("purpose", purpose), ("modalities", mods), ("density", dens), ("fgt", fgt), ("bpe", bpe),
                ("recommendations", recs)]:
    print(name, dict(c.most_common()))
missing = []
for k, spec in DESC.items():
    print("  %-20s %s" % (k, dict(desc[k].most_common())))
    for v in spec["enum"]:
        if v not in desc[k]:
            missing.append("%s=%s" % (k, v))
for k in ("non_mass", "focus", "implant"):
    if k not in kind:
        missing.append("kind " + k)
for c in "abcd":
    if c not in fgt:
        missing.append("fgt " + c)
for lvl in ("minimal", "mild", "moderate", "marked"):
    if not any(x.startswith(lvl) for x in bpe):
        missing.append("bpe " + lvl)
print("MISSING:", missing or "none")
if "-rows" in sys.argv:
    for r in rows:
        print("| %s | %s | %s | %s | %s |" % r)
