R = []
def add(**k): R.append(k)

add(id='us19_01_vietnam_numbered_lesion_list_per_lesion_birads_left_angular_4b', mods='us', purpose='diagnostic',
    overall='4B', bb={'R': '3', 'L': '4B'}, rec=['biopsy', 'short_interval_followup'], f=[
    'mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none @10:00 z=9',
    'mass R p ep=anechoic pf=enhancement @7:00 z=6',
    'mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal @2:00 z=14',
    'ln B p'], text='''
HOA LAC MEDICAL DIAGNOSTIC CENTER - HO CHI MINH CITY
DEPARTMENT OF DIAGNOSTIC IMAGING

BREAST ULTRASOUND (BOTH SIDES)
Patient: female, 41 y.   Clinical: left breast pain, check-up.
Machine: linear probe 12 MHz, colour Doppler.

FINDINGS:
Parenchyma of both breasts: heterogeneous echotexture, fibroglandular type.
1. Right breast, 10 o'clock, 3 cm from nipple: oval mass, circumscribed margin, parallel to skin, hypoechoic, no posterior features, size 9 x 5 mm. BI-RADS 3.
2. Right breast, 7 o'clock: anechoic cyst 6 mm, thin wall, posterior enhancement. BI-RADS 2.
3. Left breast, 2 o'clock, 5 cm from nipple: irregular mass, angular margins, not parallel, hypoechoic, posterior acoustic shadowing, internal vascular flow on Doppler, size 14 x 11 x 12 mm. BI-RADS 4B.
4. Both axillae: few lymph nodes with preserved fatty hilum and thin cortex.

CONCLUSION:
- Left breast mass at 2h: BI-RADS 4B. Recommend ultrasound guided core needle biopsy.
- Right breast probably benign nodule (BI-RADS 3) and simple cyst (BI-RADS 2): follow-up ultrasound after 6 months.

Dr. Nguyen T. H. - Radiologist
''')

add(id='us19_02_philippines_right_axillary_us_cortical_thickening_effaced_hilum_4b', mods='us', purpose='diagnostic',
    overall='4B', bb={'R': '4B'}, rec=['biopsy', 'additional_imaging'], f=[
    'ln R p z=24', 'ln R p z=9', 'mass R a'], text='''
VISAYAS DIAGNOSTIC IMAGING CENTER
Department of Radiology

EXAMINATION: ULTRASOUND OF THE RIGHT AXILLA
CLINICAL DATA: 52/F, palpable right axillary mass x 1 month. Mammogram done elsewhere last year, reportedly BI-RADS 1.

FINDINGS:
Sonographic evaluation of the right axilla shows an enlarged lymph node measuring 2.4 x 1.5 cm with eccentric cortical thickening up to 6 mm and effacement of the fatty hilum. Peripheral and cortical blood flow is noted on color Doppler.
Another smaller lymph node, 0.9 x 0.5 cm, shows a thin cortex and a preserved fatty hilum.
The visualized right axillary tail shows no solid or cystic mass.

IMPRESSION:
Suspicious right axillary lymphadenopathy, BI-RADS 4B. The smaller node is benign-appearing.

RECOMMENDATION:
Ultrasound-guided core needle biopsy of the dominant node. Suggest bilateral diagnostic mammogram and breast ultrasound for correlation.

Maria Cristina R. Dela Cruz, MD, FPCR
''')

add(id='us19_03_indonesia_single_paragraph_dictation_cysts_right_fa_microcysts_left_bi3', mods='us', purpose='diagnostic',
    overall='3', bb={'R': '2', 'L': '3'}, rec=['short_interval_followup'], f=[
    'mass R p ep=anechoic pf=enhancement @11:00 z=12',
    'mass R p @6:00 z=5',
    'mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @3:00 z=15',
    'mass L p @12:00 z=7',
    'skin B a', 'ln B a'], text='''
RUMAH SAKIT MITRA SEHAT - INSTALASI RADIOLOGI
USG MAMMAE BILATERAL

Ultrasound examination of both breasts was performed with a high-frequency linear transducer at the request of the referring surgeon, and in the right breast at 11 o'clock about 2 cm from the nipple there is an anechoic cyst measuring 12 x 8 mm with a thin wall and posterior acoustic enhancement, consistent with a simple cyst, while a second smaller cyst of 5 mm is seen at 6 o'clock of the same breast; in the left breast at 3 o'clock there is an oval, circumscribed, parallel, hypoechoic solid mass measuring 15 x 9 mm without posterior features and without internal vascularity on colour Doppler, most likely a fibroadenoma, and a cluster of microcysts measuring 7 mm is seen at 12 o'clock of the left breast, with no skin thickening or nipple retraction on either side and no enlarged axillary lymph nodes bilaterally. Conclusion: simple cysts of the right breast, BI-RADS 2; probable fibroadenoma and clustered microcysts of the left breast, BI-RADS 3; follow-up USG in 6 months is advised.

dr. Ratna Dewi, Sp.Rad
''')

add(id='us19_04_malaysia_hedged_possibly_spiculated_left_mass_mdt_4c', mods='us', purpose='diagnostic',
    overall='4C', bb={'L': '4C', 'R': '2'}, rec=['biopsy', 'other'], f=[
    'mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal @1:00 z=11',
    'ln L p',
    'mass R p @9:00 z=6', 'mass R a'], text='''
JABATAN RADIOLOGI, HOSPITAL SERI MANJUNG (DIAGNOSTIC BREAST SERVICE)
ULTRASOUND BREASTS (BILATERAL)

Hx: 47F, recalled from screening mammogram for a left breast finding.

Findings:
Left breast:
At 1 o'clock, 4 cm FN, there is an irregular hypoechoic mass measuring 11 x 9 x 10 mm, margins possibly spiculated. Non-parallel. Posterior acoustic shadowing. Internal vascularity seen on Doppler. This corresponds to the recall site.
Rest of the left breast unremarkable.
Left axilla: a few normal-looking lymph nodes with fatty hila, the largest 7 mm.

Right breast:
Simple cyst at 9 o'clock, 6 mm. No solid mass.
Right axilla: NAD.

Impression:
1. Left breast 1 o'clock suspicious mass - BI-RADS 4C.
2. Right breast simple cyst - BI-RADS 2.

Plan: US-guided core biopsy of the left 1 o'clock mass. To discuss at breast MDT.
''')

add(id='us19_05_bangladesh_sol_per_lesion_birads_dash_left_taller_than_wide_4b', mods='us', purpose='diagnostic',
    overall='4B', bb={'R': '3', 'L': '4B'}, rec=['biopsy', 'short_interval_followup'], f=[
    'mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic @8:00 z=8',
    'mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic @2:00 z=32',
    'mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing @6:00 z=9',
    'ln B a'], text='''
POPULAR MEDICAL IMAGING & DIAGNOSTIC CENTRE, DHANMONDI, DHAKA
USG OF BOTH BREASTS

Ref. by: Prof. A. Karim, FCPS (Surgery)
Clinical info: Lump in Lt. breast for 6 months. Age 28 yrs.

FINDINGS:
Rt. breast: Normal fibroglandular echotexture. A well-defined oval hypoechoic SOL measuring about 8 mm x 5 mm is seen at 8 O'clock position, wider than tall, with circumscribed margin. No posterior acoustic shadow. -- BIRADS-3

Lt. breast:
(a) A large oval, circumscribed, hypoechoic solid lesion measuring about 32 mm x 21 mm at 2 O'clock position, parallel orientation, with gentle lobulations. -- BIRADS-3
(b) An irregular hypoechoic lesion with indistinct margin, 9 mm x 8 mm at 6 O'clock position, taller than wide. Posterior acoustic shadowing present. -- BIRADS-4B

Axillae: No significant lymphadenopathy in either axilla.

IMPRESSION: Bilateral breast SOLs as described. Highest category BIRADS-4B (Lt.).
Advice: Core biopsy of Lt. 6 O'clock lesion. Follow-up USG of the rest after 6 months.

Dr. Farhana Akter, MBBS, MD (Radiology)
''')

add(id='us19_06_ethiopia_roman_birads_right_heterogeneous_spiculated_skin_nodes_5', mods='us', purpose='diagnostic',
    overall='5', bb={'R': '5', 'L': '1'}, rec=['biopsy', 'surgical_consultation'], f=[
    'mass R p sh=irregular mg=spiculated or=not_parallel ep=heterogeneous pf=shadowing va=internal q=uo z=52',
    'skin R p', 'ln R p', 'mass L a'], text='''
ADDIS ABABA UNIVERSITY TEACHING HOSPITAL - DEPARTMENT OF RADIOLOGY
BREAST ULTRASOUND REPORT

Age: 38   Sex: F   Ward: Surgical OPD
Clinical Hx: Progressively increasing right breast swelling of 4 months duration with skin changes. R/O malignancy.

US finding:
Right breast: There is a large irregularly shaped mass with spiculated margins in the upper outer quadrant measuring 5.2 x 4.1 cm. It is non parallel to the skin, has a heterogeneous internal echo pattern and shows posterior acoustic shadowing. Colour Doppler shows internal vascularity. The overlying skin is thickened (7 mm).
Right axilla: multiple enlarged lymph nodes with loss of the fatty hilum, the largest measuring 2.8 x 2.0 cm.
Left breast: Normal fibroglandular tissue. No mass or cyst seen.
Left axilla: unremarkable.

Conclusion: Right breast malignant looking mass with ipsilateral axillary lymphadenopathy - BIRADS V.
Left breast normal - BIRADS I.
Recommendation: Tru-cut biopsy and referral to surgical oncology.

Reported by: Dr. Selamawit T., Radiology Resident / Dr. Dawit A., Consultant Radiologist
''')

add(id='us19_07_ghana_negated_features_avascular_fa_right_complicated_cyst_left_bi3', mods='us', purpose='diagnostic',
    overall='3', bb={'R': '3', 'L': '3'}, rec=['short_interval_followup'], f=[
    'mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @9:00 z=18',
    'calc R a',
    'mass L p va=absent @4:00 z=10',
    'ln B a'], text='''
ACCRA BREAST IMAGING & DIAGNOSTICS, EAST LEGON
BILATERAL BREAST ULTRASOUND

Indication: 34-year-old woman with a right breast lump noticed 2 weeks ago. No family history of breast cancer.

Findings:
RIGHT BREAST: An oval, circumscribed, hypoechoic mass with parallel orientation is seen at the 9 o'clock position, 3 cm from the nipple, measuring 18 x 11 mm. No posterior acoustic features. It is avascular on colour Doppler. No calcifications within it. Strain elastography: soft.
LEFT BREAST: A complicated cyst with low-level internal echoes is seen at 4 o'clock, 2 cm from the nipple, measuring 10 x 7 mm. There is no internal vascularity.
No axillary lymphadenopathy bilaterally.

IMPRESSION:
1. Right breast mass, probable fibroadenoma - BIRADS 3.
2. Left complicated cyst - BIRADS 3.
Recommend follow-up ultrasound in 6 months.

Dr. K. Owusu-Ansah, MB ChB, FWACS (Radiology)
''')

add(id='us19_08_morocco_translated_nodular_formation_microlobulated_left_acr_4a', mods='us', purpose='diagnostic',
    overall='4A', bb={'L': '4A', 'R': '1'}, rec=['biopsy'], f=[
    'mass L p sh=oval mg=microlobulated or=parallel ep=hypoechoic va=internal @12:00 z=13',
    'mass R a', 'other R a', 'ln B p'], text='''
CABINET DE RADIOLOGIE ANFA - CASABLANCA
(Translated from French)

BREAST ULTRASOUND

Indication: Nodule felt in the left breast. Patient aged 45. Mammography performed during the same visit is reported separately.

Results:
Right breast: Fibroglandular echostructure. Absence of nodular formation. Absence of ductal dilatation.
Left breast: At 12 o'clock, 3 cm from the nipple, there is a hypoechoic nodular formation, oval, with microlobulated contours, oriented parallel to the skin, measuring 13 x 8 mm, without posterior acoustic attenuation, with internal vascularisation on Doppler.
Axillary regions: lymph nodes of normal appearance on both sides.

Conclusion:
Left breast nodule of indeterminate nature, classified BI-RADS-ACR 4A.
Right breast: BI-RADS-ACR 1.
A percutaneous micro-biopsy under ultrasound guidance is recommended.

Dr. S. Benjelloun
''')

add(id='us19_09_poland_translated_birads_us_per_side_focal_lesion_dilated_duct_bi3', mods='us', purpose='diagnostic',
    overall='3', bb={'R': '3', 'L': '2'}, rec=['short_interval_followup'], f=[
    'mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic @10:00 q=uo z=7',
    'other R p', 'mass L p ep=anechoic @2:00 z=5', 'ln B p'], text='''
NZOZ PRACOWNIA USG "MEDIKA", KRAKOW
(translation from Polish)

BREAST ULTRASOUND (USG PIERSI)
Examination of both breasts and axillary fossae with a linear probe 5-14 MHz.

Right breast: glandular-fatty structure. In the upper outer quadrant, at 10 o'clock, a hypoechoic focal lesion, oval, well-circumscribed, parallel to the skin, 7 x 4 mm - BI-RADS-US 3 (probably fibroadenoma). A single dilated duct in the retroareolar region, up to 3 mm wide, without intraductal content.
Left breast: fatty-glandular structure. At 2 o'clock, 1 cm from the areola, an anechoic lesion 5 mm - simple cyst, BI-RADS-US 2.
Axillary fossae: lymph nodes of preserved structure bilaterally.

Conclusion: BI-RADS-US right breast 3, left breast 2. Control USG in 6 months.

lek. med. Agnieszka Nowak, specjalista radiologii
''')

add(id='us19_10_us_rural_dictated_paragraph_left_limited_hard_mass_4c', mods='us', purpose='diagnostic',
    overall='4C', bb={'L': '4C'}, rec=['biopsy'], f=[
    'mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @3:00 z=13',
    'mass L a', 'skin L a', 'ln L p'], text='''
CEDAR COUNTY MEMORIAL HOSPITAL - RADIOLOGY
EXAM: US BREAST LEFT LIMITED
HISTORY: 63 yo female, palpable lump left breast 3 o'clock, outside screening mammogram called back.

REPORT: Targeted ultrasound of the left breast at the 3 o'clock position at the site of the palpable concern demonstrates an irregular hypoechoic mass measuring 1.3 x 1.1 x 1.0 cm located 6 cm from the nipple with indistinct margins and a nonparallel orientation and there is posterior acoustic shadowing, there is internal vascularity on color doppler imaging and the mass is hard on elastography. No other masses are seen in the scanned area and there is no skin thickening. The left axilla was also scanned and there is a single lymph node with a normal fatty hilum and a cortical thickness of 2 mm which is normal. IMPRESSION BI-RADS 4C suspicious for malignancy, left breast 3 oclock mass. Ultrasound guided core biopsy is recommended and was discussed with the patient who wishes to proceed, this will be scheduled. Results called to Dr. Hanson PA-C at 2:15 pm by the radiologist.

Dictated by: R. Whitfield MD   Transcribed: kjm
''')

add(id='us19_11_uk_private_u_score_and_birads_right_fa_left_cyst_bi3', mods='us', purpose='diagnostic',
    overall='3', bb={'R': '3', 'L': '2'}, rec=['short_interval_followup'], f=[
    'mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement @8:00 z=8',
    'mass L p @2:00 z=4'], text='''
WIMPOLE BREAST IMAGING (PRIVATE PATIENTS)
BILATERAL BREAST ULTRASOUND

Referrer: Mr J. Patel, Consultant Oncoplastic Breast Surgeon
Clinical: 39F, tender nodularity right breast, self-funding.

Findings:
Right breast: in the area of clinical concern (10 o'clock) there is normal fibroglandular tissue only. Incidentally at 8 o'clock, 6 cm from the nipple, there is an 8 mm oval, parallel, circumscribed hypoechoic mass with posterior acoustic enhancement.
Left breast: 4 mm simple cyst at 2 o'clock.
Both axillae normal.

Conclusion:
Right 8 o'clock probable fibroadenoma: U3 / BI-RADS 3.
Left simple cyst: U2 / BI-RADS 2.
Recommend interval ultrasound in 6 months. Report copied to Mr Patel.

Dr Helen Marsh FRCR, Consultant Radiologist
''')

add(id='us19_12_peru_translated_breast_and_axilla_cortical_node_per_lesion_birads_4c', mods='us', purpose='diagnostic',
    overall='4C', bb={'R': '4C', 'L': '1'}, rec=['biopsy'], f=[
    'mass R p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=shadowing @10:00 z=12',
    'mass R p @6:00 z=4', 'ln R p z=19', 'mass L a', 'ln L p'], text='''
CLINICA SAN BORJA - SERVICIO DE DIAGNOSTICO POR IMAGENES, LIMA
(translated from Spanish)

BILATERAL BREAST AND AXILLARY ULTRASOUND
Patient: 56 years. Reason: control; mammography at another centre BI-RADS 0.

FINDINGS:
RIGHT BREAST: Solid nodule at 10 h, 4 cm from the nipple, irregular shape, microlobulated margins, antiparallel orientation (taller than wide), hypoechoic, with posterior acoustic shadowing, measuring 12 x 10 mm. BI-RADS 4C.
Simple cyst at 6 h, 4 mm. BI-RADS 2.
RIGHT AXILLA: Lymph node of 19 x 11 mm with eccentric cortical thickening of 5 mm and displacement of the fatty hilum. BI-RADS 4A.
LEFT BREAST: No solid or cystic nodules. Normal ductal system.
LEFT AXILLA: Lymph nodes of reactive appearance, with preserved hilum.

CONCLUSION:
Right breast: BI-RADS 4C.
Left breast: BI-RADS 1.
Suggestion: core needle biopsy of the right nodule and FNA of the right axillary lymph node.

Dr. Luis A. Quispe, Medico Radiologo, CMP 41230
''')
