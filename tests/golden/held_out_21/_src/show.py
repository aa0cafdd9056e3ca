"""Prints each text beside its gold: show.py imp|ph"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sub = {"imp": "impressions", "ph": "phrases"}[sys.argv[1]]
for l in open(os.path.join(ROOT, sub, sub + ".jsonl"), encoding="utf-8"):
    d = json.loads(l); e = d["expected"]; a = e["assessment"]
    fs = "; ".join("%s %s %s%s%s%s" % (f["kind"], f["breast"], f["status"], " stable" if f["stable"] else "",
                   " " + ",".join(f["morphology"]) if f["morphology"] else "",
                   " " + f["distribution"] if f["distribution"] else "") for f in e["findings"])
    print("=" * 8, d["id"], "| overall", a["overall"], "| bb", a["by_breast"], "| dens", e["density"])
    print(d["text"]); print("  ->", fs or "(no findings)")
