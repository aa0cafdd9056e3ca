"""MRI reports of modalities_10 with their compact gold."""

MRI = []

# ---------------------------------------------------------------- mri10_01
MRI.append({"id": "mri10_01_au_public_sa_post_bct_radiation_fat_necrosis_bi2", "text": """
SA Medical Imaging - Flinders Medical Centre (SA Health)

MRI BOTH BREASTS WITH AND WITHOUT GADOLINIUM

Clinical notes: L breast cancer 2023, wide local excision + SLNB + whole breast RT. New firmness at the scar
noted at surgical follow-up clinic. Mammogram/US 10/2026 equivocal (scar). Please assess ?recurrence.
Comparison: MRI 11/2025.

Technique: 3T, dedicated breast coil. Axial T1, T2 fat sat, DWI, dynamic T1 fat sat pre and 5 x post
contrast (gadobutrol 7.5 mL), subtractions and MIPs. Kinetic analysis.

Report:
Amount of fibroglandular tissue: scattered (b). Background parenchymal enhancement: minimal, symmetric.

Left breast: post-lumpectomy scar at 2 o'clock with architectural distortion and thin linear enhancement
along the scar, stable compared with 11/2025. Adjacent to the scar, at the site of the new firmness, there is
a 14 mm oval lesion with fat signal on the non-fat-saturated T1 images and thin rim enhancement, slow initial
enhancement and a persistent curve, consistent with fat necrosis. This is new since 11/2025.
Mild diffuse skin thickening of the left breast, post radiation, unchanged.
Diffuse mild homogeneous non-mass enhancement throughout the left breast, in keeping with post-radiation
change, unchanged. No suspicious enhancing mass in the left breast.

Right breast: a few scattered foci, stable. No suspicious mass.

Surgical clips in the left axilla. No axillary lymphadenopathy.

Conclusion:
Fat necrosis at the lumpectomy site accounts for the new firmness. Stable post-treatment change. No MRI
evidence of local recurrence.
BI-RADS 2.
Return to annual surveillance mammography and ultrasound.

Reported by Dr K. Papadopoulos, Consultant Radiologist
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "b", "bpe": "minimal/symmetric",
    "overall": "2", "bb": "",
    "f": [
        "architectural_distortion L p s @2:00",
        "other L p sh=oval ie=rim ki=slow kd=persistent z=14",
        "skin L p s",
        "non_mass L p s ie=homogeneous nd=diffuse",
        "mass L a",
        "focus R p s",
        "mass R a",
        "lymph_node B a",
    ],
    "rec": ["routine_screening"],
}})

# ---------------------------------------------------------------- mri10_02
MRI.append({"id": "mri10_02_us_academic_followup_after_mri_guided_biopsy_focal_nme_bi2", "text": """
EXAM: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
DATE: 12/01/2026
INDICATION: 6-month follow-up after MRI-guided biopsy. High-risk (prior mantle radiation for Hodgkin lymphoma
at age 19). MRI-guided vacuum-assisted biopsy of left breast 1:00 focal non-mass enhancement on 05/28/2026:
fibrocystic change with stromal fibrosis, radiologic-pathologic concordant, benign.
COMPARISON: MRI 05/12/2026 and post-procedure mammogram 05/28/2026.

TECHNIQUE: Multiplanar, multisequence MRI of both breasts on a 1.5T magnet before and after 6 mL gadobutrol.
Post-processing with subtraction, MIP and kinetic analysis on a separate workstation.

FINDINGS:
Breast composition: heterogeneous fibroglandular tissue.
Background parenchymal enhancement: mild, symmetric.

Left breast: The biopsy marker clip is at 1:00, middle depth, at the biopsy site. Residual focal non-mass
enhancement surrounding the clip now measures 8 mm (previously 15 mm), with homogeneous internal enhancement
and persistent delayed kinetics. The post-biopsy hematoma has resolved.

Right breast: Stable 5 mm oval circumscribed mass at 8:00 with dark internal septations and persistent
kinetics, unchanged since 2024, likely a fibroadenoma.

No new suspicious enhancement. No axillary or internal mammary lymphadenopathy.

IMPRESSION:
1. Decreasing focal non-mass enhancement at the left 1:00 biopsy site, consistent with the benign concordant pathology.
2. Stable right breast fibroadenoma.
BI-RADS 2: Benign.
RECOMMENDATION: Return to annual high-risk screening MRI alternating with mammography at 6-month intervals.
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "mild/symmetric",
    "overall": "2", "bb": "",
    "f": [
        "non_mass L p ie=homogeneous nd=focal kd=persistent @1:00 z=8",
        "other L a",
        "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @8:00 z=5",
        "lymph_node B a",
    ],
    "rec": ["routine_screening"],
}})

# ---------------------------------------------------------------- mri10_03
MRI.append({"id": "mri10_03_china_shanghai_dce_tic_staging_linear_nme_typos", "text": """
Shanghai Ruijin-type Teaching Hospital, Department of Radiology
MRI Examination Report

Examination: Breast MRI, plain scan + dynamic contrast-enhanced scan (DCE-MRI) + DWI
Clinical diagnosis: left breast lump for 1 month

Imaging findings:
Bilateral breasts show heterogeneous fibroglandular tissue (type c). Background parenchymal enhancement is
mild and symmetrical.
An irregular mass is seen in the upper outer quadrant of the left breast, about 2.6 x 2.1 cm, with
spiculated margin (burr sign) and heterogenous enhancement. TIC shows rapid rise followed by washout (type III).
DWI shows restricted diffusion, ADC value about 0.85 x 10^-3 mm2/s.
Linear non-mass enhancement extends from the anterior edge of the mass toward the nipple, length about 3.5 cm,
with clumped enhancement, TIC type II.
The left nipple is retracted.
Several enlarged lymph nodes in the left axilla, the largest about 1.6 cm, cortex thickened, fatty hilum disappeared.
A round nodule is seen at 9 o'clock of the right breast, about 0.6 cm, with circumscribed margin and
homogeneous enhancment, TIC type I.
No enlarged lymph nodes in the right axilla.

Diagnostic opinion:
1. Left breast upper outer quadrant mass, considered breast cancer, BI-RADS 5; linear non-mass enhancement
   anterior to it, intraductal extension considered.
2. Left axillary lymph node enlargement, metastasis considered.
3. Right breast small nodule, BI-RADS 3.
Suggest pathological examination, and follow-up of the right breast nodule by ultrasound in 6 months.

Reporting doctor: Wang Lei    Reviewing doctor: Chen Jianhua
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "mild/symmetric",
    "overall": "5", "bb": "L5 R3",
    "f": [
        "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout q=uo z=26",
        "non_mass L p ie=clumped nd=linear kd=plateau z=35",
        "skin L p",
        "lymph_node L p z=16",
        "mass R p sh=round mg=circumscribed ie=homogeneous kd=persistent @9:00 z=6",
        "lymph_node R a",
    ],
    "rec": ["biopsy", "short_interval_followup"],
}})

# ---------------------------------------------------------------- mri10_04
MRI.append({"id": "mri10_04_ukraine_kyiv_brca1_screening_new_focus_washout_4a", "text": """
MEDICAL CENTER "DOBROBUT-TYPE" - DEPARTMENT OF MRI DIAGNOSTICS, KYIV
MRI OF THE MAMMARY GLANDS WITH DYNAMIC CONTRAST ENHANCEMENT

Patient: F, 34 years. Referral: oncologist-mammologist. BRCA1 mutation carrier, annual screening MRI.
Previous MRI: 10.2025 (BI-RADS 2).
Scanner 1.5 T, breast coil, T1, T2 STIR, DWI, dynamic series 1+6 after gadoterate 0.1 mmol/kg.
Day of menstrual cycle: 9.

Amount of fibroglandular tissue: ACR d (extreme).
Background parenchymal enhancement: marked, symmetric.

Right mammary gland: at 12 o'clock, middle third, a solitary enhancing focus 4 mm, new compared with
10.2025, with fast initial enhancement and washout (type III curve). No correlate on T2.
Left mammary gland: oval mass at 3 o'clock, 7 mm, circumscribed, hyperintense on T2, with non-enhancing
internal septations, type I curve - fibroadenoma, unchanged from 10.2025.
Both glands: multiple punctate foci, stable, type I curves.
Lymph nodes: axillary lymph nodes of normal structure on both sides.

CONCLUSION:
Right breast: new focus with washout kinetics - BI-RADS 4A.
Left breast: fibroadenoma - BI-RADS 2.
Recommended: second-look ultrasound of the right breast at 12 o'clock; if there is no correlate, MRI-guided biopsy.

Radiologist: O. Kovalenko, MD, PhD
""", "gold": {
    "mods": ["mri"], "purpose": "screening", "fgt": "d", "bpe": "marked/symmetric",
    "overall": "4A", "bb": "R4A L2",
    "f": [
        "focus R p ki=fast kd=washout @12:00 dp=middle z=4",
        "mass L p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @3:00 z=7",
        "focus B p s kd=persistent",
        "lymph_node B p",
    ],
    "rec": ["additional_imaging", "biopsy"],
}})

# ---------------------------------------------------------------- mri10_05
MRI.append({"id": "mri10_05_morocco_casablanca_irm_problem_solving_spiculated_regional_nme", "text": """
CENTRE D'IMAGERIE MEDICALE ANFA - CASABLANCA
Breast MRI (IRM mammaire) - report in English at the request of the patient's oncologist in France

Indication: 47-year-old woman. Discordance between mammography (ACR 3 asymmetry right upper breast) and
ultrasound (no correlate). Problem solving.
Technique: 1.5 T. Axial T2, T1, diffusion, dynamic gadolinium-enhanced T1 fat-sat with subtraction.
Performed on day 10 of the cycle.

Results:
Glandular tissue: type c (heterogeneous fibroglandular).
Background enhancement: moderate, symmetrical.

Right breast: at the junction of the upper quadrants (12h), a 11 mm irregular mass with spiculated margins
and heterogeneous enhancement, fast initial uptake then plateau (type II curve), corresponding to the
mammographic asymmetry.
Left breast: regional non-mass enhancement of the lower outer quadrant, heterogeneous, with slow then
persistent enhancement (type I curve), probably related to background enhancement.
No axillary adenopathy.

Conclusion:
Right breast: BI-RADS-ACR 4.
Left breast: BI-RADS-ACR 3.
Second-look ultrasound of the right 12h lesion, with ultrasound-guided biopsy; if not found, MRI-guided biopsy.
MRI control of the left breast in 6 months.

Dr. Y. Benkirane, radiologist
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "moderate/symmetric",
    "overall": "4", "bb": "R4 L3",
    "f": [
        "mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=plateau @12:00 z=11",
        "non_mass L p ie=heterogeneous nd=regional ki=slow kd=persistent q=lo",
        "lymph_node B a",
    ],
    "rec": ["additional_imaging", "biopsy", "short_interval_followup"],
}})

# ---------------------------------------------------------------- mri10_06
MRI.append({"id": "mri10_06_trinidad_implant_noncontrast_extracapsular_right_intracapsular_left", "text": """
WESTSHORE MEDICAL PRIVATE HOSPITAL - DIAGNOSTIC IMAGING
Cocorite, Port of Spain, Trinidad and Tobago

EXAMINATION: MRI BREASTS - SILICONE IMPLANT PROTOCOL (NON-CONTRAST)
DATE: 27 November 2026

CLINICAL HISTORY: 49-year-old female. Bilateral cosmetic subglandular silicone implants placed in Miami 2014.
Change in shape of the right breast and a small lump in the right axilla. Query rupture.

TECHNIQUE: Axial and sagittal T2, silicone-selective (water and fat suppressed) and water-selective sequences.
No intravenous contrast was given.

FINDINGS:
Right implant: multiple curvilinear low-signal lines within the silicone (linguine sign), with silicone
signal outside the fibrous capsule along the upper outer aspect, in keeping with extracapsular rupture.
A small silicone granuloma is present in the right upper outer quadrant, 8 mm.
A silicone-laden right axillary lymph node measures 12 mm, accounting for the palpable lump.

Left implant: a subcapsular line and a teardrop sign, in keeping with intracapsular rupture. No
extracapsular silicone on the left.

Breast parenchyma: no mass is seen on the non-contrast sequences, within the limits of the technique.

IMPRESSION:
1. Right implant extracapsular rupture with silicone granuloma and silicone-laden right axillary node.
2. Left implant intracapsular rupture.
BI-RADS 2.
Referral to the plastic surgeon for explantation/exchange is recommended.

Dr. R. Ramdass, Consultant Radiologist, FRCR
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "overall": "2", "bb": "",
    "f": [
        "implant R p ir=extracapsular",
        "other R p q=uo z=8",
        "lymph_node R p z=12",
        "implant L p ir=intracapsular",
        "mass B a",
    ],
    "rec": ["surgical_consultation"],
}})

# ---------------------------------------------------------------- mri10_07
MRI.append({"id": "mri10_07_rural_us_mobile_mri_highrisk_screen_negative_bi1_dictation", "text": """
PRAIRIE REGIONAL MEDICAL CENTER - IMAGING SERVICES (MOBILE MRI UNIT, VISITING 2ND AND 4TH WEEK)
Kearney, NE

EXAM: MRI BILATERAL BREAST SCREENING W AND WO CONTRAST
DATE: 11/23/2026
HISTORY: 41-year-old female, lifetime risk 24 percent by Tyrer-Cuzick, sister with breast cancer at 39.
Annual high-risk screening. Last mammogram 05/2026 at this facility, negative.
COMPARISON: Breast MRI 11/2025.

TECHNIQUE: Standard bilateral breast MRI protocol on the mobile 1.5 T unit, before and after 7 mL gadoterate.
Subtraction and MIP images, kinetic analysis with CAD.

FINDINGS:
The breasts are almost entirely fatty.
Background parenchymal enhancement is minimal.
New paragraph.
No suspicious masses, non-mass enhancement, or foci in either breast.
Bilateral benign-appearing axillary lymph nodes with fatty hila.
The skin and nipples are normal.

IMPRESSION:
Negative high-risk screening breast MRI. BI-RADS 1: Negative.
Recommend annual screening MRI, alternating with screening mammography every 6 months.

Dictated with speech recognition, reviewed by: T. Lindqvist, MD
""", "gold": {
    "mods": ["mri"], "purpose": "screening", "fgt": "a", "bpe": "minimal/-",
    "overall": "1", "bb": "",
    "f": [
        "mass B a",
        "non_mass B a",
        "focus B a",
        "lymph_node B p",
    ],
    "rec": ["routine_screening"],
}})

# ---------------------------------------------------------------- mri10_08
MRI.append({"id": "mri10_08_nova_scotia_ilc_staging_multiple_regions_contralateral_mass_4b", "text": """
Nova Scotia Health - Diagnostic Imaging, Halifax Infirmary

Exam: MR BREAST BILATERAL (STAGING)
Date: 2026-11-29
Clinical: 58F, left breast invasive lobular carcinoma 2 o'clock on US-guided core 2026-11-10. Pre-op extent.
Comparison: Mammogram and US 2026-11-03 (Cape Breton Regional).

Technique: 1.5T, bilateral axial dynamic imaging, T2, DWI; gadobutrol 7 mL. CAD kinetics.

Findings:
FGT: scattered (b). BPE: mild, symmetric.

LEFT:
Index: irregular mass with spiculated margins at 2 o'clock, 32 mm, heterogeneous internal enhancement,
medium initial phase and plateau delayed phase. Biopsy clip artefact within it.
Non-mass enhancement in multiple regions in the upper outer and upper inner quadrants, clumped, spanning
60 mm, suspicious for additional disease.
Left nipple retraction. Skin not thickened.
Left level I axillary nodes normal in size and morphology.

RIGHT:
New 7 mm irregular mass with irregular margins at 10 o'clock, fast initial and washout delayed phases.
No right axillary adenopathy.

BOTH: a few benign-appearing foci.

Impression:
1. Known left ILC at 2 o'clock (BI-RADS 6) with left non-mass enhancement in multiple regions suspicious for
   multicentric disease - BI-RADS 4B.
2. Right 10 o'clock 7 mm mass - BI-RADS 4B.
Recommendation: MRI-guided biopsy of the left upper inner NME. Second-look US of the right 10 o'clock mass with
US-guided biopsy. To be presented at the breast site team MDT on Thursday.

Radiologist: Dr. C. MacNeil
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "b", "bpe": "mild/symmetric",
    "overall": "4B", "bb": "L4B R4B",
    "f": [
        "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=medium kd=plateau @2:00 z=32",
        "non_mass L p ie=clumped nd=multiple_regions z=60",
        "skin L p",
        "skin L a",
        "lymph_node L p",
        "mass R p sh=irregular mg=irregular ki=fast kd=washout @10:00 z=7",
        "lymph_node R a",
        "focus B p",
    ],
    "rec": ["biopsy", "additional_imaging", "other"],
}})

# ---------------------------------------------------------------- mri10_09
MRI.append({"id": "mri10_09_egypt_alexandria_post_nact_partial_response_bi6_typos", "text": """
Alexandria University - Faculty of Medicine, Radiodiagnosis Department, Breast Imaging Unit

Dynamic contrast enhanced MRI of both breasts - post neoadjuvant chemotherapy assessment

Clinical data: 44 y female, right breast IDC (UOQ) with axillary metastasis, after 8 cycles of NACT.
Baseline MRI 05/2026: 5 cm mass with segmental NME, right skin thickening, axillary nodes.

Findings:
Almost entirely fatty breasts (ACR a). Minimal background enhancment.
Right breast:
- The previously noted 5 cm UOQ mass shows marked regression; residual 14 mm irregular mass with irregular
  margins and rim enhancment, showing medium initial enhancement and persistant curve. Clip artefact inside.
- The previously seen segmental non-mass enhancement has resolved.
- The right skin thickening has resolved.
- Right axillary lymph node has decreased in size, now 9 mm, with partially restored fatty hilum.
Left breast:
- Simple cyst at 4 o'clock, 6 mm, non-enhancing, unchanged.
- No suspicious enhancing lesion.

Opinion:
Partial response to NACT.
Right breast: BIRADS VI.
Left breast: BIRADS II.
Kindly discuss in the breast MDT for surgical planning.

Prof. Dr. H. Abdelrahman
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "a", "bpe": "minimal/-",
    "overall": "6", "bb": "R6 L2",
    "f": [
        "mass R p sh=irregular mg=irregular ie=rim ki=medium kd=persistent q=uo z=14",
        "non_mass R a",
        "skin R a",
        "lymph_node R p z=9",
        "mass L p s @4:00 z=6",
    ],
    "rec": ["other"],
}})

# ---------------------------------------------------------------- mri10_10
MRI.append({"id": "mri10_10_wa_country_locum_telerad_nipple_discharge_clustered_ring_nme_4b", "text": """
WA Country Health Service - Albany Health Campus
Report issued by: Locum Consultant Radiologist (remote reporting, Perth) - Dr F. Haddad

MRI BREASTS WITH CONTRAST
Date: 25/11/2026

Clinical: 56F. Spontaneous bloody L nipple discharge, single duct. Mammogram and US (Albany, 10/2026) no
cause found. Cytology: atypical cells.
Comparison: Prior breast imaging is not available on the remote reporting system; not compared.

Technique: 1.5T. T1, T2 FS, DWI, dynamic T1 FS x 5 post gadolinium, subtractions.

Findings:
Heterogeneous fibroglandular tissue (c). Background parenchymal enhancement is mild; asymmetric, left greater
than right.

Left: a retroareolar dilated duct with high T1 signal content (proteinaceous or haemorrhagic).
Linear non-mass enhancement 25 mm with a clustered ring internal pattern, extending from the retroareolar
region toward 3 o'clock, fast initial enhancement with a plateau curve.
Possible 5 mm enhancing intraductal mass at the nipple base, which may represent a papilloma.

Right: no suspicious enhancement.
Axillae: normal.

Conclusion:
Left: BI-RADS 4B - linear clustered-ring NME in the territory of the discharging duct, ?DCIS ?papilloma.
Right: BI-RADS 1.
Suggest second-look ultrasound; MRI-guided biopsy (Perth) if there is no sonographic target.

F. Haddad, FRANZCR (locum)
""", "gold": {
    "mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "mild/asymmetric",
    "overall": "4B", "bb": "L4B R1",
    "f": [
        "other L p",
        "non_mass L p ie=clustered_ring nd=linear ki=fast kd=plateau z=25",
        "mass L q z=5",
    ],
    "rec": ["additional_imaging", "biopsy"],
}})

# ---------------------------------------------------------------- mri10_11
MRI.append({"id": "mri10_11_korea_v2025_abbreviated_post_bcs_supplemental_focus_cat3", "text": """
ASAN-TYPE MEDICAL CENTER, SEOUL - DEPARTMENT OF RADIOLOGY
Abbreviated Breast MRI (AB-MRI), BI-RADS v2025 structured report

Indication: Supplemental screening after breast conserving surgery (Lt, 2022) and radiotherapy.
Comparison: AB-MRI 2025-11.
Protocol: abbreviated (T2, pre-contrast T1, first post-contrast T1, subtraction, MIP). No kinetic assessment.

1. Breast composition (amount of FGT): c
2. BPE: mild, symmetric
3. Findings
   a) Lt. 2h: post-operative change at the operation site, stable. No enhancing mass at the operation site.
   b) Rt. 8h: 5 mm enhancing focus, new, indeterminate.
   c) Rt. 6h: 4 mm oval circumscribed mass, T2 high, no enhancement -> cyst.
4. Axilla: no LAP (both)

Assessment:
   Category 3 (Rt.)
   Category 2 (Lt.)
Recommendation: follow-up MRI in 6 months.

Reader: Park Seo-yeon, M.D.
""", "gold": {
    "mods": ["mri"], "purpose": "screening", "fgt": "c", "bpe": "mild/symmetric",
    "overall": "3", "bb": "R3 L2",
    "f": [
        "other L p s @2:00",
        "mass L a",
        "focus R p @8:00 z=5",
        "mass R p sh=oval mg=circumscribed @6:00 z=4",
        "lymph_node B a",
    ],
    "rec": ["short_interval_followup"],
}})
