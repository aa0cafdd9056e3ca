"""Print every text beside its expected reading (second read-through)."""
import sys, json
import gen_impressions, gen_phrases
which = sys.argv[1] if len(sys.argv) > 1 else 'imp'
rows = gen_impressions.rows() if which == 'imp' else gen_phrases.rows()
for r in rows:
    e = r['expected']
    print('=' * 20, r['id'])
    print(r['text'])
    print('  -> density', e['density'], '| overall', e['assessment']['overall'], '| by_breast', e['assessment']['by_breast'])
    for f in e['findings']:
        print('     ', f['kind'], f['breast'], f['status'], 'STABLE' if f['stable'] else '', f['morphology'] or '', f['distribution'] or '')
