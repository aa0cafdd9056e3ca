"""Check every expected file against the contract enums and the annotation rules (json/stdlib only)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
S = json.load(open('/work/shared/contracts/findings.schema.json'))
D = S['$defs']; F = D['finding']['properties']; P = S['properties']
CAT = D['category']['enum']; ORDER = ['1', '2', '3', '6', '0', '4', '4A', '4B', '4C', '5']
DESC = F['descriptors']['properties']
MODS = P['exam']['properties']['modalities']['items']['enum']
RECS = P['recommendations']['items']['properties']['kind']['enum']
TOP = ['exam', 'density', 'fibroglandular_tissue', 'background_enhancement', 'assessment', 'findings', 'recommendations']
FK = ['kind', 'breast', 'status', 'stable', 'morphology', 'distribution', 'descriptors']
US_D = {'orientation', 'echo_pattern', 'posterior_features', 'vascularity', 'elasticity'}
CE_D = {'internal_enhancement', 'nme_distribution', 'kinetics_delayed'}
errs = []
def e(i, m): errs.append(f'{i}: {m}')
files = sorted(os.listdir(OUT)); ids = sorted({f.split('.')[0] for f in files if not f.startswith(('_', 'README'))})
counts = {'us': 0, 'mri': 0, 'cem': 0}
for i in ids:
    m = re.match(r'^(us|mri|cem)19_(\d\d)_[a-z0-9_]+$', i)
    if not m: e(i, 'bad id'); continue
    counts[m.group(1)] += 1
    if not (i + '.txt' in files and i + '.expected.json' in files): e(i, 'pair missing'); continue
    x = json.load(open(os.path.join(OUT, i + '.expected.json')))
    if list(x) != TOP: e(i, 'top keys')
    mods = x['exam']['modalities']; mod = m.group(1)
    if list(x['exam']) != ['modalities', 'purpose']: e(i, 'exam keys')
    if any(v not in MODS for v in mods): e(i, 'modality')
    want = {'us': 'ultrasound', 'mri': 'mri', 'cem': 'contrast_enhanced_mammography'}[mod]
    if want not in mods: e(i, 'modality of id missing')
    if x['exam']['purpose'] not in ('screening', 'diagnostic', None): e(i, 'purpose')
    if x['density'] not in (None, 'a', 'b', 'c', 'd'): e(i, 'density')
    if x['density'] is not None and not ({'mammography', 'contrast_enhanced_mammography'} & set(mods)): e(i, 'density without mammo')
    fg = x['fibroglandular_tissue']
    if fg is not None and (list(fg) != ['category'] or fg['category'] not in 'abcd' or mod != 'mri'): e(i, 'fgt')
    b = x['background_enhancement']
    if b is not None:
        if list(b) != ['level', 'symmetry'] or b['level'] not in ('minimal', 'mild', 'moderate', 'marked') \
           or b['symmetry'] not in ('symmetric', 'asymmetric', None) or mod == 'us': e(i, 'bpe')
    a = x['assessment']
    if list(a) != ['overall', 'by_breast']: e(i, 'assessment keys')
    ov = a['overall']
    if ov is not None and ov not in CAT: e(i, 'overall enum')
    for s, c in a['by_breast'].items():
        if s not in ('left', 'right') or c not in CAT: e(i, 'by_breast')
        elif ov is None or ORDER.index(ov) < ORDER.index(c): e(i, f'overall {ov} less serious than {s} {c}')
    if a['by_breast'] and ov != max(a['by_breast'].values(), key=ORDER.index): e(i, 'overall != most serious breast (check stated overall)')
    for n, f in enumerate(x['findings']):
        k = list(f)
        if k[:7] != FK or any(z not in ('location', 'size_mm') for z in k[7:]): e(i, f'f{n} keys')
        if f['kind'] not in F['kind']['enum']: e(i, f'f{n} kind')
        if f['breast'] not in ('left', 'right', 'both', None): e(i, f'f{n} breast')
        if f['status'] not in ('present', 'possible', 'absent'): e(i, f'f{n} status')
        if not isinstance(f['stable'], bool): e(i, f'f{n} stable')
        if any(v not in D['morphology']['enum'] for v in f['morphology']) or f['morphology'] != sorted(f['morphology']): e(i, f'f{n} morph')
        if f['distribution'] not in D['distribution']['enum']: e(i, f'f{n} dist')
        if f['kind'] != 'calcification' and (f['morphology'] or f['distribution']): e(i, f'f{n} morph/dist on non-calc')
        for dn, dv in f['descriptors'].items():
            if dn not in DESC or dv not in DESC[dn]['enum']: e(i, f'f{n} descriptor {dn}={dv}')
            if dn in US_D and mod != 'us': e(i, f'f{n} US descriptor on {mod}')
            if (dn in CE_D or dn == 'kinetics_initial') and mod == 'us': e(i, f'f{n} enhancement on US')
            if dn == 'kinetics_initial' and mod != 'mri': e(i, f'f{n} initial kinetics off MRI')
            if dn == 'mass_density' and mod != 'cem': e(i, f'f{n} mass_density off CEM')
            if dn == 'nme_distribution' and f['kind'] != 'non_mass': e(i, f'f{n} nme_distribution on {f["kind"]}')
            if (dn == 'implant_rupture') != (f['kind'] == 'implant'): e(i, f'f{n} implant_rupture')
        if f['kind'] == 'implant' and 'implant_rupture' not in f['descriptors']: e(i, f'f{n} implant w/o rupture value')
        if f['kind'] == 'focus' and mod != 'mri': e(i, f'f{n} focus off MRI')
        if f['status'] == 'absent' and (f['descriptors'] or f['morphology'] or f['distribution'] or f['stable'] or 'location' in f or 'size_mm' in f): e(i, f'f{n} absent with detail')
        loc = f.get('location')
        if loc is not None:
            for lk, lv in loc.items():
                if lk == 'clock' and not re.match(r'^(1[0-2]|[1-9]):[0-5]\d$', lv): e(i, f'f{n} clock')
                elif lk == 'quadrant' and lv not in F['location']['properties']['quadrant']['enum']: e(i, f'f{n} quadrant')
                elif lk == 'depth' and lv not in ('anterior', 'middle', 'posterior'): e(i, f'f{n} depth')
                elif lk not in ('clock', 'quadrant', 'depth'): e(i, f'f{n} loc key')
        if 'size_mm' in f and not (isinstance(f['size_mm'], (int, float)) and 0 < f['size_mm'] < 200): e(i, f'f{n} size')
    r = x['recommendations']
    if any(v not in RECS for v in r) or r != sorted(set(r), key=RECS.index): e(i, 'recs')
for f in files:
    if not (f in ('_src', 'README.md') or f.endswith(('.txt', '.expected.json'))): e(f, 'stray file')
print(sum(counts.values()), 'reports', counts, len(errs), 'errors')
for x in errs: print(' ', x)
sys.exit(1 if errs else 0)
