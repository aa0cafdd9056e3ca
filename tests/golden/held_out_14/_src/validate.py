"""Checks every expected file of held_out_14 (json only; never imports the engine)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = "/work/shared/contracts/findings.schema.json"
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}
USED_KINDS = {"calcification", "mass", "asymmetry", "architectural_distortion", "lymph_node", "skin", "other"}


def main():
    schema = json.load(open(SCHEMA))
    d = schema["$defs"]
    fp = d["finding"]["properties"]
    cats = set(d["category"]["enum"])
    kinds = set(fp["kind"]["enum"])
    breasts = set(d["breast"]["enum"])
    statuses = set(fp["status"]["enum"])
    morphs = set(d["morphology"]["enum"])
    dists = set(d["distribution"]["enum"])
    dens = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
    errors = []
    seen = set()
    counts = {}
    for part, prefix, n in (("teaching", "t14", 20), ("reports", "r14", 15)):
        folder = os.path.join(ROOT, part)
        names = sorted(os.listdir(folder))
        txt = {x[:-4] for x in names if x.endswith(".txt")}
        exp = {x[:-len(".expected.json")] for x in names if x.endswith(".expected.json")}
        stray = [x for x in names if not (x.endswith(".txt") or x.endswith(".expected.json"))]
        if stray:
            errors.append("%s: stray files %s" % (part, stray))
        if txt != exp:
            errors.append("%s: unpaired %s" % (part, sorted(txt ^ exp)))
        nums = []
        for i in sorted(txt):
            m = re.fullmatch(prefix + r"_(\d\d)_[a-z0-9_]+", i)
            if not m:
                errors.append("bad id %s" % i)
            else:
                nums.append(int(m.group(1)))
            if i in seen:
                errors.append("duplicate id %s" % i)
            seen.add(i)
            text = open(os.path.join(folder, i + ".txt"), encoding="utf-8").read()
            if not text.strip():
                errors.append("%s: empty text" % i)
            if i not in exp:
                continue
            e = json.load(open(os.path.join(folder, i + ".expected.json"), encoding="utf-8"))
            where = "%s/%s" % (part, i)
            if set(e) != {"density", "assessment", "findings"}:
                errors.append("%s: keys %s" % (where, sorted(e)))
                continue
            if e["density"] is not None and e["density"] not in dens:
                errors.append("%s: density %r" % (where, e["density"]))
            a = e["assessment"]
            if set(a) != {"overall", "by_breast"}:
                errors.append("%s: assessment keys %s" % (where, sorted(a)))
            ov, bb = a.get("overall"), a.get("by_breast", {})
            if ov is not None and ov not in cats:
                errors.append("%s: overall %r" % (where, ov))
            if not isinstance(bb, dict) or not set(bb) <= {"left", "right"}:
                errors.append("%s: by_breast %r" % (where, bb))
            for side, c in bb.items():
                if c not in cats:
                    errors.append("%s: by_breast %s %r" % (where, side, c))
                elif ov is None or ORDER.index(ov) < ORDER.index(c):
                    errors.append("%s: overall %r less serious than %s %r" % (where, ov, side, c))
            for k, f in enumerate(e["findings"]):
                fw = "%s finding %d" % (where, k)
                if set(f) != FKEYS:
                    errors.append("%s: keys %s" % (fw, sorted(f)))
                    continue
                if f["kind"] not in kinds or f["kind"] not in USED_KINDS:
                    errors.append("%s: kind %r" % (fw, f["kind"]))
                if f["breast"] not in breasts:
                    errors.append("%s: breast %r" % (fw, f["breast"]))
                if f["status"] not in statuses:
                    errors.append("%s: status %r" % (fw, f["status"]))
                if not isinstance(f["stable"], bool):
                    errors.append("%s: stable %r" % (fw, f["stable"]))
                if not isinstance(f["morphology"], list) or any(m not in morphs for m in f["morphology"]):
                    errors.append("%s: morphology %r" % (fw, f["morphology"]))
                elif f["morphology"] != sorted(set(f["morphology"])):
                    errors.append("%s: morphology not sorted/unique" % fw)
                if f["distribution"] not in dists:
                    errors.append("%s: distribution %r" % (fw, f["distribution"]))
                if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                    errors.append("%s: descriptors on a %s" % (fw, f["kind"]))
                if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
                    errors.append("%s: absent finding with descriptors or stable" % fw)
            counts[part] = counts.get(part, [0, 0])
            counts[part][0] += 1
            counts[part][1] += len(e["findings"])
        if sorted(nums) != list(range(1, n + 1)):
            errors.append("%s: numbering %s" % (part, sorted(nums)))
    for e in errors:
        print("ERROR", e)
    for part, (i, f) in counts.items():
        print("%s: %d items, %d findings" % (part, i, f))
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
