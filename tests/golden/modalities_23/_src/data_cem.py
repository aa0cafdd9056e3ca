ITEMS = []
A = ITEMS.append

A({"id": "cem23_01_india_cesm_low_energy_recombined_left_irregular_mass_pleomorphic_calcs_bi_ivc", "text": r"""
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - BOTH BREASTS

Clinical details: 49 yrs, lump lt breast x 2 months.
Technique: Iohexol 1.5 ml/kg IV; dual-energy CC and MLO views of both breasts acquired 2-8 minutes post injection.

LOW ENERGY IMAGES:
Breast composition: ACR c (heterogeneously dense).
An irregular high density mass with indistinct margins is seen in the left UOQ, measuring 16 x 14 mm.
Fine pleomorphic microcalcifications in grouped distribution are seen adjacent to the mass.
Right breast: No mass or suspicious calcification.

RECOMBINED IMAGES:
Background parenchymal enhancement: minimal, symmetric.
The left UOQ mass shows heterogeneous enhancement.
No abnormal enhancement in the right breast.

IMPRESSION:
Irregular enhancing mass with grouped pleomorphic microcalcifications in left UOQ.
Left breast: BIRADS IVC
Right breast: BIRADS I

Adv: USG guided biopsy of left breast mass.
""", "g": {"mods": "cem", "purpose": "diagnostic", "density": "c", "bpe": "minimal/symmetric", "bb": "L:4C R:1", "rec": "biopsy", "f": [
    "mass L p sh=irregular mg=indistinct md=high ie=heterogeneous q=uo z=16",
    "calc L p m=fine_pleomorphic d=grouped",
    "mass R a", "calc R a"]}})

A({"id": "cem23_02_spain_translated_left_only_cem_nonenhancing_asymmetry_retroareolar_linear_nme_4a", "text": r"""
LEFT CONTRAST-ENHANCED MAMMOGRAPHY (translated from Spanish)

Reason for study: Focal asymmetry in the left breast on screening mammography. Problem-solving study.

Technique: Left breast only, CC and MLO projections with low-energy and recombined images after iodinated contrast.

Findings:
Breast composition type b.
Low energy: persistent focal asymmetry in the upper outer quadrant of the left breast, without associated calcifications or distortion.
Recombined: moderate background enhancement. The focal asymmetry does not enhance. In the retroareolar region there is a linear non-mass enhancement of 12 mm with homogeneous internal enhancement, without correlate on the low-energy image.

Conclusion:
Non-enhancing focal asymmetry, probably summation of tissue.
Retroareolar linear non-mass enhancement of the left breast, indeterminate.
BI-RADS 4A.
A biopsy guided by contrast mammography is recommended.
""", "g": {"mods": "cem", "purpose": "diagnostic", "density": "b", "bpe": "moderate/-", "bb": "L:4A", "rec": "biopsy", "f": [
    "asym L p q=uo",
    "calc L a", "ad L a",
    "nme L p ie=homogeneous nd=linear q=sa z=12"]}})

A({"id": "cem23_03_nigeria_cem_right_enhancing_oval_mass_bi3_left_popcorn_calcs_bi2", "text": r"""
CONTRAST-ENHANCED MAMMOGRAPHY (CEM), BOTH BREASTS

Clinical Information: 38yrs, vague fullness right breast. Family history of breast cancer (sister).

Findings:
Low energy images: Scattered fibroglandular densities (ACR B).
Right breast: An oval, circumscribed, equal density mass in the upper inner quadrant measuring 14mm.
Left breast: Coarse popcorn calcifications in the lower outer quadrant, typically benign.
Recombined images: Mild, symmetrical background parenchymal enhancement. The right breast mass shows homogeneous enhancement. No abnormal enhancement in the left breast.

Impression:
1. Right breast circumscribed enhancing mass, likely fibroadenoma - BIRADS 3.
2. Left breast benign popcorn calcifications - BIRADS 2.

Advice: Follow-up CEM in 6 months.
""", "g": {"mods": "cem", "purpose": "diagnostic", "density": "b", "bpe": "mild/symmetric", "bb": "R:3 L:2", "rec": "short_interval_followup", "f": [
    "mass R p sh=oval mg=circumscribed md=equal ie=homogeneous q=ui z=14",
    "calc L p m=coarse q=lo"]}})

# ---- second half (cem23_04..07) ----
A({"id": "cem23_04_canada_supplemental_screening_cem_right_recombined_only_oval_mass_no_le_correlate_4a", "text": r"""
CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL

History: 52F, dense breasts, strong family history (mother and sister, both premenopausal). Supplemental screening CEM. No breast complaints.
Technique: Iohexol 350 mgI/mL, 1.5 mL/kg IV. Low-energy and recombined CC and MLO views of both breasts. No adverse reaction.
Comparison: Screening mammogram 2025-03-03.

Findings:
Low-energy images: The breasts are extremely dense (ACR D), which lowers the sensitivity of mammography. Scattered benign-appearing calcifications in both breasts, stable. No suspicious mass, calcifications or architectural distortion in either breast.

Recombined images: Background parenchymal enhancement is mild and symmetric. In the right breast at 2 o'clock, anterior depth, there is a 6 mm oval enhancing mass with circumscribed margins and homogeneous internal enhancement. There is no correlate on the low-energy images.
Left breast: no suspicious enhancement.

Impression:
Right breast 6 mm enhancing mass at 2 o'clock, seen on the recombined images only. BI-RADS 4A.
Left breast: negative. BI-RADS 1.

Recommendation: Targeted ultrasound of the right breast at 2 o'clock. If there is no sonographic correlate, CEM-guided or MRI-guided biopsy is recommended.

Electronically signed: Dr. A. Chen, MD FRCPC, Breast Imaging
""", "g": {"mods": "cem", "purpose": "screening", "density": "d", "bpe": "mild/symmetric", "bb": "R:4A L:1", "rec": "additional_imaging biopsy", "f": [
    "calc B p s d=diffuse",
    "mass B a", "calc B a", "ad B a",
    "mass R p sh=oval mg=circumscribed ie=homogeneous @2:00 dp=anterior z=6"]}})

A({"id": "cem23_05_kenya_cem_left_spiculated_rim_enhancing_washout_nipple_retraction_node_right_vascular_calcs_5", "text": r"""
CONTRAST ENHANCED MAMMOGRAM (CEM) - BILATERAL

Clinical: 44 yrs, painless left breast lump x 3 months, firm on palpation. No nipple discharge.
Technique: Dual energy CC and MLO views of both breasts after IV iodinated contrast (Omnipaque 350, 1.5ml/kg).

Findings:
Low energy: Heterogeneously dense breasts (ACR C), which may obscure small masses.
Left breast: A high density irregular mass with spiculated margins is seen in the upper outer quadrant, measuring 28mm. On the recombined images the mass shows rim enhancement, with washout on the delayed CC view. There is associated left nipple retraction.
Right breast: Vascular calcfications. No suspicious mass.
Recombined: Moderate background parenchymal enhancement, symmetrical. No abnormal enhancement in the right breast.
Axillae: An enlarged enhancing left axillary lymph node measuring 21mm.

Impression:
1. Left breast UOQ irregular spiculated enhancing mass with left axillary lymphadenopathy - highly suspicious for malignancy. BIRADS 5.
2. Right breast benign vascular calcifications - BIRADS 2.

Advice: Ultrasound guided core biopsy of the left breast mass and the left axillary node.

Dr. F. Otieno, Consultant Radiologist
""", "g": {"mods": "cem", "purpose": "diagnostic", "density": "c", "bpe": "moderate/symmetric", "bb": "L:5 R:2", "rec": "biopsy", "f": [
    "mass L p sh=irregular mg=spiculated md=high ie=rim kd=washout q=uo z=28",
    "skin L p",
    "calc R p m=vascular",
    "mass R a",
    "ln L p z=21"]}})

A({"id": "cem23_06_philippines_right_only_cem_segmental_fine_linear_calcs_clumped_nme_marked_bpe_5", "text": r"""
RIGHT CONTRAST-ENHANCED MAMMOGRAPHY

Clinical history: 55 y/o, G3P3, s/p left mastectomy (2019). Recalled from screening for right breast calcifications, for further evaluation.
Technique: Right CC and MLO low-energy and recombined images after IV iodinated contrast.

FINDINGS:
Breast composition: heterogenously dense (c).
LOW ENERGY: Fine linear branching calcifications in a segmental distribution are seen in the upper outer quadrant, spanning approximately 35 mm. No discrete mass.
RECOMBINED: Background parenchymal enhancement is marked. There is a segmental non-mass enhancement with clumped internal pattern corresponding to the calcifications, measuring 42 mm.
No enlarged right axillary lymph node.

IMPRESSION:
Segmental fine linear calcifications with corresponding clumped segmental non-mass enhancement in the right upper outer quadrant, highly suspicious for malignancy.
BI-RADS 5.

RECOMMENDATION: Stereotactic vacuum-assisted biopsy. Refer to breast surgeon.

JOSE RAMON D. REYES, MD, FPCR
""", "g": {"mods": "cem", "purpose": "diagnostic", "density": "c", "bpe": "marked/-", "bb": "R:5", "rec": "biopsy surgical_consultation", "f": [
    "calc R p m=fine_linear d=segmental q=uo z=35",
    "mass R a",
    "nme R p ie=clumped nd=segmental z=42",
    "ln R a"]}})

A({"id": "cem23_07_australia_cedm_follow_up_stable_nonenhancing_left_equal_density_mass_bi2_both", "text": r"""
CONTRAST ENHANCED DIGITAL MAMMOGRAPHY (CEDM) - BILATERAL

Clinical History: 47yo. Follow up of a probably benign left breast mass; CEDM 12 months ago was BI-RADS 3.
Comparison: CEDM 20/02/2025 and 14/08/2024.

Findings:
Breast density: scattered fibroglandular (ACR B).
Recombined images: minimal symmetrical background enhancement.
Left: The oval circumscribed equal density mass at 6 o'clock measuring 10mm is unchanged in size and appearance since 08/2024. It does not enhance on the recombined images.
Right: No suspicious mass, calcifications or abnormal enhancement.

Conclusion:
Stable non-enhancing left breast mass, benign. BI-RADS 2 both breasts.
Return to routine annual screening.

Dr L. Nguyen FRANZCR
""", "g": {"mods": "cem", "purpose": "diagnostic", "density": "b", "bpe": "minimal/symmetric", "bb": "R:2 L:2", "rec": "routine_screening", "f": [
    "mass L p s sh=oval mg=circumscribed md=equal @6:00 z=10",
    "mass R a", "calc R a"]}})
