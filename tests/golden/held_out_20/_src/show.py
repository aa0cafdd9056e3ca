"""Print each text beside its compact gold: python show.py [teach|rep] [id-prefix]"""
import sys, teach_data_1, teach_data_2, rep_data_1, rep_data_2
which = sys.argv[1] if len(sys.argv) > 1 else "teach"
items = teach_data_1.ITEMS + teach_data_2.ITEMS if which == "teach" else rep_data_1.ITEMS + rep_data_2.ITEMS
pre = sys.argv[2] if len(sys.argv) > 2 else ""
for it in items:
    if not it["id"].startswith(pre): continue
    print("=" * 100); print(it["id"], "|", it["style"]); print("-" * 100)
    print(it["text"].strip())
    print("-" * 100)
    print("GOLD overall=%s by_breast=%r density=%s" % (it["overall"], it["cats"], it["density"]))
    for f in it["findings"]: print("   ", f)
