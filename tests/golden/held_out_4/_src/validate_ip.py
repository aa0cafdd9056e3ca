"""Validate held_out_4 impressions/ and phrases/ (plain json; never imports the engine).

Checks every JSONL line: keys (id/text/expected, and exactly density/assessment/findings), enum values
against /work/shared/contracts/findings.schema.json, ids unique and well formed, overall never less
serious than a breast's category, by_breast only left/right, findings have exactly the six keys,
morphology/distribution only on calcifications, morphology sorted and unique, absent findings carry no
descriptors and are not stable.  Prints counts used in README_impressions_phrases.md.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SCHEMA = "/work/shared/contracts/findings.schema.json"
ORDER = ["1", "2", "3", "6", "0", "4", "4A", "4B", "4C", "5"]
FKEYS = {"kind", "breast", "status", "stable", "morphology", "distribution"}


def main():
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    d = schema["$defs"]
    cats = set(d["category"]["enum"])
    sides = set(d["breast"]["enum"])
    morph = set(d["morphology"]["enum"])
    dist = set(d["distribution"]["enum"])
    fp = d["finding"]["properties"]
    kinds = set(fp["kind"]["enum"])
    statuses = set(fp["status"]["enum"])
    dens = set(schema["properties"]["density"]["oneOf"][1]["properties"]["category"]["enum"])
    assert set(ORDER) == cats

    errors = []
    seen = set()
    for part, fname, pat, n_expected in (("impressions", "impressions.jsonl", r"imp4_\d{3}$", 80),
                                         ("phrases", "phrases.jsonl", r"ph4_\d{3}$", 150)):
        path = os.path.join(ROOT, part, fname)
        stats = collections.defaultdict(collections.Counter)
        n = 0
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            n += 1
            where = "%s:%d" % (fname, ln)
            row = json.loads(line)
            if set(row) != {"id", "text", "expected"}:
                errors.append("%s keys %s" % (where, sorted(row)))
            rid = row.get("id", "")
            if not re.match(pat, rid):
                errors.append("%s bad id %r" % (where, rid))
            if rid in seen:
                errors.append("%s duplicate id %s" % (where, rid))
            seen.add(rid)
            if not row.get("text", "").strip():
                errors.append("%s empty text" % where)
            e = row["expected"]
            if set(e) != {"density", "assessment", "findings"}:
                errors.append("%s expected keys %s" % (where, sorted(e)))
            if e["density"] is not None and e["density"] not in dens:
                errors.append("%s density %r" % (where, e["density"]))
            stats["density"][e["density"]] += 1
            a = e["assessment"]
            if set(a) != {"overall", "by_breast"}:
                errors.append("%s assessment keys %s" % (where, sorted(a)))
            ov, bb = a["overall"], a["by_breast"]
            if ov is not None and ov not in cats:
                errors.append("%s overall %r" % (where, ov))
            if not set(bb) <= {"left", "right"}:
                errors.append("%s by_breast keys %s" % (where, sorted(bb)))
            for side, c in bb.items():
                if c not in cats:
                    errors.append("%s by_breast %s=%r" % (where, side, c))
                elif ov is None or ORDER.index(c) > ORDER.index(ov):
                    errors.append("%s overall %r less serious than %s %s" % (where, ov, side, c))
            stats["overall"][ov] += 1
            stats["by_breast"][{0: "empty", 1: "one-sided", 2: "two-sided"}[len(bb)]] += 1
            for i, f in enumerate(e["findings"]):
                fw = "%s finding %d" % (where, i)
                if set(f) != FKEYS:
                    errors.append("%s keys %s" % (fw, sorted(f)))
                    continue
                if f["kind"] not in kinds:
                    errors.append("%s kind %r" % (fw, f["kind"]))
                if f["breast"] not in sides:
                    errors.append("%s breast %r" % (fw, f["breast"]))
                if f["status"] not in statuses:
                    errors.append("%s status %r" % (fw, f["status"]))
                if not isinstance(f["stable"], bool):
                    errors.append("%s stable not bool" % fw)
                if not isinstance(f["morphology"], list) or any(m not in morph for m in f["morphology"]):
                    errors.append("%s morphology %r" % (fw, f["morphology"]))
                elif f["morphology"] != sorted(set(f["morphology"])):
                    errors.append("%s morphology not sorted/unique" % fw)
                if f["distribution"] not in dist:
                    errors.append("%s distribution %r" % (fw, f["distribution"]))
                if f["kind"] != "calcification" and (f["morphology"] or f["distribution"]):
                    errors.append("%s descriptors on a %s" % (fw, f["kind"]))
                if f["status"] == "absent" and (f["morphology"] or f["distribution"] or f["stable"]):
                    errors.append("%s absent finding with descriptors/stable" % fw)
                stats["kind"][f["kind"]] += 1
                stats["status"][f["status"]] += 1
                stats["breast"][f["breast"]] += 1
                stats["stable"][f["stable"]] += 1
                for m in f["morphology"]:
                    stats["morphology"][m] += 1
                if f["distribution"]:
                    stats["distribution"][f["distribution"]] += 1
            stats["n_findings"][len(e["findings"])] += 1
        if n != n_expected:
            errors.append("%s: %d items, expected %d" % (part, n, n_expected))
        total = sum(k * v for k, v in stats["n_findings"].items())
        print("== %s: %d items, %d findings" % (part, n, total))
        for key in ("overall", "by_breast", "density", "kind", "status", "breast", "stable",
                    "morphology", "distribution"):
            print("  %-12s %s" % (key, dict(sorted(stats[key].items(), key=lambda kv: -kv[1]))))
    print("errors:", len(errors))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
