from common import write
MRI = ["mri"]
CASES = [
("mri15_01_us_academic_post_nac_response_residual_mass_linear_nme_6", """
MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST - POST-NEOADJUVANT RESPONSE ASSESSMENT

CLINICAL HISTORY: 44F with left breast IDC (ER-/PR-/HER2+) and biopsy-proven left axillary metastasis, status post completion of neoadjuvant chemotherapy. Pre-treatment MRI 06/2026.

TECHNIQUE: Standard bilateral protocol at 3T, gadobutrol 0.1 mmol/kg, one pre- and five post-contrast acquisitions, subtraction and MIP reconstructions, kinetic analysis with CAD.

COMPARISON: 06/12/2026 pre-treatment MRI.

FINDINGS:
Amount of fibroglandular tissue: scattered (b).
Background parenchymal enhancement: minimal, symmetric.

Left breast: At the site of the known cancer (10:00, middle depth, biopsy clip artifact) there is a residual irregular enhancing mass with heterogeneous internal enhancement, measuring 9 x 7 x 6 mm (longest diameter 9 mm; pre-treatment 34 mm, a 74% decrease). Kinetics are now persistent on the delayed phase. Faint linear non-mass enhancement extends 15 mm anteriorly from the residual mass, also decreased.
Left axilla: the clipped node has decreased in size, now with a cortex of 2 mm and a restored fatty hilum.
Right breast: No suspicious mass or non-mass enhancement.

IMPRESSION:
1. Marked partial response of the known left breast cancer: 9 mm residual enhancing mass and 15 mm faint linear NME anteriorly.
2. Response of the clipped left axillary node.
3. No evidence of malignancy in the right breast.
BI-RADS 6 (left): Known biopsy-proven malignancy. Surgical management as planned.
""", dict(mods=MRI, purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="6", bb="L6", f=[
 "mass L p sh=irregular ie=heterogeneous kd=persistent @10:00 dp=middle z=9",
 "nme L p nd=linear z=15",
 "ln L p",
 "mass R a",
 "nme R a"], rec=["surgical_consultation"])),

("mri15_02_germany_fast_abbreviated_mri_high_risk_focus_mass_4", """
MR-Mammographie, abgekürztes Protokoll (FAST / AB-MRI) - high-risk surveillance
Brustzentrum, Köln

Indication: 41 y, lifetime risk 32% (family history), annual intensified surveillance. Previous full-protocol MRI 11/2025: BI-RADS 2.

Technique: 1.5 T. T1w pre-contrast, one early post-contrast T1w acquisition (first 90 s), subtraction and MIP. Acquisition time 3 min. No delayed phase (abbreviated).

Findings:
Breast composition (MRI): heterogeneous fibroglandular tissue (c). Background enhancement mild and symmetric.
Left: 10 o'clock, posterior third, new irregular mass with indistinct margins, heterogeneous internal enhancement, fast initial enhancement on the first post-contrast image, 9 mm.
Right: a 4 mm focus at 7 o'clock, T2 bright, unchanged since 2025.
No other suspicious enhancement on the MIP.

Assessment:
Left BI-RADS 4 - second-look ultrasound recommended; if no correlate, MR-guided vacuum biopsy.
Right BI-RADS 2.
""", dict(mods=MRI, purpose="screening", fgt="c", bpe="mild/symmetric", overall="4", bb="L4 R2", f=[
 "mass L p sh=irregular mg=indistinct ie=heterogeneous ki=fast @10:00 dp=posterior z=9",
 "focus R p s @7:00 z=4"], rec=["additional_imaging", "biopsy"])),

("mri15_03_australia_silicone_implant_mri_linguine_right_intact_left_bi2", """
MRI BREAST IMPLANTS (NON-CONTRAST, SILICONE-SPECIFIC PROTOCOL)
Sydney - private radiology

Clinical notes: Bilateral cosmetic augmentation 2011 (silicone, subglandular). Right breast change in shape. ?rupture.

Technique: Axial and sagittal T2 STIR, silicone-selective (water- and fat-suppressed) and silicone-suppressed sequences. No gadolinium given.

Findings:
FGT: scattered (b).
Right implant: multiple curvilinear low signal lines floating within the silicone gel ("linguine sign"), consistent with intracapsular rupture. No silicone outside the fibrous capsule.
Left implant: intact. No linguine, keyhole or subcapsular line sign. Radial folds only.
A right axillary level I lymph node contains silicone signal (silicone-laden node, likely gel bleed).
No mass seen in either breast on the non-contrast sequences.

Conclusion:
Right intracapsular implant rupture. Left implant intact.
BI-RADS 2.
Referral to plastic surgeon suggested.
""", dict(mods=MRI, purpose="diagnostic", fgt="b", bpe=None, overall="2", bb="", f=[
 "impl R p ir=intracapsular",
 "impl L p ir=none",
 "ln R p",
 "mass B a"], rec=["surgical_consultation"])),

("mri15_04_israel_brca1_screening_segmental_clumped_nme_foci_4b", """
BREAST MRI - BILATERAL, DYNAMIC CONTRAST ENHANCED
Medical Center, Haifa

Indication: 36 y, BRCA1 carrier, annual screening MRI. Last MRI 12/2025.

Findings:
FGT: extreme (d). BPE: moderate, asymmetric (right > left).
Right breast: Segmental non-mass enhancement in the upper outer quadrant extending toward the nipple, 42 mm, with clumped internal enhancement. Kinetics: fast initial rise, plateau delayed. New compared with 12/2025.
Both breasts: a few scattered foci (<5 mm), unchanged since the previous MRI.
No suspicious mass. Axillae unremarkable.

Impression:
Right: new segmental clumped NME, BI-RADS 4B. MRI-guided biopsy recommended.
Left: BI-RADS 2 (stable foci).
""", dict(mods=MRI, purpose="screening", fgt="d", bpe="moderate/asymmetric", overall="4B", bb="R4B L2", f=[
 "nme R p nd=segmental ie=clumped ki=fast kd=plateau q=uo z=42",
 "focus B p s",
 "mass B a"], rec=["biopsy"])),

("mri15_05_india_contrast_mri_palpable_type_iii_curve_skin_thickening_5", """
MRI BOTH BREASTS (PLAIN + CONTRAST)
Department of Radiodiagnosis, Chennai

Clinical details: 49 yrs F, c/o lump left breast x 2 months. ? Malignancy.

Observations:
The breast parenchyma shows heterogeneous fibroglandular tissue (ACR c). Background parenchymal enhancement is mild, symmetrical.
LEFT BREAST: An irregular spiculated mass is noted in the upper outer quadrant at 2 o'clock, measuring 3.1 x 2.6 x 2.4 cms. It shows rim enhancement with rapid initial enhancement and type III (washout) curve. Diffusion restriction present (ADC 0.82 x 10^-3 mm2/s). Overlying skin thickening is seen. Nipple is normal.
RIGHT BREAST: Few small T2 hyperintense non-enhancing cysts, largest 6 mm. No enhancing mass.
AXILLA: Left axillary lymph node with thickened cortex (5 mm).

IMPRESSION:
- Left breast spiculated mass with type III curve and skin thickening - BIRADS 5. Suggested HPE correlation (USG guided biopsy).
- Left axillary lymphadenopathy.
- Right breast simple cysts - BIRADS 2.
Kindly correlate clinically.
""", dict(mods=MRI, purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="5", bb="L5 R2", f=[
 "mass L p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @2:00 q=uo z=31",
 "skin L p",
 "mass R p",
 "mass R a",
 "ln L p"], rec=["biopsy", "clinical_correlation"])),

("mri15_06_korea_post_nac_complete_response_normalized_node_stable_focus_6", """
BREAST MRI, BILATERAL (POST-NEOADJUVANT CHEMOTHERAPY)
Seoul National Univ. affiliated hospital, English report

Clinical information: Rt breast cancer (IDC, TNBC) with Rt axillary LN metastasis, s/p 8 cycles of NAC. Baseline MRI 2026-05-02: 38 mm mass, Rt 11 o'clock.

Findings:
FGT: c. BPE: minimal, symmetric.
1. Rt breast, tumor bed at 11 o'clock (clip in situ): no residual enhancing mass or non-mass enhancement. Mild T2 signal change only. RECIST: 38 mm -> 0 mm.
2. Rt axilla: previously metastatic LN has normalized (cortical thickness 1.5 mm, fatty hilum visible).
3. Lt breast: 4 mm focus at 3 o'clock, unchanged since baseline, likely benign.

Conclusion:
Complete imaging response (rCR) of Rt breast cancer and axillary LN metastasis.
Rt: BI-RADS 6. Lt: BI-RADS 2.
Recommend surgery as planned.
""", dict(mods=MRI, purpose="diagnostic", fgt="c", bpe="minimal/symmetric", overall="6", bb="R6 L2", f=[
 "mass R a",
 "nme R a",
 "ln R p",
 "focus L p s @3:00 z=4"], rec=["surgical_consultation"])),

("mri15_07_japan_dcis_staging_segmental_clustered_ring_nme_6", """
Breast MRI (dynamic contrast), both breasts - preoperative extent evaluation
Tokyo, Breast Imaging

Clinical: Lt DCIS diagnosed by VAB (stereo) for calcification, Lt upper outer area.

FGT: b (scattered). BPE: mild, symmetric.
Lt breast: Segmental NME in the upper outer quadrant, clustered ring internal enhancement, about 48 mm in extent, extending toward the nipple. Kinetic curve: fast/plateau. The biopsy site (VAB marker) is at the posterior end.
Rt breast: No mass or NME.
Axillary LN: Not swollen, bilateral.
No skin thickening.

Impression:
Lt breast: known DCIS, extent about 48 mm along segmental NME.
BI-RADS: Left 6, Right 1.
Discuss at breast multidisciplinary conference.
""", dict(mods=MRI, purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="6", bb="L6 R1", f=[
 "nme L p nd=segmental ie=clustered_ring ki=fast kd=plateau q=uo z=48",
 "mass R a",
 "nme R a",
 "ln B a",
 "skin B a"], rec=["other"])),

("mri15_08_brazil_silicone_mri_extracapsular_left_contrast_bi2", """
RESSONÂNCIA MAGNÉTICA DAS MAMAS (com protocolo para implantes e contraste) - tradução
Laboratório de Imagem, São Paulo

Indication: Silicone implants (retropectoral, 2015). Left breast pain and contour change.

Report:
Fibroglandular tissue: almost entirely fat (a).
Background enhancement: minimal, symmetric.
Right implant: intact, no signs of intracapsular or extracapsular rupture.
Left implant: collapsed shell with linguine sign and silicone outside the fibrous capsule, infiltrating the parenchyma of the upper outer quadrant - extracapsular rupture.
No suspicious enhancing masses or non-mass enhancement in both breasts.

Impression:
Extracapsular rupture of the left implant. Intact right implant.
BI-RADS 2.
Suggest evaluation by plastic surgery.
""", dict(mods=MRI, purpose="diagnostic", fgt="a", bpe="minimal/symmetric", overall="2", bb="", f=[
 "impl R p ir=none",
 "impl L p ir=extracapsular",
 "mass B a",
 "nme B a"], rec=["surgical_consultation"])),

("mri15_09_us_community_fast_mri_supplemental_fibroadenoma_focus_bi2", """
ABBREVIATED BREAST MRI (FAST MRI) - SUPPLEMENTAL SCREENING

History: 52-year-old with heterogeneously dense breasts, negative mammogram 10/2026. Self-pay abbreviated MRI.

Technique: Axial T2, pre and single post-contrast T1 with subtraction and MIP, 1.5T. 7 mL gadoterate.

Findings:
Amount of fibroglandular tissue: heterogeneous (c).
BPE: mild, symmetric.
Right breast 9:00, anterior depth: 6 mm oval circumscribed mass with non-enhancing dark internal septations, T2 hyperintense - typical fibroadenoma.
Left breast 1:00: a 3 mm T2-bright focus.
No suspicious non-mass enhancement. No axillary adenopathy.

IMPRESSION: BI-RADS 2 - Benign. Right fibroadenoma; benign-appearing left focus.
Recommend continued annual screening mammography; abbreviated MRI may be repeated in 12 months.
""", dict(mods=MRI, purpose="screening", fgt="c", bpe="mild/symmetric", overall="2", bb="", f=[
 "mass R p sh=oval mg=circumscribed ie=dark_internal_septations @9:00 dp=anterior z=6",
 "focus L p @1:00 z=3",
 "nme B a",
 "ln B a"], rec=["routine_screening"])),

("mri15_10_china_dce_mri_tic_types_two_right_masses_questionable_nme_5", """
Breast MRI: plain scan + dynamic contrast-enhanced scan (DCE) + DWI
Radiology Department, Hangzhou (English version)

Clinical: Female, 55y. Right breast mass found on physical exam.

Findings:
Bilateral breasts show heterogeneously dense fibroglandular tissue (category c). BPE: mild, symmetric.
Right breast upper outer quadrant (10 o'clock): an irregular mass with irregular margins, size about 18mm x 15mm, rim enhancement on DCE, time-signal intensity curve (TIC) type III (fast wash-in, washout). DWI hyperintense, ADC decreased.
Right breast lower inner quadrant (4 o'clock): an oval mass with smooth circumscribed margin, 7mm, homogeneous enhancement, TIC type I (persistent).
Left breast upper outer quadrant: questionable small area of non-mass enhancement, about 8mm, focal distribution, possibly BPE.
Right axilla: enlarged lymph node, short axis 15mm, fatty hilum disappeared.

Impression:
1. Right breast UOQ mass, considered malignant, BI-RADS 5; right axillary lymph node metastasis probable.
2. Right breast LIQ small mass, probably benign (fibroadenoma?), BI-RADS 3.
3. Left breast questionable focal NME, BI-RADS 3.
Suggest biopsy of the right UOQ mass; short-term (6 month) MRI follow-up for the others.
""", dict(mods=MRI, purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="5", bb="R5 R3 L3", f=[
 "mass R p sh=irregular mg=irregular ie=rim ki=fast kd=washout @10:00 q=uo z=18",
 "mass R p sh=oval mg=circumscribed ie=homogeneous kd=persistent @4:00 q=li z=7",
 "nme L q nd=focal q=uo z=8",
 "ln R p z=15"], rec=["biopsy", "short_interval_followup"])),
]
if __name__ == "__main__":
    write(CASES)
