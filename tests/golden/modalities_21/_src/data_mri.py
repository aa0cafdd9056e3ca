"""MRI reports of modalities_21: text + compact gold (code in common.py)."""
ITEMS = []


def add(id_, text, **g):
    ITEMS.append({"id": id_, "text": text, "g": g})


MRI = ["mri"]

add("mri21_01_canada_telerad_numbered_lesion_paragraphs_left_washout_linear_nme_right_focus_5", """
NORTHERN LAKES TELERADIOLOGY - remote read for Timmins and District Hospital
Reading radiologist: Dr. P. Gagnon, FRCPC (Ottawa)

EXAMINATION: MRI BOTH BREASTS WITH AND WITHOUT GADOLINIUM
CLINICAL INFORMATION: 52F. Left breast architectural distortion on mammogram, US indeterminate. Problem solving prior to biopsy.
COMPARISON: Mammogram and US from referring site, images reviewed on PACS.
TECHNIQUE: 1.5T, dedicated 8-channel breast coil. Axial T1, T2 fat sat, DWI, dynamic T1 fat sat pre and 5 post-contrast phases, subtractions and MIPs. 0.1 mmol/kg gadobutrol.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: mild, symmetric.

Lesion 1 (left breast, 2:00, 6 cm FN, middle depth): Irregular mass with spiculated margins and heterogeneous internal enhancement, 18 x 14 x 15 mm. Fast initial enhancement with washout on delayed phase. This corresponds to the area of concern on the mammogram.

Lesion 2 (left breast, 12:00, posterior depth): Linear non-mass enhancement with clumped internal enhancement extending over 25 mm, 2 cm medial to lesion 1. Fast initial rise, plateau delayed kinetics.

Lesion 3 (right breast, 9:00): 4 mm enhancing focus, T2 hyperintense, with persistent kinetics.

No axillary adenopathy bilaterally. Skin and nipples normal.

IMPRESSION:
1. Lesion 1: left breast 2:00 spiculated mass with washout kinetics, correlating with the mammographic abnormality. BI-RADS 5.
2. Lesion 2: left breast 12:00 linear clumped NME. BI-RADS 4B.
3. Lesion 3: right breast 9:00 T2-bright focus, probably benign. BI-RADS 3.

RECOMMENDATION: Second-look ultrasound with US-guided biopsy of lesion 1. MRI-guided biopsy of lesion 2. Follow-up MRI in 6 months for lesion 3.
""", mods=MRI, purpose="diagnostic", density=None, fgt="c", bpe="mild/symmetric", overall="5", bb="L:5 R:3",
    rec=["additional_imaging", "biopsy", "short_interval_followup"], f=[
    "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 dp=middle z=18",
    "nme L p nd=linear ie=clumped ki=fast kd=plateau @12:00 dp=posterior z=25",
    "focus R p kd=persistent @9:00 z=4",
    "ln B a",
])

add("mri21_02_vietnam_one_table_side_column_rim_mass_clustered_ring_nme_left_4c", """
HOSPITAL K - DEPARTMENT OF DIAGNOSTIC IMAGING (TAN TRIEU CAMPUS, HANOI)

BREAST MRI WITH CONTRAST (3.0T)

Patient: female, 47 years old
Clinical: Left breast lump 3 months. Mammography: BI-RADS 0, dense breasts.
Technique: Axial T1W, T2W STIR, DWI (b 800), DCE-T1W fat-sat 6 phases, subtraction, MIP.

RESULTS:
- Fibroglandular tissue: scattered fibroglandular tissue (b).
- Background parenchymal enhancement: minimal, symmetric.
- Lesions (both breasts):

| No. | Side | Position   | Type  | Size  | Shape / margin          | Internal enhancement      | Kinetics (initial / delayed) | BI-RADS |
|-----|------|------------|-------|-------|-------------------------|---------------------------|------------------------------|---------|
| 1   | R    | 10h, 3 cm  | Mass  | 12 mm | oval / circumscribed    | dark internal septations  | slow / persistent            | 2       |
| 2   | L    | 3h, 5 cm   | Mass  | 21 mm | irregular / irregular   | rim                       | fast / washout               | 4C      |
| 3   | L    | 1h, 4 cm   | NME   | 34 mm | segmental distribution  | clustered ring            | fast / plateau               | 4C      |
| 4   | R    | 7h, 2 cm   | Focus | 3 mm  | -                       | -                         | medium / persistent          | 2       |

- No suspicious axillary lymph nodes on either side. Skin and nipple-areola complex normal on both sides.

CONCLUSION:
Left breast: irregular rim-enhancing mass at 3h with segmental clustered ring NME at 1h, BI-RADS 4C.
Right breast: fibroadenoma at 10h and benign focus, BI-RADS 2.
Recommendation: core needle biopsy of the left breast lesions.
""", mods=MRI, purpose="diagnostic", density=None, fgt="b", bpe="minimal/symmetric", overall="4C", bb="L:4C R:2",
    rec=["biopsy"], f=[
    "mass R p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @10:00 z=12",
    "mass L p sh=irregular mg=irregular ie=rim ki=fast kd=washout @3:00 z=21",
    "nme L p nd=segmental ie=clustered_ring ki=fast kd=plateau @1:00 z=34",
    "focus R p ki=medium kd=persistent @7:00 z=3",
    "ln B a",
])

add("mri21_03_new_zealand_implants_intact_left_irregular_mass_plateau_4b", """
PACIFIC RADIOLOGY - CHRISTCHURCH
MRI BREASTS (SILICONE AND DYNAMIC CONTRAST PROTOCOL)

Clinical: 55 yo, bilateral cosmetic subglandular silicone implants (2009). New vague lump L breast 4 o'clock on self exam. Mammo/US at outside practice: limited by implants.
Technique: 3T. Axial and sagittal silicone-selective, water-suppressed and STIR sequences; dynamic T1 fat-sat pre + 5 post gadolinium; subtractions.

Findings:
Breast composition on MRI: scattered fibroglandular tissue (b). BPE mild and symmetric.

Right implant: intact. No intracapsular or extracapsular rupture. No linguine or keyhole sign.
Left implant: intact. No signs of rupture.

Left breast, 4 o'clock, anterior to the implant, 3 cm from the nipple: irregular mass with irregular margins and heterogeneous internal enhancement, 11 x 8 mm. Fast initial enhancement, plateau delayed curve. This corresponds to the palpable area marked with a vitamin E capsule.

No suspicious enhancement in the right breast. No axillary lymphadenopathy.

Conclusion:
1. Intact bilateral silicone implants.
2. Suspicious 11 mm irregular mass left breast 4 o'clock at the palpable site.
Right: BI-RADS 2. Left: BI-RADS 4B.

Recommend targeted ultrasound for a sonographic correlate and biopsy (MRI-guided if there is no correlate).

Dr H. Ngata, FRANZCR
""", mods=MRI, purpose="diagnostic", density=None, fgt="b", bpe="mild/symmetric", overall="4B", bb="R:2 L:4B",
    rec=["additional_imaging", "biopsy"], f=[
    "impl R p ir=none",
    "impl L p ir=none",
    "mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=plateau @4:00 z=11",
    "ln B a",
])

add("mri21_04_romania_translated_kinetics_percentages_right_spiculated_120pct_washout_4c", """
EMERGENCY CLINICAL COUNTY HOSPITAL CLUJ-NAPOCA
RADIOLOGY AND MEDICAL IMAGING DEPARTMENT
[Translation from Romanian]

BILATERAL BREAST MRI WITH CONTRAST (DYNAMIC STUDY)

Patient: F, 51 years. Sent by: General Surgery II.
Clinical data: right breast mass on mammography and ultrasound, category BI-RADS 4 at the external ultrasound.
Technique: 1.5T Siemens, T2 TSE, STIR, DWI/ADC, VIBE dynamic 1 pre + 6 post-contrast (Dotarem 0.1 mmol/kg), subtractions, time-intensity curves.

Description:
Fibroglandular tissue: heterogeneous, category c. Background enhancement: moderate, symmetric.

Right breast: in the upper outer quadrant, at 11 o'clock, at 5 cm from the nipple, an irregular mass with spiculated contour is identified, with heterogeneous contrast uptake, 14 x 12 x 13 mm. Kinetic analysis: initial enhancement 120% in the first minute, followed by a 15% drop in signal in the late phase - type III curve (washout). ADC 0.85 x 10-3 mm2/s.

Left breast: at 6 o'clock, a small oval mass with circumscribed contour and homogeneous uptake, 7 mm. Initial enhancement 60%, continuously ascending curve in the late phase (type I, persistent).

Axillary lymph nodes of normal aspect bilaterally.

Conclusion:
Suspicious right breast mass at 11 o'clock - BI-RADS 4C.
Probably benign left breast mass at 6 o'clock - BI-RADS 3.
Recommend ultrasound-guided biopsy of the right lesion and MRI control of the left breast in 6 months.

Primary physician radiologist: Dr. I. Munteanu
""", mods=MRI, purpose="diagnostic", density=None, fgt="c", bpe="moderate/symmetric", overall="4C", bb="R:4C L:3",
    rec=["biopsy", "short_interval_followup"], f=[
    "mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @11:00 q=uo z=14",
    "mass L p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @6:00 z=7",
    "ln B p",
])

add("mri21_05_us_community_post_neoadjuvant_partial_response_left_residual_mass_node_6", """
RIVERBEND REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY

EXAM: MRI BREAST BILATERAL W WO CONTRAST
INDICATION: 48 yo female with biopsy-proven left breast IDC (ER+/HER2+) at 1:00 and biopsy-proven left axillary nodal metastasis, status post neoadjuvant chemotherapy. Evaluate response prior to surgery.
COMPARISON: Pre-treatment breast MRI 5 months ago (left 1:00 irregular mass 38 mm, abnormal left axillary node 22 mm).
TECHNIQUE: Multiplanar multisequence MRI of both breasts before and after 7 mL Gadavist. CAD post-processing.

FINDINGS:
Amount of fibroglandular tissue: scattered areas of fibroglandular tissue.
Background parenchymal enhancement: minimal and symmetric.

Left breast: At the site of the known cancer at 1:00 there is a residual irregular enhancing mass measuring 9 x 7 mm, previously 38 mm, with heterogeneous internal enhancement and persistent kinetics. Biopsy clip artifact is seen within it. No residual non-mass enhancement around it.

Left axilla: The previously abnormal clipped left axillary lymph node now measures 8 mm with a normal cortex.

Right breast: No suspicious mass or non-mass enhancement.

IMPRESSION:
1. Marked partial response to neoadjuvant chemotherapy: residual 9 mm enhancing mass at the left 1:00 tumor site.
2. Clipped left axillary node, now normal in size.
3. No evidence of malignancy in the right breast.
Left breast: BI-RADS 6 - Known biopsy-proven malignancy. Right breast: BI-RADS 1.

RECOMMENDATION: Surgical consultation as planned.
""", mods=MRI, purpose="diagnostic", density=None, fgt="b", bpe="minimal/symmetric", overall="6", bb="L:6 R:1",
    rec=["surgical_consultation"], f=[
    "mass L p sh=irregular ie=heterogeneous kd=persistent @1:00 z=9",
    "nme L a",
    "ln L p",
    "mass R a",
    "nme R a",
])

add("mri21_06_va_mantle_radiation_screening_stable_foci_unsided_bi2", """
VA HEALTH CARE SYSTEM - IMAGING SERVICE
WOMEN VETERANS PROGRAM

EXAM: MRI BREAST BILATERAL W/WO CONTRAST (HIGH RISK SCREENING)
CLINICAL HISTORY: 42 y/o female Veteran, mantle field radiation at age 19 for Hodgkin lymphoma. Annual supplemental screening. Asymptomatic.
COMPARISON: Breast MRI 1 year prior; mammogram 6 months prior.
TECHNIQUE: 3T bilateral breast MRI, standard VA protocol, gadoterate 0.1 mmol/kg IV. CAD review.

FINDINGS:
Fibroglandular tissue: heterogeneously fibroglandular (c).
BPE: mild, symmetric.

Multiple scattered bilateral enhancing foci, each less than 5 mm, unchanged from the prior MRI.
No suspicious masses or non-mass enhancement in either breast.
A normal-appearing right intramammary lymph node at 10:00, posterior depth.
Axillae unremarkable.

IMPRESSION:
Stable bilateral benign-appearing foci. No MRI evidence of malignancy.
BI-RADS 2: Benign.
Continue annual screening MRI alternating with annual mammography.

/es/ T. OKAFOR, MD, Radiologist
""", mods=MRI, purpose="screening", density=None, fgt="c", bpe="mild/symmetric", overall="2", bb="",
    rec=["routine_screening"], f=[
    "focus B p s",
    "mass B a",
    "nme B a",
    "ln R p @10:00 dp=posterior",
])

add("mri21_07_ethiopia_staging_right_rim_washout_skin_nodes_left_septations_6", """
TIKUR ANBESSA SPECIALIZED HOSPITAL, ADDIS ABABA UNIVERSITY
DEPARTMENT OF RADIOLOGY - MRI UNIT

MRI OF BOTH BREASTS WITH CONTRAST

Age: 36 yrs   Sex: F
Clinical hx: Right breast mass 7 months, Trucut biopsy - IDC grade 3. For local staging before neoadjuvant chemotherapy.
Technique: 1.5T; T1, T2 FS, STIR, DWI, dynamic post-contrast T1 FS with subtraction.

Findings:
Amount of FGT: scattered (b). Background parenchymal enhancement: mild.

Right breast: There is a large irregular mass with spiculated margins and rim enhancement in the upper outer quadrant at 10 o'clock, measuring 46 x 38 x 40 mm. Fast initial enhancement and washout. The overlying skin is thickened (6 mm) with enhancement. The mass abuts but does not invade the pectoralis muscle.
Right axilla: multiple enlarged level I lymph nodes with loss of fatty hila, the largest 21 mm.

Left breast: At 3 o'clock there is an oval mass with circumscribed margins and non-enhancing dark internal septations, 10 mm, slow initial enhancement with persistent pattern - fibroadenoma.
Left axilla: normal.

Impression:
1. Right breast biopsy proven carcinoma with skin involvement and right axillary nodal metastases - BI-RADS 6 (right).
2. Left breast fibroadenoma - BI-RADS 2 (left).

Recommendation: Discussion at the multidisciplinary tumour board.

Resident: Dr. B. Tesfaye    Consultant: Dr. H. Alemu
""", mods=MRI, purpose="diagnostic", density=None, fgt="b", bpe="mild", overall="6", bb="R:6 L:2",
    rec=["other"], f=[
    "mass R p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @10:00 q=uo z=46",
    "skin R p",
    "ln R p",
    "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @3:00 z=10",
])

add("mri21_08_portugal_translated_problem_solving_no_lesion_cysts_fgt_d_marked_bpe_bi2", """
HOSPITAL DA LUZ - IMAGIOLOGIA, LISBOA
[Translated from Portuguese]

BREAST MAGNETIC RESONANCE IMAGING

Clinical information: 45 years. Mammography with focal asymmetry in the left breast, without ultrasound translation. Problem-solving study.
Technique: 3T study, with axial T2, STIR, diffusion and dynamic T1 sequences with fat suppression before and after intravenous administration of gadolinium, with subtraction.

Report:
Extremely dense fibroglandular tissue (type d).
Marked, symmetric background parenchymal enhancement.
Some small simple cysts in both breasts, hyperintense on T2 and without enhancement, the largest with 6 mm in the right breast.
There are no masses, non-mass enhancements or suspicious foci in either breast, namely in the left upper outer quadrant.
Axillary lymph nodes of normal morphology.

Conclusion:
No MRI correlate for the mammographic finding. Bilateral simple cysts.
BI-RADS 2.
Proposal: resume screening at the usual interval.

The Radiologist, Dr.ª M. Carvalho
""", mods=MRI, purpose="diagnostic", density=None, fgt="d", bpe="marked/symmetric", overall="2", bb="",
    rec=["routine_screening"], f=[
    "mass B p",
    "mass B a",
    "nme B a",
    "focus B a",
    "ln B p",
])

add("mri21_09_kazakhstan_discharge_right_linear_clumped_nme_dilated_ducts_4b", """
KAZAKH INSTITUTE OF ONCOLOGY AND RADIOLOGY, ALMATY
Department of Radiation Diagnostics

MAGNETIC RESONANCE MAMMOGRAPHY WITH DYNAMIC CONTRAST ENHANCEMENT

Patient: female, 53 y.
Complaints: bloody discharge from the right nipple for 2 months. Mammography: no pathology.
Protocol: 1.5T, T2 TIRM, T1 3D dynamic (1 native + 5 post-contrast series), subtraction, DWI.

Findings:
Amount of fibroglandular tissue: heterogeneously fibroglandular (c). Background parenchymal enhancement: mild, symmetric.

Right breast: in the retroareolar region and extending toward 12 o'clock, dilated ducts with T1-hyperintense contents (haemorrhagic / proteinaceous). Along them, linear non-mass enhancement with clumped internal enhancement over 22 mm is seen, with fast initial enhancement and a plateau curve.
No masses in the right breast.

Left breast: no pathological enhancement, no masses.

Axillary lymph nodes of preserved structure bilaterally.

Conclusion:
Right breast: linear clumped non-mass enhancement along dilated ducts, retroareolar - BI-RADS 4B.
Left breast: BI-RADS 1.
Recommended: MRI-guided vacuum biopsy of the right breast; consultation with a breast surgeon.
""", mods=MRI, purpose="diagnostic", density=None, fgt="c", bpe="mild/symmetric", overall="4B", bb="R:4B L:1",
    rec=["biopsy", "surgical_consultation"], f=[
    "other R p",
    "nme R p nd=linear ie=clumped ki=fast kd=plateau q=sa z=22",
    "mass R a",
    "mass L a",
    "ln B p",
])

add("mri21_10_australia_brca2_surveillance_new_left_focus_washout_stable_right_fa_4a", """
MONASH IMAGING - FAMILIAL CANCER CLINIC SURVEILLANCE
Clayton VIC

MRI BOTH BREASTS

Clinical notes: 39F, BRCA2 carrier. Annual MRI surveillance. Day 9 of cycle. No symptoms.
Comparison: MRI 12 months ago (BI-RADS 2).
Technique: 3T, dedicated breast coil, pre and dynamic post-gadolinium T1 fat-sat, T2, DWI.

Findings:
Fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: moderate, symmetric.

Right breast: The known 8 mm oval, circumscribed mass at 7 o'clock with non-enhancing dark internal septations and persistent kinetics is unchanged since the previous study and since 2022, consistent with a fibroadenoma.

Left breast: New 4 mm enhancing focus at 2 o'clock, middle depth, with fast initial enhancement and washout. It is not bright on T2 and has no fatty hilum.

No axillary lymphadenopathy.

Conclusion:
1. New 4 mm left breast focus with washout kinetics, 2 o'clock: BI-RADS 4A.
2. Stable right fibroadenoma: BI-RADS 2.
Suggest second look ultrasound. If no sonographic correlate, MRI-guided biopsy.

Dr J. Nguyen FRANZCR
""", mods=MRI, purpose="screening", density=None, fgt="c", bpe="moderate/symmetric", overall="4A", bb="L:4A R:2",
    rec=["additional_imaging", "biopsy"], f=[
    "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @7:00 z=8",
    "focus L p ki=fast kd=washout @2:00 dp=middle z=4",
    "ln B a",
])

add("mri21_11_jamaica_occult_primary_axillary_metastasis_right_irregular_mass_4c", """
KINGSTON PUBLIC HOSPITAL / SOUTH EAST REGIONAL HEALTH AUTHORITY
MRI SUITE - RADIOLOGY REPORT

Examination: MRI Bilateral Breasts (Contrast Enhanced)
Indication: 57 y/o woman, biopsy of an enlarged right axillary node showed metastatic adenocarcinoma, breast origin favoured. Mammogram and ultrasound negative. ?Occult primary.
Technique: 1.5T; axial T1, T2 fat sat, dynamic post-contrast series with subtractions.

FINDINGS:
The breasts are composed of scattered fibroglandular tissue (FGT b). Background parenchymal enhancement is minimal and symmetric.

RIGHT BREAST: In the upper outer quadrant at 10 o'clock, posterior depth, there is an irregular enhancing mass with irregular margins and heterogeneous internal enhancement measuring 8 mm. It shows rapid initial enhancement with a washout curve.
RIGHT AXILLA: Several enlarged level I lymph nodes with thickened cortices, including the biopsied node (clip in situ), the largest 25 mm.

LEFT BREAST: No enhancing mass. No non-mass enhancement.
LEFT AXILLA: Normal.

IMPRESSION:
8 mm suspicious right breast mass at 10 o'clock, likely the occult primary.
Right breast: BI-RADS 4C. Left breast: BI-RADS 1.

RECOMMENDATION: Second-look ultrasound of the right 10 o'clock with US-guided core biopsy; MRI-guided biopsy if not seen.

Consultant Radiologist: Dr. D. Campbell-Grant
""", mods=MRI, purpose="diagnostic", density=None, fgt="b", bpe="minimal/symmetric", overall="4C", bb="R:4C L:1",
    rec=["additional_imaging", "biopsy"], f=[
    "mass R p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout @10:00 q=uo dp=posterior z=8",
    "ln R p",
    "mass L a",
    "nme L a",
])
