MRI = []

MRI.append(dict(id="mri6_01_us_academic_highrisk_brca2_stable_focus_bi2", mods=["mri"], purpose="screening",
    fgt="c", bpe="mild/symmetric", overall="2", bb="", rec=["routine_screening"], f=[
    "focus R p s @11:00 dp=posterior z=5",
    "mass B a",
    "non_mass B a",
    "lymph_node B a",
], text="""
    EXAMINATION: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST - HIGH RISK SCREENING
    DATE: 03/02/2026

    CLINICAL HISTORY: 44-year-old woman, BRCA2 mutation carrier. Annual high-risk screening. Last mammogram 09/2025 negative.

    COMPARISON: MRI 02/2025 and 01/2024.

    TECHNIQUE: Multiplanar multisequence MRI of both breasts at 3T, including axial T2, pre-contrast and 5 dynamic post-contrast fat-suppressed T1-weighted sequences after 0.1 mmol/kg gadobutrol, with subtraction and MIP reconstructions. Kinetic analysis with CAD.

    FINDINGS:
    Amount of fibroglandular tissue: Heterogeneous fibroglandular tissue.
    Background parenchymal enhancement: Mild, symmetric.

    The 5 mm enhancing focus in the right breast at 11:00, posterior depth, is unchanged since 01/2024.

    No suspicious mass or non-mass enhancement in either breast. No axillary or internal mammary adenopathy. The skin and nipples are unremarkable.

    IMPRESSION:
    No MRI evidence of malignancy. Stable benign-appearing right breast focus.
    BI-RADS 2: Benign.

    RECOMMENDATION: Continue annual screening MRI, alternating with annual mammography at 6-month intervals.

    Electronically signed by: Sarah Lindqvist, MD
"""))

MRI.append(dict(id="mri6_02_uk_nhs_staging_right_idc_segmental_clustered_ring", mods=["mri"], purpose="diagnostic",
    fgt="b", bpe="minimal/symmetric", overall="4", bb="R4 L1", rec=["additional_imaging", "biopsy", "other"], f=[
    "mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 z=24",
    "non_mass R p ie=clustered_ring nd=segmental ki=medium kd=plateau q=li z=40",
    "lymph_node R p z=12",
    "skin R a",
], text="""
    MRI BREASTS - LOCAL STAGING
    Clinical details: Rt breast IDC grade 2, ER+ HER2-, 10 o'c (US 19mm). Dense breasts on mammography. ?extent ?multifocal. For WLE vs mastectomy.

    Technique: 1.5T. Ax T2, STIR, dynamic T1 FS pre and 6 post gadolinium, subtractions, DWI.

    Report:
    Scattered fibroglandular tissue. Minimal symmetrical BPE.

    Rt breast:
    Known cancer at 10 o'clock = irregular spiculated mass, heterogeneous internal enhancement, 24 x 18 x 20mm (larger than on US). Rapid initial enhancement, type 3 curve.
    Separate segmental non-mass enhancement in the lower inner quadrant with clustered ring pattern, extending over 40mm towards the nipple. Medium initial rise, plateau (type 2).
    No skin thickening. Pectoralis muscle clear.
    Rt axilla: 2 level 1 nodes with cortical thickening, the larger 12mm.

    Lt breast: no suspicious enhancement. Lt axilla normal.

    Conclusion:
    1. Rt 10 o'clock carcinoma measures 24mm on MRI.
    2. Segmental clustered ring NME Rt LIQ 40mm - indeterminate, ?additional DCIS/multicentric disease.
    3. Abnormal Rt axillary nodes.
    BI-RADS: Rt 6 (index lesion) and 4 (NME). Lt 1.

    Rec: Second-look US of the Rt LIQ +/- US biopsy; MRI-guided biopsy if no US correlate. For breast MDM.

    Dr J. Whitcombe, Consultant Radiologist
"""))

MRI.append(dict(id="mri6_03_au_private_problem_solving_septations_multiple_regions_bi2", mods=["mri"], purpose="diagnostic",
    fgt="c", bpe="moderate/symmetric", overall="2", bb="", rec=["routine_screening"], f=[
    "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @2:00 z=7",
    "non_mass B p nd=multiple_regions",
    "lymph_node B p",
], text="""
    Harbourside Imaging - Breast MRI
    MRI BOTH BREASTS (PROBLEM SOLVING)

    Referrer: Dr A. Pham
    Clinical notes: Equivocal left upper outer distortion on tomosynthesis, no ultrasound correlate. ?real

    Technique: Standard dynamic contrast-enhanced protocol, 1.5T, 0.1mmol/kg Gadovist.

    Report:
    FGT: C (heterogeneous). BPE: moderate, symmetric.

    No enhancement at the site of the tomosynthesis abnormality in the left upper outer quadrant; no correlate is identified.

    Left 2 o'clock: 7mm oval circumscribed mass with non-enhancing dark internal septations. Slow initial enhancement, type 1 curve. Typical of a fibroadenoma.

    Stippled non-mass enhancement in multiple regions of both breasts, in keeping with background enhancement.

    Normal-appearing axillary lymph nodes bilaterally.

    Conclusion:
    No MRI correlate for the tomosynthesis finding. Incidental fibroadenoma left 2 o'clock.
    BI-RADS 2.
    Return to routine screening.

    Dr S. Gallagher
"""))

MRI.append(dict(id="mri6_04_canada_obsp_highrisk_linear_clumped_nme_4a", mods=["mri"], purpose="screening",
    fgt="b", bpe="minimal/symmetric", overall="4A", bb="L4A R2", rec=["biopsy"], f=[
    "non_mass L p ie=clumped nd=linear ki=medium kd=persistent @3:00 dp=middle z=18",
    "mass R p s @8:00 z=7",
    "lymph_node B a",
], text="""
    OBSP HIGH RISK SCREENING - BREAST MRI
    Procedure: MRI bilateral breasts with gadolinium

    History: 36-year-old, lifetime risk 32% (IBIS), mother with premenopausal breast cancer. Annual MRI. Mammogram same day reported separately.

    Comparison: MRI 2025-01-20.

    Findings:
    Breast tissue: Scattered fibroglandular tissue. Background enhancement minimal and symmetric.

    Left breast: New linear non-mass enhancement at 3 o'clock, middle depth, measuring 18 mm, with a clumped internal pattern. Medium initial enhancement with persistent delayed kinetics.

    Right breast: 7 mm T2-bright non-enhancing cyst at 8 o'clock, stable appearance. Otherwise no suspicious enhancement.

    No axillary lymphadenopathy.

    Impression:
    Left: BI-RADS 4A - new linear clumped NME at 3 o'clock. MRI-guided biopsy recommended.
    Right: BI-RADS 2.

    Reported by Dr. N. Chaudhry, Radiologist
"""))

MRI.append(dict(id="mri6_05_india_dce_regional_nme_ducts_asymmetric_bpe_typos", mods=["mri"], purpose="diagnostic",
    fgt="d", bpe="moderate/asymmetric", overall="4A", bb="R4A L2", rec=["additional_imaging", "biopsy"], f=[
    "non_mass R p ie=heterogeneous nd=regional ki=medium kd=plateau q=uo z=35",
    "other R p",
    "focus L p",
    "lymph_node B p",
], text="""
    MEDISCAN IMAGING & RESEARCH CENTRE, PUNE
    MRI BOTH BREASTS (PLAIN + DYNAMIC CONTRAST)

    Clinical profile: 39 yrs female. Clear to blood stained discharge from right nipple x 3 months. USG (outside) - dilated retroareolar ducts right side.

    Technique: Axial T1, T2, STIR, DWI and dynamic post contrast fat sat T1 images with subtraction were obtained on 3T scanner.

    Observations:
    - Both breasts show extreme amount of fibroglandular tissue.
    - Background parenchymal enhancment is moderate, asymetric (right more than left).
    - Right breast: A regional area of non mass enhancement with heterogenous internal pattern is noted in the upper outer quadrant extending over 35 mm. Kinetic curve shows medium initial rise with plateau.
    - Right retroareolar ducts are dilated and show T1 hyperintense content.
    - Left breast: Few tiny enhancing foci are seen, likely benign.
    - Bilateral axillary lymph nodes show normal morphology with preserved fatty hilum.
    - No skin or nipple abnormality.

    Impression:
    - Regional heterogenous non mass enhancement right upper outer quadrant - BIRADS IV A (right).
    - Dilated right retroareolar ducts with proteinaceous / haemorrhagic content.
    - Left breast - BIRADS II.

    Suggest: Second look USG; MRI guided biopsy if no sonographic correlate.

    Dr. Prakash Kulkarni, DNB (Radiology)
"""))

MRI.append(dict(id="mri6_06_singapore_preop_left_rim_washout_right_bi3", mods=["mri"], purpose="diagnostic",
    fgt="c", bpe="mild/symmetric", overall="6", bb="L6 R3", rec=["short_interval_followup", "other"], f=[
    "mass L p sh=round mg=irregular ie=rim ki=fast kd=washout @1:00 z=30",
    "lymph_node L p z=15",
    "mass R p sh=oval mg=circumscribed ie=homogeneous kd=persistent @9:00 z=6",
], text="""
    NATIONAL CANCER CENTRE - BREAST IMAGING
    MRI BREASTS (PRE-OPERATIVE)

    Clinical information: Biopsy-proven left breast triple negative invasive carcinoma, 1 o'clock. Pre-operative staging.

    Findings:
    The breasts show heterogeneous fibroglandular tissue. Background parenchymal enhancement is mild and symmetrical.

    Left breast: The known carcinoma at 1 o'clock is a round mass with irregular margins and rim enhancement, measuring 30 x 27 x 28 mm. It demonstrates fast initial enhancement with washout. The biopsy clip is within it. No separate lesion.
    A left axillary level I lymph node measuring 15 mm shows loss of the fatty hilum.

    Right breast: A 6 mm oval circumscribed mass with homogeneous enhancement at 9 o'clock shows persistent kinetics. No other abnormality.

    Impression:
    1. Known left breast carcinoma, 30 mm, unifocal. Abnormal left axillary node. Left breast: BI-RADS 6.
    2. Right breast 9 o'clock 6 mm probably benign mass. Right breast: BI-RADS 3. Follow-up MRI in 6 months.

    For discussion at the Multidisciplinary Tumour Board.

    Reported by: Dr Lim Hui Min
"""))

MRI.append(dict(id="mri6_07_gulf_implant_contrast_extracapsular_possible_intracapsular_typos", mods=["mri"], purpose="diagnostic",
    fgt="a", bpe="minimal/symmetric", overall="2", bb="R2 L2", rec=["surgical_consultation"], f=[
    "implant R p ir=extracapsular",
    "lymph_node R p",
    "implant L q ir=intracapsular",
    "focus L p kd=persistent @10:00 z=5",
    "lymph_node L a",
    "mass B a",
    "non_mass B a",
], text="""
    KING FAHAD SPECIALIST CLINIC - RADIOLOGY
    MRI BOTH BREASTS: SILICONE IMPLANT PROTOCOL WITH DYNAMIC CONTRAST

    Indication: 48 y, bilateral cosmetic silicone augmentation 2013 (subglandular). Right breast pain and change in shape. ?Rupture.

    Findings:
    Amount of fibroglandular tissue: almost entirely fat. Background parenchymal enhancment minimal, symmetric.

    RIGHT IMPLANT: Collapsed shell with multiple curvilinear low signal lines within the silicone (linguine sign). Silicone signal is seen outside the fibrous capsule in the upper outer breast tissue, confirming extracapsular rupture.
    A right axillary lymph node contains silicone signal.

    LEFT IMPLANT: A single sub-capsluar line is seen at the lateral aspect, without linguine sign. Early intracapsular rupture cannot be excluded.
    No silicone-laden lymph nodes on the left.

    Breast parenchyma: A 5 mm enhacing focus at left 10 o'clock with persistent kinetics. No suspicious mass or non-mass enhancement.

    IMPRESSION:
    1. Right implant extracapsular rupture with silicone-laden right axillary node.
    2. Left implant: possible early intracapsular rupture.
    3. Benign-appearing left focus.
    BI-RADS 2 bilateral.

    Referral to the plastic surgeon for implant removal/exchange is advised.

    Dr. Faisal Al-Otaibi, Consultant Radiologist
"""))

MRI.append(dict(id="mri6_08_sa_private_problem_solving_focal_nme_bi3", mods=["mri"], purpose="diagnostic",
    fgt="b", bpe="mild/symmetric", overall="3", bb="L3 R2", rec=["short_interval_followup"], f=[
    "non_mass L p ie=homogeneous nd=focal ki=slow kd=persistent @6:00 z=12",
    "focus R q @12:00 z=4",
    "mass B a",
], text="""
    MORNINGSIDE RADIOLOGY - SANDTON
    MRI OF THE BREASTS

    Referring Doctor: Dr. Z. Mahlangu (Specialist Surgeon)
    Clinical information: Problem solving. Palpable thickening left breast 6 o'clock. Mammography and ultrasound (this practice, 12/01/2026) negative.

    Findings:
    There are scattered areas of fibroglandular tissue. Mild symmetrical background parenchymal enhancement.
    LEFT BREAST: At 6 o'clock, at the site of the skin marker, there is a 12mm area of focal non-mass enhancement with a homogeneous internal pattern. Slow initial enhancement with persistent delayed kinetics.
    RIGHT BREAST: Possible 4mm focus at 12 o'clock on the third post-contrast acquisition only, which may represent a small vessel in cross-section.
    No enhancing mass in either breast. Axillae: normal.

    Impression:
    Focal homogeneous NME at the site of palpable concern, probably benign (fibrocystic change).
    Left: BI-RADS 3. Right: BI-RADS 2.
    Recommend a follow-up MRI in 6 months.

    Dr. P. van der Merwe
"""))

MRI.append(dict(id="mri6_09_telerad_runon_abbreviated_supplemental_4b", mods=["mri"], purpose="screening",
    fgt="d", bpe="marked/symmetric", overall="4B", bb="R4B L2", rec=["additional_imaging", "biopsy"], f=[
    "mass R p sh=oval mg=irregular ie=heterogeneous @1:00 dp=anterior z=9",
    "focus B p",
    "lymph_node B a",
], text="""
    ABBREVIATED BREAST MRI (AB-MR) BILATERAL - SUPPLEMENTAL SCREENING INDICATION: extremely dense breasts on mammography, average risk, patient-requested supplemental screening. COMPARISON: none. TECHNIQUE: abbreviated protocol, axial T2, pre-contrast T1 and a single early post-contrast T1 with subtraction and MIP. No delayed imaging, kinetics not assessed. FINDINGS: extreme fibroglandular tissue. Marked symmetric background parenchymal enhancement. Right breast 1:00, anterior depth, there is a 9 mm oval mass with irregular margins and heterogeneous internal enhancement. Multiple bilateral foci, likely related to background enhancement. No axillary adenopathy. IMPRESSION: 9 mm suspicious right breast mass at 1:00. Right breast: BI-RADS 4B. Left breast: BI-RADS 2. RECOMMENDATION: targeted second-look ultrasound with ultrasound-guided biopsy if a correlate is found, otherwise MRI-guided biopsy. Read remotely by: K. Brandt MD (teleradiology) - Prelim/Final: FINAL
"""))

MRI.append(dict(id="mri6_10_us_academic_cad_table_left_spiculated_focal_nme_bi5", mods=["mri"], purpose="diagnostic",
    fgt="c", bpe="mild/symmetric", overall="5", bb="L5 R2", rec=["additional_imaging", "biopsy"], f=[
    "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 z=21",
    "non_mass L p ie=homogeneous nd=focal ki=slow kd=persistent @5:00 z=10",
    "mass R p s sh=round mg=circumscribed ie=homogeneous ki=medium kd=persistent @7:00 z=8",
    "lymph_node L p",
], text="""
    MRI BREAST BILATERAL W/WO CONTRAST - DIAGNOSTIC

    INDICATION: 52F with palpable left breast lump at 2:00. Diagnostic mammogram and ultrasound from outside facility unavailable at the time of this exam.
    COMPARISON: MRI 04/2024.
    TECHNIQUE: Standard bilateral dynamic protocol (1 pre, 5 post), 3T. CAD post-processing (DynaCAD).

    FINDINGS:
    FGT: heterogeneous fibroglandular tissue. BPE: mild, symmetric.

    LEFT: At the site of the palpable abnormality, 2:00, there is a 21 mm irregular mass with spiculated margins and heterogeneous internal enhancement (Lesion 1). At 5:00 there is a 10 mm area of focal non-mass enhancement with homogeneous internal enhancement (Lesion 2). A left axillary lymph node shows cortical thickening to 4 mm.
    RIGHT: 8 mm round circumscribed homogeneously enhancing mass at 7:00 (Lesion 3), unchanged since 04/2024.

    CAD KINETIC SUMMARY
    Lesion | Side/Clock | Size | Initial phase | Delayed phase | Peak enh.
    1      | L 2:00     | 21mm | Fast          | Washout       | 240%
    2      | L 5:00     | 10mm | Slow          | Persistent    | 85%
    3      | R 7:00     | 8mm  | Medium        | Persistent    | 110%

    IMPRESSION:
    1. Left breast 2:00 spiculated mass, highly suggestive of malignancy, with an abnormal left axillary node.
    2. Left breast 5:00 focal NME, indeterminate.
    3. Stable benign right breast mass (likely fibroadenoma).
    Left breast: BI-RADS 5. Right breast: BI-RADS 2.

    RECOMMENDATION: Second-look ultrasound with US-guided biopsy of the left 2:00 mass and left axillary node. MRI-guided biopsy of the left 5:00 NME.

    Resident: A. Rossi, MD  /  Attending: H. Feldman, MD
"""))

MRI.append(dict(id="mri6_11_question_answer_problem_solving_linear_nme_4b", mods=["mri"], purpose="diagnostic",
    fgt="b", bpe="minimal/-", overall="4B", bb="R4B L1", rec=["biopsy"], f=[
    "mass R p sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @10:00 z=9",
    "non_mass R p ie=clumped nd=linear ki=fast kd=plateau @12:00 z=14",
    "mass L a",
    "non_mass L a",
    "lymph_node B p",
], text="""
    BREAST MRI - ANSWERS TO REFERRER'S QUESTIONS
    Exam: Bilateral contrast-enhanced breast MRI, 14/02/2026
    Requested by: Breast surgical clinic (Mr D. Ashworth)
    FGT: scattered.  BPE: minimal.

    Q1. Is there an MRI correlate for the right 10 o'clock ultrasound lesion (US BI-RADS 4A, core biopsy: fibroadenoma)?
    A1. Yes. At right 10 o'clock there is a 9 mm oval circumscribed mass with dark internal septations and persistent kinetics. Concordant with the benign histology.

    Q2. Any other abnormality in the right breast?
    A2. Yes. At right 12 o'clock there is 14 mm of linear non-mass enhancement with a clumped internal pattern, fast initial enhancement and plateau delayed kinetics. Suspicious for DCIS.

    Q3. Left breast?
    A3. No suspicious mass or non-mass enhancement in the left breast.

    Q4. Axillae?
    A4. Normal-appearing axillary lymph nodes on both sides.

    SUMMARY: Right breast BI-RADS 4B (12 o'clock NME); the 10 o'clock fibroadenoma is BI-RADS 2. Left breast BI-RADS 1.
    MRI-guided vacuum biopsy of the right 12 o'clock NME is recommended.

    Dr R. Okonkwo, Consultant Radiologist
"""))
