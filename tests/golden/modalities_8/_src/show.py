import sys
from gen_all import ALL
for r in ALL:
    if sys.argv[1] not in r["id"]:
        continue
    print("=" * 100); print(r["id"]); print(r["text"])
    print("--- GOLD: mods=%s purpose=%s density=%s fgt=%s bpe=%s overall=%s bb=%s rec=%s" % (r["mods"], r["purpose"], r.get("density"), r.get("fgt"), r.get("bpe"), r.get("overall"), r.get("bb"), r.get("rec")))
    for f in r["f"]:
        print("   ", f)
