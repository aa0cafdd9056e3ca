ITEMS = []
A = ITEMS.append

A({"id": "mri23_01_india_silicone_implant_mri_right_intracapsular_left_extracapsular_pectoralis_bi2", "text": r"""
MRI BOTH BREASTS (SILICONE PROTOCOL - NON CONTRAST)

Clinical details: 52 yrs, bilateral cosmetic silicone implants (2011). C/o pain and change in shape of left breast x 3 months.

Technique: Axial and sagittal T2 STIR, silicone-selective and water-suppressed sequences. No IV contrast.

Observations:
Bilateral subglandular silicone implants are seen.
RIGHT: Multiple curvilinear low signal lines are seen floating within the silicone of the implant (linguine sign). No silicone outside the fibrous capsule. - Intracapsular rupture.
LEFT: Linguine sign with silicone droplets beyond the fibrous capsule, tracking into the pectoralis major muscle. - Extracapsular rupture.
Fibroglandular tissue is scattered (ACR b).
No silicone-laden lymph nodes in either axilla.

IMPRESSION:
1. Intracapsular rupture of right breast implant.
2. Extracapsular rupture of left breast implant with free silicone in pectoralis major.
BI-RADS 2 bilaterally.

Adv: Plastic surgery consultation.
""", "g": {"mods": "mri", "purpose": "diagnostic", "fgt": "b", "bb": "R:2 L:2", "rec": "surgical_consultation", "f": [
    "impl R p ir=intracapsular", "impl L p ir=extracapsular", "ln B a"]}})

A({"id": "mri23_02_spain_translated_lesion_table_kinetics_right_spiculated_washout_left_septations_5", "text": r"""
BREAST MRI WITH CONTRAST (translated from Spanish)

Clinical history: Palpable nodule in the right breast. Mammography and ultrasound at another centre.

Technique: 1.5 T. Axial T1, T2 STIR, diffusion and dynamic study with gadolinium (1 pre + 5 post-contrast series), subtraction and MIP.

Findings:
Heterogeneous fibroglandular tissue (c). Background parenchymal enhancement mild and symmetric.

| No. | Breast | Location     | Size  | Morphology                                                         | Curve                        | BI-RADS |
| 1   | Right  | UOQ, 10 h    | 18 mm | Mass, irregular shape, spiculated margins, heterogeneous enhancement | Fast / washout (type III)    | 5       |
| 2   | Right  | UOQ, 11 h    | 6 mm  | Mass, round, circumscribed, homogeneous enhancement                | Medium / plateau (type II)   | 4A      |
| 3   | Left   | LIQ, 8 h     | 9 mm  | Mass, oval, circumscribed, dark internal septations                | Slow / persistent (type I)   | 2       |

No suspicious axillary lymph nodes.

Conclusion:
Right breast: lesion 1 highly suggestive of malignancy and lesion 2 indeterminate. BI-RADS 5.
Left breast: lesion 3 compatible with fibroadenoma. BI-RADS 2.
Recommendation: second-look ultrasound and biopsy of lesions 1 and 2.
""", "g": {"mods": "mri", "purpose": "diagnostic", "fgt": "c", "bpe": "mild/symmetric", "bb": "R:5 L:2", "rec": "additional_imaging biopsy", "f": [
    "mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 q=uo z=18",
    "mass R p sh=round mg=circumscribed ie=homogeneous ki=medium kd=plateau @11:00 q=uo z=6",
    "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @8:00 q=li z=9",
    "ln B a"]}})

A({"id": "mri23_03_singapore_post_neoadjuvant_response_left_residual_mass_resolved_nme_normalised_node_6", "text": r"""
MRI BREASTS - RESPONSE ASSESSMENT AFTER NEOADJUVANT CHEMOTHERAPY

Clinical: Left breast IDC (grade 3, HER2+), biopsy-proven left axillary node metastasis. Completed 6 cycles of TCHP. Pre-operative assessment.
Comparison: Baseline MRI 02/09/2025.

Findings:
Amount of fibroglandular tissue: scattered (b). Background parenchymal enhancement: minimal, symmetric.

LEFT: The index mass at 2 o'clock (baseline 38 mm, irregular, spiculated) has decreased markedly. There is now a residual irregular enhancing mass of 9 mm, with slow initial enhancement and persistent delayed kinetics. The surrounding segmental non-mass enhancement seen at baseline has resolved. The previously enlarged left axillary lymph node (clipped) now measures 8 mm with a normal fatty hilum.
RIGHT: No suspicious mass or non-mass enhancement.

Impression:
Marked partial response of the known left breast cancer, with a 9 mm residual mass at 2 o'clock. Resolution of the non-mass enhancement. Normalised left axillary node.
BI-RADS 6 (left). BI-RADS 1 (right).
For surgical planning with the breast surgeon.
""", "g": {"mods": "mri", "purpose": "diagnostic", "fgt": "b", "bpe": "minimal/symmetric", "bb": "L:6 R:1", "rec": "surgical_consultation", "f": [
    "mass L p sh=irregular ki=slow kd=persistent @2:00 z=9",
    "nme L a", "ln L p z=8", "mass R a", "nme R a"]}})

# ---- second half (mri23_04..08) ----
A({"id": "mri23_04_us_academic_abbreviated_fast_mri_fgt_d_marked_bpe_new_right_mass_stable_left_focus_bi3", "text": r"""
EXAM: MRI BREAST BILATERAL, ABBREVIATED PROTOCOL (FAST MRI), WITHOUT AND WITH CONTRAST

CLINICAL HISTORY: 49-year-old woman with extremely dense breasts and a lifetime risk of 22% (Tyrer-Cuzick v8). Supplemental screening. Asymptomatic.
COMPARISON: Abbreviated MRI 02/2025.
TECHNIQUE: Abbreviated protocol at 3T: axial T2 fat-sat, axial T1 fat-sat pre-contrast and a single early post-contrast acquisition (approx. 90 s) with subtraction and MIP. 7 mL gadobutrol IV. Delayed kinetic assessment is not available with this protocol.

FINDINGS:
Amount of fibroglandular tissue: extreme (d).
Background parenchymal enhancement: marked, symmetric.

RIGHT BREAST: New 7 mm oval mass with circumscribed margins and homogeneous enhancement at 11 o'clock, middle depth, with fast initial enhancement. The mass is T2 hyper intense.

LEFT BREAST: 4 mm enhancing focus at 3 o'clock, unchanged since 02/2025. No suspicious mass or non mass enhancement.

No axillary lymphadenopathy.

IMPRESSION:
1. New 7 mm circumscribed T2-bright right breast mass at 11:00, likely fibroadenoma. BI-RADS 3: Probably benign. Follow-up MRI in 6 months is recommended.
2. Stable left breast focus. BI-RADS 2: Benign.
Marked BPE limits sensitivity of this exam.

OVERALL: BI-RADS 3.

Attending: Rebecca L. Hoffman, MD, Breast Imaging Section
This report was dictated using voice recognition software.
""", "g": {"mods": "mri", "purpose": "screening", "fgt": "d", "bpe": "marked/symmetric", "bb": "R:3 L:2", "overall": "3", "rec": "short_interval_followup", "f": [
    "mass R p sh=oval mg=circumscribed ie=homogeneous ki=fast @11:00 dp=middle z=7",
    "focus L p s @3:00 z=4",
    "mass L a", "nme L a", "ln B a"]}})

A({"id": "mri23_05_brazil_translated_high_risk_fgt_a_nonenhancing_ectasia_left_oval_type_ii_curve_4a", "text": r"""
MAGNETIC RESONANCE IMAGING OF THE BREASTS (translated from Portuguese)

Indication: Complementary screening. Patient, 36 years old, carrier of a BRCA1 mutation.
Method: Examination performed on a 1.5 T apparatus with a dedicated bilateral coil, with T1, T2, STIR, diffusion and dynamic sequences after intravenous administration of paramagnetic contrast (gadolinium).

Analysis:
Breasts with a predominance of adipose tissue (amount of fibroglandular tissue: category a).
Background parenchymal enhancement: minimal and symmetrical.
Ductal ectasia with hyperintense content on T1 in the retroareolar region of the right breast, without enhancement after contrast.
Simple cyst measuring 0.5 cm in the lower outer quadrant of the right breast.
Oval nodule with circumscribed margins and homogeneous enhancement in the upper inner quadrant of the left breast, measuring 0.8 cm, with rapid initial enhancement and type II curve (plateau).
Absence of suspicious axillary lymph node enlargement.

Impression:
Nodule in the left breast with indeterminate characteristics.
Ductal ectasia and simple cyst in the right breast.
BI-RADS® category 4A on the left and category 2 on the right.

Recommendation: directed (second-look) ultrasound and, if there is a correlate, ultrasound-guided percutaneous biopsy.

Dra. Ana Paula Ferreira - CRM 123456
""", "g": {"mods": "mri", "purpose": "screening", "fgt": "a", "bpe": "minimal/symmetric", "bb": "L:4A R:2", "rec": "additional_imaging biopsy", "f": [
    "other R p q=sa",
    "mass R p q=lo z=5",
    "mass L p sh=oval mg=circumscribed ie=homogeneous ki=fast kd=plateau q=ui z=8",
    "ln B a"]}})

A({"id": "mri23_06_germany_translated_mr_mammography_left_segmental_clumped_nme_type_iii_asymmetric_bpe_4c", "text": r"""
MR MAMMOGRAPHY, BOTH SIDES (translated from German)

Indication: Mammography and sonography performed externally, assessed as inconclusive; dense breasts. Clarification requested by the gynaecologist.
Technique: 1.5 T, dynamic T1-weighted 3D gradient echo sequence before and 1-7 min after i.v. gadolinium (0.1 mmol/kg), subtraction, T2 TSE, DWI.
Comparison: MR mammography of 05/2024.

Findings:
Amount of fibroglandular tissue: ACR c. Background enhancement moderate, asymmetric (left > right).

Left: In the upper outer quadrant a segmental non-mass enhancement extending towards the nipple, approx. 45 mm, with clumped internal enhancement, rapid initial signal increase and type III curve (washout).
Right: Known oval, circumscribed mass in the lower inner quadrant, 11 mm, with dark internal septations and a type I curve (persistent), size unchanged compared with 05/2024, corresponding to a fibroadenoma.
Axillae: lymph nodes of normal appearance on both sides.

Assessment:
Segmental non-mass enhancement left, suspicious for DCIS.
Fibroadenoma right, unchanged.
BI-RADS-MRI: left 4C, right 2.

Recommendation: MR-guided vacuum-assisted biopsy on the left. Presentation at the interdisciplinary tumour conference.

Dr. med. K. Bauer, Specialist in Radiology
""", "g": {"mods": "mri", "purpose": "diagnostic", "fgt": "c", "bpe": "moderate/asymmetric", "bb": "L:4C R:2", "rec": "biopsy other", "f": [
    "nme L p ie=clumped nd=segmental ki=fast kd=washout q=uo z=45",
    "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent q=li z=11",
    "ln B p"]}})

A({"id": "mri23_07_korea_translated_preop_right_rim_washout_left_focus_type_i_nonenhancing_cyst_6", "text": r"""
Breast MRI (preoperative evaluation) - translated from Korean

Clinical information: Rt breast cancer (IDC) confirmed by US-guided CNB at an outside hospital. Preoperative evaluation of extent.
Technique: 3T, bilateral axial dynamic contrast-enhanced T1WI with subtraction, T2WI, DWI.

Findings:
Breast composition: extremely dense (FGT d). BPE: mild, symmetric.

1. Rt breast, 10 o'clock, 3 cm from nipple: 21 mm irregular mass with spiculated margin and rim enhancement. Initial phase fast, delayed phase washout (type III curve). Biopsy clip within the mass. -> known cancer.
2. Lt breast, 2 o'clock: 4 mm enhancing focus with persistent enhancement (type I curve), T2 high signal. Probably benign.
3. Lt breast, 6 o'clock: 9 mm oval circumscribed mass with T2 high signal intensity and no enhancement, compatible with a cyst.
4. No other suspicious finding in both breasts. No enlarged LNs in both axillae.

Conclusion:
1. Known Rt breast cancer at 10 o'clock, 2.1 cm, without multifocality. BI-RADS 6.
2. Lt breast benign focus and cyst. BI-RADS 2.

Reading radiologist: Kim Ji-yeon, M.D.
""", "g": {"mods": "mri", "purpose": "diagnostic", "fgt": "d", "bpe": "mild/symmetric", "bb": "R:6 L:2", "f": [
    "mass R p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @10:00 z=21",
    "focus L p kd=persistent @2:00 z=4",
    "mass L p sh=oval mg=circumscribed @6:00 z=9",
    "ln B a"]}})

A({"id": "mri23_08_australia_surveillance_stable_right_scar_new_left_irregular_type_ii_plateau_4b", "text": r"""
MRI BREASTS

Clinical history: 61F. Right breast cancer treated with wide local excision and radiotherapy in 2021. Annual surveillance MRI. Asymptomatic.
Comparison: MRI 18/04/2025.
Technique: Standard bilateral breast protocol at 3T. Dynamic post gadolinium series x 5 with subtractions, T2 and DWI.

Report:
FGT: scattered (b). BPE: mild and symmetrical.
Right breast: Postsurgical scar in the upper outer quadrant without enhancement, stable compared with the prior. No suspcious enhancement elsewhere in the right breast.
Left breast: New 8 mm irregular mass with irregular margins at 12 o'clock, posterior depth, with heterogeneous enhancement. The the mass shows rapid initial enhancement and a type II (plateau) curve. It was not present on the 2025 study.
Axillae: no adenopathy.

Impression:
1. New 8mm irregular enhancing mass left breast 12 o'clock. BI-RADS 4B.
2. Stable right postsurgical changes. BI-RADS 2.

Recommend second look ultrasound; if no sonographic correlate, MRI guided biopsy.

Dr P. O'Connell FRANZCR
""", "g": {"mods": "mri", "purpose": "screening", "fgt": "b", "bpe": "mild/symmetric", "bb": "L:4B R:2", "rec": "additional_imaging biopsy", "f": [
    "other R p s q=uo",
    "mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=plateau @12:00 dp=posterior z=8",
    "ln B a"]}})
