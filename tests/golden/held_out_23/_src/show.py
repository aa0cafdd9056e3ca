"""Print each text beside its gold: show.py imp|ph"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
which = sys.argv[1] if len(sys.argv) > 1 else "imp"
path = os.path.join(ROOT, *(("impressions", "impressions.jsonl") if which == "imp" else ("phrases", "phrases.jsonl")))
for line in open(path, encoding="utf-8"):
    o = json.loads(line)
    e = o["expected"]
    a = e["assessment"]
    bb = " ".join("%s%s" % (k[0].upper(), v) for k, v in a["by_breast"].items())
    print("=" * 6, o["id"], "| overall", a["overall"], "| by", bb or "{}", "| dens", e["density"])
    print(o["text"])
    for f in e["findings"]:
        print("   ->", f["kind"], f["breast"], f["status"], "stable" if f["stable"] else "", f["morphology"] or "", f["distribution"] or "")
