"""Compact gold notation for held_out_15 (json only, no engine import).

Finding code: "calc L p s m:punctate,round d:grouped"
  kind: calc mass asym ad ln skin oth
  breast: L R B N ; status: p (present) a (absent) q (possible) ; stable: s / - (default not stable)
by_breast code: "R4A L2" ; "B2" = both 2 ; "" = {} ; same side twice keeps the more serious.
extra: categories asserted but not tied to a breast (or a stated overall) - they count toward overall.
"""
import json, os

ORDER = ['1', '2', '3', '6', '0', '4', '4A', '4B', '4C', '5']
KINDS = {'calc': 'calcification', 'mass': 'mass', 'asym': 'asymmetry', 'ad': 'architectural_distortion',
         'ln': 'lymph_node', 'skin': 'skin', 'oth': 'other'}
SIDES = {'L': 'left', 'R': 'right', 'B': 'both', 'N': None}
STATUS = {'p': 'present', 'a': 'absent', 'q': 'possible'}
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def worse(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a if ORDER.index(a) >= ORDER.index(b) else b


def finding(code):
    toks = code.split()
    kind, side, status = KINDS[toks[0]], SIDES[toks[1]], STATUS[toks[2]]
    stable, morph, dist = False, [], None
    for t in toks[3:]:
        if t == 's':
            stable = True
        elif t == '-':
            pass
        elif t.startswith('m:'):
            morph = sorted(t[2:].split(','))
        elif t.startswith('d:'):
            dist = t[2:]
        else:
            raise ValueError('bad token %r in %r' % (t, code))
    if kind != 'calcification':
        assert not morph and dist is None, code
    if status == 'absent':
        assert not stable and not morph and dist is None, code
    return {'kind': kind, 'breast': side, 'status': status, 'stable': stable,
            'morphology': morph, 'distribution': dist}


def by_breast(code):
    bb = {}
    for t in code.split():
        side, cat = t[0], t[1:]
        assert cat in ORDER, code
        sides = ['right', 'left'] if side == 'B' else [{'R': 'right', 'L': 'left'}[side]]
        for s in sides:
            bb[s] = worse(bb.get(s), cat)
    return bb


def expected(density, bb, finds, extra=()):
    bbd = by_breast(bb)
    overall = None
    for c in list(bbd.values()) + list(extra):
        assert c in ORDER, c
        overall = worse(overall, c)
    for c in bbd.values():
        assert ORDER.index(overall) >= ORDER.index(c)
    assert density in (None, 'a', 'b', 'c', 'd')
    return {'density': density, 'assessment': {'overall': overall, 'by_breast': bbd},
            'findings': [finding(f) for f in finds]}


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
