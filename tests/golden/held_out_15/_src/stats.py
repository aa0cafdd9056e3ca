"""Counts for the README (json only)."""
import json, os, collections
from common import ROOT, ORDER
import imp_data_1, imp_data_2, phr_data
def load(p):
    return [json.loads(l) for l in open(os.path.join(ROOT, p), encoding='utf-8')]
def report(name, rows):
    ov = collections.Counter(r['expected']['assessment']['overall'] for r in rows)
    bb = collections.Counter(len(r['expected']['assessment']['by_breast']) for r in rows)
    diff = sum(1 for r in rows if len(set(r['expected']['assessment']['by_breast'].values())) == 2)
    dens = collections.Counter(r['expected']['density'] for r in rows)
    F = [f for r in rows for f in r['expected']['findings']]
    print('==', name, len(rows), 'items,', len(F), 'findings')
    print(' overall:', ', '.join('%s x%d' % (k, ov[k]) for k in ORDER + [None] if ov[k]))
    print(' by_breast two-sided %d (different categories %d), one-sided %d, empty %d' % (bb[2], diff, bb[1], bb[0]))
    print(' density:', dict(dens))
    print(' kind:', collections.Counter(f['kind'] for f in F).most_common())
    print(' status:', collections.Counter(f['status'] for f in F).most_common())
    print(' breast:', collections.Counter(f['breast'] for f in F).most_common())
    print(' stable:', sum(f['stable'] for f in F))
report('impressions', load('impressions/impressions.jsonl'))
B = imp_data_1.BLOCKS + imp_data_2.BLOCKS
print(' less common blocks:', sum(b['lc'] for b in B))
report('phrases', load('phrases/phrases.jsonl'))
print(' groups:', collections.Counter(p['group'] for p in phr_data.PHRASES).most_common())
print(' less common phrases:', sum(p['lc'] for p in phr_data.PHRASES))
