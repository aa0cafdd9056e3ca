from collections import Counter
import data_t, data_r
for name, items in (("teaching", data_t.ITEMS), ("reports", data_r.ITEMS)):
    ov = Counter(i["overall"] for i in items); de = Counter(str(i["density"]) for i in items)
    k = Counter(c.split()[0] for i in items for c in i["f"]); st = Counter(c.split()[2] for i in items for c in i["f"])
    s = sum(1 for i in items for c in i["f"] if " s" in " " + " ".join(c.split()[3:]) or c.split()[3:4] == ["s"])
    print(name, len(items), "items", sum(len(i["f"]) for i in items), "findings")
    print("  overall", dict(ov)); print("  density", dict(de)); print("  kinds", dict(k)); print("  status", dict(st), "stable", s)
