"""Compact gold code -> expected JSON (json/stdlib only). Written for modalities_19."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIND = {'mass': 'mass', 'calc': 'calcification', 'asym': 'asymmetry', 'ad': 'architectural_distortion',
        'ln': 'lymph_node', 'skin': 'skin', 'nme': 'non_mass', 'focus': 'focus', 'impl': 'implant', 'other': 'other'}
SIDE = {'R': 'right', 'L': 'left', 'B': 'both', 'N': None}
STATUS = {'p': 'present', 'a': 'absent', 'q': 'possible'}
DESC = {'sh': 'shape', 'mg': 'margin', 'md': 'mass_density', 'or': 'orientation', 'ep': 'echo_pattern',
        'pf': 'posterior_features', 'va': 'vascularity', 'el': 'elasticity', 'ie': 'internal_enhancement',
        'nd': 'nme_distribution', 'ki': 'kinetics_initial', 'kd': 'kinetics_delayed', 'ir': 'implant_rupture'}
QUAD = {'uo': 'upper_outer', 'ui': 'upper_inner', 'lo': 'lower_outer', 'li': 'lower_inner', 'c': 'central',
        'sa': 'subareolar', 'at': 'axillary_tail'}
ORDER = ['1', '2', '3', '6', '0', '4', '4A', '4B', '4C', '5']
REC = ['routine_screening', 'short_interval_followup', 'additional_imaging', 'biopsy', 'surgical_consultation',
       'clinical_correlation', 'other']
MODS = {'us': 'ultrasound', 'mri': 'mri', 'cem': 'contrast_enhanced_mammography', 'mg': 'mammography'}

def finding(code):
    t = code.split()
    f = {'kind': KIND[t[0]], 'breast': SIDE[t[1]], 'status': STATUS[t[2]], 'stable': False,
         'morphology': [], 'distribution': None, 'descriptors': {}}
    loc = {}
    for x in t[3:]:
        if x == 's':
            f['stable'] = True
        elif x.startswith('@'):
            loc['clock'] = x[1:]
        elif x.startswith('m='):
            f['morphology'] = sorted(x[2:].split(','))
        elif x.startswith('d='):
            f['distribution'] = x[2:]
        elif x.startswith('q='):
            loc['quadrant'] = QUAD[x[2:]]
        elif x.startswith('dp='):
            loc['depth'] = x[3:]
        elif x.startswith('z='):
            v = float(x[2:]); f['size_mm'] = int(v) if v == int(v) else v
        else:
            k, v = x.split('=')
            f['descriptors'][DESC[k]] = v
    if loc:
        f['location'] = loc
    if 'size_mm' in f:  # keep key order: location before size_mm
        z = f.pop('size_mm'); f['size_mm'] = z
    return f

def expected(r):
    bb = r.get('bb', {})
    side = {'R': 'right', 'L': 'left'}
    by = {}
    for k, v in bb.items():
        by[side[k]] = v
    ov = r['overall']
    for v in by.values():
        assert ov is not None and ORDER.index(ov) >= ORDER.index(v), (r['id'], ov, v)
    bpe = r.get('bpe')
    if bpe:
        lv, sy = bpe.split('/')
        bpe = {'level': lv, 'symmetry': None if sy == '-' else sy}
    return {
        'exam': {'modalities': [MODS[m] for m in r['mods'].split()], 'purpose': r['purpose']},
        'density': r.get('density'),
        'fibroglandular_tissue': {'category': r['fgt']} if r.get('fgt') else None,
        'background_enhancement': bpe,
        'assessment': {'overall': ov, 'by_breast': by},
        'findings': [finding(c) for c in r['f']],
        'recommendations': sorted(set(r['rec']), key=REC.index),
    }

def write(reports):
    ids = set()
    for r in reports:
        assert r['id'] not in ids, r['id']; ids.add(r['id'])
        with open(os.path.join(OUT, r['id'] + '.txt'), 'w') as fh:
            fh.write(r['text'].strip('\n') + '\n')
        with open(os.path.join(OUT, r['id'] + '.expected.json'), 'w') as fh:
            json.dump(expected(r), fh, indent=2); fh.write('\n')
    return len(reports)
