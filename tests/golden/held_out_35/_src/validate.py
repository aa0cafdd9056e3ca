"""Checks the held_out_35 files against the contract and the house rules. Exit 1 on any error."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = "/work/shared/contracts/findings.schema.json"
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
ANN_KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}
PARTS = {"impressions/impressions.jsonl": ("imp35", int(os.environ.get("N_IMP", 30))), "phrases/phrases.jsonl": ("ph35", int(os.environ.get("N_PH", 40)))}


def main(root=ROOT):
    sc = json.load(open(SCHEMA))
    d = sc["$defs"]
    cats = set(d["category"]["enum"])
    kinds = set(d["finding"]["properties"]["kind"]["enum"]) & ANN_KINDS
    breasts = set(d["breast"]["enum"])
    statuses = set(d["finding"]["properties"]["status"]["enum"])
    morphs = set(d["morphology"]["enum"])
    dists = set(d["distribution"]["enum"])
    dens = set(sc["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
    assert list(cats) and ORDER and set(ORDER) == cats
    errs = []
    # file pairs / no stray files
    for sub in ("impressions", "phrases"):
        p = os.path.join(root, sub)
        found = sorted(os.listdir(p)) if os.path.isdir(p) else []
        want = [os.path.basename(k) for k in PARTS if k.startswith(sub)]
        if found != want:
            errs.append("%s: files %s, want %s" % (sub, found, want))
    for rel, (prefix, n) in PARTS.items():
        path = os.path.join(root, rel)
        if not os.path.exists(path):
            errs.append("missing " + rel)
            continue
        lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != n:
            errs.append("%s: %d lines, want %d" % (rel, len(lines), n))
        for i, line in enumerate(lines, 1):
            o = json.loads(line)
            iid = o.get("id")
            w = "%s_%03d" % (prefix, i)
            if iid != w:
                errs.append("%s line %d: id %s want %s" % (rel, i, iid, w))
            if set(o) != {"id", "text", "expected"}:
                errs.append("%s: line keys %s" % (iid, sorted(o)))
            if not isinstance(o.get("text"), str) or not o["text"].strip():
                errs.append("%s: empty text" % iid)
            e = o.get("expected", {})
            if set(e) != {"density", "assessment", "findings"}:
                errs.append("%s: expected keys %s" % (iid, sorted(e)))
                continue
            if e["density"] is not None and e["density"] not in dens:
                errs.append("%s: density %r" % (iid, e["density"]))
            a = e["assessment"]
            if set(a) != {"overall", "by_breast"}:
                errs.append("%s: assessment keys %s" % (iid, sorted(a)))
            ov, bb = a.get("overall"), a.get("by_breast", {})
            if ov is not None and ov not in cats:
                errs.append("%s: overall %r" % (iid, ov))
            for k, v in bb.items():
                if k not in ("right", "left") or v not in cats:
                    errs.append("%s: by_breast %s=%r" % (iid, k, v))
            good = [v for v in bb.values() if v in cats]
            if good:
                top = max(good, key=ORDER.index)
                if ov != top:
                    errs.append("%s: overall %r != most serious per-breast %r" % (iid, ov, top))
            seen_abs = set()
            for f in e["findings"]:
                fk = {"kind", "breast", "status", "stable", "morphology", "distribution"}
                if set(f) != fk:
                    errs.append("%s: finding keys %s" % (iid, sorted(f)))
                    continue
                if f["kind"] not in kinds:
                    errs.append("%s: kind %r" % (iid, f["kind"]))
                if f["breast"] not in breasts:
                    errs.append("%s: breast %r" % (iid, f["breast"]))
                if f["status"] not in statuses:
                    errs.append("%s: status %r" % (iid, f["status"]))
                if not isinstance(f["stable"], bool):
                    errs.append("%s: stable %r" % (iid, f["stable"]))
                if any(m not in morphs for m in f["morphology"]):
                    errs.append("%s: morphology %r" % (iid, f["morphology"]))
                if f["morphology"] != sorted(set(f["morphology"])):
                    errs.append("%s: morphology not sorted/unique %r" % (iid, f["morphology"]))
                if f["distribution"] not in dists:
                    errs.append("%s: distribution %r" % (iid, f["distribution"]))
                if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                    errs.append("%s: morphology/distribution on %s" % (iid, f["kind"]))
                if f["status"] == "absent":
                    if f["stable"] or f["morphology"] or f["distribution"]:
                        errs.append("%s: absent %s with attributes" % (iid, f["kind"]))
                    key = (f["kind"], f["breast"])
                    if key in seen_abs:
                        errs.append("%s: duplicate absent %s" % (iid, key))
                    seen_abs.add(key)
    for x in errs:
        print("ERROR", x)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ROOT))
