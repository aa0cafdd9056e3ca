import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import expected
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def gen_imp():
    from imp_data import IMPS
    seen = set()
    lines = []
    for n, setting, form, text, dens, overall, cats, finds in IMPS:
        iid = "imp25_%03d" % n
        assert iid not in seen
        seen.add(iid)
        lines.append(json.dumps({"id": iid, "text": text, "expected": expected(dens, overall, cats, finds)}))
    with open(os.path.join(ROOT, "impressions", "impressions.jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


def gen_teach():
    try:
        from teach_data import TEACH
    except ImportError:
        return 0
    d = os.path.join(ROOT, "teaching")
    for tid, setting, form, text, dens, overall, cats, finds in TEACH:
        with open(os.path.join(d, tid + ".txt"), "w") as f:
            f.write(text.strip("\n") + "\n")
        with open(os.path.join(d, tid + ".expected.json"), "w") as f:
            json.dump(expected(dens, overall, cats, finds), f, indent=2)
    return len(TEACH)


if __name__ == "__main__":
    print("impressions", gen_imp(), "teaching", gen_teach())
