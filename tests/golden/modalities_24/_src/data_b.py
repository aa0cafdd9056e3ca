"""Batch B: reports 13-20 (3 US, 3 MRI, 2 CEM)."""
ITEMS = []
def add(id, text, **g):
    ITEMS.append({"id": id, "text": text, "g": g})

add("us24_05_portugal_translated_complicated_cyst_right_ectasia_no_intraductal_nodules_left_bi3", """
CLINICA DE IMAGIOLOGIA MAMARIA - PORTO
BREAST ULTRASOUND (bilateral) - translated from the Portuguese

Clinical information: 38 years. Cyclical mastalgia, bilateral. Occasional serous discharge from the left nipple reported by the patient.

Report:
Breasts with predominantly fibroglandular echostructure.
Right breast: at 8 o'clock, 3 cm from the nipple, an oval nodular image of 7 mm is identified, with circumscribed margins and low-level internal echoes with a fluid-debris level, without internal vascularisation on Doppler study, suggesting a complicated cyst.
Left breast: retroareolar ductal ectasia, maximum calibre 3 mm, with anechoic content, without intraductal nodules. Some simple cysts, the largest with 6 mm.
Axillary regions without adenopathies.

Conclusion:
Complicated cyst of the right breast - BI-RADS 3.
Ductal ectasia and simple cysts of the left breast - BI-RADS 2.

Proposal: ultrasound control in 6 months.
""", mods="us", purpose="diagnostic", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed va=absent @8:00 z=7",
       "other L p q=sa", "mass L a", "mass L p", "ln B a"],
    rec="sif")

add("us24_06_greece_bloody_discharge_right_intraductal_nodule_dilated_duct_left_stable_fa_4a", """
DIAGNOSTIC MEDICAL CENTRE - THESSALONIKI
BREAST AND AXILLA ULTRASOUND

Indication: 45 y. Spontaneous bloody discharge from the right nipple, single duct, 3 weeks. Recent mammography (03/2026) reported elsewhere as BI-RADS 2.

Findings:
Right breast: In the retroareolar region at 12 o'clock there is a dilated duct (4 mm calibre), containing an intraductal solid nodule of 6 mm, oval, hypoechoic, with a vascular pedicle on colour Doppler (internal vascularity). No other pathological findings on the right.
Left breast: Small simple cysts, largest 5 mm. An 11 mm oval, parallel, circumscribed, hypoechoic nodule at 6 o'clock is unchanged in size and appearance since the US of 03/2024, compatible with a fibroadenoma.
Axillae: Lymph nodes of normal morphology bilaterally.

CONCLUSION:
Right: intraductal lesion within a dilated retroareolar duct, probable papilloma; tissue diagnosis needed to exclude atypia. BI-RADS 4A.
Left: benign findings (simple cysts, stable fibroadenoma). BI-RADS 2.

Recommendation: US-guided vacuum-assisted biopsy of the right intraductal lesion and consultation with the breast surgeon.

Dr. E. Papadopoulou, Radiologist
""", mods="us", purpose="diagnostic", overall="4A", bb="R4A L2",
    f=["other R p @12:00 q=sa",
       "mass R p sh=oval ep=hypoechoic va=internal @12:00 q=sa z=6",
       "mass L p",
       "mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @6:00 z=11",
       "ln B p"],
    rec="bx sc")

add("us24_07_iraq_erbil_followup_stable_right_fa_typo_left_interval_growth_round_4a", """
PRIVATE HOSPITAL, ERBIL - RADIOLOGY DEPARTMENT
U/S BOTH BREASTS - FOLLOW UP

History: 36 y female, follow up of known bilateral breast nodules. Previous U/S 08/2025 (BIRADS 3, 6-month follow up advised).

Findings:
Rt breast: the previously seen oval, circumscibed, parallel hypoechoic nodule at 9 o'clock measures 14 x 8 mm, not changed compared with previous (14 x 8 mm). Likely fibroadenoma.
Lt breast: the previously seen nodule at 3 o'clock has increased in size, now 11 x 9 mm (previously 6 x 5 mm). It is round in shape with microlobulated margins, hypoechoic, with no posterior acoustic features. Internal vascularty is seen on colour Doppler.
No new solid masses in both breasts.
Both axillae: normal looking lymph nodes.

Impression:
- Stable Rt breast fibroadenoma -- BIRADS 2.
- Interval growth of Lt breast nodule -- BIRADS 4A. U/S guided biopsy is advised.

Dr. Rebin Aziz, Radiologist
""", mods="us", purpose="diagnostic", overall="4A", bb="R2 L4A",
    f=["mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @9:00 z=14",
       "mass L p sh=round mg=microlobulated ep=hypoechoic pf=none va=internal @3:00 z=11",
       "mass B a", "ln B p"],
    rec="bx")

add("mri24_05_argentina_translated_regional_nme_marked_bpe_incomplete_bi0_pending_prior_mri", """
INSTITUTO DE DIAGNOSTICO MAMARIO - BUENOS AIRES
BREAST MAGNETIC RESONANCE WITH GADOLINIUM (translated from Spanish)

Indication: 50 years. High-risk screening (atypical ductal hyperplasia, left breast, excised 2021). Previous MRI studies were performed at another institution and are not available for this report.
Technique: 1.5 T equipment, dedicated coil. Axial T2, STIR, diffusion, dynamic 3D T1 with fat saturation before and after gadolinium, subtraction and MIP.

Report:
Extreme amount of fibroglandular tissue (d). Background parenchymal enhancement: marked, symmetric.
Right breast: in the upper outer quadrant there is an area of non-mass enhancement with regional distribution and heterogeneous internal enhancement, measuring 42 mm, with a progressive (persistent) curve.
Left breast: postsurgical changes in the upper inner quadrant related to the previous excision, without enhancement.
No suspicious axillary adenopathies.

Conclusion:
Regional non-mass enhancement of the right breast UOQ, which may correspond to background parenchymal enhancement in a patient with marked BPE. Comparison with the previous MRI studies is indispensable before a final assessment.
Right breast: BI-RADS 0 (incomplete), pending comparison.
Left breast: BI-RADS 2.

Proposal: provide the previous MRI studies for comparison.
""", mods="mri", purpose="screening", fgt="d", bpe="marked/symmetric", overall="0", bb="R0 L2",
    f=["nme R p nd=regional ie=heterogeneous kd=persistent q=uo z=42",
       "other L p q=ui", "ln B a"],
    rec="oth")

add("mri24_06_south_africa_supplemental_right_homogeneous_mass_slow_persistent_left_seroma_bi3", """
CAPE PENINSULA RADIOLOGY - BREAST MRI
MRI BREASTS (BILATERAL) WITH GADOLINIUM

Clinical: 43 yrs. Extremely dense breasts on mammography; mother diagnosed with breast cancer at 45. Supplemental screening MRI. US-guided core biopsy of the left breast 2 o'clock 4 weeks ago (benign, fibrocystic change, concordant).

Technique: 1.5T, bilateral breast coil. Axial T2 FS, DWI, axial T1 3D FS pre and 5 dynamic post-contrast (gadobutrol), subtractions, MIPs.

Findings:
Fibroglandular tissue: c (heterogeneous).
Background parenchymal enhancement: moderate, asymmetric (L > R).

Right breast: At 7 o'clock there is an 8 mm oval, circumscribed mass with homogeneous internal enhancement, bright on T2. Kinetics: slow initial enhancement, persistent delayed. An intramammary lymph node is noted in the upper outer quadrant, 5 mm.
Left breast: A 12 mm post-biopsy seroma with a marker clip at 2 o'clock; no suspicious enhancement around it.
Several small foci are scattered through both breasts, in keeping with background.
No non-mass enhancement in either breast. Axillae normal.

OPINION:
1. Right 7 o'clock probably benign mass (likely fibroadenoma). BI-RADS 3 - short-interval follow-up MRI in 6 months.
2. Left post-biopsy seroma at the benign biopsy site.
Overall: BI-RADS 3.

Dr N. Mokoena, MBChB FC Rad (Diag) SA
""", mods="mri", purpose="screening", fgt="c", bpe="moderate/asymmetric", overall="3", bb="R3",
    f=["mass R p sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @7:00 z=8",
       "ln R p",
       "other L p @2:00 z=12",
       "focus B p", "nme B a"],
    rec="sif")

add("mri24_07_egypt_left_breast_only_after_right_mastectomy_stable_linear_nme_bi2", """
BREAST IMAGING UNIT - UNIVERSITY HOSPITAL, CAIRO
MRI LEFT BREAST (DYNAMIC CONTRAST ENHANCED)

Clinical data: 44 years female, right modified radical mastectomy 2022 for IDC, on hormonal therapy. Annual surveillance of the remaining left breast. The right side is not included in this study.
Technique: 1.5 T, breast coil. Axial T2, STIR, DWI and dynamic axial T1 fat-sat study of the left breast before and after IV gadolinium, with subtraction and time-intensity curve analysis.
Comparison: MRI left breast 02/2025.

Findings:
Fibroglandular tissue: scattered (b). Background parenchymal enhancement: mild.
A small linear non-mass enhancement is seen at 6 o'clock, 9 mm, with homogeneous internal enhancement and persistent (type I) curve, unchanged from the previous MRI.
An oval intramammary lymph node with fatty hilum is seen in the upper outer quadrant.
No suspicious enhancing masses.
No skin thickening or nipple retraction.
Left axilla: no enlarged lymph nodes.

IMPRESSION:
Stable benign-appearing linear non mass enhancement of the left breast.
BI-RADS 2.
Continue annual MRI surveillance.
""", mods="mri", purpose="screening", fgt="b", bpe="mild/-", overall="2", bb="L2",
    f=["nme L p s nd=linear ie=homogeneous kd=persistent @6:00 z=9",
       "ln L p", "mass L a", "skin L a", "ln L a"],
    rec="rs")

add("cem24_05_chile_translated_post_bct_annual_stable_scar_dystrophic_calcs_skin_r2_l1", """
CLINICA - UNIDAD DE MAMA, SANTIAGO
CONTRAST MAMMOGRAPHY (CEM) - translated from Spanish

Background: 61 years. Right breast conservative surgery and radiotherapy in 2019 (invasive ductal carcinoma). Asymptomatic; annual screening control.
Technique: Dual-energy CC and MLO projections of both breasts after intravenous iodinated contrast.
Comparison: previous controls 2023, 2024 and 2025.

Low energy:
Breasts with scattered fibroglandular densities (ACR b).
Right breast: post-surgical scar in the upper outer quadrant, unchanged from previous controls. Dystrophic calcifications at the surgical bed, stable. Mild diffuse skin thickening of the right breast, post radiation, unchanged.
Left breast: no microcalcifications or architectural distortion.

Recombined:
Minimal, symmetric background enhancment.
No enhancing masses or non-mass enhancement in either breast.

Conclusion:
Stable post-treatment changes of the right breast. No signs of recurrence.
Right breast: BI-RADS 2.
Left breast: BI-RADS 1.
Annual control.
""", mods="cem", purpose="screening", density="b", bpe="minimal/symmetric", overall="2", bb="R2 L1",
    f=["other R p s q=uo", "calc R p s m=dystrophic", "skin R p s",
       "calc L a", "ad L a", "mass B a", "nme B a"],
    rec="rs")

add("cem24_06_hungary_translated_cesm_right_regional_heterogenous_nme_asymmetric_bpe_left_stable_mass_4b", """
COUNTY HOSPITAL - DEPARTMENT OF RADIOLOGY, BREAST DIAGNOSTICS (translated from Hungarian)
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM), BOTH SIDES

Referral: 52-year-old woman. Right breast "thickening" on self-examination; mammography and ultrasound at another institution inconclusive.
Technique: Bilateral CC and MLO low-energy and recombined images after iv. iomeprol 350 (1.5 ml/kg). No adverse reaction.

Findings:
Low-energy images: heterogeneously dense breast tissue (ACR c). In the left breast at 12 o'clock an 8 mm oval, circumscribed, equal density mass, unchanged since the 2023 mammogram. No suspicious microcalcifications on either side.
Recombined images: background parenchymal enhancement is moderate and asymmetric, more on the right. In the right breast upper outer quadrant there is a 35 mm regional non-mass enhancement with heterogenous internal pattern, without low-energy correlate; this is more intense than the surrounding background. The left 12 o'clock mass does not enhance.
Axillae: right axillary lymph nodes with preserved fatty hilum.

Summary:
Right breast: regional heterogeneous non-mass enhancement in the upper outer quadrant, BI-RADS 4B.
Left breast: stable non-enhancing oval mass, probably a cyst or fibroadenoma, BI-RADS 2.
Suggested: targeted second-look ultrasound; if there is no correlate, MRI- or contrast-guided biopsy.
""", mods="cem", purpose="diagnostic", density="c", bpe="moderate/asymmetric", overall="4B", bb="R4B L2",
    f=["mass L p s sh=oval mg=circumscribed md=equal @12:00 z=8",
       "calc B a",
       "nme R p nd=regional ie=heterogeneous q=uo z=35",
       "ln R p"],
    rec="ai bx")
