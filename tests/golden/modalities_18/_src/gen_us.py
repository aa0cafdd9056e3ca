from common import report

report("us18_01_us_academic_capital_side_headers_three_lesions_4c", """
DEPARTMENT OF RADIOLOGY - BREAST IMAGING SECTION
EXAM: US BREAST BILATERAL COMPLETE
CLINICAL HISTORY: 47F, palpable area of thickening right breast. Recent outside mammogram reported heterogeneously dense tissue.

TECHNIQUE: Bilateral whole-breast and axillary ultrasound was performed by the sonographer, with real-time scanning of the findings by the attending radiologist.

FINDINGS:

RIGHT BREAST
At 10:00, 6 cm from the nipple, corresponding to the palpable concern, there is an irregular hypoechoic mass measuring 14 x 11 x 9 mm. Orientation is not parallel. Margins are angular. There is posterior acoustic shadowing. Internal vascularity is present on color Doppler.
At 7:00, 3 cm from the nipple, an oval circumscribed anechoic mass with posterior acoustic enhancement measures 5 mm, compatible with a simple cyst.

RIGHT AXILLA
No suspicious lymph nodes.

LEFT BREAST
At 2:00, 4 cm from the nipple, there is an oval circumscribed hypoechoic mass measuring 9 x 5 x 6 mm, parallel to the skin. No posterior features. No internal vascularity. Findings are most suggestive of a fibroadenoma.

LEFT AXILLA
Normal.

IMPRESSION:
1. Right breast 10:00 irregular mass with angular margins and shadowing, corresponding to the palpable finding. Highly suspicious. BI-RADS 4C. Ultrasound-guided core biopsy recommended and will be scheduled.
2. Right breast 7:00 simple cyst, benign.
3. Left breast 2:00 probable fibroadenoma. BI-RADS 3. Recommend follow-up left breast ultrasound in 6 months.
""", "us", "diagnostic", "4C", "R4C L3", [
    "mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 z=14",
    "mass R p sh=oval mg=circumscribed ep=anechoic pf=enhancement @7:00 z=5",
    "ln R a",
    "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @2:00 z=9",
], "biopsy short_interval_followup")

report("us18_02_uk_nhs_one_stop_clinic_lesion_subheadings_u_scores_only", """
Royal County Hospital NHS Foundation Trust - Breast Imaging
Examination: Ultrasound both breasts and axillae
Clinical details: 58 yr old lady seen in one-stop clinic. Lump L breast 2 o'clock, P4. Mammograms today reported separately.

Report:

Lesion 1 - left breast 2 o'clock, 5 cm FN
Irregular hypoechoic lesion measuring 12 x 10 x 11 mm. It is taller-than-wide with indistinct margins and dense posterior acoustic shadowing. Stiff on shear-wave elastography (max 160 kPa). This corresponds to the palpable lump and to the mammographic abnormality.

Lesion 2 - right breast 9 o'clock, 2 cm FN
Oval well circumscribed hypoechoic lesion measuring 6 mm, wider-than-tall, without posterior features. Incidental. Probably a small fibroadenoma but indeterminate in this age group.

Axillae
Left axilla: no abnormal lymph nodes. Right axilla: not assessed in detail.

Conclusion:
Left 2 o'clock: U5.
Right 9 o'clock: U3.

Plan: US-guided 14G core biopsy of both lesions, booked in today's clinic (procedure to be reported separately). Discuss at breast MDM with histology.
""", "us", "diagnostic", None, "", [
    "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing el=hard @2:00 z=12",
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none @9:00 z=6",
    "ln L a",
], "biopsy other")

report("us18_03_australia_private_bullets_sub_bullets_per_lesion_4b", """
QUEENSLAND X-RAY & ULTRASOUND (private)
BILATERAL BREAST ULTRASOUND

Referrer: Dr P. Nguyen (GP)
Clinical: 44 yo. L breast lump noticed 3/52. No FHx.

Report:
- Right breast
    - 11 o'clock, 3cm FN:
        - 7 x 5 x 4mm oval hypoechoic mass, circumscribed margins, parallel orientation.
        - No posterior features. Avascular on Doppler.
        - Likely fibroadenoma.
    - 8 o'clock, 4cm FN:
        - 4mm cluster of microcysts. Benign.
- Left breast
    - 3 o'clock, 2cm FN (site of palpable lump):
        - 15 x 12 x 13mm irregular mass, heterogeneous echotexture.
        - Microlobulated margins, not parallel to skin.
        - Posterior acoustic shadowing.
        - Hard on strain elastography (elasticity score 5/5).
    - Left axilla:
        - One level I lymph node with eccentric cortical thickening to 4mm.
- Right axilla: nil of note.

Comment:
- Right breast: BI-RADS 3.
- Left breast: BI-RADS 4B.

Recommendation:
- US-guided core biopsy of the L 3 o'clock mass and FNA of the L axillary node - booked for Thursday.
- Short-term follow-up US of the R breast in 6 months.

Thank you for referring this patient.
""", "us", "diagnostic", "4B", "R3 L4B", [
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @11:00 z=7",
    "mass R p @8:00 z=4",
    "mass L p sh=irregular mg=microlobulated or=not_parallel ep=heterogeneous pf=shadowing el=hard @3:00 z=15",
    "ln L p",
], "biopsy short_interval_followup")

report("us18_04_germany_mammasonographie_synoptic_field_value_two_lesions_5", """
Radiologische Gemeinschaftspraxis am Stadtpark - Mammadiagnostik
MAMMASONOGRAPHIE BEIDSEITS (bilateral breast ultrasound), incl. axillae
Indication: palpable lump left upper outer quadrant, 61 years. Mammography 2 weeks ago elsewhere (report not available).
Device: high-frequency linear probe 18 MHz, colour Doppler, shear-wave elastography.

Lesion 1
Side: left
Position: 1 o'clock, 2 cm from nipple
Size: 18 x 12 x 11 mm
Shape: irregular
Orientation: not parallel
Margin: spiculated
Echo pattern: hypoechoic
Posterior features: shadowing
Vascularity: internal (Doppler)
Elastography: hard (Emax 180 kPa)
BI-RADS: 5

Lesion 2
Side: right
Position: 9 o'clock, 4 cm from nipple
Size: 7 x 6 x 5 mm
Shape: oval
Orientation: parallel
Margin: circumscribed
Echo pattern: anechoic
Posterior features: enhancement
Vascularity: none
BI-RADS: 2 (simple cyst)

Axilla: left level I lymph node 16 mm with thickened cortex and compressed fatty hilum, suspicious.

Assessment: right BI-RADS 2, left BI-RADS 5.
Recommendation: ultrasound-guided high-speed core biopsy of lesion 1 and of the left axillary node; presentation at the interdisciplinary tumour board.
""", "us", "diagnostic", "5", "R2 L5", [
    "mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @1:00 z=18",
    "mass R p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement va=absent @9:00 z=7",
    "ln L p z=16",
], "biopsy other")

report("us18_05_france_translated_prior_quoted_descriptors_bi_rads_acr_4", """
CABINET D'IMAGERIE MEDICALE DU PARC - Lyon
BILATERAL BREAST ULTRASOUND (translated from French)

Indication: follow-up of a right breast nodule. 52-year-old patient.

Comparison: ultrasound of 12/03/2025, which described "an oval, circumscribed, hypoechoic nodule with parallel axis of 8 mm at 10 o'clock of the right breast, classified BI-RADS ACR 3" and "no focal lesion of the left breast".

Results:
Right breast: the 10 o'clock nodule is still oval, circumscribed, hypoechoic and parallel to the skin; it measures 8 mm, unchanged in size and appearance compared with 12/03/2025 and with 09/2024.
Left breast: appearance of a new 11 mm nodule at 2 o'clock, 3 cm from the nipple, hypoechoic, irregular in shape, with indistinct margins and a non-parallel axis, with posterior acoustic shadowing. Doppler: no internal vascularity.
No axillary lymphadenopathy.

Conclusion:
- Right breast: nodule stable over 18 months, now BI-RADS ACR 2.
- Left breast: new suspicious nodule at 2 o'clock, BI-RADS ACR 4.
Ultrasound-guided microbiopsy of the left nodule is recommended (appointment given).
""", "us", "diagnostic", "4", "R2 L4", [
    "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @10:00 z=8",
    "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=absent @2:00 z=11",
    "ln B a",
], "biopsy")

report("us18_06_italy_prose_summary_table_at_end_three_lesions_4c", """
ISTITUTO DIAGNOSTICO SAN LUCA - Milano
ECOGRAFIA MAMMARIA BILATERALE (bilateral breast ultrasound)
Clinical question: dense breasts at mammography, nodule felt by the patient in the right breast.

Report:
In the upper outer quadrant (QSE) of the right breast, at 10 o'clock, there is a hypoechoic nodule of 13 mm, irregular in shape, with margins not circumscribed, non-parallel orientation and posterior acoustic shadowing; on colour Doppler there is internal vascularity.
In the upper inner quadrant (QSI) of the left breast a complicated cyst of 9 mm is seen, oval, with circumscribed margins and fine internal echoes.
In the lower outer quadrant (QIE) of the left breast there is a simple cyst of 5 mm.
No enlarged axillary lymph nodes bilaterally.

SUMMARY
Lesion | Side  | Site       | Size  | BI-RADS
1      | Right | QSE 10 h   | 13 mm | 4C
2      | Left  | QSI        | 9 mm  | 3
3      | Left  | QIE        | 5 mm  | 2

Advice: ultrasound-guided core needle biopsy of lesion 1; ultrasound follow-up of lesion 2 in 6 months.
""", "us", "diagnostic", "4C", "R4C L3", [
    "mass R p sh=irregular mg=not_circumscribed or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 q=uo z=13",
    "mass L p sh=oval mg=circumscribed q=ui z=9",
    "mass L p q=lo z=5",
    "ln B a",
], "biopsy short_interval_followup")

report("us18_07_turkey_bilateral_us_second_look_addendum_after_mri_4b", """
T.C. SAGLIK BAKANLIGI - ANKARA CITY HOSPITAL, BREAST RADIOLOGY UNIT
BILATERAL BREAST ULTRASONOGRAPHY
Date: 06.05.2026
Indication: 45 y, right breast mastalgia for 2 months. Mother had breast cancer at 50.

Findings:
Breast parenchyma is of heterogeneous fibroglandular echotexture.
In the right breast at 9 o'clock, 3 cm from the nipple, an oval, circumscribed, hypoechoic solid mass of 8x5 mm with parallel orientation is observed.
In the left breast, several simple cysts are noted, the largest 6 mm at 4 o'clock.
No suspicious axillary lymph nodes bilaterally.

Impression:
Right breast 9 o'clock probably benign solid mass - BI-RADS 3, 6-month ultrasound follow-up is recommended.
Left breast simple cysts - BI-RADS 2.

ADDENDUM (20.05.2026) - second-look ultrasound:
Breast MRI performed at an outside centre on 15.05.2026 described a 6 mm enhancing mass in the left breast at 2 o'clock. Targeted second-look ultrasound of the left breast was performed today by the radiologist. At left 2 o'clock, 4 cm from the nipple, a 6x5 mm irregular hypoechoic mass with indistinct margins and non-parallel orientation is identified, corresponding to the MRI finding.
Revised assessment: Left breast BI-RADS 4B. Right breast BI-RADS 3.
Ultrasound-guided core needle biopsy of the left 2 o'clock mass is recommended. Right breast follow-up as above.
""", "us", "diagnostic", "4B", "R3 L4B", [
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic @9:00 z=8",
    "mass L p",
    "ln B a",
    "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic @2:00 z=6",
], "biopsy short_interval_followup")

report("us18_08_india_lesion_hash_headings_multifocal_right_node_bi5", """
SHREE DIAGNOSTICS & IMAGING CENTRE, PUNE
USG BOTH BREASTS WITH AXILLAE
Pt: 39 yrs / F      Ref by: Dr. S. Kulkarni (Onco-surgeon)
C/o: lump in right breast x 2 months.

OBSERVATIONS:
Both breasts show predominantly fibroglandular echotexture.

Lesion #1
Right breast, 11 o'clock position, 4 cm from nipple. An irregular hypoechoic lesion measuring 22 x 18 mm with spiculated margins. It is antiparallel (taller than wide) with posterior acoustic shadowing. Colour Doppler shows internal vascularity. Hard on strain elastography.

Lesion #2
Right breast, 6 o'clock position, 5 cm from nipple. Similar smaller irregular hypoechoic lesion 8 x 6 mm with non-circumscribed margins, likely satellite / multifocal disease.

Lesion #3
Left breast, 4 o'clock position. Well defined oval hypoechoic lesion 10 x 6 mm, wider than tall, with circumscribed margins and no posterior acoustic features - likely fibroadenoma.

Axilla: Multiple enlarged right axillary lymph nodes with loss of fatty hilum, largest 20 x 14 mm. Left axilla normal.

IMPRESSION:
- Lesion #1 and #2: right breast multifocal malignant-looking lesions - BI-RADS 5.
- Right axillary lymphadenopathy - suspicious for metastatic nodes.
- Lesion #3: left breast probable fibroadenoma - BI-RADS 3.

Adv: USG guided trucut biopsy of lesion #1 and FNAC of right axillary node. Follow-up USG of left breast after 6 months.
""", "us", "diagnostic", "5", "R5 L3", [
    "mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @11:00 z=22",
    "mass R p sh=irregular mg=not_circumscribed ep=hypoechoic @6:00 z=8",
    "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none @4:00 z=10",
    "ln R p z=20",
], "biopsy short_interval_followup")

report("us18_09_japan_bullets_sub_bullets_nonmass_area_c_area_4a", """
Breast Ultrasound Report - Department of Breast Surgery / Radiology, Nagoya
Exam: bilateral breast ultrasound (screening recall: category 3 on municipal mammography screening, right breast)

Findings:
* Right breast
  - C area (upper outer), 10 o'clock, 4 cm from nipple:
    - Non-mass lesion: hypoechoic area 18 x 7 mm, ill-defined, distributed along the duct direction.
    - Blood flow: slight internal flow signals.
  - No mass lesion elsewhere in right breast.
* Left breast
  - A area (upper inner), 11 o'clock:
    - Mass 9 x 6 x 5 mm, oval, circumscribed, parallel, isoechoic, posterior echo enhancement.
    - No change from US of 2024 (9 mm). Fibroadenoma is considered.
* Axilla: no swollen lymph nodes on either side.

Conclusion:
* Right C area non-mass lesion -> BI-RADS 4A. US-guided vacuum-assisted biopsy is recommended.
* Left A area mass, stable -> BI-RADS 2.
""", "us", "diagnostic", "4A", "R4A L2", [
    "nme R p va=internal @10:00 q=uo z=18",
    "mass R a",
    "mass L p s sh=oval mg=circumscribed or=parallel ep=isoechoic pf=enhancement @11:00 q=ui z=9",
    "ln B a",
], "biopsy")

report("us18_10_korea_followup_prior_descriptors_quoted_resolved_cyst_4a", """
Seoul National Medical Center - Department of Radiology
Breast US (Bilateral) - follow-up
Clinical info: F/51. F/U of Rt breast mass (C3 on US 2025-05-14).

Comparison: US 2025-05-14, Rt 10H "oval, circumscribed, parallel hypoechoic mass, 1.1 cm, BI-RADS 3"; Lt 5H "complicated cyst, 0.5 cm".

Findings:
1. Rt 10H, 3 cm FN: oval, circumscribed, parallel hypoechoic mass, 1.1 x 0.6 cm. No significant interval change.
2. Lt 5H: previously noted complicated cyst is no longer visualized.
3. Lt 2H, 2 cm FN: newly seen 0.8 x 0.7 cm irregular hypoechoic mass, angular margin, not parallel. No posterior features.
4. No abnormal LN in both axillae.

Conclusion:
1. Rt 10H probably benign mass, stable for 1 year -> BI-RADS 2 (downgraded from BI-RADS 3).
2. Lt 2H new suspicious mass -> BI-RADS 4A. Recommend US-guided CNB.
""", "us", "diagnostic", "4A", "R2 L4A", [
    "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @10:00 z=11",
    "mass L a",
    "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=none @2:00 z=8",
    "ln B a",
], "biopsy")

report("us18_11_brazil_translated_capital_headers_nodule_numbering_4", """
CLINICA DE DIAGNOSTICO POR IMAGEM - Sao Paulo
BREAST ULTRASOUND (ULTRASSONOGRAFIA MAMARIA) - translated

Indication: evaluation of dense breasts / palpable nodule right breast.
Technique: high-resolution linear transducer, bilateral study including axillary regions.

RIGHT BREAST:
Nodule 1: at 12 o'clock, 2 cm from the nipple, hypoechoic, irregular, with microlobulated margins, non-parallel to the skin, without posterior acoustic phenomenon, measuring 11 x 8 x 9 mm.
Nodule 2: at 8 o'clock, anechoic, oval, circumscribed, with posterior acoustic enhancement, measuring 4 mm (simple cyst).

LEFT BREAST:
Ductal ectasia in the retroareolar region, without intraductal content.
No solid nodules.

AXILLARY REGIONS:
No axillary lymph node enlargement.

CONCLUSION:
Right breast: BI-RADS 4 (nodule 1). Percutaneous core biopsy is suggested.
Left breast: BI-RADS 2.
""", "us", "diagnostic", "4", "R4 L2", [
    "mass R p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=none @12:00 z=11",
    "mass R p sh=oval mg=circumscribed ep=anechoic pf=enhancement @8:00 z=4",
    "other L p",
    "mass L a",
    "ln B a",
], "biopsy")

report("us18_12_us_private_supplemental_screening_summary_table_4a", """
Westside Women's Imaging, LLC
EXAM: BILATERAL WHOLE BREAST SCREENING ULTRASOUND (supplemental screening, dense breasts)
INDICATION: Asymptomatic. Heterogeneously dense breasts on 2D/3D screening mammogram 04/2026 (reported separately).
TECHNIQUE: Handheld bilateral whole-breast ultrasound.

FINDINGS:
Right 1:00, 5 cm FN: 6 x 4 x 3 mm oval, circumscribed, parallel, hypoechoic mass without posterior features. No internal vascularity.
Right 8:00, 2 cm FN: 4 mm simple cyst.
Left 3:00, 6 cm FN: 7 x 7 x 6 mm round hypoechoic mass with indistinct margins, not parallel. No posterior features.
Left 6:00, 1 cm FN: 3 mm simple cyst.
No suspicious axillary lymph nodes.

SUMMARY OF FINDINGS
#  Side  Clock  FN    Size   Description                     BI-RADS
1  R     1:00   5 cm  6 mm   oval circumscribed solid mass   3
2  R     8:00   2 cm  4 mm   simple cyst                     2
3  L     3:00   6 cm  7 mm   round indistinct solid mass     4A
4  L     6:00   1 cm  3 mm   simple cyst                     2

ASSESSMENT: Right BI-RADS 3; Left BI-RADS 4A. Overall: BI-RADS 4A - Suspicious.
RECOMMENDATION: US-guided core biopsy of left 3:00 mass. Follow-up right breast ultrasound in 6 months.
""", "us", "screening", "4A", "R3 L4A", [
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @1:00 z=6",
    "mass R p @8:00 z=4",
    "mass L p sh=round mg=indistinct or=not_parallel ep=hypoechoic pf=none @3:00 z=7",
    "mass L p @6:00 z=3",
    "ln B a",
], "biopsy short_interval_followup")
