"""Print each text beside its compact gold: python show.py [id-prefix]"""
import sys, teach_data_1, teach_data_2, rep_data_1, rep_data_2
pre = sys.argv[1] if len(sys.argv) > 1 else ""
for it in teach_data_1.ITEMS + teach_data_2.ITEMS + rep_data_1.ITEMS + rep_data_2.ITEMS:
    if not it["id"].startswith(pre): continue
    print("=" * 100); print(it["id"], "|", it["style"]); print("-" * 100); print(it["text"].strip())
    print("-" * 100); print("GOLD density=%s overall=%s by_breast=%r" % (it["density"], it["overall"], it["cats"]))
    for c in it["find"]: print("   ", c)
