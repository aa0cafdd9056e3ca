import json, os, collections as C
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
k, s, st, ov, bb, pu = C.Counter(), C.Counter(), 0, C.Counter(), C.Counter(), C.Counter()
n = nf = 0
for f in sorted(os.listdir(OUT)):
    if not f.endswith('.expected.json'): continue
    x = json.load(open(os.path.join(OUT, f))); n += 1
    ov[x['assessment']['overall']] += 1; bb[len(x['assessment']['by_breast'])] += 1; pu[x['exam']['purpose']] += 1
    for g in x['findings']:
        nf += 1; k[g['kind']] += 1; s[g['status']] += 1; st += g['stable']
print(n, 'reports,', nf, 'findings'); print('kinds', dict(k.most_common())); print('status', dict(s), 'stable', st)
print('overall', dict(ov.most_common())); print('by_breast sides', dict(bb)); print('purpose', dict(pu))
