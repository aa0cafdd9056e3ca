from common import hard_wrap

US = []

US.append(dict(id="us8_01_canada_community_bilateral_fa_rim_vascular_dermal_cyst_bi3", tags="ordinary; CA community", text="""\
LAKESHORE COMMUNITY IMAGING - MISSISSAUGA, ON
Patient: [redacted]     DOB: [redacted]     OHIP#: [redacted]
Referring physician: Dr. K. Sandhu (family medicine)

EXAM: US BREAST BILATERAL
DATE: 2026-03-11

HISTORY: 38 year old female. Bilateral breast lumpiness, worse before menses. Palpable lump left breast upper
outer. No family history. No prior breast imaging.

TECHNIQUE: Real-time bilateral whole-breast and axillary ultrasound performed by the sonographer and reviewed by the
radiologist, with additional images over the palpable area.

FINDINGS:
Right breast: Several simple cysts, the largest 9 mm at 10 o'clock, 4 cm from the nipple. A 7 mm oval,
circumscribed, hypoechoic mass lies within the dermis at 6 o'clock with a thin tract to the skin surface, in keeping
with an epidermal inclusion cyst. No solid mass in the breast parenchyma.

Left breast: At the site of the palpable lump, at 2 o'clock 6 cm from the nipple, there is an oval circumscribed
mass with its long axis parallel to the skin, homogeneously hypoechoic, measuring 17 x 8 x 12 mm. Posterior acoustic
enhancement. No internal vascularity on colour Doppler. Appearance favours a fibroadenoma.
A second smaller solid mass at 4 o'clock, 3 cm FN, 6 x 4 x 5 mm, oval, circumscribed and parallel, with peripheral
(rim) vascularity only.
Simple cyst 5 mm left 12 o'clock.

Axillae: normal lymph nodes bilaterally.

IMPRESSION:
1. Left breast 2 o'clock 17 mm and 4 o'clock 6 mm solid masses with benign features, probable fibroadenomas.
BI-RADS 3 left. Short-interval follow-up ultrasound of the left breast in 6 months is recommended.
2. Right breast simple cysts and a small epidermal inclusion cyst. BI-RADS 2 right.

Dictated by: M. Okafor, MD FRCPC
""",
    mods=["ultrasound"], purpose="diagnostic", overall="3", bb="L3 R2",
    f=["mass R p @10:00 z=9",
       "mass R p sh=oval mg=circumscribed ep=hypoechoic @6:00 z=7",
       "mass R a",
       "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @2:00 z=17",
       "mass L p sh=oval mg=circumscribed or=parallel va=rim @4:00 z=6",
       "mass L p @12:00 z=5",
       "lymph_node B p"],
    rec=["short_interval_followup"]))

US.append(dict(id="us8_02_uk_nhs_one_stop_left_discharge_duct_complex_cystic_u4", tags="ordinary; UK NHS one-stop", text="""\
BREAST UNIT - ONE STOP CLINIC
US Lt breast + axilla                                   Date: 17/03/2026

Clinical: 51F. Lt single-duct bloodstained nipple discharge x 3/12. No palpable lump. P2.
Mammo today M2 bilat (see separate report).

Findings:
Lt retroareolar region: single dilated duct at 3 o'c, calibre 4mm, running 2cm back from the nipple.
At the end of the duct there is an oval circumscribed complex cystic and solid mass 9 x 6mm, with a
solid mural component showing a vascular stalk on colour Doppler. Likely intraduct/intracystic papilloma.
Incidental 5mm simple cyst Lt 10 o'c.
No other focal lesion in the Lt breast.
Lt axilla: normal.

Conclusion:
Lt retroareolar complex cystic and solid lesion in a dilated duct. U4. BI-RADS 4A.

Plan: US guided vacuum biopsy - booked for Thursday's list. Discuss at MDM. Results clinic 2/52.

Dr S Patel, Consultant Radiologist
""",
    mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="L4A",
    f=["other L p @3:00 z=4",
       "mass L p sh=oval mg=circumscribed ep=complex_cystic_solid va=internal z=9",
       "mass L p @10:00 z=5"],
    rec=["biopsy", "other"]))

US.append(dict(id="us8_03_ireland_private_lactating_galactocele_node_bi2", tags="ordinary; IE private", text="""\
CLONTARF PRIVATE RADIOLOGY
Dublin 3

ULTRASOUND OF BOTH BREASTS

Clinical details: 33 year old, 5 months post-partum, breastfeeding. Tender lump right breast, ? blocked duct,
? abscess. Referred by GP.

Report:
Lactational changes are noted bilaterally with prominent glandular tissue, in keeping with breastfeeding.

Right breast: At the site of the palpable lump at 11 o'clock there is an oval, circumscribed mass measuring
24 x 15 mm, oriented parallel to the skin, with a fat-fluid level. There is no internal vascularity. Appearances
are typical of a galactocele. No abscess collection is seen.

Left breast: A 4 mm intramammary lymph node at 3 o'clock with a normal fatty hilum.

Axillae: Bilateral axillary lymph nodes are reactive in appearance with preserved hila, the largest 11 mm on the
right, in keeping with lactation.

Conclusion:
Right breast galactocele. No abscess. BI-RADS 2.
Repeat ultrasound in 6 weeks is suggested to confirm resolution.

Dr. Aoife Brennan, FFR RCSI
""",
    mods=["ultrasound"], purpose="diagnostic", overall="2", bb="",
    f=["mass R p sh=oval mg=circumscribed or=parallel va=absent @11:00 z=24",
       "other R a",
       "lymph_node L p @3:00 z=4",
       "lymph_node B p z=11"],
    rec=["short_interval_followup"]))

US.append(dict(id="us8_04_au_private_implant_us_stepladder_intracapsular_silicone_node", tags="ordinary; AU private", text="""\
HARBOURSIDE RADIOLOGY - NORTH SYDNEY
ULTRASOUND BREAST IMPLANTS (BILATERAL)

Clinical notes: 46F. Bilateral cosmetic subglandular silicone implants 2014. Left breast change in shape and
firmness. Query rupture.

Findings:
Right implant: Subglandular. The implant shell is smooth and intact with a normal anechoic lumen. No intraluminal
echoes. No evidence of rupture.
Left implant: Multiple parallel horizontal echogenic lines are seen within the implant lumen (stepladder sign),
consistent with intracapsular rupture. No snowstorm appearance in the surrounding breast tissue to suggest
extracapsular silicone.
Left axilla: One level I lymph node shows a snowstorm appearance, 9 mm, in keeping with a silicone-laden lymph
node (may reflect gel bleed).
Breast tissue: Right breast 7 mm simple cyst at 8 o'clock. No focal mass in the left breast.
Right axilla normal.

Conclusion:
1. Intracapsular rupture of the left implant.
2. Silicone-laden left axillary lymph node.
3. Intact right implant. Right simple cyst.
BI-RADS 2 bilateral.
MRI (silicone protocol) is recommended to confirm and to exclude extracapsular extension. Referral to the treating
plastic surgeon is suggested.

Thank you for referring this patient.
""",
    mods=["ultrasound"], purpose="diagnostic", overall="2", bb="R2 L2",
    f=["implant R p ir=none",
       "implant L p ir=intracapsular",
       "lymph_node L p z=9",
       "mass R p @8:00 z=7",
       "mass L a"],
    rec=["additional_imaging", "surgical_consultation"]))

US.append(dict(id="us8_05_nz_private_followup_stable_fa_new_indistinct_mass_typos", tags="ordinary; NZ private; typos", text="""\
HARBOURVIEW RADIOLOGY - AUCKLAND
US LEFT BREAST - FOLLOW UP

Clinical: 29 yo. 6 month follow up of left breast probably benign mass (US 09/2025, BI-RADS 3).
Comparison: US 09/2025.

Findings:
The previously noted left 1 o'clock mass, 3 cm from the nipple, is unchanged, measuring 11 x 6 x 8 mm
(previously 11 x 6 x 7 mm). Oval, circumscibed, parallel, hypoechic, no posterior features. No internal
vascularity. Elastography: soft (mean 18 kPa).

New since the prior study: a 5 mm oval hypoechoic mass with indistinct margins at 9 o'clock, 5 cm FN.

Left axilla: normal.

Conclusion:
1. Stable probably benign left 1 o'clock mass, likely fibroadenoma. BI-RADS 3. Continue follow-up: ultrasound in
6 months.
2. New 5 mm left 9 o'clock mass with indistinct margins. BI-RADS 4A. US-guided core biopsy recommended.

Reported by Dr J. Whitcombe
""",
    mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="L4A",
    f=["mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @1:00 z=11",
       "mass L p sh=oval mg=indistinct ep=hypoechoic @9:00 z=5"],
    rec=["biopsy", "short_interval_followup"]))

US.append(dict(id="us8_06_us_academic_recall_right_microlobulated_calcs_node_left_cyst_4c", tags="ordinary; US academic", text="""\
DEPARTMENT OF RADIOLOGY - BREAST IMAGING SECTION
EXAM: US BREAST RIGHT LIMITED; US BREAST LEFT LIMITED
DATE: 03/19/2026

INDICATION: 57-year-old woman recalled from screening mammography 02/2026 for a right breast mass with
calcifications and a left breast asymmetry (BI-RADS 0).

COMPARISON: Screening mammogram 02/2026. Diagnostic mammogram today (reported separately).

TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the right breast at 10 o'clock, the right axilla and
the left breast at 5-6 o'clock. Shear wave elastography of the right breast mass.

FINDINGS:
RIGHT: At 10 o'clock, 5 cm from the nipple, there is an irregular hypoechoic mass with microlobulated margins, not
parallel to the skin, measuring 1.3 x 1.1 x 1.2 cm. There are no posterior acoustic features. Internal vascularity
is present. Echogenic foci within the mass are consistent with the calcifications seen mammographically. Shear wave
elastography: stiff (Emax 142 kPa). This corresponds to the mammographic mass.
The right axilla contains a level I lymph node with eccentric cortical thickening to 4 mm.

LEFT: At 6 o'clock, in the region of the mammographic asymmetry, there is normal fibroglandular tissue without a
sonographic correlate. A 6 mm complicated cyst with low-level internal echoes is noted at 5 o'clock, 4 cm from
the nipple, without internal vascularity.

IMPRESSION:
1. Right breast 10 o'clock 1.3 cm irregular mass with calcifications, highly suspicious. Ultrasound-guided core
biopsy of the mass and of the right axillary lymph node with cortical thickening is recommended. BI-RADS 4C.
2. Left breast 5 o'clock complicated cyst, probably benign. BI-RADS 3. Follow-up left breast ultrasound in 6 months.

Findings and recommendations discussed with the patient at the time of the examination.
Resident: A. Gomez, MD   Attending: L. Feldman, MD
""",
    mods=["ultrasound"], purpose="diagnostic", overall="4C", bb="R4C L3",
    f=["mass R p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=none va=internal el=hard @10:00 z=13",
       "calcification R p",
       "lymph_node R p",
       "mass L p va=absent @5:00 z=6"],
    rec=["biopsy", "short_interval_followup"]))

US.append(dict(id="us8_07_us_telerad_supplemental_screening_left_probably_benign_bi3", tags="ordinary; US teleradiology", text="""\
CLEARREAD TELERADIOLOGY - FINAL REPORT
Facility: Mesa Verde Women's Center        Interpretation: remote
EXAM: US BREAST SCREENING BILATERAL (WHOLE BREAST, HANDHELD)
CLINICAL: Heterogeneously dense breast tissue on mammogram 01/2026. Supplemental screening. Asymptomatic.
COMPARISON: None available.

FINDINGS:
Right breast: 3 mm and 5 mm simple cysts at 9:00 and 11:00. No solid mass.
Left breast: 3:00, 6 cm FN: 7 x 4 x 5 mm oval hypoechoic mass, circumscribed, parallel, with posterior acoustic
enhancement. No internal flow on color Doppler.
Intramammary lymph node left 2:00 axillary tail, 6 mm, normal.
Axillae: no lymphadenopathy.

IMPRESSION:
Left breast 3:00 7 mm probably benign mass. Recommend 6 month follow-up ultrasound of the left breast.
Right breast simple cysts.
BI-RADS 3: Probably benign.

Electronically signed: R. Lindqvist, MD (remote). Report transmitted to ordering facility via HL7.
""",
    mods=["ultrasound"], purpose="screening", overall="3", bb="",
    f=["mass R p @9:00 z=3",
       "mass R p @11:00 z=5",
       "mass R a",
       "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @3:00 z=7",
       "lymph_node L p @2:00 q=at z=6",
       "lymph_node B a"],
    rec=["short_interval_followup"]))

US.append(dict(id="us8_08_powerscribe_picklist_left_spiculated_skin_retraction_bi5", tags="less common; vendor pick-list template", text="""\
BREAST ULTRASOUND REPORT
Exam: US BREAST LEFT COMPLETE W/ AXILLA   [Diagnostic]
Reason for exam: Palpable lump left breast, 1 month.
Laterality: [Left]
Comparison: [None]
Background echotexture: [Heterogeneous - fibroglandular]

FINDING 1
  Location: Left breast, [12:00], 2 cm from nipple
  Finding type: [Mass]
  Size: 2.1 x 1.6 x 1.9 cm
  Shape: [Irregular]
  Orientation: [Not parallel]
  Margin: [Not circumscribed - spiculated]
  Echo pattern: [Heterogeneous]
  Posterior features: [Shadowing]
  Calcifications: [Calcifications in a mass]
  Vascularity: [Internal vascularity]
  Elasticity: [Soft | Intermediate | Hard]
  Associated features: [Skin retraction]
  Correlates with palpable finding: [Yes]
  Assessment: BI-RADS 5 - Highly suggestive of malignancy

FINDING 2
  Location: Left breast, [8:00], 3 cm from nipple
  Finding type: [Cyst - simple]
  Size: 0.5 x 0.4 x 0.5 cm
  Assessment: BI-RADS 2 - Benign

LEFT AXILLA
  Lymph nodes: [Abnormal] - 2 level I nodes with cortical thickening, the larger 1.8 cm, fatty hilum effaced

OVERALL ASSESSMENT: BI-RADS 5 - Highly Suggestive of Malignancy
RECOMMENDATION: [Ultrasound-guided core biopsy] [Surgical consultation]
Critical result communicated to Dr. Haines by phone at 14:32 by [the interpreting radiologist].
""",
    mods=["ultrasound"], purpose="diagnostic", overall="5", bb="L5",
    f=["mass L p sh=irregular mg=spiculated or=not_parallel ep=heterogeneous pf=shadowing va=internal @12:00 z=21",
       "calcification L p",
       "skin L p",
       "mass L p @8:00 z=5",
       "lymph_node L p z=18"],
    rec=["biopsy", "surgical_consultation"]))

_US09 = """\
MyHealth Portal  >  Test Results  >  Imaging
US BREAST BILATERAL DIAGNOSTIC          Status: Final result          Resulted: 04/14/2026 3:52 PM
Narrative &amp; Impression
HISTORY: 45-year-old woman with a palpable thickening in the right breast at 7 o&#39;clock for 2 months. Mammogram at an outside facility 03/2026 reported as dense, no report available.
TECHNIQUE: Bilateral targeted and survey ultrasound with color Doppler and strain elastography.
FINDINGS: Right breast, 7 o&#39;clock, 4 cm from the nipple: at the palpable site there is a hypoechoic non-mass lesion measuring 2.4 cm with posterior acoustic shadowing, no internal vascularity and intermediate stiffness on elastography. No discrete mass is identified within it.
Left breast, 2 o'clock: oval circumscribed anechoic mass with posterior acoustic enhancement, 8 mm, consistent with a simple cyst. Left breast, 4 o'clock: possible 4 mm oval isoechoic mass versus a fat lobule.
Axillae: Normal lymph nodes bilaterally.
IMPRESSION: 1. Right breast 7 o&#39;clock 2.4 cm non-mass lesion corresponding to the palpable thickening, suspicious. BI-RADS 4B. Ultrasound-guided core biopsy is recommended.
2. Left simple cyst and possible tiny 4 o'clock mass, likely a fat lobule. BI-RADS 2 left.
Electronically signed by: Priya Raman, MD on 04/14/2026 3:50 PM
This result may contain medical terms. Talk with your care team if you have questions.
"""

US.append(dict(id="us8_09_patient_portal_hard_wrap_v2025_nonmass_lesion_possible_mass_4b", tags="less common; portal export, hard wrap at 72, HTML entities; v2025", text=hard_wrap(_US09, 72),
    mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B L2",
    f=["non_mass R p ep=hypoechoic pf=shadowing va=absent el=intermediate @7:00 z=24",
       "mass R a",
       "mass L p sh=oval mg=circumscribed ep=anechoic pf=enhancement @2:00 z=8",
       "mass L q sh=oval ep=isoechoic @4:00 z=4",
       "lymph_node B p"],
    rec=["biopsy"]))

US.append(dict(id="us8_10_canada_academic_pregnancy_angular_combined_lipoma_nodes_bi5", tags="ordinary; CA academic", text="""\
BAYVIEW UNIVERSITY HOSPITAL - BREAST IMAGING
US BREAST LEFT TARGETED + AXILLA

History: 32 yo G2P1, 24 weeks pregnant. New palpable lump left breast 3 o'clock x 3 weeks. No prior imaging.

Findings:
At 3 o'clock, 7 cm FN in the left breast, corresponding to the palpable lump, there is an irregular hypoechoic
mass with angular margins measuring 2.6 x 2.0 x 2.2 cm. It is taller than wide. Posterior features are combined,
with acoustic enhancement deep to the central portion and shadowing at its lateral edges. Increased internal
vascularity.
Incidentally, a 9 mm oval circumscribed hyperechoic mass in the subcutaneous fat at 11 o'clock, in keeping with a
lipoma.
Left axilla: two level I nodes with cortical thickening up to 5 mm, the larger 14 mm.
Background: pregnancy-related glandular hypertrophy.

Impression:
Left breast 3 o'clock 2.6 cm mass, highly suggestive of malignancy. BI-RADS 5.
Recommend US-guided core biopsy of the mass and FNA of the most abnormal axillary node. Urgent referral to breast
surgical oncology. Bilateral mammography with abdominal shielding can be performed if malignancy is confirmed.

Case reviewed with Dr. N. Tremblay (staff radiologist).
""",
    mods=["ultrasound"], purpose="diagnostic", overall="5", bb="L5",
    f=["mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=combined va=internal @3:00 z=26",
       "mass L p sh=oval mg=circumscribed ep=hyperechoic @11:00 z=9",
       "lymph_node L p z=14"],
    rec=["additional_imaging", "biopsy", "surgical_consultation"]))

US.append(dict(id="us8_11_us_community_palpable_scar_fat_necrosis_seroma_dictation_bi2", tags="less common; US community, unedited speech recognition", text="""\
RIVERSIDE IMAGING ASSOCIATES
EXAM: ULTRASOUND RIGHT BREAST LIMITED
DATE OF SERVICE: 05/02/2026

CLINICAL INDICATION: 61 year old female, right breast lumpectomy and radiation 2024 for IDC. New palpable firmness
at the lumpectomy scar, 9 o'clock, marked with a BB on the diagnostic mammogram today (see separate report).

COMPARISON: Ultrasound 06/2024.

FINDINGS: Targeted ultrasound of the right breast at 9 o'clock at the site of palpable concern period. Beneath the
scar there is an oval 12 mm hyperechoic area with no internal vascularity comma in keeping with fat necrosis.
Deep to this there is a small postsurgical fluid collection measuring 15 mm comma unchanged from 06/2024. No solid or cystic mass is identified. Mild post-radiation skin thickening at the scar.

IMPRESSION: Palpable area corresponds to fat necrosis at the lumpectomy site. Stable small postsurgical fluid
collection. No sonographic evidence of recurrence. BI-RADS 2: Benign.
Continued clinical follow-up of the palpable area and annual mammography are recommended.

Dictated but not read.  T. Nguyen, MD
""",
    mods=["ultrasound"], purpose="diagnostic", overall="2", bb="R2",
    f=["other R p sh=oval ep=hyperechoic va=absent @9:00 z=12",
       "other R p s z=15",
       "mass R a",
       "skin R p"],
    rec=["clinical_correlation", "routine_screening"]))

US.append(dict(id="us8_12_au_community_microcysts_cyst_complicated_round_typos_bi2", tags="ordinary; AU community; typos", text="""\
COASTAL MEDICAL IMAGING - GOLD COAST
ULTRASOUND BOTH BREASTS

Clinical notes: 48yo, bilateral breast pain and a lump L breast. BreastScreen mammogram 2025 normal.

Report:
Both breasts and axillae have been scanned.
Right breast: Cluster of microcyts at 10 o'clock measuring 8mm, wider than tall, with thin septations and no solid
component. Otherwise normal.
Left breast: At the site of the lump at 1 o'clock there is a 14mm oval, circumscribed, anechoic cyst with
posterior acoustic enhancment. A second round cyst at 2 o'clock, 11mm, contains low level mobile echoes in keeping
with a complicated cyst; no vascularity on Doppler and no solid component.
No axillary lymphadenopathy.

Comment:
Benign cystic change bilaterally. The palpable lump is a simple cyst. BI-RADS 2.
Return to routine BreastScreen screening.

Dr P. Nair
""",
    mods=["ultrasound"], purpose="diagnostic", overall="2", bb="",
    f=["mass R p or=parallel @10:00 z=8",
       "mass L p sh=oval mg=circumscribed ep=anechoic pf=enhancement @1:00 z=14",
       "mass L p sh=round va=absent @2:00 z=11",
       "lymph_node B a"],
    rec=["routine_screening"]))
