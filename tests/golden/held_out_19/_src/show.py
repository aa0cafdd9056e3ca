"""show.py imp|ph [id-prefix]: each text beside its gold."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
part = sys.argv[1]
path = os.path.join(ROOT, "impressions/impressions.jsonl" if part == "imp" else "phrases/phrases.jsonl")
pre = sys.argv[2] if len(sys.argv) > 2 else ""
AB = {"calcification": "calc", "mass": "mass", "asymmetry": "asym", "architectural_distortion": "ad",
      "lymph_node": "ln", "skin": "skin", "other": "other"}
for line in open(path):
    r = json.loads(line)
    if not r["id"].startswith(pre):
        continue
    e = r["expected"]
    print("=" * 20, r["id"])
    print(r["text"])
    a = e["assessment"]
    print("  -> overall=%s by_breast=%s density=%s" % (a["overall"], a["by_breast"], e["density"]))
    for f in e["findings"]:
        print("     %s %s %s%s %s %s" % (AB[f["kind"]], f["breast"], f["status"], " stable" if f["stable"] else "",
                                       ",".join(f["morphology"]), f["distribution"] or ""))
