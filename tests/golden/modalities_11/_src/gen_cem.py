"""Contrast-enhanced mammography reports (7) of modalities_11, text + compact gold."""
CEM = []

CEM.append({"id": "cem11_01_iran_tehran_cesm_recall_asymmetry_enhancing_mass_4b", "text": """
MEHR MEDICAL IMAGING CENTER - TEHRAN
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM), BILATERAL

Indication: Recall from screening mammography (left focal asymmetry). 49 y.
Technique: Iohexol 350, 1.5 mL/kg IV; CC and MLO low-energy and recombined images of both breasts starting at 2 min.

Low-energy images:
The breasts are heterogeneously dense (ACR c).
Left: Focal asymmetry in the upper outer quadrant, posterior depth, persisting on LE images. No associated microcalcification.
Right: An oval, high density, circumscribed mass at 12 o'clock, 10 mm, unchanged compared to the 2023 mammography.

Recombined images:
BPE: mild, symmetric.
Left: Corresponding to the asymmetry there is a 12 mm irregular enhancing mass with indistinct margins and heterogeneous enhancement. No washout on the late image.
Right: The known 12 o'clock mass shows no enhancement.
No suspicious axillary lymph nodes.

Impression:
Left: enhancing irregular mass corresponding to the focal asymmetry - BI-RADS 4B. Targeted ultrasound and US-guided biopsy recommended.
Right: stable non-enhancing mass, benign - BI-RADS 2.

Dr. L. Moradi, Radiologist
""", "gold": {"mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "c",
              "bpe": "mild/symmetric", "overall": "4B", "bb": "L4B R2",
              "f": ["asymmetry L p q=uo dp=posterior",
                    "calcification L a",
                    "mass R p s sh=oval md=high mg=circumscribed @12:00 z=10",
                    "mass L p sh=irregular mg=indistinct ie=heterogeneous z=12",
                    "lymph_node B a"],
              "rec": ["additional_imaging", "biopsy"]}})

CEM.append({"id": "cem11_02_kenya_nairobi_cem_staging_spiculated_washout_satellite_oil_cyst", "text": """
THE AGA KHAN UNIVERSITY HOSPITAL, NAIROBI
Department of Imaging & Diagnostic Radiology

CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BILATERAL

Clinical: 44F. Right breast cancer (IDC, grade 3) diagnosed on core biopsy at a peripheral facility. Referred for staging. MRI not tolerated (claustrophobia).

LOW ENERGY:
Scattered areas of fibroglandular density (ACR b).
Right breast: irregular high density mass with spiculated margins in the upper inner quadrant at 2 o'clock, 24 mm, with associated fine pleomorphic microcalcifications extending 10 mm anteriorly from the mass. Skin thickening over the upper inner quadrant.
Left breast: a 15 mm oval fat-containing mass in the lower outer quadrant, consistent with an oil cyst / lipoma. No suspicious calcifications.

RECOMBINED:
Mild symmetric BPE.
Right: the index mass shows intense heterogeneous enhancement, measuring 27 mm, with washout on the delayed CC view. A separate 7 mm oval mass with homogeneous enhancement at 1 o'clock, 20 mm from the index mass - suspicious for a satellite lesion.
Left: no abnormal enhancement.
Axillae: right level I lymph node of 17 mm with thickened cortex and loss of the fatty hilum.

CONCLUSION:
1. Right breast: known malignancy in the UIQ (27 mm on CEM) with associated calcifications and skin thickening; suspicious right axillary node. BI-RADS 6. The 7 mm satellite at 1 o'clock is BI-RADS 4B - targeted ultrasound and biopsy.
2. Left breast: benign fat-containing mass. BI-RADS 2.

Dr. W. Otieno, Consultant Radiologist
""", "gold": {"mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "b",
              "bpe": "mild/symmetric", "overall": "4B", "bb": "R4B L2",
              "f": ["mass R p sh=irregular md=high mg=spiculated ie=heterogeneous kd=washout @2:00 q=ui z=27",
                    "calcification R p m=fine_pleomorphic z=10",
                    "skin R p q=ui",
                    "mass L p sh=oval md=fat_containing q=lo z=15",
                    "calcification L a",
                    "mass R p sh=oval ie=homogeneous @1:00 z=7",
                    "lymph_node R p z=17"],
              "rec": ["additional_imaging", "biopsy"]}})

CEM.append({"id": "cem11_03_italy_rome_cem_v2025_nipple_discharge_segmental_nme_amorphous_4c", "text": """
POLICLINICO - UOC DIAGNOSTICA PER IMMAGINI, SENOLOGIA, ROMA
CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - BI-RADS v2025

Quesito: 56 aa. Serous-bloody discharge from the left nipple; ecografia negativa (negative ultrasound). MRI contraindicated (pacemaker).
Technique: CC and MLO low-energy and recombined images, iopromide 1.5 mL/kg.

BREAST COMPOSITION: d. The breasts are extremely dense, which lowers the sensitivity of the low-energy images.
BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate. Symmetric.

LOW-ENERGY FINDINGS:
Left breast: grouped amorphous microcalcifications in the lower outer quadrant, 4-5 o'clock, over 8 mm.
Right breast: no masses, calcifications or architectural distortion.

RECOMBINED FINDINGS:
Left breast: segmental non-mass enhancement with clumped internal enhancement, 35 mm, extending from the lower outer quadrant towards the nipple and including the calcifications. Lesion conspicuity: moderate.
Right breast: oval circumscribed enhancing mass at 10 o'clock, 6 mm, homogeneous enhancement, unchanged from CEM 2025.

ASSESSMENT:
Left: BI-RADS 4C. Stereotactic vacuum-assisted biopsy of the calcifications.
Right: BI-RADS 2.

Dott. G. Russo
""", "gold": {"mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "d",
              "bpe": "moderate/symmetric", "overall": "4C", "bb": "L4C R2",
              "f": ["calcification L p m=amorphous d=grouped q=lo z=8",
                    "mass R a",
                    "calcification R a",
                    "architectural_distortion R a",
                    "non_mass L p nd=segmental ie=clumped z=35",
                    "mass R p s sh=oval mg=circumscribed ie=homogeneous @10:00 z=6"],
              "rec": ["biopsy"]}})

CEM.append({"id": "cem11_04_chile_santiago_cem_high_risk_mantle_rt_benign_masses_bi2", "text": """
CLINICA - UNIDAD DE MAMA, SANTIAGO DE CHILE
MAMOGRAFIA CON CONTRASTE (CEM) BILATERAL

Indicacion: supplemental screening. High risk - mantle radiotherapy at age 19 for Hodgkin lymphoma. Dense breasts.
Technique: LE and recombined CC/MLO views, iohexol 350.

Low-energy:
Heterogeneously dense breasts (ACR c).
Right: oval low-density mass with circumscribed margins, 13 mm, at 7 o'clock, corresponding to a known simple cyst (ultrasound 2025). Coarse "popcorn" calcifications in the upper inner quadrant - involuting fibroadenoma.
Left: oval equal-density mass with obscured margins at 3 o'clock, 9 mm - the biopsied fibroadenoma (benign, concordant, 2023), unchanged.
No suspicious calcifications, masses or architectural distortion.

Recombined:
Minimal background enhancement, symmetric.
The right cyst does not enhance. The left fibroadenoma shows homogeneous enhancement, stable.
No suspicious enhancement in either breast.

Impresion: Benign findings. BI-RADS 2 bilateral.
Continue annual supplemental screening (CEM or MRI) alternating with mammography.

Dra. P. Munoz Contreras
""", "gold": {"mods": ["contrast_enhanced_mammography"], "purpose": "screening", "density": "c",
              "bpe": "minimal/symmetric", "overall": "2", "bb": "R2 L2",
              "f": ["mass R p sh=oval md=low mg=circumscribed @7:00 z=13",
                    "calcification R p m=coarse q=ui",
                    "mass L p s sh=oval md=equal mg=obscured ie=homogeneous @3:00 z=9",
                    "calcification B a",
                    "mass B a",
                    "architectural_distortion B a"],
              "rec": ["routine_screening"]}})

CEM.append({"id": "cem11_05_pakistan_lahore_cesm_plus_targeted_us_round_rim_washout_4c", "text": """
SHAUKAT KHANUM MEMORIAL CANCER HOSPITAL & RESEARCH CENTRE, LAHORE
Department of Radiology

CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY + TARGETED ULTRASOUND

Clinical: 36 yr old. Right breast lump 3 months. FNAC elsewhere inconclusive.

CESM:
LE: ACR category C - heterogeneously dense.
Right breast: A round high density mass with microlobulated margins at 9 o'clock, mid depth, measuring 21 mm, corresponding to the palpable lump. No microcalcifications.
Left breast: round equal density circumscibed mass at 1 o'clock, 12 mm.
Recombined: BPE minimal. The right 9 o'clock mass shows rim enhancement with washout on delayed images. The left 1 o'clock mass does not enhance.

Targeted US:
Right 9 o'clock: round hypoechoic mass, 22 x 20 mm, microlobulated margins, not parallel, posterior enhancement, internal vascularity on Doppler. Right axilla: one lymph node with cortical thickening of 4 mm.
Left 1 o'clock: simple cyst, 12 mm, anechoic, with posterior enhancement.

Impression:
Right breast mass - highly suspicious (BIRADS 4C). Trucut biopsy advised, along with FNA of the right axillary node.
Left breast simple cyst (BIRADS 2).

Dr. A. Malik, FCPS
""", "gold": {"mods": ["contrast_enhanced_mammography", "ultrasound"], "purpose": "diagnostic", "density": "c",
              "bpe": "minimal/-", "overall": "4C", "bb": "R4C L2",
              "f": ["mass R p sh=round md=high mg=microlobulated ie=rim kd=washout ep=hypoechoic or=not_parallel pf=enhancement va=internal @9:00 dp=middle z=22",
                    "calcification R a",
                    "mass L p sh=round md=equal mg=circumscribed ep=anechoic pf=enhancement @1:00 z=12",
                    "lymph_node R p"],
              "rec": ["biopsy"]}})

CEM.append({"id": "cem11_06_netherlands_utrecht_response_cem_mid_nact_comparison_table_bi6", "text": """
UMC - Afdeling Radiologie, Mammapoli, Utrecht
CEM - RESPONSE EVALUATION (halfway neoadjuvant chemotherapy, after 4 cycles ddAC)

Known triple-negative carcinoma of the left breast at 2 o'clock with cytologically proven axillary metastasis. Baseline CEM 12-01-2026.
Technique: standard CEM, CC/MLO low-energy and recombined images from 2 min after contrast.

Breast composition: b (scattered fibroglandular densities).
BPE: minimal, symmetric (baseline: mild).

| Lesion                      | Baseline 12-01-2026                                   | Current 24-03-2026                 |
| L 2 o'clock mass (clip)     | irregular, spiculated, heterogeneous enhancement, 34 mm | oval, rim enhancement only, 11 mm |
| L regional NME around mass  | 45 mm, heterogeneous                                  | no longer visible                  |
| L axilla level I node       | 22 mm, cortex 8 mm                                    | 9 mm, cortex 3 mm                  |

Low-energy: the mass has decreased in size; the clip lies in the centre of the residual density. No calcifications in either breast.
Right breast: no abnormalities on the low-energy or recombined images.

Conclusion: Good partial radiological response of the left breast carcinoma and of the axillary lymph node. No new lesions. BI-RADS 6.
Bespreking in MDO (multidisciplinary meeting).

dr. S. Jansen, radioloog
""", "gold": {"mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "b",
              "bpe": "minimal/symmetric", "overall": "6", "bb": "",
              "f": ["mass L p sh=oval ie=rim @2:00 z=11",
                    "non_mass L a",
                    "lymph_node L p z=9",
                    "calcification B a"],
              "rec": ["other"]}})

CEM.append({"id": "cem11_07_nigeria_lagos_cem_distortion_no_enhancement_marked_asymmetric_bpe_4a", "text": """
LAKESHORE CANCER CENTER, IKOYI, LAGOS
CONTRAST ENHANCED MAMMOGRAPHY (CEM) REPORT

Indication: 47 yr old. Screening 2D mammogram elsewhere (06/2026) reported a left architectural distortion - BI-RADS 0. Referred for CEM.
Technique: LE and recombined CC/MLO views bilaterally after IV Omnipaque 350 (1.5 ml/kg). Day 24 of menstrual cycle.

LE images:
Breast density: ACR B.
Left breast: Architectural distortion at 12 o'clock, posterior depth, with a radiolucent centre, persistent on both views. No associated mass or calcifications.
Right breast: Vascular calcifications. No suspicious mass or distortion.
Bilateral axillary lymph nodes with fatty hila, benign.

RC images:
BPE: marked, asymmetric (L>R), probably hormonal.
Left: no enhancement corresponding to the distortion. A possible 6 mm enhancing mass at 6 o'clock, which may represent asymmetric background enhancement.
Right: no suspicious enhancement.

Impression:
1. Left 12 o'clock architectural distortion without enhancement - ? radial scar. BI-RADS 4A. Tomosynthesis-guided biopsy recommended.
2. Possible left 6 o'clock enhancing mass - targeted ultrasound recommended.
3. Right breast: BI-RADS 2 (vascular calcifications).

Dr. T. Bello, Consultant Radiologist
""", "gold": {"mods": ["contrast_enhanced_mammography"], "purpose": "diagnostic", "density": "b",
              "bpe": "marked/asymmetric", "overall": "4A", "bb": "L4A R2",
              "f": ["architectural_distortion L p @12:00 dp=posterior",
                    "mass L a",
                    "calcification L a",
                    "calcification R p m=vascular",
                    "mass R a",
                    "architectural_distortion R a",
                    "lymph_node B p",
                    "mass L q @6:00 z=6"],
              "rec": ["biopsy", "additional_imaging"]}})
