ITEMS = []
A = ITEMS.append

A({"id": "us23_01_hong_kong_v2025_filled_template_left_nonmass_lesion_swe_cyst_4b", "text": r"""
DEPARTMENT OF DIAGNOSTIC & INTERVENTIONAL RADIOLOGY
ULTRASOUND BREASTS (BILATERAL) + AXILLAE

Clinical information: Lt breast thickening noted on self-examination. Outside MMG reported focal asymmetry Lt UOQ, BI-RADS 0.
Technique: Bilateral whole breast and axillary scan, 18 MHz linear probe, colour Doppler and shear-wave elastography (SWE).
Lexicon: ACR BI-RADS v2025.
Background echotexture: heterogeneous - fibroglandular.

LESION 1
  Side / position    : Left, 2 o'clock, 3 cm FN, middle depth
  Type               : Non-mass lesion
  Size               : 14 x 6 x 11 mm
  Echo pattern       : Hypoechoic
  Posterior features : None
  Calcifications     : None
  Vascularity        : Internal
  Elasticity         : Intermediate (SWE Emax 62 kPa)
  Assessment         : BI-RADS 4B

LESION 2
  Side / position    : Left, 5 o'clock, 6 cm FN, anterior depth
  Type               : Mass
  Shape              : Oval
  Orientation        : Parallel
  Margin             : Circumscribed
  Echo pattern       : Anechoic
  Posterior features : Enhancement
  Calcifications     : None
  Vascularity        : Absent
  Elasticity         : Soft (SWE Emax 12 kPa)
  Special case       : Simple cyst
  Size               : 7 mm
  Assessment         : BI-RADS 2

RIGHT BREAST: No mass or non-mass lesion.
AXILLAE: Lymph nodes of normal cortical thickness with preserved fatty hilum on both sides.

IMPRESSION
Suspicious left 2 o'clock non-mass lesion. Left simple cyst.
  Left : BI-RADS 4B
  Right: BI-RADS 1
Recommendation: US-guided core biopsy of the left 2 o'clock non-mass lesion.

Reported by: Dr. K. W. Leung, FHKCR, FHKAM (Radiology)
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "L:4B R:1", "rec": "biopsy", "f": [
    "nme L p ep=hypoechoic pf=none va=internal el=intermediate @2:00 dp=middle z=14",
    "calc L a",
    "mass L p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement va=absent el=soft @5:00 dp=anterior z=7",
    "mass R a", "nme R a", "ln B p"]}})

A({"id": "us23_02_us_community_handheld_clock_cmfn_five_lesions_stable_new_r3_l2", "text": r"""
EXAM: US BREAST BILATERAL COMPLETE
DATE OF SERVICE: 03/11/2026

INDICATION: 46 y/o F, follow-up of multiple bilateral breast masses. Prior US 09/08/2025 was BI-RADS 3.
COMPARISON: US 09/08/2025, 08/14/2023.
TECHNIQUE: Real-time handheld grayscale and color Doppler ultrasound of both breasts, performed by the sonographer and rescanned by the radiologist.

FINDINGS:
RIGHT BREAST:
R 10:00 4 CMFN: 9 x 4 x 7 mm oval, circumscribed, hypoechoic mass, parallel to the skin, no posterior features, no internal flow. Previously 9 x 5 x 7 mm. Stable.
R 12:00 2 CMFN: 5 mm oval anechoic mass with posterior enhancement c/w simple cyst. Unchanged.
R 7:00 5 CMFN: 6 x 3 x 5 mm oval hypoechoic mass with circumscribed margins, parallel orientation. Not seen on the prior exams, new.

LEFT BREAST:
L 2:00 3 CMFN: 11 x 5 x 8 mm oval circumscribed parallel hypoechoic mass with posterior enhancement. Previously 10 x 5 x 8 mm. Stable since 08/14/2023.
L 4:00 6 CMFN: 6 mm cluster of microcysts, stable.

No axillary adenopathy bilaterally.

IMPRESSION:
1. New 6 mm right 7:00 oval circumscribed mass, probably benign (likely small fibroadenoma). The stable right 10:00 mass has not yet completed 2 years of stability and is also followed.
2. Right 12:00 simple cyst, benign.
3. Left 2:00 mass stable for over 2 years and left 4:00 clustered microcysts, benign.

BI-RADS 3 RIGHT - Probably benign. Recommend follow-up right breast ultrasound in 6 months.
BI-RADS 2 LEFT - Benign.
Continue annual screening mammography.
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "R:3 L:2", "rec": "short_interval_followup routine_screening", "f": [
    "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @10:00 z=9",
    "mass R p s sh=oval ep=anechoic pf=enhancement @12:00 z=5",
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic @7:00 z=6",
    "mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement @2:00 z=11",
    "mass L p s @4:00 z=6",
    "ln B a"]}})

A({"id": "us23_03_singapore_second_look_us_cites_mri_lesion_right_correlate_strain_ratio_4b", "text": r"""
SECOND-LOOK ULTRASOUND - RIGHT BREAST

Clinical: MRI breasts 14/02/2026 showed an 8 mm enhancing mass at R 10 o'clock (MRI BI-RADS 4A). For second-look US +/- biopsy.

Findings:
Targeted scan of the right breast, 9 to 11 o'clock region, with reference to the MRI images.
At R 10 o'clock, 5 cm from the nipple, there is a 7 x 6 x 5 mm irregular hypoechoic mass with angular margins. It is taller-than-wide. No posterior acoustic features. Minimal internal vascularity on power Doppler. Strain elastography: strain ratio 4.6, hard.
Size, depth and position match the MRI lesion and this is regarded as its sonographic correlate.
No other solid lesion in the scanned region.
Right axilla: no abnormal lymph node.

Conclusion:
Sonographic correlate of the MRI lesion at R 10 o'clock, with suspicious features.
BI-RADS 4B.
Recommend US-guided core biopsy with clip placement.

Dr. Tan Wei Ming, Consultant Radiologist
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "R:4B", "rec": "biopsy", "f": [
    "mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=none va=internal el=hard @10:00 z=7",
    "mass R a", "ln R a"]}})

A({"id": "us23_04_india_usg_both_axillae_left_cortical_thickening_effaced_hilum_right_reactive_4b", "text": r"""
USG BOTH AXILLAE

Ref by: Dr. S. Menon (Surg. Onco)
Clinical details: Swelling lt axilla x 1 month. No h/o fever.

Findings:
LEFT AXILLA: Multiple enlarged lymph nodes are seen, largest measuring 22 x 14 mm, showing eccentric cortical thickening (max cortical thickness 5.1 mm) with effaced fatty hilum. Peripheral and cortical vascularity seen on colour Doppler.
RIGHT AXILLA: Few subcentimetric lymph nodes with maintained fatty hilum and cortical thickness < 2 mm, largest 8 mm - reactive.
Visualised axillary tail of both breasts: No e/o any mass lesion.

IMPRESSION:
- Left axillary lymphadenopathy with cortical thickening and effaced fatty hilum - suspicious. BIRADS 4B (Lt).
- Right axillary reactive lymph nodes. BIRADS 2 (Rt).

Adv: USG guided core biopsy of left axillary node. Mammography for correlation.

Dr. R. Iyer, MD (Radiodiagnosis)
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "L:4B R:2", "rec": "additional_imaging biopsy", "f": [
    "ln L p", "ln R p", "mass B a"]}})

A({"id": "us23_05_nigeria_post_mastectomy_right_chest_wall_nodule_not_circumscribed_4b", "text": r"""
CHEST WALL AND LEFT BREAST ULTRASOUND SCAN

Clinical summary: 51yr old woman, s/p right modified radical mastectomy (2023) for IDC, on tamoxifen. Noticed a small nodule on the right chest wall 3 weeks ago.

Findings:
Right chest wall: A 9 x 7mm irregular hypoechoic mass is seen in the subcutaneous tissue at the 10 o'clock position, with non-circumscribed margins. It is not parallel to the skin. Internal vascularity is noted on colour doppler.
Left breast: Normal fibroglandular echotexture. No focal mass. No dilated ducts.
Axillae: No abnormal lymph nodes.

Impression:
Suspicious right chest wall mass in a patient with previous right mastectomy - ?recurrence. BIRADS 4B right.
Left breast: BIRADS 1.

Recommendation: Ultrasound guided core biopsy of the right chest wall mass.

Dr. A. O. Adeyemi, FWACS
Consultant Radiologist
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "R:4B L:1", "rec": "biopsy", "f": [
    "mass R p sh=irregular mg=not_circumscribed or=not_parallel ep=hypoechoic va=internal @10:00 z=9",
    "mass L a", "other L a", "ln B a"]}})

# ---- second half (us23_06..09) ----
A({"id": "us23_06_canada_supplemental_screening_us_dense_all_negative_bi1", "text": r"""
DIAGNOSTIC IMAGING - BREAST
EXAM: US BREAST BILATERAL - SUPPLEMENTAL SCREENING
Requisition: Dr. M. Gagnon (family physician)

Hx: 44F. Dense breast tissue reported on screening mammogram Jan 2026. No breast symptoms. Referred for supplemental screening ultrasound.

Technique: Whole-breast handheld ultrasound of both breasts in radial and antiradial planes, including both axillae. Sonographer images reviewed by the radiologist, with real-time rescanning of the upper outer quadrants.

Findings:
Both breasts demonstrate heterogeneous fibroglandular echotexture.
No solid or cystic masses are identified in either breast.
No non-mass lesions. No archtectural distortion.
No ductal dilatation.
No abnormal axillary lymph nodes bilaterally.

Impression:
Negative bilateral supplemental screening breast ultrasound. No sonographic evidence of malignancy.
BI-RADS 1 - Negative, both breasts.

Recommendation: Continue annual screening mammography. Supplemental ultrasound may be repeated next year given breast density.

Electronically signed by: Dr. J. Tremblay, MD FRCPC
""", "g": {"mods": "us", "purpose": "screening", "bb": "R:1 L:1", "rec": "routine_screening", "f": [
    "mass B a", "nme B a", "ad B a", "other B a", "ln B a"]}})

A({"id": "us23_07_uk_one_stop_clinic_right_complex_cystic_solid_combined_posterior_u4_no_birads", "text": r"""
ULTRASOUND RIGHT BREAST
One-stop symptomatic breast clinic

Clinical: 58F. 3/52 hx of lump R breast, outer aspect. P3.

US R breast:
At the site of the palpable abnormality, R 9 o'clock 4cm FN, there is a 17 x 12 x 14mm complex cystic and solid mass. Irregular shape, indistinct margins, orientation not parallel. The solid component shows internal vascularity on colour Doppler. Combined posterior pattern - enhancement deep to the cystic part and shadowing deep to the solid part.
No other mass in the right breast.
R axilla: normal.

Conclusion:
Complex cystic and solid mass R 9 o'clock at the site of clinical concern. U4.
Proceed to US guided core biopsy of the solid component. Results to be discussed at the breast MDM.

Dr S. Patel, Consultant Breast Radiologist
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "", "rec": "biopsy other", "f": [
    "mass R p sh=irregular mg=indistinct or=not_parallel ep=complex_cystic_solid pf=combined va=internal @9:00 z=17",
    "mass R a"]}})

A({"id": "us23_08_philippines_v2025_prose_left_nonmass_lesion_hard_right_new_rim_vascularity_cyst_4b", "text": r"""
BREAST ULTRASOUND (BILATERAL) WITH COLOR DOPPLER AND ELASTOGRAPHY

Clinical data: 41 y/o female, G2P2, with left breast tendernes x 1 month. Prior ultrasound (Feb 2025) BI-RADS 2.

Findings:
Both breasts show predominantly fibroglandular background echotexture.

RIGHT BREAST:
At 10 o'clock, 2 cm from the nipple, is a 7 x 5 x 6 mm oval hypoechoic mass with circumscribed margins, parallel orientation and posterior enhancement. It contains low-level internal echoes and shows rim vascularity. It is soft on strain elastograpy. This was not seen on the previous ultrasound. This may represent a complicated cyst.
At 6 o'clock, the 4 mm simple cyst is again noted, unchanged.

LEFT BREAST:
In the upper outer quadrant at 2 o'clock, 3 cm from the nipple, there is a hypoechoic non-mass lesion measuring about 16 x 5 mm, in the middle third of the breast. It has no posterior features and no internal vascularity. It is hard on elastography (strain ratio 5.2). No discrete mass is seen in this area.

AXILLAE: Both axillae show a few lymph nodes with preserved fatty hila.

IMPRESSION:
1. Left breast non-mass lesion at 2 o'clock, suspicious. BI-RADS 4B.
2. New right breast 10 o'clock oval mass, probably a complicated cyst. Stable right 6 o'clock simple cyst. BI-RADS 3.

Suggest: Ultrasound-guided core needle biopsy of the left breast lesion. Follow-up ultrasound of the right breast after 6 months.

MARIA LOURDES C. SANTOS, MD, FPCR
Radiologist
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "L:4B R:3", "rec": "biopsy short_interval_followup", "f": [
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=rim el=soft @10:00 z=7",
    "mass R p s @6:00 z=4",
    "nme L p ep=hypoechoic pf=none va=absent el=hard @2:00 q=uo dp=middle z=16",
    "mass L a", "ln B p"]}})

A({"id": "us23_09_kenya_left_spiculated_shadowing_hard_skin_node_right_stable_fa_soft_avascular_5", "text": r"""
ULTRASOUND OF BOTH BREASTS

Clinical notes: 47 yr old, left breast lump x 2/12, hard and fixed. Known right breast fibroadenoma.
Comparison: Ultrasound of 14/03/2025.

Findings:
Right breast: The known fibroadenoma at 7 o'clock measures 15 x 8 mm (previously 15 x 8 mm), unchanged. It is oval, circumscribed, paralell to the skin and hypoechoic, with no posterior acoustic features. It is avascular on colour doppler and soft on elastography.
No other right breast mass.

Left breast: At 1 o'clock, 2 cm from the nipple, a 24 x 19 mm irregular hypoechoeic mass with spiculated margins is seen, not parallel to the skin, with posterior acoustic shadowing. There is increased internal vascularity. On elastography it is hard (elasticity score 5). The overlying skin of the left breast is thickened to 4 mm.

Left axilla: 2 enlarged lymph nodes with thick cortex and loss of fatty hilum, the larger 18 mm.
Right axilla: normal.

Impression:
1. Left breast mass at 1 o'clock with suspicious features, highly suggestive of malignancy. Left axillary lymphadenopathy. BIRADS 5.
2. Stable right breast fibroadenoma. BIRADS 2.

Recommendation: Ultrasound guided trucut biopsy of the left breast mass and left axillary node.

Dr. W. Njoroge, MBChB, MMed (Rad)
Consultant Radiologist
""", "g": {"mods": "us", "purpose": "diagnostic", "bb": "L:5 R:2", "rec": "biopsy", "f": [
    "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @7:00 z=15",
    "mass R a",
    "mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @1:00 z=24",
    "skin L p", "ln L p"]}})
