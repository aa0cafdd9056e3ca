"""Contrast-enhanced mammography reports of modalities_10 with their compact gold."""

CEM = []

# ---------------------------------------------------------------- cem10_01
CEM.append({"id": "cem10_01_us_academic_cem_guided_biopsy_planning_segmental_nme_4b", "text": """
BREAST IMAGING - CONTRAST-ENHANCED MAMMOGRAPHY
Procedure planning report

EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL, DIAGNOSTIC (PRE-PROCEDURE PLANNING FOR CEM-GUIDED BIOPSY)
DATE: 12/02/2026

INDICATION: 63F. Left breast 3:00 segmental non-mass enhancement on outside screening MRI 09/2026 (BI-RADS 4),
no sonographic correlate on second-look ultrasound 10/2026. A pacemaker was placed 11/2026, so MRI-guided
biopsy is not possible. CEM requested to confirm visibility and to plan CEM-guided biopsy.

TECHNIQUE: Standard CC and MLO low-energy and recombined images of both breasts, starting 2 minutes after
IV injection of 1.5 mL/kg iohexol 350. Additional left ML recombined view.

FINDINGS:
Low-energy images: The breasts are heterogeneously dense, which may obscure small masses (c). No suspicious
calcifications, masses or architectural distortion.
Recombined images: Background parenchymal enhancement is mild and symmetric.
LEFT: Segmental heterogeneous non-mass enhancement in the upper outer quadrant, measuring 38 mm, matching the
MRI abnormality. It is well seen on the CC, MLO and ML recombined views.
RIGHT: A 6 mm oval enhancing mass with circumscribed margins and homogeneous enhancement at 7:00, anterior
depth, not seen on the prior MRI.

PROCEDURE PLANNING:
The left NME is amenable to CEM-guided vacuum-assisted biopsy. Planned approach: lateral, 9-gauge, targeting
the posterior-most portion of the enhancement. Anticoagulation has been held per cardiology. Consent obtained.

IMPRESSION:
1. Left upper outer quadrant segmental NME, visible on CEM: BI-RADS 4B. CEM-guided biopsy is recommended and
   is scheduled for 12/10/2026.
2. Right 7:00 small enhancing mass, probably benign: BI-RADS 3. Recommend 6-month follow-up CEM.
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "c",
    "bpe": "mild/symmetric", "overall": "4B", "bb": "L4B R3",
    "f": [
        "calcification B a",
        "mass B a",
        "architectural_distortion B a",
        "non_mass L p ie=heterogeneous nd=segmental q=uo z=38",
        "mass R p sh=oval mg=circumscribed ie=homogeneous @7:00 dp=anterior z=6",
    ],
    "rec": ["biopsy", "short_interval_followup"],
}})

# ---------------------------------------------------------------- cem10_02
CEM.append({"id": "cem10_02_thailand_chiangmai_cem_v2025_recall_mass_washout_calcs_4c", "text": """
CHIANG MAI RAM-TYPE PRIVATE HOSPITAL - BREAST IMAGING UNIT
CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - BI-RADS v2025 REPORT

Indication: Recall from screening mammogram 11/2026 (right breast mass). 52-year-old woman.
Comparison: Screening mammogram 11/2026 and 2024.

BREAST COMPOSITION: c. Heterogeneously dense.
BACKGROUND PARENCHYMAL ENHANCEMENT: Minimal. Symmetric.

FINDING 1: Right breast, 10 o'clock, middle depth.
  Low-energy: irregular mass, not circumscribed margin, equal density, 12 mm.
  Recombined: heterogeneous internal enhancement, washout on the delayed image. Lesion conspicuity: high.
  Size on recombined image: 15 mm.
FINDING 2: Left breast, 2 o'clock.
  Low-energy: grouped amorphous calcifications over 6 mm. No associated enhancement.
FINDING 3: Right axilla.
  Low-energy: lymph node 11 mm with loss of the fatty hilum.

No architectural distortion in either breast.

ASSESSMENT:
  Right: BI-RADS 4C (Finding 1 and Finding 3)
  Left: BI-RADS 4A (Finding 2)
  Overall: BI-RADS 4C
RECOMMENDATION: Ultrasound-guided core biopsy of the right breast mass and the right axillary node;
stereotactic vacuum-assisted biopsy of the left calcifications.

Radiologist: Dr. Kanokwan Srisuk
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "c",
    "bpe": "minimal/symmetric", "overall": "4C", "bb": "R4C L4A",
    "f": [
        "mass R p sh=irregular mg=not_circumscribed md=equal ie=heterogeneous kd=washout @10:00 dp=middle z=15",
        "calcification L p m=amorphous d=grouped @2:00 z=6",
        "lymph_node R p z=11",
        "architectural_distortion B a",
    ],
    "rec": ["biopsy"],
}})

# ---------------------------------------------------------------- cem10_03
CEM.append({"id": "cem10_03_morocco_rabat_cesm_multifocal_skin_node_bi5_typos", "text": """
CLINIQUE AGDAL - SERVICE DE RADIOLOGIE, RABAT
Contrast-enhanced spectral mammography (CESM) - bilateral

Indication: 54-year-old woman, hard palpable mass of the right breast with skin changes for 3 months.
Technique: Low-energy (LE) and recombined (RC) CC and MLO views after iodinated contrast injection.

Low-energy images:
Breast density: ACR B.
Right breast: irregular, high-density mass with speculated margins in the upper outer quadrant, 25 mm, with
fine pleomorphic microcalcificatons within and around it. Overlying skin thickening. A dense right axillary
lymph node of 20 mm.
Left breast: no mass, no suspicious calcification.

Recombined images:
Mild symmetrical background enhancement.
Right breast: intense heterogeneous enhancement of the mass, 28 mm, with washout on the late image. A second
round enhancing mass, 8 mm, 2 cm inferior to the first, with rim enhancement (satellite).
Left breast: no abnormal enhancement.

Conclusion:
Multifocal right breast lesion with skin thickening and axillary node: BI-RADS 5 right.
Left breast: BI-RADS 1.
Recommendation: ultrasound-guided biopsy of both right lesions and the axillary node; presentation at the
multidisciplinary meeting (RCP).

Dr. S. El Idrissi
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "b",
    "bpe": "mild/symmetric", "overall": "5", "bb": "R5 L1",
    "f": [
        "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout q=uo z=28",
        "calcification R p m=fine_pleomorphic",
        "skin R p",
        "lymph_node R p z=20",
        "mass R p sh=round ie=rim z=8",
        "mass L a",
        "calcification L a",
    ],
    "rec": ["biopsy", "other"],
}})

# ---------------------------------------------------------------- cem10_04
CEM.append({"id": "cem10_04_serbia_belgrade_cem_v2025_supplemental_screening_bi2", "text": """
MEDIGROUP-TYPE GENERAL HOSPITAL, BELGRADE - DEPARTMENT OF RADIOLOGY
Contrast-enhanced mammography, bilateral - supplemental screening

Indication: 45 years, extremely dense breasts, mother with breast cancer at 52. Annual screening with
supplemental CEM (MRI declined - claustrophobia).
Comparison: CEM 11/2024 and 11/2025.

BREAST COMPOSITION: d. The breasts are extremely dense, which lowers the sensitivity of mammography.
BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate. Symmetric.

FINDINGS:
Right breast: oval circumscribed equal-density mass at 1 o'clock, 9 mm, with no enhancement on the
recombined images, unchanged since 11/2024 - benign (cyst on prior ultrasound).
Left breast: round circumscribed low-density mass at 4 o'clock, 6 mm, without enhancement, stable since 11/2024.
Both breasts: scattered punctate calcifications.
No suspicious mass, non-mass enhancement or architectural distortion in either breast.

ASSESSMENT: BI-RADS 2 - Benign.
RECOMMENDATION: Continue annual screening mammography with supplemental CEM.

Radiologist: Dr. Milica Jovanovic, specialist radiologist
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "screening", "density": "d",
    "bpe": "moderate/symmetric", "overall": "2", "bb": "",
    "f": [
        "mass R p s sh=oval mg=circumscribed md=equal @1:00 z=9",
        "mass L p s sh=round mg=circumscribed md=low @4:00 z=6",
        "calcification B p m=punctate d=diffuse",
        "mass B a",
        "non_mass B a",
        "architectural_distortion B a",
    ],
    "rec": ["routine_screening"],
}})

# ---------------------------------------------------------------- cem10_05
CEM.append({"id": "cem10_05_manitoba_cem_recall_distortion_focal_nme_questionable_mass", "text": """
Shared Health Manitoba - Breast Health Centre, Winnipeg
(BreastCheck recall assessment)

Exam: Contrast-enhanced mammography, bilateral
Date: 2026-11-27
History: 57F recalled from BreastCheck screening 2026-11-06 for a left breast architectural distortion
(BI-RADS 0). No symptoms.
Comparison: Screening mammograms 2026-11-06, 2024 and 2022.

Low-energy images: Scattered areas of fibroglandular density (b). The left breast architectural distortion
at 12 o'clock, posterior depth, persists. No suspicious calcifications in either breast.
Recombined images: Background enhancement is minimal. There is focal heterogeneous non-mass enhancement,
11 mm, corresponding to the left distortion. In the right lower inner quadrant there is a questionable 4 mm
enhancing mass, which may represent background enhancement.

Impression:
Left 12 o'clock architectural distortion with focal NME - BI-RADS 4B.
Right lower inner quadrant: questionable tiny enhancing mass - BI-RADS 3.
Recommendation: Tomosynthesis-guided biopsy of the left distortion. Targeted ultrasound of the right lower
inner quadrant; if negative, follow-up CEM in 6 months.

Reported by: Dr. G. Wiebe, Radiologist
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "b",
    "bpe": "minimal/-", "overall": "4B", "bb": "L4B R3",
    "f": [
        "architectural_distortion L p @12:00 dp=posterior",
        "calcification B a",
        "non_mass L p ie=heterogeneous nd=focal z=11",
        "mass R q q=li z=4",
    ],
    "rec": ["biopsy", "additional_imaging", "short_interval_followup"],
}})

# ---------------------------------------------------------------- cem10_06
CEM.append({"id": "cem10_06_au_public_victoria_cem_staging_index_linear_nme_4b", "text": """
Monash-type Health - Diagnostic Imaging, Clayton VIC
Breast Service (public)

CONTRAST ENHANCED MAMMOGRAPHY - BILATERAL (STAGING)

Clinical details: 61F. R breast IDC 9 o'clock on US core biopsy (Breast clinic 18/11). Pre-op staging.
MRI contraindicated (claustrophobia, declined sedation).

Technique: Bilateral CC and MLO low energy and recombined images after 1.5 mL/kg Omnipaque 350.

Findings:
Low energy: Heterogeneously dense breasts (BI-RADS C).
Right: The known cancer is an irregular, high-density mass with spiculated margins at 9 o'clock, 19 mm.
No abnormal right axillary nodes.
Left: Small intramammary lymph node in the axillary tail, 8 mm, with a fatty hilum.

Recombined: Background enhancement mild, symmetric.
Right: The mass enhances heterogeneously and measures 23 mm. Linear clumped non-mass enhancement extends 30 mm
anteriorly from the mass toward the nipple.
Left: No suspicious enhancement.

Conclusion:
1. Right 9 o'clock carcinoma, 23 mm on CEM - BI-RADS 6.
2. Right linear NME anterior to the tumour, suspicious for DCIS extension - BI-RADS 4B.
3. Left breast - BI-RADS 1.
Recommend CEM-guided (or stereotactic) biopsy of the right linear NME before surgery. Breast MDM 03/12.

Dr J. Whitford (Fellow) / Dr A. Kaur (Consultant Radiologist)
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "c",
    "bpe": "mild/symmetric", "overall": "4B", "bb": "R4B L1",
    "f": [
        "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous @9:00 z=23",
        "lymph_node R a",
        "lymph_node L p q=at z=8",
        "non_mass R p ie=clumped nd=linear z=30",
    ],
    "rec": ["biopsy", "other"],
}})

# ---------------------------------------------------------------- cem10_07
CEM.append({"id": "cem10_07_vietnam_hcmc_cem_recall_rim_washout_obscured_lipoma_typos", "text": """
TAM DUC-TYPE GENERAL HOSPITAL, HO CHI MINH CITY
DEPARTMENT OF DIAGNOSTIC IMAGING

CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BOTH BREASTS
Clinical: 49 years old, recall from screening mammogram at another clinic (suspicious right breast nodule).

Technique: CC and MLO views, low energy and recombined images, 2 minutes after iodine contrast injection.

Findings:
- Breast density: ACR C.
- Background parenchymal enhancment: mild, symmetric.
- Right breast, 11h: round mass 8 mm, high density, indistinct margin. Rim enhancment with washout on the
  delayed image.
- Left breast, 3h: oval mass 14 mm, equal density, circumcribed margin partly obscured by dense tissue.
  Homogenous enhancement, no washout.
- Left breast, 6h: fat-containing mass 20 mm, no enhancement - lipoma.
- Benign vascular calcifications in both breasts.
- Both axillae: normal-appearing lymph nodes.

Conclusion:
- Right breast 11h mass: BI-RADS 4B.
- Left breast 3h mass: BI-RADS 3.
- Left breast lipoma: BI-RADS 2.

Recommendation: ultrasound-guided core biopsy of the right breast mass; targeted ultrasound of the left
breast 3h mass.

Doctor: Tran Minh Khoa, MD
""", "gold": {
    "mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "c",
    "bpe": "mild/symmetric", "overall": "4B", "bb": "R4B L3",
    "f": [
        "mass R p sh=round mg=indistinct md=high ie=rim kd=washout @11:00 z=8",
        "mass L p sh=oval mg=obscured md=equal ie=homogeneous @3:00 z=14",
        "mass L p md=fat_containing @6:00 z=20",
        "calcification B p m=vascular",
        "lymph_node B p",
    ],
    "rec": ["biopsy", "additional_imaging"],
}})
