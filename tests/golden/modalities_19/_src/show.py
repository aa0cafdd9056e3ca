"""Print each text beside its compact gold: show.py [id-prefix]"""
import sys, gen_us, gen_mri, gen_cem
pre = sys.argv[1] if len(sys.argv) > 1 else ''
for r in gen_us.R + gen_mri.R + gen_cem.R:
    if not r['id'].startswith(pre): continue
    print('=' * 100); print(r['id']); print(r['text'].strip())
    print('-' * 40, 'GOLD')
    print(' mods', r['mods'], '| purpose', r['purpose'], '| density', r.get('density'), '| fgt', r.get('fgt'), '| bpe', r.get('bpe'))
    print(' overall', r['overall'], '| by_breast', r['bb'], '| rec', r['rec'])
    for f in r['f']: print('  ', f)
