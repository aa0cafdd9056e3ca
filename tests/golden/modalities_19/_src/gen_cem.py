R = []
def add(**k): R.append(k)

add(id='cem19_01_greece_le_and_rc_in_one_sentence_right_spiculated_left_nonenhancing_5', mods='cem', purpose='diagnostic',
    density='c', bpe='mild/symmetric', overall='5', bb={'R': '5', 'L': '2'}, rec=['biopsy'], f=[
    'mass R p sh=irregular mg=spiculated md=high ie=heterogeneous @11:00 z=14',
    'mass L p sh=oval mg=circumscribed md=equal @2:00 z=6',
    'calc B a'], text='''
THESSALONIKI BREAST IMAGING UNIT

CONTRAST-ENHANCED MAMMOGRAPHY (CEM), BILATERAL
Indication: 57 y.o., palpable hardness in the right breast for 1 month.
Technique: CC and MLO views of both breasts, low-energy (LE) and recombined (RC) images after iohexol 1.5 ml/kg.

Breast composition on LE: heterogeneously dense (ACR c). Background parenchymal enhancement: mild, symmetric.

Right breast: at 11 o'clock an irregular, spiculated, high-density mass of 14 mm on the LE images shows intense heterogeneous enhancement on the RC images.
Left breast: at 2 o'clock an oval, circumscribed, equal-density mass of 6 mm on LE shows no enhancement on RC, probably a cyst.
No suspicious calcifications in either breast on the LE images.

IMPRESSION:
Right breast: BI-RADS 5.
Left breast: BI-RADS 2.
Ultrasound-guided core biopsy of the right breast mass is recommended.

Dr. N. Georgiou, Radiologist
''')

add(id='cem19_02_portugal_translated_dense_screening_amorphous_calcs_focal_nme_left_4b', mods='cem', purpose='screening',
    density='d', bpe='minimal/-', overall='4B', bb={'L': '4B', 'R': '1'}, rec=['biopsy'], f=[
    'calc L p m=amorphous d=grouped q=uo z=8',
    'nme L p nd=focal ie=heterogeneous q=uo z=12',
    'mass R a', 'calc R a'], text='''
CLINICA DE IMAGIOLOGIA MAMARIA DO PORTO
(translated from Portuguese)

CONTRAST MAMMOGRAPHY (CEM)
Clinical information: 49 years, extremely dense breasts, complementary screening. No complaints.

Report:
Low-energy images: extremely dense breasts (ACR d). In the upper outer quadrant of the left breast there are grouped amorphous microcalcifications occupying 8 mm, which on the recombined images correspond to a focal non-mass enhancement of 12 mm with a heterogeneous pattern.
Recombined images: minimal background parenchymal enhancement. No other enhancement.
Right breast: no masses or calcifications.

Conclusion:
Left breast - BI-RADS 4B.
Right breast - BI-RADS 1.
Stereotactic vacuum-assisted biopsy of the left breast is suggested.

Dra. Ines Carvalho, Radiologista
''')

add(id='cem19_03_morocco_translated_retroareolar_rim_mass_nipple_retraction_node_popcorn_5', mods='cem', purpose='diagnostic',
    density='c', bpe='mild/symmetric', overall='5', bb={'L': '5', 'R': '2'}, rec=['biopsy'], f=[
    'mass L p sh=irregular mg=indistinct md=high ie=rim q=sa z=22',
    'skin L p', 'ln L p z=18', 'calc R p m=coarse @10:00'], text='''
CENTRE D'IMAGERIE MEDICALE AGDAL - RABAT
(Translated from French)

CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM)
Indication: Palpable left breast mass in a 62-year-old patient.

Results:
Type C breasts (heterogeneously dense). Mild symmetric background enhancement.
In the left retroareolar region, an irregular mass with indistinct contours, of high density on the low-energy images and with intense rim enhancement on the recombined images, measuring 22 mm, with retraction of the nipple.
Left axilla: enlarged lymph node of 18 mm with loss of the fatty hilum, enhancing.
Right breast: a popcorn calcification at 10 o'clock, typical of an involuting fibroadenoma, without enhancement.

Conclusion:
Left breast: BI-RADS-ACR 5.
Right breast: BI-RADS-ACR 2.
Ultrasound-guided micro-biopsy of the left mass and of the axillary node is recommended.

Dr. Y. El Amrani
''')

add(id='cem19_04_indonesia_right_microlobulated_mass_possible_linear_nme_left_4a', mods='cem', purpose='diagnostic',
    density='b', bpe='mild/symmetric', overall='4A', bb={'R': '4A', 'L': '3'}, rec=['biopsy', 'short_interval_followup'], f=[
    'mass R p sh=oval mg=microlobulated md=equal ie=homogeneous @8:00 z=12',
    'nme L q nd=linear q=ui z=15'], text='''
RUMAH SAKIT PONDOK INDAH - RADIOLOGI, JAKARTA
CESM (CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY) BILATERAL

Indication: 47F, right breast lump. Breast ultrasound at another hospital, result not available.

Findings:
Low energy: scattered fibroglandular densities (ACR b).
Right breast: at 8 o'clock an oval mass with microlobulated margins, equal density, 12 mm, with homogeneous enhancement on recombined images.
Left breast: possible faint linear non-mass enhancement in the upper inner quadrant over 15 mm, may be background enhancement.
Background enhancement: mild, symmetric.

Impression:
R: BI-RADS 4A - biopsy recommended.
L: BI-RADS 3 - short interval follow-up CESM in 6 months.

dr. Hendra Wijaya, Sp.Rad(K)
''')

add(id='cem19_05_peru_translated_paragraph_segmental_pleomorphic_calcs_clumped_nme_vascular_4c', mods='cem', purpose='diagnostic',
    density='c', bpe='moderate/symmetric', overall='4C', bb={'R': '4C', 'L': '2'}, rec=['biopsy'], f=[
    'calc R p m=fine_pleomorphic d=segmental q=uo',
    'nme R p nd=segmental ie=clumped q=uo z=45',
    'calc B p m=vascular'], text='''
INSTITUTO DE DIAGNOSTICO MAMARIO - MIRAFLORES, LIMA
(translated from Spanish)

CONTRAST-ENHANCED MAMMOGRAPHY

A bilateral contrast-enhanced mammography in CC and MLO projections was performed on a 53-year-old patient referred for a serous-bloody discharge from the right nipple, and the low-energy images show heterogeneously dense breasts (ACR C) with fine pleomorphic microcalcifications in a segmental distribution in the upper outer quadrant of the right breast, which on the recombined images are accompanied by a segmental non-mass enhancement with a clumped internal pattern measuring 45 mm, while the background enhancement is moderate and symmetric and there are vascular calcifications in both breasts. Conclusion: right breast BI-RADS 4C, left breast BI-RADS 2; stereotactic or ultrasound-guided biopsy of the right breast is recommended.

Dr. Carlos Mendoza V., Medico Radiologo, CMP 38815
''')

add(id='cem19_06_russia_translated_dense_screening_small_oval_enhancing_mass_node_bi3', mods='cem', purpose='screening',
    density='d', bpe='marked/asymmetric', overall='3', bb={'R': '3', 'L': '2'}, rec=['short_interval_followup'], f=[
    'mass R p sh=oval mg=circumscribed ie=homogeneous q=ui z=5',
    'ln L p q=uo z=8', 'calc B a'], text='''
CLINIC "ZDOROVYE", SAINT PETERSBURG
(translated from Russian)

CONTRAST MAMMOGRAPHY (CEM) OF BOTH MAMMARY GLANDS
Indication: screening, extremely dense breast tissue, no complaints.

Description:
Low-energy images: the mammary glands are extremely dense (ACR d). No suspicious microcalcifications in both glands.
Recombined images: background parenchymal enhancement is marked, asymmetric (more pronounced on the right).
Right gland: in the upper inner quadrant a small oval mass with circumscribed contours, 5 mm, with homogeneous enhancement; not visible on the low-energy images.
Left gland: in the upper outer quadrant an intramammary lymph node 8 mm with a fatty hilum, typical appearance.

Conclusion: BI-RADS 3 (right), BI-RADS 2 (left). Follow-up CEM in 6 months.

Radiologist: E. A. Morozova
''')

add(id='cem19_07_us_rural_dictated_left_mass_nonenhancing_asymmetry_4b', mods='cem', purpose='diagnostic',
    density='b', bpe='minimal/symmetric', overall='4B', bb={'L': '4B', 'R': '1'}, rec=['biopsy'], f=[
    'mass L p sh=irregular mg=indistinct md=equal ie=heterogeneous @2:00 z=11',
    'asym L p @6:00'], text='''
BIG SKY COMMUNITY HOSPITAL - IMAGING SERVICES
EXAM: CONTRAST ENHANCED MAMMOGRAM BILATERAL, DIAGNOSTIC
HISTORY: 66 yo F, new left breast lump per PCP. MRI not available locally (nearest MRI 3 hrs away).
COMPARISON: Screening mammogram 2024.

FINDINGS: Low energy images show scattered areas of fibroglandular density. In the left breast at 2 oclock there is an irregular equal density mass with indistinct margins measuring 11 mm which enhances heterogeneously on the recombined images, corresponding to the palpable lump marked with a BB. There is also a focal asymmetry in the left breast at 6 oclock on the low energy images which does not enhance and is new since 2024. Background enhancement is minimal and symmetric. Right breast no suspicious findings.

IMPRESSION:
LEFT BREAST BI-RADS 4B. Irregular enhancing mass left 2 oclock, US guided biopsy recommended.
RIGHT BREAST BI-RADS 1.

Dictated by J. Bauer MD, read remotely.
''')

add(id='cem19_08_uk_private_le_distortion_no_enhancement_vascular_calcs_r_l_lines_4a', mods='cem', purpose='diagnostic',
    density='b', bpe='minimal/symmetric', overall='4A', bb={'R': '2', 'L': '4A'}, rec=['biopsy'], f=[
    'ad L p @12:00', 'calc R p m=vascular', 'mass B a', 'nme B a'], text='''
SOUTHBANK BREAST CARE (PRIVATE)
CONTRAST-ENHANCED MAMMOGRAPHY - BOTH BREASTS

Clinical: 54F, insured patient, left breast discomfort. Self-referred for assessment.

LE images: breast composition ACR b. On the left there is a subtle architectural distortion at 12 o'clock, seen on CC and MLO. Vascular calcification in the right breast.
RC images: minimal symmetrical background enhancement. No enhancing mass or non-mass enhancement in either breast; the left distortion does not enhance.

Summary:
R: BI-RADS 2
L: BI-RADS 4A
Tomosynthesis-guided vacuum-assisted biopsy of the left distortion advised, despite absent enhancement.

Dr P. Ramsay FRCR, Consultant Breast Radiologist
''')
