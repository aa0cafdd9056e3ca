"""Print each text beside its expected reading: show.py [id-prefix]."""
import json, os, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pre = sys.argv[1] if len(sys.argv) > 1 else ""
for f in sorted(os.listdir(OUT)):
    if f.endswith(".txt") and f.startswith(pre):
        i = f[:-4]
        g = json.load(open(os.path.join(OUT, i + ".expected.json")))
        print("=" * 100, "\n" + i + "\n" + "-" * 100)
        print(open(os.path.join(OUT, f)).read())
        print("-- gold:", json.dumps(g["exam"]), "density", g["density"], "fgt", g["fibroglandular_tissue"],
              "bpe", g["background_enhancement"])
        print("   assessment", json.dumps(g["assessment"]), "rec", g["recommendations"])
        for fd in g["findings"]:
            extra = {k: fd[k] for k in ("location", "size_mm") if k in fd}
            print("   ", fd["kind"], fd["breast"], fd["status"], "stable" if fd["stable"] else "",
                  fd["morphology"] or "", fd["distribution"] or "", json.dumps(fd["descriptors"]), json.dumps(extra))
