R = []
def add(**k): R.append(k)

add(id='mri19_01_greece_lesion_table_dashes_right_spiculated_washout_left_focal_nme_5', mods='mri', purpose='diagnostic',
    fgt='c', bpe='mild/symmetric', overall='5', bb={'R': '5', 'L': '4A'}, rec=['additional_imaging', 'biopsy'], f=[
    'mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 dp=middle z=16',
    'mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @3:00 z=7',
    'nme L p nd=focal ie=clumped ki=medium kd=plateau @12:00 z=18',
    'ln B a'], text='''
ATTIKI DIAGNOSTIC IMAGING CENTRE - MRI DEPARTMENT, ATHENS

MRI OF BOTH BREASTS WITH I.V. CONTRAST (DCE-MRI)
Indication: 49 y.o., palpable thickening in the right breast; mammography and US elsewhere inconclusive.
Technique: 1.5T, dedicated 16-ch breast coil. Axial T2, STIR, DWI (b 0/800), dynamic 3D T1 FS pre and 5 post gadobutrol, subtractions, MIP.

Amount of fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: mild, symmetric.

Lesions:
| # | Side | Site | Type | Size | Shape | Margin | NME distribution | Internal enhancement | Initial | Delayed | BI-RADS |
|---|------|------|------|------|-------|--------|------------------|----------------------|---------|---------|---------|
| 1 | R | 10 o'clock, middle depth | mass | 16 mm | irregular | spiculated | - | heterogeneous | fast | washout | 5 |
| 2 | L | 3 o'clock | mass | 7 mm | oval | circumscribed | - | dark internal septations | slow | persistent | 2 |
| 3 | L | 12 o'clock | NME | 18 mm | - | - | focal | clumped | medium | plateau | 4A |

No axillary lymphadenopathy. Chest wall and pectoral muscles intact.

CONCLUSION:
Right breast: BI-RADS 5 (lesion 1).
Left breast: BI-RADS 4A (lesion 3; lesion 2 probable fibroadenoma).
Second-look ultrasound and biopsy of lesions 1 and 3 are recommended.

Dr. E. Papadopoulou, Radiologist
''')

add(id='mri19_02_russia_translated_implant_protocol_left_intracapsular_right_intact_bi2', mods='mri', purpose='screening',
    fgt='a', overall='2', bb={}, rec=['surgical_consultation'], f=[
    'impl L p ir=intracapsular', 'impl R p ir=none', 'ln B a', 'mass B a'], text='''
MEDICAL DIAGNOSTIC CENTRE "MEDSCAN", MOSCOW
(translated from Russian)

MRI OF THE MAMMARY GLANDS (silicone protocol, without contrast enhancement)

Indication: augmentation mammoplasty in 2014 with silicone implants. Check of implant integrity, no complaints.

Description:
Both implants are located retropectorally. Right implant: the contour is smooth, the shell is intact, no signs of rupture.
Left implant: multiple curvilinear low-signal lines within the silicone gel ("linguine" sign) and a "keyhole" sign are seen - signs of intracapsular rupture. The fibrous capsule is preserved.
Silicone-containing lymph nodes in the axillary regions are not detected.
Mammary glands: fatty involution, fibroglandular tissue type a. No focal masses on T2 and T1 weighted images.

Conclusion: MR signs of intracapsular rupture of the left implant. The right implant is intact. BI-RADS 2.
Recommendation: consultation with a plastic surgeon.

Radiologist: I. V. Sokolova
''')

add(id='mri19_03_portugal_translated_discharge_segmental_clumped_nme_only_pattern_4c', mods='mri', purpose='diagnostic',
    fgt='b', bpe='minimal/symmetric', overall='4C', bb={'R': '4C', 'L': '1'}, rec=['biopsy'], f=[
    'nme R p nd=segmental ie=clumped z=38', 'other R p', 'mass L a', 'nme L a', 'ln B a'], text='''
HOSPITAL DE SANTA LUZIA - SERVICO DE IMAGIOLOGIA, LISBOA
(translated from Portuguese)

BREAST MRI
Clinical information: 44 years, bloody nipple discharge from the right breast; mammography and ultrasound without relevant changes.
Technique: 3T; axial T2, DWI, dynamic T1 with fat suppression before and after gadolinium, subtractions.

Report:
Fibroglandular tissue: scattered areas of fibroglandular tissue (b). Background parenchymal enhancement: minimal, symmetric.
Right breast: non-mass enhancement with segmental distribution and clumped internal pattern in the retroareolar region, extending towards the upper outer quadrant over 38 mm. Dilated retroareolar ducts with T1 hyperintense content (haematic).
Left breast: no masses or non-mass enhancement.
Axillae: no adenopathies.

Conclusion: Segmental clumped non-mass enhancement of the right breast, suspicious in the context of bloody discharge - BI-RADS 4C. Left breast BI-RADS 1.
Proposal: MRI-guided vacuum-assisted biopsy.

Dr. Joana Ferreira, Assistente Hospitalar de Radiologia
''')

add(id='mri19_04_venezuela_translated_one_paragraph_stable_scar_new_oval_mass_focus_bi3', mods='mri', purpose='screening',
    fgt='a', bpe='mild/symmetric', overall='3', bb={'L': '3', 'R': '2'}, rec=['short_interval_followup'], f=[
    'other R p s', 'mass L p sh=oval mg=circumscribed ie=homogeneous kd=persistent @2:00 dp=posterior z=8',
    'focus L p s @6:00 z=3', 'ln B a'], text='''
CENTRO MEDICO DOCENTE LA TRINIDAD - UNIDAD DE RESONANCIA MAGNETICA, CARACAS
(translated from Spanish)

BREAST MAGNETIC RESONANCE IMAGING WITH GADOLINIUM

Bilateral breast MRI was performed on a 1.5 T unit with a dedicated coil before and after intravenous gadolinium in a 51-year-old BRCA2 carrier with a previous benign excisional biopsy of the right breast in 2019, for annual screening, showing an almost entirely fatty composition on MRI (fibroglandular tissue category a) with mild symmetric background enhancement; in the right breast there are postsurgical changes with a scar in the upper outer quadrant, stable compared with the study of 2025 and without associated enhancement, and in the left breast at 2 o'clock in the posterior third there is a new oval mass of 8 mm with circumscribed margins and homogeneous enhancement with a persistent curve (type I), together with a 3 mm focus at 6 o'clock of the same breast, unchanged from the previous study, with no suspicious axillary lymph nodes bilaterally; we conclude BI-RADS 3 for the left breast and BI-RADS 2 for the right breast and suggest a control MRI in 6 months.

Dra. Mariela Gonzalez R., Medico Radiologo
''')

add(id='mri19_05_vietnam_numbered_findings_left_rim_mass_satellite_node_right_foci_5', mods='mri', purpose='diagnostic',
    fgt='d', bpe='moderate/symmetric', overall='5', bb={'L': '5', 'R': '2'}, rec=['additional_imaging', 'biopsy'], f=[
    'mass L p sh=irregular mg=irregular ie=rim ki=fast kd=washout @2:00 z=21',
    'mass L p sh=oval mg=circumscribed ie=homogeneous ki=fast kd=plateau @4:00 z=6',
    'ln L p z=14', 'focus R p kd=persistent', 'skin B a'], text='''
TAM ANH GENERAL HOSPITAL - HANOI
DEPARTMENT OF DIAGNOSTIC IMAGING

BREAST MRI WITH CONTRAST
Clinical: 46F, left breast mass, evaluate extent of disease before treatment.
Technique: 3.0T, T1, T2 FS, DWI, DCE 6 phases, subtraction.

Findings:
1. Amount of fibroglandular tissue: extreme (d). Background parenchymal enhancement: moderate, symmetric.
2. Left breast, 2 o'clock: irregular mass 21 x 18 mm, irregular margins, rim enhancement, fast initial enhancement, washout (type III curve). Restricted diffusion (ADC 0.85 x 10-3 mm2/s).
3. Left breast, 4 o'clock: oval mass 6 mm, circumscribed margin, homogeneous enhancement, fast initial phase, plateau delayed phase.
4. Left axilla: one lymph node 14 x 11 mm with cortical thickening 4 mm.
5. Right breast: several small enhancing foci, less than 5 mm, persistent kinetics.
6. No skin thickening, no nipple retraction on both sides.

Impression:
- Left breast 2 o'clock mass: BI-RADS 5. Left breast 4 o'clock mass: BI-RADS 4A.
- Right breast: benign foci, BI-RADS 2.
Recommend second-look ultrasound and US-guided biopsy of both left breast lesions and the left axillary node.

Dr. Tran Minh Duc
''')

add(id='mri19_06_us_rural_implant_mri_left_extracapsular_silicone_node_right_intact_bi2', mods='mri', purpose='diagnostic',
    fgt='b', overall='2', bb={}, rec=['surgical_consultation'], f=[
    'impl L p ir=extracapsular', 'ln L p z=12', 'impl R p ir=none', 'mass B a'], text='''
PRAIRIE VIEW REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY

EXAM: MRI BREAST BILATERAL WITHOUT CONTRAST (IMPLANT PROTOCOL)
HISTORY: 58 yo F, silicone implants placed 1998. Change in shape of the left breast.
COMPARISON: None available.
TECHNIQUE: Multiplanar silicone-selective, water-suppressed and fast spin echo T2 sequences. No IV contrast.

FINDINGS: Bilateral retroglandular single-lumen silicone implants. The left implant demonstrates multiple hypointense curvilinear lines within the gel (linguine sign), and there is free silicone outside the fibrous capsule in the upper outer left breast, compatible with extracapsular rupture. There is a silicone-laden left axillary lymph node measuring 12 mm. The right implant is intact with a few radial folds, no evidence of rupture. Fibroglandular tissue is scattered. No suspicious mass identified within the limits of a noncontrast exam.

IMPRESSION:
1. Left implant extracapsular rupture with silicone in a left axillary lymph node.
2. Intact right implant.
BI-RADS 2: Benign.
Recommend plastic surgery consultation.

Electronically signed: T. Lindqvist, MD
''')

add(id='mri19_07_malaysia_table_dashes_high_risk_new_linear_nme_stable_focus_fa_4a', mods='mri', purpose='screening',
    fgt='b', bpe='mild/symmetric', overall='4A', bb={'R': '2', 'L': '4A'}, rec=['biopsy'], f=[
    'focus R p s ki=fast kd=persistent @11:00 dp=anterior z=4',
    'nme L p nd=linear ie=heterogeneous ki=medium kd=plateau @5:00 dp=middle z=25',
    'mass L p s sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @1:00 z=9',
    'ln B a'], text='''
PANTAI JEREJAK IMAGING CENTRE, PENANG

MRI BOTH BREASTS (WITH CONTRAST)
Indication: 42F, high risk (mother and sister with breast cancer), annual screening MRI. Previous MRI 2025: BI-RADS 2.
Technique: 3T, T2, DWI, DCE x 5, subtractions.

FGT: b (scattered). BPE: mild, symmetrical.

Lesion | Side | Clock | Depth | Type | Size (mm) | Shape | Margin | Int. enhancement | NME distribution | Kinetics | Change
A | R | 11:00 | anterior | focus | 4 | - | - | - | - | fast / persistent | stable
B | L | 5:00 | middle | NME | 25 | - | - | heterogeneous | linear | medium / plateau | new
C | L | 1:00 | - | mass | 9 | oval | circumscribed | homogeneous | - | slow / persistent | stable

No axillary lymphadenopathy.

Impression:
Lesion A - benign focus, BI-RADS 2.
Lesion B - new linear NME left breast, BI-RADS 4A.
Lesion C - stable mass, likely fibroadenoma, BI-RADS 2.
Right BI-RADS 2, Left BI-RADS 4A.
Plan: MRI-guided biopsy of lesion B.

Dr. Lim Siew Ling, Consultant Radiologist
''')

add(id='mri19_08_philippines_high_risk_screening_fatty_fgt_stable_foci_intramammary_node_bi2', mods='mri', purpose='screening',
    fgt='a', bpe='minimal/symmetric', overall='2', bb={}, rec=['routine_screening'], f=[
    'focus B p s', 'mass B a', 'nme B a', 'ln R p q=uo z=7', 'ln B a', 'skin B a'], text='''
METRO MANILA WOMEN'S IMAGING CENTER
Department of Radiology

EXAMINATION: BREAST MRI, SCREENING (WITH AND WITHOUT GADOLINIUM)
CLINICAL HISTORY: 55 y/o, lifetime risk 27% (Tyrer-Cuzick), postmenopausal, for annual screening MRI.
COMPARISON: MRI dated March 2025.

FINDINGS:
The breasts are almost entirely fatty. Background parenchymal enhancement is minimal and symmetric.
There are a few scattered tiny enhancing foci in both breasts, the largest 3 mm, unchanged from 2025.
No suspicious mass or non-mass enhancement in either breast.
A 7 mm intramammary lymph node with a fatty hilum is seen in the right upper outer quadrant.
Both axillae: no adenopathy.
No skin thickening.

IMPRESSION:
Benign findings. BI-RADS 2.
Continue annual MRI screening, alternating with annual mammography.

Ma. Theresa S. Villanueva, MD, FPCR
''')

add(id='mri19_09_uk_private_query_washout_right_spiculated_mass_left_septations_5', mods='mri', purpose='diagnostic',
    fgt='c', bpe='mild/symmetric', overall='5', bb={'R': '5', 'L': '2'}, rec=['biopsy', 'other'], f=[
    'mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @9:00 dp=posterior z=18',
    'mass L p sh=oval mg=circumscribed ie=dark_internal_septations @3:00 z=6'], text='''
THE CHESHIRE BREAST CLINIC (INDEPENDENT SECTOR)
MRI BOTH BREASTS WITH CONTRAST

Clinical details: 51F, right breast thickening. Mammogram M3 and ultrasound U3 at this clinic last week, ?lobular.

Report:
Fibroglandular tissue: heterogeneous (BI-RADS c). BPE: mild, symmetrical.
Right breast: at 9 o'clock, posterior depth, there is an 18 mm irregular mass with spiculated margins and heterogeneous enhancement. Rapid initial enhancement, ?washout on the delayed images.
Left breast: 6 mm oval circumscribed mass at 3 o'clock with dark internal septations, in keeping with a fibroadenoma.
Axillae: normal.

Conclusion:
Right 9 o'clock mass, highly suspicious: MRI5 / BI-RADS 5.
Left fibroadenoma: BI-RADS 2.
Recommend US-guided core biopsy of the right mass. Results to be discussed at the MDT.

Dr A. Whitworth FRCR
''')

add(id='mri19_10_poland_translated_staging_left_index_satellite_asymmetric_bpe_6', mods='mri', purpose='diagnostic',
    fgt='b', bpe='mild/asymmetric', overall='6', bb={'L': '6', 'R': '2'}, rec=['other'], f=[
    'mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 q=ui z=24',
    'mass L p sh=round mg=irregular ie=rim z=7',
    'skin L a', 'ln L p', 'mass R a', 'mass R p @7:00 z=5'], text='''
SZPITAL SPECJALISTYCZNY - ZAKLAD RADIOLOGII, WARSZAWA
(translation from Polish)

MRI OF THE BREASTS WITH CONTRAST (DCE-MRI)
Indication: invasive carcinoma NST of the left breast confirmed by core biopsy (G2); local staging before surgery.

Description:
Amount of fibroglandular tissue: scattered (b). BPE: mild, asymmetric (left more than right).
Left breast: in the upper inner quadrant at 10 o'clock a tumour 24 x 19 mm, irregular in shape, with spiculated margins and heterogeneous enhancement, rapid initial enhancement and a type III (washout) curve, with a biopsy clip artefact. 15 mm anterior to it a second lesion - satellite - 7 mm, round, with irregular margins and rim enhancement. No skin thickening or nipple retraction.
Left axilla: two lymph nodes with thickened cortex up to 5 mm.
Right breast: no suspicious enhancing masses. Simple cyst 5 mm at 7 o'clock.

Conclusion: Multifocal carcinoma of the left breast (index tumour and satellite), suspicious left axillary lymph nodes - BI-RADS 6 (left). Right breast BI-RADS 2.
Recommendation: presentation at the multidisciplinary tumour board.

lek. Piotr Kowalczyk, specjalista radiologii i diagnostyki obrazowej
''')
