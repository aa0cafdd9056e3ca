"""Contrast-enhanced mammography reports of modalities_21: text + compact gold (code in common.py)."""
ITEMS = []


def add(id_, text, **g):
    ITEMS.append({"id": id_, "text": text, "g": g})


CEM = ["contrast_enhanced_mammography"]

add("cem21_01_us_community_separate_le_rc_sections_lesion_table_left_spiculated_5", """
PRAIRIE VIEW BREAST IMAGING, LLC
Community Practice - Diagnostic Report

EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL (DIAGNOSTIC)
HISTORY: 61F, palpable lump left breast upper outer, 3 weeks. Screening 2 years ago negative.
TECHNIQUE: Bilateral CC and MLO low-energy and recombined images obtained 2-8 minutes after IV iohexol 350, 1.5 mL/kg. No contrast reaction.

LOW-ENERGY IMAGES:
The breasts are heterogeneously dense, which may obscure small masses (ACR c).
Left breast 1:00, 7 cm from the nipple (at the palpable marker): irregular high-density mass with spiculated margins, 15 mm.
Right breast 10:00: grouped amorphous calcifications spanning 6 mm.

RECOMBINED IMAGES:
Background parenchymal enhancement: mild, symmetric.
The left 1:00 mass enhances heterogeneously.
Left breast 4:00: 8 mm oval, circumscribed, homogeneously enhancing mass with no low-energy correlate.
No enhancement is associated with the right breast calcifications.
No enlarged axillary lymph nodes.

LESION TABLE:
| # | Side | Clock | Low-energy                                   | Recombined                      | BI-RADS |
| 1 | L    | 1:00  | irregular spiculated high-density mass 15 mm | heterogeneous enhancement       | 5       |
| 2 | L    | 4:00  | not seen                                     | oval circumscribed mass 8 mm    | 4A      |
| 3 | R    | 10:00 | grouped amorphous calcifications 6 mm        | no enhancement                  | 4A      |

IMPRESSION:
Left breast: BI-RADS 5 - highly suggestive of malignancy (lesion 1); lesion 2 BI-RADS 4A.
Right breast: BI-RADS 4A (lesion 3).
RECOMMENDATION: Ultrasound-guided biopsy of left lesions 1 and 2 (targeted ultrasound first for lesion 2) and stereotactic biopsy of the right calcifications.

Interpreting physician: M. Holloway, MD
""", mods=CEM, purpose="diagnostic", density="c", bpe="mild/symmetric", overall="5", bb="L:5 R:4A",
    rec=["additional_imaging", "biopsy"], f=[
    "mass L p sh=irregular mg=spiculated md=high ie=heterogeneous @1:00 z=15",
    "mass L p sh=oval mg=circumscribed ie=homogeneous @4:00 z=8",
    "calc R p m=amorphous d=grouped @10:00 z=6",
    "ln B a",
])

add("cem21_02_ukraine_translated_bpe_slight_grade_1_right_oval_enhancing_mass_bi3", """
LISOD ISRAELI ONCOLOGY HOSPITAL, KYIV REGION
Department of Radiology
[Translated from Ukrainian]

CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM) OF BOTH MAMMARY GLANDS

Patient: F., 42 years. Complaint: palpable nodule in the right gland found 1 month ago.
Contrast: Ultravist-370, 1.5 ml/kg intravenously, images CC and MLO in low-energy and recombined mode.

Low-energy images: Breast composition ACR b (scattered fibroglandular tissue).
Right gland: in the upper inner quadrant, at 2 o'clock, an oval mass of equal density with circumscribed margins, 11 x 9 mm.
Left gland: scattered round calcifications, benign type.

Recombined images: Background parenchymal enhancement - slight (grade 1 of 4), symmetric.
The mass of the right gland accumulates contrast homogeneously, moderately.
In the left gland, no areas of pathological enhancement.

Axillary regions: lymph nodes of usual structure.

CONCLUSION: Oval circumscribed homogeneously enhancing mass of the right gland, probably fibroadenoma - BI-RADS 3. Left gland - benign calcifications, BI-RADS 2.
Recommended: follow-up in 6 months (ultrasound + CESM).

Radiologist: N. I. Shevchenko
""", mods=CEM, purpose="diagnostic", density="b", bpe="minimal/symmetric", overall="3", bb="R:3 L:2",
    rec=["short_interval_followup"], f=[
    "mass R p sh=oval mg=circumscribed md=equal ie=homogeneous @2:00 q=ui z=11",
    "calc L p m=round d=diffuse",
    "ln B p",
])

add("cem21_03_romania_translated_bpe_significant_grade_3_segmental_fine_linear_clumped_nme_5", """
ONCOLOGY INSTITUTE "PROF. DR. ION CHIRICUTA" CLUJ-NAPOCA
Radiology and Medical Imaging Laboratory
[Translation from Romanian]

CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - BILATERAL

Patient: F, 58 years. Referred from the oncology outpatient clinic for left nipple retraction noticed 2 months ago.
Technique: 2 incidences (CC, MLO) per breast, low energy and recombined, after i.v. iodinated contrast (Iomeron 350, 1.5 ml/kg).

Low-energy images:
Heterogeneously dense breasts, ACR c.
Left breast: segmental fine linear branching calcifications in the upper outer quadrant, extending toward the nipple over 45 mm.
Right breast: without masses, without suspicious calcifications.

Recombined images:
Background parenchymal enhancement: significant (grade 3 of 4), asymmetric, more pronounced on the left.
Left breast: segmental non-mass enhancement with clumped internal enhancement, 52 mm, in the territory of the calcifications.

CONCLUSION:
Left breast: segmental fine linear calcifications with associated segmental clumped non-mass enhancement - BI-RADS 5.
Right breast: BI-RADS 1.
Recommendation: stereotactic vacuum-assisted biopsy of the left breast.

Primary physician radiologist: Dr. A. Pop
""", mods=CEM, purpose="diagnostic", density="c", bpe="moderate/asymmetric", overall="5", bb="L:5 R:1",
    rec=["biopsy"], f=[
    "calc L p m=fine_linear d=segmental q=uo z=45",
    "nme L p nd=segmental ie=clumped z=52",
    "mass R a",
    "calc R a",
])

add("cem21_04_australia_breastscreen_recall_focal_asymmetry_no_enhancement_vascular_calcs_bi3", """
BREASTSCREEN NSW - ASSESSMENT CLINIC, WESTMEAD
CONTRAST ENHANCED MAMMOGRAPHY (CEM)

Clinical: 54F recalled from screening round 4 for a left breast focal asymmetry, 3 o'clock. Asymptomatic.
Technique: Bilateral CC/MLO, LE + RC, Omnipaque 350 1.5 mL/kg.

Findings:
Breast density: scattered fibroglandular densities (ACR b).
BPE: minimal, symmetrical.

R: No mass, calcification or distortion. No enhancement.
L: The focal asymmetry at 3 o'clock, middle third, persists on LE, approx. 14 mm. No enhancement on RC.
   Vascular calcifications.
   No enhancing mass or non-mass enhancement.

Conclusion:
Non-enhancing focal asymmetry L 3 o'clock, probably benign.
R: BI-RADS 1
L: BI-RADS 3
Early review (6 months) in the assessment clinic.

Dr S. Patel FRANZCR, Reading Radiologist
""", mods=CEM, purpose="diagnostic", density="b", bpe="minimal/symmetric", overall="3", bb="R:1 L:3",
    rec=["short_interval_followup"], f=[
    "mass R a",
    "calc R a",
    "ad R a",
    "asym L p @3:00 dp=middle z=14",
    "calc L p m=vascular",
    "mass L a",
    "nme L a",
])

add("cem21_05_new_zealand_staging_right_index_rc_only_satellite_node_left_clear_6", """
MERCY RADIOLOGY - AUCKLAND BREAST CENTRE
CEM BILATERAL (STAGING)

Clinical: 63F. Right breast IDC, 10 o'clock, core biopsy last week. MRI not possible (claustrophobia). Local staging.
Technique: LE and RC CC/MLO both breasts after IV contrast 1.5 mL/kg. Right ML added.

Findings:
Density: heterogeneously dense (ACR c). BPE mild, symmetric.

Right breast:
- Index cancer 10 o'clock: irregular high-density mass with spiculated margins, 24 mm, heterogeneous enhancement on RC. Biopsy clip in place.
- 11 o'clock, 3 cm superior to the index lesion: 7 mm round, homogeneously enhancing mass on RC only, not seen on LE - suspicious for a satellite lesion.
- Right axilla: one enlarged node with cortical thickening (cortex 5 mm), enhancing.

Left breast: no mass, no non-mass enhancement, no suspicious calcifications.

Impression:
Right breast cancer 10 o'clock, 24 mm, with a probable satellite at 11 o'clock (extent at least 45 mm) and an abnormal right axillary node.
Right: BI-RADS 6. Left: BI-RADS 1.
For discussion at the breast MDM.

Dr A. Whaanga, Radiologist
""", mods=CEM, purpose="diagnostic", density="c", bpe="mild/symmetric", overall="6", bb="R:6 L:1",
    rec=["other"], f=[
    "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous @10:00 z=24",
    "mass R p sh=round ie=homogeneous @11:00 z=7",
    "ln R p",
    "mass L a",
    "nme L a",
    "calc L a",
])

add("cem21_06_vietnam_le_pleomorphic_calcs_rc_focal_nme_right_left_nonenhancing_mass_4b", """
HO CHI MINH CITY ONCOLOGY HOSPITAL
DEPARTMENT OF DIAGNOSTIC IMAGING

CONTRAST-ENHANCED MAMMOGRAPHY (CEM) BOTH BREASTS

Patient: female, 50 years old.
Clinical: Screening mammography at district hospital: right breast calcifications. For further evaluation.
Technique: CC, MLO both breasts, low-energy (LE) and recombined (RC) images after iodinated contrast injection.

DESCRIPTION:
1. Breast composition: extremely dense (ACR d).
2. Background parenchymal enhancement: mild, symmetric.
3. Right breast:
   - LE: grouped fine pleomorphic microcalcifications at 10h, upper outer quadrant, in an area of 10 mm.
   - RC: focal non-mass enhancement, heterogeneous, 13 mm, at the site of the microcalcifications.
4. Left breast:
   - LE: oval, circumscribed, equal density mass at 6h, 9 mm (simple cyst on previous ultrasound).
   - RC: no enhancement of this mass.
5. Axillae: no abnormal lymph nodes.

CONCLUSION:
- Right breast: grouped fine pleomorphic microcalcifications with focal NME at 10h: BI-RADS 4B.
- Left breast: non-enhancing cyst at 6h: BI-RADS 2.
RECOMMENDATION: Stereotactic vacuum-assisted biopsy of the right breast microcalcifications.
""", mods=CEM, purpose="diagnostic", density="d", bpe="mild/symmetric", overall="4B", bb="R:4B L:2",
    rec=["biopsy"], f=[
    "calc R p m=fine_pleomorphic d=grouped @10:00 q=uo z=10",
    "nme R p nd=focal ie=heterogeneous @10:00 z=13",
    "mass L p sh=oval mg=circumscribed md=equal @6:00 z=9",
    "ln B a",
])

add("cem21_07_canada_telerad_dense_supplemental_screening_negative_unsided_bi1", """
CANADIAN TELERADIOLOGY NETWORK - interpretation for Cariboo Memorial Hospital, Williams Lake BC
Radiologist: Dr. L. Fournier, FRCPC (read remotely)

EXAM: CONTRAST ENHANCED MAMMOGRAPHY - BILATERAL, SUPPLEMENTAL SCREENING
HISTORY: 47 y/o. Extremely dense breasts on prior screening. Lifetime risk 22%. No symptoms. MRI wait time > 12 months, CEM substituted.
COMPARISON: Screening mammograms 2023, 2024.

FINDINGS:
Low-energy images: extremely dense breasts (category d). Stable scattered benign-appearing calcifications in both breasts. No suspicious masses, calcifications or architectural distortion.
Recombined images: minimal background parenchymal enhancement. No abnormal enhancement in either breast.

IMPRESSION: Negative contrast-enhanced mammogram.
BI-RADS 1.
Return to annual screening; supplemental imaging can be considered again next year.
""", mods=CEM, purpose="screening", density="d", bpe="minimal", overall="1", bb="",
    rec=["routine_screening"], f=[
    "calc B p s d=diffuse",
    "mass B a",
    "calc B a",
    "ad B a",
])

add("cem21_08_ghana_palpable_left_indistinct_mass_skin_nodes_right_intramammary_node_5", """
37 MILITARY HOSPITAL, ACCRA - DEPARTMENT OF RADIOLOGY
CONTRAST ENHANCED MAMMOGRAM (CEM)

Age: 44yrs   Ref: Dr. Asante, General Surgery
Clinical hx: Hard left breast lump x 5/12, peau d'orange. ?Malignancy.
Technique: Standard bilateral CC & MLO views, low energy & recombined, IV contrast (Omnipaque 350).

FINDINGS:
Breast composition: scattered areas of fibroglandular density (ACR b).
BPE: moderate and symmetric.

LEFT BREAST: There is an irregular high density mass with indistinct margins at 12 o'clock measuring 38 x 30 mm, with heterogeneous enhancement on the recombined images. The overlying skin is thickened. Enlarged left axillary lymph nodes with loss of fatty hila are noted.

RIGHT BREAST: Small intramammary lymph node in the upper outer quadrant. No suspicious mass or calcification.

IMPRESSION:
1. Left breast mass with skin thickening and axillary nodes - highly suspicious. BI-RADS 5.
2. Right breast - benign intramammary lymph node. BI-RADS 2.
Adv: Core biopsy of the left breast mass.
""", mods=CEM, purpose="diagnostic", density="b", bpe="moderate/symmetric", overall="5", bb="L:5 R:2",
    rec=["biopsy"], f=[
    "mass L p sh=irregular mg=indistinct md=high ie=heterogeneous @12:00 z=38",
    "skin L p",
    "ln L p",
    "ln R p q=uo",
    "mass R a",
    "calc R a",
])

add("cem21_09_va_pacemaker_left_round_microlobulated_washout_right_popcorn_stable_4b", """
VA MEDICAL CENTER - BREAST IMAGING, RADIOLOGY SERVICE

EXAM: MAMMO CONTRAST ENHANCED BILATERAL DIAGNOSTIC
CLINICAL HISTORY: 66 y/o female Veteran, pacemaker (MRI not possible). Screening mammogram showed a new left breast mass. Called back.
COMPARISON: Mammograms 2019-2024.
TECHNIQUE: Bilateral low-energy and recombined CC/MLO images, 1.5 mL/kg iopamidol, plus a delayed left CC at 8 minutes.

FINDINGS:
The breasts are heterogeneously dense (c).
Background parenchymal enhancement is mild and symmetric.

LEFT: At 6:00, 4 cm from the nipple, there is a 9 mm round equal-density mass with microlobulated margins. On recombined images it shows rim enhancement, with washout on the delayed CC view.
RIGHT: Coarse popcorn calcification in the upper outer quadrant (involuting fibroadenoma), unchanged since 2019. No enhancing lesion in the right breast.

IMPRESSION:
LEFT: Round microlobulated rim-enhancing mass, 6:00. BI-RADS 4B, suspicious.
RIGHT: Benign. BI-RADS 2.
RECOMMENDATION: Targeted left breast ultrasound and US-guided core biopsy.

/es/ K. BRANNIGAN, MD
""", mods=CEM, purpose="diagnostic", density="c", bpe="mild/symmetric", overall="4B", bb="L:4B R:2",
    rec=["additional_imaging", "biopsy"], f=[
    "mass L p sh=round mg=microlobulated md=equal ie=rim kd=washout @6:00 z=9",
    "calc R p s m=coarse q=uo",
])
