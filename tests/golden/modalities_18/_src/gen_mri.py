from common import report

report("mri18_01_us_academic_staging_separate_kinetics_section_numbered_4b", """
UNIVERSITY MEDICAL CENTER - BREAST IMAGING
EXAM: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
HISTORY: 54-year-old woman with biopsy-proven invasive ductal carcinoma, left breast 2:00 (US-guided biopsy 04/28/2026, clip placed). Extent of disease evaluation.
TECHNIQUE: Axial T2, T1 non-fat-sat, pre- and 5 post-contrast fat-suppressed T1 images after 7 mL gadobutrol; subtractions, MIPs and CAD kinetic analysis.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: mild, symmetric.

Lesion 1 (left 2:00, middle depth, 5 cm FN): irregular mass with spiculated margins and heterogeneous internal enhancement, 17 x 15 x 14 mm, containing the biopsy clip artifact. Consistent with the known malignancy.
Lesion 2 (left 4:00, anterior depth): 5 mm enhancing focus, T2 isointense.
Lesion 3 (right 10:00, middle depth): linear non-mass enhancement with clumped internal enhancement extending over 25 mm toward the nipple.

KINETICS:
Lesion 1: fast initial enhancement with washout delayed enhancement.
Lesion 2: fast initial, plateau delayed.
Lesion 3: medium initial, persistent delayed.

No axillary or internal mammary adenopathy. No skin thickening or chest wall invasion.

IMPRESSION:
1. Known left breast malignancy at 2:00 (Lesion 1), 17 mm. BI-RADS 6.
2. Left 4:00 focus with plateau kinetics (Lesion 2). BI-RADS 4A.
3. Right 10:00 linear clumped non-mass enhancement (Lesion 3). BI-RADS 4B.
Recommend MRI-guided biopsy of Lesion 3 and of Lesion 2 prior to surgical planning.
""", "mri", "diagnostic", "4B", "L6 L4A R4B", [
    "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 dp=middle z=17",
    "focus L p ki=fast kd=plateau @4:00 dp=anterior z=5",
    "nme R p nd=linear ie=clumped ki=medium kd=persistent @10:00 dp=middle z=25",
    "ln B a",
    "skin B a",
], "biopsy", fgt="c", bpe="mild/symmetric")

report("mri18_02_uk_high_risk_screening_mri_capital_headers_type_curves_4", """
NHS Breast Screening Programme - Very High Risk Screening
Breast MRI (bilateral, dynamic contrast-enhanced)
Clinical: 38F, BRCA2 carrier, annual surveillance MRI. Day 9 of cycle.
Comparison: MRI June 2025 and June 2024.

Fibroglandular tissue: scattered (b). Background parenchymal enhancement: minimal, symmetrical.

RIGHT BREAST
New 8 mm round enhancing mass at 9 o'clock, 3 cm from the nipple, with irregular margins and rim enhancement. Type 3 curve (washout). Not present on the 2025 study.

LEFT BREAST
6 mm oval mass at 6 o'clock with circumscribed margins and dark internal septations, type 1 curve. Unchanged since 2024, in keeping with a fibroadenoma.

No suspicious non-mass enhancement in either breast. Axillae normal.

Conclusion:
Right: BI-RADS 4 - new enhancing mass with washout.
Left: BI-RADS 2.
Recall for second-look ultrasound of the right breast with a view to US-guided biopsy; MRI-guided biopsy if there is no sonographic correlate.
""", "mri", "screening", "4", "R4 L2", [
    "mass R p sh=round mg=irregular ie=rim kd=washout @9:00 z=8",
    "mass L p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @6:00 z=6",
    "nme B a",
], "additional_imaging biopsy", fgt="b", bpe="minimal/symmetric")

report("mri18_03_germany_synoptic_lesion_fields_three_lesions_node_5", """
Universitaetsklinikum - Institut fuer Diagnostische und Interventionelle Radiologie
MR-MAMMOGRAPHIE (breast MRI, bilateral, dynamic contrast-enhanced) - structured report
Indication: suspicious US finding right breast (external), staging. 49 years.

General
Amount of fibroglandular tissue: c
Background parenchymal enhancement: moderate
BPE symmetry: symmetric

Lesion 1
Side: right
Location: upper outer quadrant, 10 o'clock
Type: mass
Size: 11 mm
Shape: irregular
Margin: spiculated
Internal enhancement: heterogeneous
Initial phase: fast
Delayed phase: washout
BI-RADS: 5

Lesion 2
Side: right
Location: retroareolar to upper outer quadrant
Type: non-mass enhancement
Size: 30 mm
Distribution: segmental
Internal enhancement: clumped
Initial phase: medium
Delayed phase: plateau
BI-RADS: 4C

Lesion 3
Side: left
Location: 3 o'clock
Type: mass
Size: 6 mm
Shape: oval
Margin: circumscribed
Internal enhancement: homogeneous
Initial phase: slow
Delayed phase: persistent
BI-RADS: 3

Lymph nodes: right axilla level I, one node with cortical thickening 7 mm, suspicious. Left axilla unremarkable.
Skin / nipple: no thickening, no retraction.

Overall assessment: BI-RADS 5.
Recommendation: US-guided core biopsy of lesion 1 and of the right axillary node; MR-guided vacuum biopsy of lesion 2; presentation at the interdisciplinary tumour board.
""", "mri", "diagnostic", "5", "R5 R4C L3", [
    "mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 q=uo z=11",
    "nme R p nd=segmental ie=clumped ki=medium kd=plateau z=30",
    "mass L p sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @3:00 z=6",
    "ln R p",
    "skin B a",
], "biopsy other", fgt="c", bpe="moderate/symmetric")

report("mri18_04_france_translated_followup_prior_quoted_nme_resolved_acr4", """
CENTRE D'IMAGERIE DU SEIN - Bordeaux
BREAST MRI (translated from French)

Indication: 6-month follow-up of a right breast mass classified BI-RADS ACR 3.
Technique: 1.5 T, dynamic T1 sequences before and after gadolinium injection, T2, diffusion.
Comparison: MRI of 14/10/2025, which described "a 7 mm oval mass with circumscribed margins and homogeneous enhancement, type I curve, in the upper inner quadrant of the right breast" and "a focal non-mass enhancement of 12 mm in the upper outer quadrant of the left breast".

Results:
Breast composition: scattered fibroglandular tissue (b). Minimal, symmetric background enhancement.
Right breast: the upper inner quadrant mass is unchanged, 7 mm, oval, circumscribed, with homogeneous enhancement and a persistent (type I) curve.
Left breast: the focal non-mass enhancement described in the upper outer quadrant is no longer visible. However, there is a new 9 mm irregular mass with irregular margins and heterogeneous enhancement in the lower inner quadrant, with a plateau curve (type II).
No axillary lymphadenopathy.

Conclusion:
- Right breast: stable mass, BI-RADS ACR 2.
- Left breast: new irregular mass of the lower inner quadrant, BI-RADS ACR 4.
A second-look ultrasound with ultrasound-guided biopsy is proposed; MRI-guided biopsy if there is no ultrasound correlate.
""", "mri", "diagnostic", "4", "R2 L4", [
    "mass R p s sh=oval mg=circumscribed ie=homogeneous kd=persistent q=ui z=7",
    "nme L a",
    "mass L p sh=irregular mg=irregular ie=heterogeneous kd=plateau q=li z=9",
    "ln B a",
], "additional_imaging biopsy", fgt="b", bpe="minimal/symmetric")

report("mri18_05_italy_implant_mri_lesion_hash_headings_linguine_bi3", """
CENTRO DI SENOLOGIA - Bologna
BILATERAL BREAST MRI WITH CONTRAST AND SILICONE-SPECIFIC SEQUENCES
Clinical question: bilateral cosmetic silicone implants (2011, retropectoral). Change in shape of the right breast. Rule out rupture.

Implants:
Right implant: multiple curvilinear low-signal lines within the silicone ("linguine sign"), consistent with intracapsular rupture. No silicone outside the fibrous capsule.
Left implant: intact, no signs of intracapsular or extracapsular rupture.

Breast parenchyma: almost entirely fatty (FGT a). BPE: minimal, symmetric.

Lesion #1
Left breast, 12 o'clock. Oval mass of 8 mm with circumscribed margins and homogeneous enhancement. Persistent curve. Not visible on the outside MRI of 2019, which however was a non-contrast study.

Lesion #2
Right breast, lower outer quadrant. Enhancing focus of 5 mm, fast initial enhancement and persistent delayed phase. T2 hyperintense.

No pathologic axillary lymph nodes.

CONCLUSIONS:
Right: intracapsular rupture of the implant; benign-appearing focus. BI-RADS 2.
Left: intact implant; oval mass (lesion #1), probably benign. BI-RADS 3.
Advice: plastic surgery consultation regarding the right implant; MRI follow-up of lesion #1 in 6 months.
""", "mri", "diagnostic", "3", "R2 L3", [
    "impl R p ir=intracapsular",
    "impl L p ir=none",
    "mass L p sh=oval mg=circumscribed ie=homogeneous kd=persistent @12:00 z=8",
    "focus R p ki=fast kd=persistent q=lo z=5",
    "ln B a",
], "short_interval_followup surgical_consultation", fgt="a", bpe="minimal/symmetric")

report("mri18_06_turkey_staging_bullets_sub_bullets_index_satellite_6", """
ISTANBUL UNIVERSITY - RADIOLOGY, BREAST UNIT
BILATERAL DYNAMIC CONTRAST-ENHANCED BREAST MRI
Indication: 42 y, right breast IDC (tru-cut biopsy 12.04.2026). Preoperative staging.

FGT: heterogeneous fibroglandular (c). BPE: mild, symmetric.

Findings:
- Right breast:
    - Index mass: upper outer quadrant, 10 o'clock
        - 24 x 20 mm, irregular shape, spiculated margins, rim enhancement.
        - Kinetics: fast initial rise, washout.
        - Skin thickening over the mass.
    - Satellite mass: 2 cm posterior to the index lesion
        - 7 mm, irregular, heterogeneous enhancement, washout curve.
- Left breast:
    - 4 mm focus in the lower inner quadrant, persistent curve.
    - No suspicious mass or non-mass enhancement.
- Axilla:
    - Right level I lymph node, 18 mm, with cortical thickening and effaced hilum.
    - Left axilla normal.

Impression:
- Right breast: biopsy-proven carcinoma with satellite lesion and skin involvement, BI-RADS 6.
- Left breast: BI-RADS 2.
Second-look US is advised for the satellite lesion. Multidisciplinary tumour board discussion.
""", "mri", "diagnostic", "6", "R6 L2", [
    "mass R p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @10:00 q=uo z=24",
    "skin R p",
    "mass R p sh=irregular ie=heterogeneous kd=washout z=7",
    "focus L p kd=persistent q=li z=4",
    "mass L a",
    "nme L a",
    "ln R p z=18",
], "additional_imaging other", fgt="c", bpe="mild/symmetric")

report("mri18_07_india_nipple_discharge_summary_table_segmental_nme_4c", """
APOLLO DIAGNOSTICS - MRI DIVISION, HYDERABAD
MRI BOTH BREASTS (PLAIN + DYNAMIC CONTRAST)
Clinical: 46 y/F, bloody discharge right nipple x 1 month. USG - inconclusive.
Technique: 3T, T1, T2 FS, DWI, DCE with subtraction and time-signal intensity curves.

OBSERVATIONS:
Extreme fibroglandular tissue (d). Moderate symmetric background parenchymal enhancement.
Right breast: segmental non-mass enhancement with clustered ring internal pattern involving the upper outer quadrant and central region, extending up to the nipple, spanning 45 mm. Kinetics: medium initial, plateau delayed. Dilated retroareolar ducts with T1 hyperintense content.
Left breast: 9 mm oval mass with circumscribed margins and dark internal septations, persistent kinetics, at 3 o'clock - fibroadenoma. A 5 mm T2 bright non-enhancing simple cyst at 6 o'clock.
Axillae: no significant lymphadenopathy.

SUMMARY
No. | Side  | Location  | Lesion            | Size  | Kinetics   | BI-RADS
1   | Right | UOQ-central | Segmental NME   | 45 mm | Plateau    | 4C
2   | Left  | 3 o'clock | Mass (fibroadenoma) | 9 mm | Persistent | 2
3   | Left  | 6 o'clock | Simple cyst       | 5 mm  | -          | 2

IMPRESSION: Right segmental NME with clustered ring enhancement - suspicious for DCIS, BI-RADS 4C. Left benign findings, BI-RADS 2.
Adv: Second look USG; MRI-guided VAB if no USG correlate.
""", "mri", "diagnostic", "4C", "R4C L2", [
    "nme R p nd=segmental ie=clustered_ring ki=medium kd=plateau z=45",
    "other R p",
    "mass L p sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @3:00 z=9",
    "mass L p @6:00 z=5",
    "ln B a",
], "additional_imaging biopsy", fgt="d", bpe="moderate/symmetric")

report("mri18_08_australia_high_risk_mri_second_look_addendum_upgrade_4b", """
SYDNEY BREAST IMAGING - MRI
BILATERAL BREAST MRI (high-risk annual screening)
Clinical: 41F, lifetime risk 32% (IBIS). Annual screening MRI. Prior MRI 05/2025 BI-RADS 2.

Technique: 3T, standard DCE protocol with gadoterate.

Findings:
FGT: heterogeneous (c). BPE: mild and symmetric.
Left breast: new 6 mm irregular mass at 1 o'clock, 4 cm from the nipple, with indistinct margins and homogeneous enhancement. Fast initial enhancement with washout.
Right breast: 10 mm intramammary lymph node with fatty hilum, upper outer quadrant, unchanged.
Several scattered tiny foci in both breasts, stable compared with 05/2025.
No suspicious axillary nodes.

Impression:
Left breast: new 6 mm enhancing mass with washout. BI-RADS 4A. Second-look ultrasound recommended.
Right breast: benign. BI-RADS 2.

ADDENDUM (09/06/2026):
Second-look ultrasound (reported separately) shows a sonographic correlate for the left 1 o'clock MRI mass, with suspicious features.
Final assessment revised: Left breast BI-RADS 4B. Right breast BI-RADS 2.
Recommend ultrasound-guided core biopsy of the left 1 o'clock lesion.
""", "mri", "screening", "4B", "L4B R2", [
    "mass L p sh=irregular mg=indistinct ie=homogeneous ki=fast kd=washout @1:00 z=6",
    "ln R p s q=uo z=10",
    "focus B p s",
    "ln B a",
], "additional_imaging biopsy", fgt="c", bpe="mild/symmetric")

report("mri18_09_korea_staging_numbered_lesions_separate_kinetic_analysis_4b", """
Department of Radiology, Samsung-affiliated University Hospital, Seoul
Breast MRI, bilateral (DCE)
Clinical info: F/48. Lt breast cancer (US-guided CNB: IDC, 2026-04-20). Preop evaluation.

FINDINGS:
FGT: heterogeneous fibroglandular tissue (c). BPE: mild, symmetric.

#1. Lt UOQ (2H), middle depth: 2.8 cm irregular mass with spiculated margin and heterogeneous enhancement. -> known cancer.
#2. Lt 12H, 4 cm from nipple: 1.1 cm focal non-mass enhancement with clumped internal enhancement.
#3. Rt LIQ (8H): 0.6 cm oval mass with circumscribed margin and homogeneous enhancement.

Kinetic analysis (CAD):
#1: rapid initial enhancement, delayed washout (type III).
#2: rapid initial enhancement, delayed plateau (type II).
#3: medium initial enhancement, delayed persistent (type I).

Lt axilla: two enlarged lymph nodes with cortical thickening, up to 1.5 cm. Rt axilla: unremarkable.
No skin thickening or chest wall invasion.

CONCLUSION:
1. Lt breast cancer (#1), 2.8 cm. BI-RADS 6.
2. #2 Lt 12H focal NME: BI-RADS 4B. Recommend second-look US and biopsy.
3. #3 Rt 8H small oval mass: BI-RADS 3. F/U MRI in 6 months.
4. Lt axillary lymph node metastasis suspected.
""", "mri", "diagnostic", "4B", "L6 L4B R3", [
    "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 q=uo dp=middle z=28",
    "nme L p nd=focal ie=clumped ki=fast kd=plateau @12:00 z=11",
    "mass R p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @8:00 q=li z=6",
    "ln L p z=15",
    "skin B a",
], "additional_imaging biopsy short_interval_followup", fgt="c", bpe="mild/symmetric")

report("mri18_10_brazil_translated_capital_headers_regional_nme_stable_fa_4", """
LABORATORIO DE IMAGEM - Porto Alegre
BREAST MAGNETIC RESONANCE IMAGING (translated from Portuguese)

Indication: right breast asymmetry seen on mammography; inconclusive ultrasound.
Technique: 1.5T, dynamic study after intravenous gadolinium, subtraction, T2 STIR, diffusion.

Fibroglandular tissue: scattered areas of fibroglandular tissue (b).
Background enhancement: mild, symmetric.

RIGHT BREAST:
Area of non-mass enhancement in the upper outer quadrant, with regional distribution and heterogeneous internal enhancement, measuring 35 mm, with a type II (plateau) kinetic curve.
No nodules.

LEFT BREAST:
Oval nodule with circumscribed margins, enhancement with dark internal septations and a type I curve, in the lower inner quadrant, measuring 12 mm, compatible with fibroadenoma, stable in relation to the 2024 MRI.
Possible 4 mm focus at 9 o'clock, seen on the first post-contrast phase only.

AXILLAE:
No axillary lymph node enlargement.

CONCLUSION:
Right breast: BI-RADS 4 - regional non-mass enhancement. MRI-guided biopsy is suggested.
Left breast: BI-RADS 2.
""", "mri", "diagnostic", "4", "R4 L2", [
    "nme R p nd=regional ie=heterogeneous kd=plateau q=uo z=35",
    "mass R a",
    "mass L p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent q=li z=12",
    "focus L q @9:00 z=4",
    "ln B a",
], "biopsy", fgt="b", bpe="mild/symmetric")
