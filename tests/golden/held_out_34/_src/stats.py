from collections import Counter
from common import expected
import data_t, data_r
for mod in (data_t, data_r):
    kinds, status, stable, total = Counter(), Counter(), 0, 0
    for it in mod.ITEMS:
        e = expected(it)
        by = " ".join(f"{s[0].upper()}{c}" for s, c in e["assessment"]["by_breast"].items())
        print(f"| {it['id'][:6]} | {it['setting']}; {it['form']} | {it['overall']} | {by} | {it['density']} | {len(e['findings'])} |")
        for f in e["findings"]:
            kinds[f["kind"]] += 1; status[f["status"]] += 1; stable += f["stable"]; total += 1
    print(total, dict(kinds), dict(status), "stable", stable)
    print("overall", Counter(i["overall"] for i in mod.ITEMS), "density", Counter(i["density"] for i in mod.ITEMS))
