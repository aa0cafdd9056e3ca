import json, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
part = sys.argv[1] if len(sys.argv) > 1 else "imp"
rel = "impressions/impressions.jsonl" if part == "imp" else "phrases/phrases.jsonl"
for line in open(os.path.join(ROOT, rel), encoding="utf-8"):
    o = json.loads(line); e = o["expected"]
    fs = ["%s/%s/%s%s%s%s" % (f["kind"][:5], f["breast"], f["status"][:3], "/s" if f["stable"] else "",
          "/" + ",".join(f["morphology"]) if f["morphology"] else "", "/" + f["distribution"] if f["distribution"] else "")
          for f in e["findings"]]
    print(o["id"], "|", o["text"].replace("\n", " // "))
    print("   ->", e["assessment"]["overall"], e["assessment"]["by_breast"], "; ".join(fs))
