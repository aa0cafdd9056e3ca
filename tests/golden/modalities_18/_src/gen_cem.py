from common import report

report("cem18_01_us_academic_separate_le_rc_sections_same_lesions_5", """
ACADEMIC BREAST CENTER
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL DIAGNOSTIC
HISTORY: 63-year-old woman recalled from screening for a right breast mass.
TECHNIQUE: Dual-energy CC and MLO views of both breasts were obtained 2-8 minutes after IV injection of 1.5 mL/kg iohexol 350. A delayed right CC view was obtained at 9 minutes. Low-energy (LE) and recombined (RC) images were reviewed.

LOW-ENERGY IMAGES:
The breasts are heterogeneously dense.
Right breast: at 10:00, middle depth, there is a 12 mm irregular high-density mass with spiculated margins.
Left breast: at 6:00, posterior depth, there are grouped amorphous calcifications spanning 8 mm.

RECOMBINED IMAGES:
Background parenchymal enhancement is minimal and symmetric.
Right breast: the 10:00 mass enhances heterogeneously and measures 14 mm on the recombined images, with washout on the delayed view.
Left breast: no enhancement is associated with the 6:00 calcifications. No abnormal enhancement elsewhere in the left breast.

IMPRESSION:
1. Right breast 10:00 spiculated enhancing mass. BI-RADS 5. Ultrasound-guided core biopsy recommended.
2. Left breast 6:00 grouped amorphous calcifications without enhancement. BI-RADS 4A. Stereotactic biopsy recommended.
""", "cem", "diagnostic", "5", "R5 L4A", [
    "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @10:00 dp=middle z=14",
    "calc L p m=amorphous d=grouped @6:00 dp=posterior z=8",
], "biopsy", density="c", bpe="minimal/symmetric")

report("cem18_02_italy_post_neoadjuvant_prior_descriptors_quoted_6", """
AZIENDA OSPEDALIERA - BREAST UNIT, Torino
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM), BILATERAL
Indication: left breast carcinoma, restaging after neoadjuvant chemotherapy.
Comparison: CESM of 11/2025, which described "irregular mass of 32 mm with spiculated margins and heterogeneous enhancement in the left upper outer quadrant, BI-RADS 6" and "left axillary lymph node with cortical thickening of 6 mm".

Low-energy images: scattered fibroglandular densities (ACR b). Marker clip in the left upper outer quadrant.
Left breast: the mass in the upper outer quadrant has decreased, now 14 mm, with indistinct margins.
Right breast: 5 mm oval circumscribed mass in the lower outer quadrant, unchanged since 2025.

Recombined images: minimal symmetric background enhancement.
Left breast: residual rim enhancement of the upper outer quadrant mass, 14 mm.
Right breast: the 5 mm mass does not enhance.
Left axilla: the lymph node now shows a normal cortex and fatty hilum.

Conclusions:
Left breast: partial response of the known carcinoma, BI-RADS 6.
Right breast: benign, BI-RADS 2.
Case to be discussed at the multidisciplinary meeting.
""", "cem", "diagnostic", "6", "L6 R2", [
    "mass L p mg=indistinct ie=rim q=uo z=14",
    "mass R p s sh=oval mg=circumscribed q=lo z=5",
    "ln L p",
], "other", density="b", bpe="minimal/symmetric")

report("cem18_03_australia_bullets_le_rc_sub_bullets_linear_nme_4c", """
PERTH WOMEN'S IMAGING
CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BILATERAL
Clinical: 50F. Screening recall (BreastScreen WA), L breast. Dense breasts.

Breast density: heterogeneously dense (c).
BPE: mild, symmetric.

Findings:
- Right breast
    - 10 o'clock:
        - LE: 9mm oval equal density mass, margins partially obscured.
        - RC: homogeneous enhancement. No washout.
    - Lower inner quadrant: benign vascular calcifications (LE).
- Left breast
    - 2 o'clock:
        - LE: 11mm irregular high density mass, indistinct margins.
        - RC: heterogeneous enhancement, washout on the late CC.
    - 6 o'clock:
        - LE: no correlate.
        - RC: 20mm linear non-mass enhancement with clumped internal enhancement.
- Axillae: no lymphadenopathy.

Assessment:
- Right: BI-RADS 3 (probable fibroadenoma).
- Left: BI-RADS 4C.

Recommendation:
- Targeted US and US-guided core biopsy L 2 o'clock.
- CEM- or MRI-guided biopsy of the L 6 o'clock NME.
- Follow-up imaging of the R breast in 6 months.
""", "cem", "diagnostic", "4C", "R3 L4C", [
    "mass R p sh=oval mg=obscured md=equal ie=homogeneous @10:00 z=9",
    "calc R p m=vascular q=li",
    "mass L p sh=irregular mg=indistinct md=high ie=heterogeneous kd=washout @2:00 z=11",
    "nme L p nd=linear ie=clumped @6:00 z=20",
    "ln B a",
], "additional_imaging biopsy short_interval_followup", density="c", bpe="mild/symmetric")

report("cem18_04_germany_synoptic_le_rc_fields_per_lesion_4c", """
Brustzentrum Rhein-Main - Radiologie
KONTRASTMITTEL-MAMMOGRAPHIE (contrast-enhanced mammography), bilateral - structured report
Indication: unclear finding right breast on screening mammography (Mammographie-Screening recall), 57 years.

General
Breast density (ACR): b
Background enhancement: moderate
Symmetry: symmetric

Lesion 1
Side: right
Location: 12 o'clock, posterior third
LE finding: irregular mass, equal density, indistinct margins, 9 mm
RC finding: heterogeneous enhancement, 10 mm
Washout (late image): yes
BI-RADS: 4C

Lesion 2
Side: left
Location: 3 o'clock
LE finding: no correlate
RC finding: focal non-mass enhancement, clumped, 15 mm
BI-RADS: 4B

Lesion 3
Side: left
Location: 7 o'clock
LE finding: oval circumscribed fat-containing mass, 6 mm (oil cyst)
RC finding: no enhancement
BI-RADS: 2

Axillae: no suspicious lymph nodes.

Overall assessment: BI-RADS 4C.
Recommendation: ultrasound-guided core biopsy of lesion 1; second-look ultrasound for lesion 2, otherwise MR-guided vacuum-assisted biopsy.
""", "cem", "diagnostic", "4C", "R4C L4B L2", [
    "mass R p sh=irregular mg=indistinct md=equal ie=heterogeneous kd=washout @12:00 dp=posterior z=10",
    "nme L p nd=focal ie=clumped @3:00 z=15",
    "mass L p sh=oval mg=circumscribed md=fat_containing @7:00 z=6",
    "ln B a",
], "additional_imaging biopsy", density="b", bpe="moderate/symmetric")

report("cem18_05_turkey_cesm_le_rc_prose_summary_table_at_end_5", """
ACIBADEM - IZMIR, BREAST RADIOLOGY
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - BOTH BREASTS
Indication: 55 y, palpable mass left breast.

Low-energy images:
Breast composition ACR c (heterogeneously dense).
Right breast: focal asymmetry at 11 o'clock, middle depth, 15 mm. No associated calcifications or architectural distortion.
Left breast: 18 mm irregular high-density mass with spiculated margins at 8 o'clock, posterior depth, corresponding to the palpable lump. Skin is not thickened.
Left axilla: two lymph nodes with thickened cortex (6 mm).

Recombined images:
Background parenchymal enhancement mild, symmetric.
Right 11 o'clock asymmetry: no enhancement.
Left 8 o'clock mass: rim enhancement.

SUMMARY TABLE
Lesion | Side / site    | LE                         | RC               | BI-RADS
1      | R 11 o'clock   | focal asymmetry            | no enhancement   | 3
2      | L 8 o'clock    | irregular spiculated mass  | rim enhancement  | 5
3      | L axilla       | 2 nodes, cortex 6 mm       | -                | -

Recommendation: US-guided tru-cut biopsy of the left mass and the left axillary node. 6-month follow-up for the right breast.
""", "cem", "diagnostic", "5", "R3 L5", [
    "asym R p @11:00 dp=middle z=15",
    "calc R a",
    "ad R a",
    "mass L p sh=irregular mg=spiculated md=high ie=rim @8:00 dp=posterior z=18",
    "skin L a",
    "ln L p",
], "biopsy short_interval_followup", density="c", bpe="mild/symmetric")

report("cem18_06_india_lesion_hash_headings_le_rc_coarse_calcs_4c", """
MANIPAL HOSPITALS - DEPARTMENT OF RADIODIAGNOSIS, BENGALURU
CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BOTH BREASTS
Clinical details: 48 yrs, lump right breast, outer aspect, 1 month.
Technique: Iodinated contrast (Iohexol 350, 1.5 ml/kg) injected; dual energy CC and MLO views of both breasts acquired at 2-7 minutes.

Breast composition: scattered areas of fibroglandular density (ACR b).
Background parenchymal enhancement: mild, symmetric.

Lesion #1 - Right breast, 9 o'clock, 5 cm from nipple
LE: round high density mass with microlobulated margins, 14 x 12 mm.
RC: intense homogeneous enhancement.

Lesion #2 - Left breast, 1 o'clock
LE: no abnormality seen.
RC: 6 mm oval enhancing mass with circumscribed margins and homogeneous enhancement.

Lesion #3 - Left breast, 5 o'clock
LE: coarse popcorn-like calcifications, 10 mm.
RC: no enhancement.

No skin thickening or nipple retraction. No axillary lymphadenopathy.

IMPRESSION:
Lesion #1 (right 9 o'clock): suspicious, BI-RADS 4C.
Lesion #2 (left 1 o'clock): BI-RADS 4A - second look USG advised.
Lesion #3 (left 5 o'clock): benign calcifications, BI-RADS 2.
Adv: USG guided biopsy of lesion #1.
""", "cem", "diagnostic", "4C", "R4C L4A L2", [
    "mass R p sh=round mg=microlobulated md=high ie=homogeneous @9:00 z=14",
    "mass L p sh=oval mg=circumscribed ie=homogeneous @1:00 z=6",
    "calc L p m=coarse @5:00 z=10",
    "skin B a",
    "ln B a",
], "additional_imaging biopsy", density="b", bpe="mild/symmetric")

report("cem18_07_japan_cem_capital_side_headers_negated_calcs_4c", """
Department of Diagnostic Radiology, Breast Imaging - Osaka
CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL
Clinical information: 44 y. Left breast mass detected on ultrasound at another clinic (category 4, report attached). Evaluation of extent.

Breast composition: extremely dense (d).
Background parenchymal enhancement: minimal.

RIGHT BREAST
LE: no mass, no calcifications.
RC: no abnormal enhancement.

LEFT BREAST
LE: 12 mm irregular mass of equal density with indistinct margin at 2 o'clock, middle depth. No associated calcifications.
RC: the mass shows heterogeneous enhancement and washout on the delayed image. No additional enhancing lesion.

Assessment:
Right breast: BI-RADS 1.
Left breast: BI-RADS 4C.
US-guided core needle biopsy of the left 2 o'clock mass is recommended.
""", "cem", "diagnostic", "4C", "R1 L4C", [
    "mass R a",
    "calc R a",
    "mass L p sh=irregular mg=indistinct md=equal ie=heterogeneous kd=washout @2:00 dp=middle z=12",
    "calc L a",
], "biopsy", density="d", bpe="minimal/-")

report("cem18_08_brazil_cem_capital_headers_targeted_us_addendum_downgrade_3", """
CENTRO DE DIAGNOSTICO MAMARIO - Belo Horizonte
CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - translated from Portuguese
Indication: asymptomatic, 52 y, dense breasts, supplemental screening requested by the gynecologist.

Breast composition: heterogeneously dense (c). Background enhancement: mild, symmetric.

RIGHT BREAST:
Low energy: oval fat-containing mass, 15 mm, in the upper outer quadrant (lipoma / oil cyst).
Recombined: no enhancement.

LEFT BREAST:
Low energy: oval mass with circumscribed margins, equal density, 8 mm, at 3 o'clock.
Recombined: moderate homogeneous enhancement of this mass.

CONCLUSION:
Right breast: BI-RADS 2.
Left breast: BI-RADS 0 - targeted ultrasound recommended.

ADDENDUM - same-day targeted left breast ultrasound (performed by the reporting radiologist):
At left 3 o'clock, 4 cm from the nipple, oval hypoechoic mass with circumscribed margins, parallel orientation, without posterior acoustic features, 8 mm, corresponding to the CEM finding.
Revised conclusion: Left breast BI-RADS 3 - 6-month follow-up. Right breast BI-RADS 2.
""", "cem us", "screening", "3", "R2 L3", [
    "mass R p sh=oval md=fat_containing q=uo z=15",
    "mass L p sh=oval mg=circumscribed md=equal ie=homogeneous or=parallel ep=hypoechoic pf=none @3:00 z=8",
], "additional_imaging short_interval_followup", density="c", bpe="mild/symmetric")
