"""Print each text beside its gold: show.py imp|ph [id-substring]"""
import os, sys
from common import ROOT, read_jsonl
part = sys.argv[1] if len(sys.argv) > 1 else "imp"
path = os.path.join(ROOT, "impressions/impressions.jsonl" if part == "imp" else "phrases/phrases.jsonl")
S = {"left": "L", "right": "R", "both": "B", None: "N"}
for r in read_jsonl(path):
    if len(sys.argv) > 2 and sys.argv[2] not in r["id"]:
        continue
    e = r["expected"]; a = e["assessment"]
    print("=" * 20, r["id"])
    print(r["text"])
    print("  -> density=%s overall=%s by_breast=%s" % (e["density"], a["overall"],
          " ".join("%s%s" % (S[k], v) for k, v in sorted(a["by_breast"].items(), reverse=True)) or "{}"))
    for f in e["findings"]:
        print("     %s %s %s%s %s %s" % (f["kind"], S[f["breast"]], f["status"], " stable" if f["stable"] else "",
              ",".join(f["morphology"]), f["distribution"] or ""))
