"""Ultrasound reports of modalities_10 with their compact gold."""

US = []

# ---------------------------------------------------------------- us10_01
US.append({"id": "us10_01_rural_us_critical_access_left_palpable_fa_cyst_bi3_typo", "text": """
PIONEER VALLEY COMMUNITY HOSPITAL - DEPARTMENT OF RADIOLOGY
Critical Access Hospital, Glasgow MT

EXAM: US BREAST LEFT LIMITED
DATE OF SERVICE: 11/18/2026
ORDERING PROVIDER: Kessler, Dana FNP-C

HISTORY: 44 yo F with a lump in the L breast x 3 weeks, found in the shower. No family history of breast cancer.
Last mammogram 2024 at Billings Clinic, reportedly normal. Patient lives 90 miles from the nearest mammography unit.

COMPARISON: None available at this facility.

TECHNIQUE: Targeted grayscale and color Doppler sonography of the left breast at the site of the palpable
concern, performed by the traveling sonographer (Tues/Thurs). Images transmitted and interpreted remotely.

FINDINGS:
At the palpable site, left breast 2 o'clock, 6 cm from the nipple, there is an oval, circumscribed, hypoechoic
mass measuring 1.4 x 0.8 x 1.1 cm. The mass is parallel to the skin and shows posterior acoustic enhancment.
No internal vascularity on color Doppler.

Just lateral to this, at 3 o'clock 7 cm from the nipple, there is a 6 mm anechoic simple cyst with a
circumscribed margin and posterior enhancement.

No other solid or cystic mass in the imaged left breast. No left axillary lymphadenopathy.

IMPRESSION:
1. Palpable left breast mass at 2:00, probably benign, most likely a fibroadenoma. BI-RADS 3.
2. Incidental simple cyst at left 3:00, benign.

RECOMMENDATION:
Follow-up left breast ultrasound in 6 months (can be done on the traveling sonographer's schedule).
She is overdue for screening; recommend annual screening mammography at the Billings mobile unit when it is next in Glasgow.

Electronically signed: R. Haugen, MD, 11/18/2026 16:42 MST
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "3", "bb": "L3",
    "f": [
        "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @2:00 z=14",
        "mass L p mg=circumscribed ep=anechoic pf=enhancement @3:00 z=6",
        "mass L a",
        "lymph_node L a",
    ],
    "rec": ["short_interval_followup", "routine_screening"],
}})

# ---------------------------------------------------------------- us10_02
US.append({"id": "us10_02_japan_tokyo_checkup_dw_ratio_nonmass_area_cat3", "text": """
Tokyo Marunouchi Health Evaluation Center
Breast Ultrasonography Report (Comprehensive Health Check-up "Ningen Dock" course)

Examinee: 48 y.o. female     Exam date: 2026/11/20
Reason: annual health check-up (breast US option). Mammography is not included in this course.
Previous exam: 2025/11 at this center, no abnormality.

[Findings]
Right breast:
 Hypoechoic mass at 10 o'clock, 3 cm from nipple. Size 8 x 5 x 6 mm.
 Shape oval, margin circumscribed, parallel orientation (D/W ratio 0.6).
 Posterior echo: enhanced. Halo: none.
 Blood flow (Doppler): none. Elastography: score 2.
 -> most likely fibroadenoma. New compared with previous exam.

Left breast:
 Hypoechoic area (non-mass lesion) at 1 o'clock, extent 12 mm, without blood flow signal.
 No mass formation inside.
 Hyperechoic mass in the subcutaneous fat at 5 o'clock, 9 mm, oval, circumscribed -> lipoma.

Both breasts: several small cysts, max 4 mm.

Axilla: No swollen lymph nodes in both axillae.

[Judgement]
Right breast: Category 3 (probably benign)
Left breast: Category 3 (probably benign)

[Comment]
Follow-up ultrasonography after 6 months is recommended.

Radiologist: Y. Takahashi, M.D. / Sonographer: K. Mori (JSUM certified)
""", "gold": {
    "mods": ["ultrasound"], "purpose": "screening", "overall": "3", "bb": "R3 L3",
    "f": [
        "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent el=soft @10:00 z=8",
        "non_mass L p ep=hypoechoic va=absent @1:00 z=12",
        "mass L a",
        "mass L p sh=oval mg=circumscribed ep=hyperechoic @5:00 z=9",
        "mass B p z=4",
        "lymph_node B a",
    ],
    "rec": ["short_interval_followup"],
}})

# ---------------------------------------------------------------- us10_03
US.append({"id": "us10_03_vietnam_hanoi_bilateral_nodules_4b_typos", "text": """
HANOI MEDICAL UNIVERSITY HOSPITAL
DEPARTMENT OF DIAGNOSTIC IMAGING

BREAST ULTRASOUND REPORT
Patient: female, 39 years old
Clinical: pain in right breast, palpable nodule right upper breast for 2 months.

DESCRIPTION:
Right breast:
- At 10h, 1.5 cm from the nipple: one irregular hypoechoeic nodule, size 9 x 7 mm, margin not circumcribed
  with angular margin, taller than wide. Posterior acoustic shadowing. Doppler: vascular signal inside the nodule.
- At 7h: one oval anechoic cyst 5 mm, well defined, posterior enhancement.
Left breast:
- At 2h: one oval hypoechoeic nodule 12 x 6 mm, circumcribed margin, parallel to skin, homogeneous,
  no vascular signal on Doppler.
- At 11h: clustered microcysts, size 6 mm.
Axilla:
- Right axilla: some lymph nodes, largest 8 mm, fatty hilum preserved.
- Left axilla: no abnormal lymph node.
Skin and subcutaneous tissue of both breasts: normal.

CONCLUSION:
- Right breast nodule at 10h: BI-RADS 4B.
- Right breast simple cyst at 7h: BI-RADS 2.
- Left breast nodule at 2h and microcysts at 11h: BI-RADS 3.

RECOMMENDATION:
- Core needle biopsy of the right breast nodule under ultrasound guidance.
- Follow-up ultrasound of the left breast after 6 months.

Doctor: Nguyen Thi Thu Ha, MD
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "4B", "bb": "R4B L3",
    "f": [
        "mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 z=9",
        "mass R p sh=oval mg=circumscribed ep=anechoic pf=enhancement @7:00 z=5",
        "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @2:00 z=12",
        "mass L p @11:00 z=6",
        "lymph_node R p z=8",
        "lymph_node L a",
    ],
    "rec": ["biopsy", "short_interval_followup"],
}})

# ---------------------------------------------------------------- us10_04
US.append({"id": "us10_04_jamaica_male_breast_eccentric_mass_gynaecomastia_4c", "text": """
UNIVERSITY HOSPITAL OF THE WEST INDIES
Department of Radiology, Mona, Kingston 7, Jamaica

EXAMINATION: ULTRASOUND OF BOTH BREASTS AND AXILLAE (MALE)
DATE: 24/11/2026

CLINICAL NOTES: 62-year-old man, hypertensive on amlodipine. Hard lump right breast x 2 months, ?nipple
pulling in. Referred from the Surgical Outpatient Clinic. Mammography not done - unit down for service.

FINDINGS:
RIGHT BREAST: There is an irregular hypoechoic mass at 10 o'clock, eccentric to the nipple, measuring
21 x 15 mm. Margins are spiculated. It is not parallel to the skin and casts posterior acoustic shadowing.
Internal vascularity is seen on colour Doppler. Retraction of the right nipple is noted.
RIGHT AXILLA: Two enlarged lymph nodes with thickened cortex and effaced fatty hilum, the larger 18 mm.

LEFT BREAST: Fan-shaped retroareolar hypoechoic glandular tissue measuring 25 mm, in keeping with
gynaecomastia (nodular phase). No discrete mass.
LEFT AXILLA: Normal.

IMPRESSION:
1. Suspicious right breast mass with right axillary adenopathy - BI-RADS 4C.
2. Left gynaecomastia - BI-RADS 2.

RECOMMENDATION: Ultrasound-guided core biopsy of the right breast mass and FNA of the larger right axillary
node. Early review in the Breast Surgical Clinic.

Reported by: Dr. A. Campbell-Morris, Consultant Radiologist
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "4C", "bb": "R4C L2",
    "f": [
        "mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 z=21",
        "skin R p",
        "lymph_node R p z=18",
        "other L p ep=hypoechoic z=25",
        "mass L a",
    ],
    "rec": ["biopsy", "surgical_consultation"],
}})

# ---------------------------------------------------------------- us10_05
US.append({"id": "us10_05_au_public_qld_lactation_galactocele_skin_node_bi2", "text": """
Metro North Health - Medical Imaging Department
Redcliffe Hospital, Queensland

ULTRASOUND LEFT BREAST AND AXILLA

Clinical details: 32F, 8/52 post partum, breastfeeding. Tender lump L breast, 1/7 of fever, started on
flucloxacillin by GP yesterday. ?abscess ?galactocele.

Report:
Lactational changes throughout the left breast.
At the site of the lump, L 3 o'clock 4 cm FN, there is a 28 x 19 x 22 mm oval, circumscribed mass with a
fat-fluid level, oriented parallel to the skin, in keeping with a galactocele. No internal vascularity.
The overlying skin is mildly thickened (4 mm). No abscess collection is seen.
Left axilla: reactive appearing lymph nodes with preserved fatty hila, the largest 14 mm.

Conclusion:
Galactocele left 3 o'clock. No drainable collection. BI-RADS 2.
Repeat ultrasound in 6 weeks to confirm resolution. Continue breastfeeding / expressing from the left side.

Dr S. Nguyen (Radiology Registrar) / Dr P. O'Loughlin (Staff Specialist Radiologist)
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "2", "bb": "L2",
    "f": [
        "mass L p sh=oval mg=circumscribed or=parallel va=absent @3:00 z=28",
        "skin L p z=4",
        "other L a",
        "lymph_node L p z=14",
    ],
    "rec": ["short_interval_followup"],
}})

# ---------------------------------------------------------------- us10_06
US.append({"id": "us10_06_egypt_cairo_pregnancy_palpable_mass_bi5_typos", "text": """
Ain Shams University Hospitals - Radiology Department
Women's Imaging Unit

SONO-MAMMOGRAPHY (BOTH BREASTS & AXILLAE)

Clinical data: 29 years old, pregnant 31 weeks (G2P1), right breast lump noticed 6 weeks ago, increasing in size.
Mammography deferred because of pregnancy.

Findings:
Right breast:
 - Upper outer quadrant, 10 o'clock: an irregular solid mass lesion measuring 32 x 24 mm, with
   non-circumscribed microlobulated margins, non-parallel orientation (taller than wide) and
   heterogenous internal echo pattern. Posterior acoustic shadowing.
 - Colour Doppler: internal vascularety.
 - Strain elastography: hard lesion (score 5).
Right axilla: two enlarged LNs with thickened cortex (5 mm) and compressed fatty hilum, the largest 22 mm.

Left breast:
 - Pregnancy-related glandular hyperplasia.
 - A small simple cyst at 2 o'clock, 5 mm.
 - No solid masses.
Left axilla: no enlarged LNs.

Opinion:
 - Right breast suspicious mass lesion with right axillary lymphadenopathy: BIRADS 5.
 - Left breast: BIRADS 2.

Advice: Tru-cut biopsy of the right breast mass and axillary node. Mammography with abdominal shielding may
be considered after obstetric consultation.

Dr. Mona El-Sayed, Lecturer of Radiodiagnosis
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "5", "bb": "R5 L2",
    "f": [
        "mass R p sh=irregular mg=microlobulated or=not_parallel ep=heterogeneous pf=shadowing va=internal el=hard @10:00 q=uo z=32",
        "lymph_node R p z=22",
        "mass L p @2:00 z=5",
        "mass L a",
        "lymph_node L a",
    ],
    "rec": ["biopsy", "additional_imaging"],
}})

# ---------------------------------------------------------------- us10_07
US.append({"id": "us10_07_saskatchewan_axillary_only_staging_left_node_4b", "text": """
Saskatchewan Health Authority - Medical Imaging, Regina General Hospital

Exam: US AXILLA LEFT
Exam Date: 2026-11-26

Clinical Information: Left breast 2 o'clock invasive ductal carcinoma, grade 2, diagnosed on core biopsy at
the Yorkton breast clinic 2026-11-12. Axillary staging requested by the Breast Assessment Centre.
Comparison: Outside left breast ultrasound 2026-11-12 (images imported, reviewed).

Findings:
The left axilla was scanned at levels I to III and the infraclavicular and supraclavicular regions.
Level I: One lymph node measures 19 x 11 mm. The node is round and hypoechoic, with eccentric cortical
thickening up to 6 mm and an effaced fatty hilum. Two other level I lymph nodes have normal cortical
thickness (2 mm) and preserved fatty hila.
No abnormal level II or level III lymph nodes.
Infraclavicular and supraclavicular regions: unremarkable.

Impression:
Abnormal left axillary level I lymph node, suspicious for metastasis. BI-RADS 4B.
US-guided core biopsy with clip placement is recommended and has been booked for 2026-12-01 at RGH.

Dictated by: Dr. L. Okafor, Radiologist    Transcribed: 2026-11-26    Signed: 2026-11-26
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "4B", "bb": "L4B",
    "f": [
        "lymph_node L p sh=round ep=hypoechoic z=19",
        "lymph_node L p",
        "lymph_node L a",
    ],
    "rec": ["biopsy"],
}})

# ---------------------------------------------------------------- us10_08
US.append({"id": "us10_08_korea_seoul_checkup_lesion_table_combined_posterior_complex_4a", "text": """
SEOUL NATIONAL HEALTH PROMOTION CENTER
BREAST ULTRASONOGRAPHY (BILATERAL)

Indication: routine health check-up. Dense breast on screening mammography at this center (separate report).
Comparison: 2024-10 US, this center.

Findings:
 # | Site        | Size   | Description                                                        | Cat.
---+-------------+--------+--------------------------------------------------------------------+-----
 1 | Rt 10h 2cm  | 0.9 cm | irregular, not parallel, indistinct margin, hypoechoic,           | 4A
   |             |        | combined posterior features, internal vascularity,                 |
   |             |        | elastography score 3 (intermediate)                                |
 2 | Rt 7h 4cm   | 0.5 cm | clustered microcysts                                               | 2
 3 | Lt 2h 3cm   | 0.7 cm | oval, parallel, circumscribed, isoechoic, no posterior features,   | 3
   |             |        | no vascularity                                                     |
 4 | Lt 5h 5cm   | 0.6 cm | oval, circumscribed, complex cystic and solid,                      | 4A
   |             |        | vascularity in the solid component                                 |

 #1, #3 and #4 are new compared with 2024-10. #2 is unchanged.
 Both axillae: no abnormal LN.

Conclusion:
 Final Assessment: Rt - Category 4A, Lt - Category 4A
 1) US-guided CNB for #1 and #4 is recommended.
 2) Follow-up US in 6 months for #3.

Reading physician: Kim Ji-won, M.D.
""", "gold": {
    "mods": ["ultrasound"], "purpose": "screening", "overall": "4A", "bb": "R4A L4A",
    "f": [
        "mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=combined va=internal el=intermediate @10:00 z=9",
        "mass R p s @7:00 z=5",
        "mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none va=absent @2:00 z=7",
        "mass L p sh=oval mg=circumscribed ep=complex_cystic_solid va=internal @5:00 z=6",
        "lymph_node B a",
    ],
    "rec": ["biopsy", "short_interval_followup"],
}})

# ---------------------------------------------------------------- us10_09
US.append({"id": "us10_09_overnight_telerad_ed_right_abscess_ducts_skin_bi3", "text": """
*** AFTER-HOURS PRELIMINARY INTERPRETATION - OVERNIGHT TELERADIOLOGY ***
Read for: Hopewell Memorial Hospital Emergency Department, Hopewell VA
Read by: on-call locum radiologist (NightView Radiology), 03:17 EST

EXAM: US BREAST RIGHT LIMITED (ED)
HISTORY: 38F, not pregnant or breastfeeding, R breast redness, pain and swelling x 5 days, fever 38.6.
Smoker. ?abscess.
COMPARISON: None available in PACS.

FINDINGS:
Right breast 9 o'clock, periareolar: irregular hypoechoic fluid collection with internal debris measuring
3.2 x 1.8 x 2.4 cm, with peripheral (rim) vascularity and no internal flow, consistent with abscess.
Skin thickening and subcutaneous edema of the surrounding breast period.
Dilated retroareolar ducts up to 4 mm containing echogenic debris.
Reactive-appearing right axillary lymph node, 15 mm, with preserved fatty hilum.
No discrete solid mass is identified, although evaluation is limited by marked tenderness.

IMPRESSION:
Right breast abscess (non-puerperal), 3.2 cm, with duct ectasia and cellulitic change. BI-RADS 3.

RECOMMENDATIONS:
1. Surgical / breast team consult for drainage. US-guided aspiration can be arranged with the day team.
2. Follow-up ultrasound after treatment (2-3 weeks) to confirm resolution and to exclude an underlying mass.

This is a preliminary overnight read. Final interpretation will follow from the Hopewell radiology group.
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "3", "bb": "R3",
    "f": [
        "other R p sh=irregular ep=hypoechoic va=rim @9:00 z=32",
        "skin R p",
        "other R p z=4",
        "lymph_node R p z=15",
        "mass R a",
    ],
    "rec": ["surgical_consultation", "other", "short_interval_followup"],
}})

# ---------------------------------------------------------------- us10_10
US.append({"id": "us10_10_academic_resident_prelim_attending_final_complicated_cyst_3", "text": """
DEPARTMENT OF RADIOLOGY - BREAST IMAGING SECTION
University of Michigan-style academic center (Ann Arbor)

EXAM: ULTRASOUND RIGHT BREAST DIAGNOSTIC
DATE: 11/30/2026
INDICATION: 51F, focal tenderness and questioned thickening right upper outer breast.
COMPARISON: Screening mammogram 10/2026 (BI-RADS 1).

PRELIMINARY REPORT (Resident: J. Patel, MD, PGY-4) - 11/30/2026 10:12
Right breast 10:00, 4 cm FN: 6 mm oval circumscribed mass, parallel to the skin, indeterminate solid versus
complicated cyst. Possible second mass at 11:00, 5 cm FN, 4 mm.
No right axillary lymphadenopathy.
IMPRESSION: Indeterminate right breast masses. BI-RADS 4A. Recommend US-guided biopsy.

FINAL REPORT (Attending: M. Greenberg, MD) - 11/30/2026 11:47
I have personally reviewed the images and rescanned the patient. Changes to the preliminary report:
The right 10:00 lesion, 6 mm, is oval, circumscribed and parallel, with low-level internal echoes, posterior
acoustic enhancement and no internal vascularity on color Doppler, most consistent with a complicated cyst.
The questioned 11:00 finding is a fat lobule on real-time scanning and is not a mass.
No right axillary lymphadenopathy.

FINAL IMPRESSION:
Probable complicated cyst, right breast 10:00. BI-RADS 3: Probably benign.
Recommend right breast ultrasound in 6 months. The biopsy recommendation in the preliminary report is withdrawn.
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "3", "bb": "R3",
    "f": [
        "mass R p sh=oval mg=circumscribed or=parallel pf=enhancement va=absent @10:00 z=6",
        "mass R a",
        "lymph_node R a",
    ],
    "rec": ["short_interval_followup"],
}})

# ---------------------------------------------------------------- us10_11
US.append({"id": "us10_11_thailand_bangkok_v2025_nonmass_lesion_swe_calcs_4b", "text": """
BANGKOK INTERNATIONAL HOSPITAL - BREAST CENTER
BILATERAL BREAST ULTRASOUND WITH SHEAR WAVE ELASTOGRAPHY

Indication: 46-year-old woman with clear left nipple discharge (single duct) for 1 month. Mammogram 06/2026
at this center: heterogeneously dense, BI-RADS 2.
Comparison: Breast ultrasound 11/2025.

Findings:
LEFT BREAST
- Non-mass lesion at 1 o'clock, 3 cm from the nipple, extending over 18 mm. It is hypoechoic, with
  associated echogenic foci consistent with microcalcifications. Internal vascularity is present.
  Elasticity: hard (SWE Emax 120 kPa).
- No discrete mass in the left breast.
RIGHT BREAST
- Oval, circumscribed, parallel hypoechoic mass at 9 o'clock, 7 mm, with no posterior features and no
  vascularity. Soft on SWE (22 kPa). Unchanged from 11/2025, likely fibroadenoma.
- Possible tiny non-mass lesion at 6 o'clock, 5 mm, which may represent normal ductal tissue.
AXILLAE
- Bilateral axillary lymph nodes with normal cortex and fatty hilum.

Impression:
1. Left 1 o'clock non-mass lesion with microcalcifications, corresponding to the discharging duct: BI-RADS 4B.
2. Right breast probable fibroadenoma, stable: BI-RADS 2.
Recommendation: US-guided vacuum-assisted biopsy of the left lesion. Diagnostic mammogram with magnification
views of the left 1 o'clock region is also suggested.

Radiologist: Dr. Siriporn Chaiyaphum
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "4B", "bb": "L4B R2",
    "f": [
        "non_mass L p ep=hypoechoic va=internal el=hard @1:00 z=18",
        "calcification L p",
        "mass L a",
        "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @9:00 z=7",
        "non_mass R q @6:00 z=5",
        "lymph_node B p",
    ],
    "rec": ["biopsy", "additional_imaging"],
}})

# ---------------------------------------------------------------- us10_12
US.append({"id": "us10_12_romania_bucharest_fibroadenoma_two_cysts_imln_intact_implants_bi3", "text": """
SPITALUL UNIVERSITAR DE URGENTA BUCURESTI - Radiology and Medical Imaging
BREAST ULTRASOUND EXAMINATION (bilateral)

Patient: F, 35 years. Referred by: Gynaecology outpatient clinic.
Reason for examination: mastodynia, palpable nodule right breast (patient report). Breast augmentation
with retroglandular silicone implants in 2021 (Istanbul).

Technique: linear probe 5-14 MHz, B mode and colour Doppler.

Right breast: fibroglandular echostructure. At 11 o'clock, 4 cm from the mamelon, a hypoechoic nodular
formation, oval, with circumscribed contour, parallel with the skin, of 11/7 mm, with discrete posterior
acoustic enhancement, without Doppler signal. Two simple cysts at 6 and at 8 o'clock, of 4 mm and 6 mm.

Left breast: fibroglandular echostructure. Intramammary lymph node at 3 o'clock, 6 mm, with fatty hilum.
No nodular formations in the left breast.

The ducts are not dilated. Axillary lymph nodes with normal aspect bilaterally.
Implants: right implant intact, without stepladder sign and without free silicone. Left implant intact,
without stepladder sign and without free silicone.

Conclusion: Right breast nodular formation with benign characteristics (probable fibroadenoma) - BI-RADS 3
right breast. Simple cysts right breast. BI-RADS 2 left breast.
Ultrasound control in 6 months.

Dr. Ioana Popescu, primary physician radiology and medical imaging
""", "gold": {
    "mods": ["ultrasound"], "purpose": "diagnostic", "overall": "3", "bb": "R3 L2",
    "f": [
        "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @11:00 z=11",
        "mass R p @6:00 z=4",
        "mass R p @8:00 z=6",
        "lymph_node L p @3:00 z=6",
        "mass L a",
        "other B a",
        "lymph_node B p",
        "implant R p ir=none",
        "implant L p ir=none",
    ],
    "rec": ["short_interval_followup"],
}})
