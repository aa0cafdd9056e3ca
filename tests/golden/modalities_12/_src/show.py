"""Print each report text beside its expected reading: show.py [id-prefix ...] (json only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)


def brief(f):
    s = "%s %s %s%s" % (f["kind"], f["breast"], f["status"], " STABLE" if f["stable"] else "")
    if f["morphology"] or f["distribution"]:
        s += " m=%s d=%s" % (",".join(f["morphology"]), f["distribution"])
    if f["descriptors"]:
        s += " {" + ", ".join("%s=%s" % kv for kv in f["descriptors"].items()) + "}"
    if "location" in f:
        s += " loc=" + json.dumps(f["location"])
    if "size_mm" in f:
        s += " %smm" % f["size_mm"]
    return s


pre = sys.argv[1:] or [""]
for fn in sorted(os.listdir(SET_DIR)):
    if not fn.endswith(".txt") or not any(fn.startswith(p) for p in pre):
        continue
    stem = fn[:-4]
    g = json.load(open(os.path.join(SET_DIR, stem + ".expected.json")))
    print("=" * 100)
    print(stem)
    print("-" * 100)
    print(open(os.path.join(SET_DIR, fn)).read())
    print("-" * 40, "GOLD")
    print("exam:", g["exam"], "| density:", g["density"], "| FGT:", g["fibroglandular_tissue"], "| BPE:",
          g["background_enhancement"])
    print("assessment:", g["assessment"])
    for f in g["findings"]:
        print("  -", brief(f))
    print("rec:", g["recommendations"])
