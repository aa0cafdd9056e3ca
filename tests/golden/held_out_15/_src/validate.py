"""Validate held_out_15 (json only; no engine import). Usage: python validate.py [folder]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
SCHEMA = json.load(open('/work/shared/contracts/findings.schema.json'))
D = SCHEMA['$defs']
CATS = D['category']['enum']
BREASTS = D['breast']['enum']
MORPH = D['morphology']['enum']
DIST = D['distribution']['enum']
KINDS = D['finding']['properties']['kind']['enum']
STATUS = D['finding']['properties']['status']['enum']
DENS = SCHEMA['properties']['density']['oneOf'][1]['properties']['category']['enum']
ORDER = ['1', '2', '3', '6', '0', '4', '4A', '4B', '4C', '5']
USED_KINDS = {'calcification', 'mass', 'asymmetry', 'architectural_distortion', 'lymph_node', 'skin', 'other'}
errors = []

def err(i, m):
    errors.append('%s: %s' % (i, m))

def check(i, e):
    if set(e) != {'density', 'assessment', 'findings'}:
        err(i, 'expected keys %s' % sorted(e))
        return
    if e['density'] is not None and e['density'] not in DENS:
        err(i, 'density %r' % e['density'])
    a = e['assessment']
    if set(a) != {'overall', 'by_breast'}:
        err(i, 'assessment keys %s' % sorted(a))
        return
    ov, bb = a['overall'], a['by_breast']
    if ov is not None and ov not in CATS:
        err(i, 'overall %r' % ov)
    if not isinstance(bb, dict) or not set(bb) <= {'left', 'right'}:
        err(i, 'by_breast %r' % bb)
        return
    for s, c in bb.items():
        if c not in CATS:
            err(i, 'by_breast cat %r' % c)
        elif ov is None or ORDER.index(ov) < ORDER.index(c):
            err(i, 'overall %r less serious than %s %r' % (ov, s, c))
    for f in e['findings']:
        if set(f) != {'kind', 'breast', 'status', 'stable', 'morphology', 'distribution'}:
            err(i, 'finding keys %s' % sorted(f)); continue
        if f['kind'] not in KINDS or f['kind'] not in USED_KINDS:
            err(i, 'kind %r' % f['kind'])
        if f['breast'] not in BREASTS:
            err(i, 'breast %r' % f['breast'])
        if f['status'] not in STATUS:
            err(i, 'status %r' % f['status'])
        if not isinstance(f['stable'], bool):
            err(i, 'stable %r' % f['stable'])
        if not isinstance(f['morphology'], list) or any(m not in MORPH for m in f['morphology']):
            err(i, 'morphology %r' % f['morphology'])
        elif f['morphology'] != sorted(set(f['morphology'])):
            err(i, 'morphology not sorted/unique %r' % f['morphology'])
        if f['distribution'] not in DIST:
            err(i, 'distribution %r' % f['distribution'])
        if f['kind'] != 'calcification' and (f['morphology'] or f['distribution'] is not None):
            err(i, 'descriptors on %s' % f['kind'])
        if f['status'] == 'absent' and (f['stable'] or f['morphology'] or f['distribution'] is not None):
            err(i, 'absent finding with descriptors/stable')

def load(path, prefix, n):
    ids = []
    lines = open(path, encoding='utf-8').read().splitlines()
    if len(lines) != n:
        err(path, '%d lines, want %d' % (len(lines), n))
    for k, line in enumerate(lines, 1):
        r = json.loads(line)
        if set(r) != {'id', 'text', 'expected'}:
            err(path, 'line keys %s' % sorted(r))
            continue
        want = '%s_%03d' % (prefix, k)
        if r['id'] != want:
            err(r['id'], 'id out of order, want %s' % want)
        if not r['text'].strip():
            err(r['id'], 'empty text')
        ids.append(r['id'])
        check(r['id'], r['expected'])
    if len(set(ids)) != len(ids):
        err(path, 'duplicate ids')
    return len(lines)

ni = load(os.path.join(ROOT, 'impressions', 'impressions.jsonl'), 'imp15', 60)
np_ = load(os.path.join(ROOT, 'phrases', 'phrases.jsonl'), 'ph15', 90)
for d in ('impressions', 'phrases'):
    extra = set(os.listdir(os.path.join(ROOT, d))) - {d + '.jsonl'}
    if extra:
        err(d, 'stray files %s' % sorted(extra))
for e in errors:
    print('ERROR', e)
print('%d impressions, %d phrases, %d errors' % (ni, np_, len(errors)))
sys.exit(1 if errors else 0)
