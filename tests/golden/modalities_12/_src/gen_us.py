"""Ultrasound reports of modalities_12 (text + compact gold)."""
US = []

US.append(dict(id="us12_01_us_community_mychart_left_palpable_lesion_blocks_4a", text="""
US BREAST LEFT LIMITED - Final result

Result Impression
1. 1.4 cm irregular hypoechoic mass at the site of palpable concern in the left breast at 2:00. Suspicious. Ultrasound-guided core needle biopsy is recommended.
2. Benign 5 mm simple cyst in the left breast at 4:00.

BI-RADS Category 4A: Low suspicion for malignancy.

Result Narrative
EXAM: US BREAST LEFT LIMITED
DATE: 03/14/2026 10:42
INDICATION: 46 year old female with palpable lump left breast x 3 weeks.
COMPARISON: Diagnostic mammogram of the same date, reported separately.

TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the left breast at the site of palpable concern, performed by the sonographer with real-time evaluation by the radiologist.

FINDINGS:
Lesion 1:
   Location: Left breast 2:00, 4 cm FN
   Size: 1.4 x 0.9 x 1.1 cm
   Type: Mass
   Shape: Irregular
   Orientation: Not parallel
   Margin: Not circumscribed - angular
   Echo pattern: Hypoechoic
   Posterior features: No posterior features
   Calcifications: None
   Vascularity: Internal vascularity
   Palpable correlate: Yes
   Assessment: BI-RADS 4A

Lesion 2:
   Location: Left breast 4:00, 6 cm FN
   Size: 0.5 x 0.3 x 0.4 cm
   Type: Simple cyst
   Assessment: BI-RADS 2

Left axilla: No lymphadenopathy.

IMPRESSION:
1. 1.4 cm irregular hypoechoic mass at the site of palpable concern in the left breast at 2:00. Suspicious. Ultrasound-guided core needle biopsy is recommended.
2. Benign 5 mm simple cyst in the left breast at 4:00.

BI-RADS Category 4A: Low suspicion for malignancy.

Ultrasound-guided biopsy has been scheduled for 03/19/2026. Results were discussed with the patient at the time of the exam.

Electronically signed by: Karen M. Whitlock, MD 03/14/2026 11:05
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="L4A", f=[
    "mass L p sh=irregular or=not_parallel mg=angular ep=hypoechoic pf=none va=internal @2:00 z=14",
    "calcification L a",
    "mass L p @4:00 z=5",
    "lymph_node L a",
], rec=["biopsy"])))

US.append(dict(id="us12_02_uk_one_stop_clinic_combined_mammo_us_m5_u5_biopsy", text="""
Symptomatic Breast Clinic - Imaging Report
Examination: Bilateral mammograms + Left breast and axillary ultrasound
Date of exam: 09/03/2026
Referral: 2WW. 58F. 3/52 hx L breast lump UOQ. P4 on examination (Mr Adeyemi).

Mammography:
Bilateral 2-view mammograms. The breasts are heterogeneously dense. In the left upper outer quadrant there is a 24 mm high density spiculated mass corresponding to the palpable lump. Pleomorphic microcalcification extends anteriorly from the mass over approx 15 mm. Right breast normal.
M5 (L), M1 (R).

Ultrasound:
L breast 2 o'clock 6cm FN: 21 x 17 x 19 mm irregular hypoechoic mass with spiculated margins, non-parallel orientation and posterior acoustic shadowing. Hard on shear wave elastography (Emax 180 kPa).
L axilla: two level 1 nodes with cortical thickening up to 5mm, the larger 14 mm, fatty hilum effaced in one.
U5.

Procedures:
US guided 14G core biopsy x3 L breast mass and x2 of the more abnormal L axillary node, under local anaesthetic. Marker clip placed in the breast lesion; check mammogram confirms satisfactory clip position. No immediate complication.

Conclusion:
Left breast 2 o'clock mass highly suspicious of malignancy with abnormal left axillary nodes. M5 U5.
For MDT discussion next Tuesday; results clinic appointment to follow.

Reported by: Dr S. Okonkwo, Consultant Radiologist
""", gold=dict(mods=["mammography", "ultrasound"], purpose="diagnostic", density="c", overall=None, f=[
    "mass L p sh=irregular mg=spiculated md=high or=not_parallel ep=hypoechoic pf=shadowing el=hard @2:00 q=uo z=24",
    "calcification L p m=fine_pleomorphic z=15",
    "lymph_node L p z=14",
], rec=["other"])))

US.append(dict(id="us12_03_canada_ontario_second_look_after_mri_two_targets_4b", text="""
US BREAST BILATERAL - SECOND LOOK

Clinical History: 51F, newly diagnosed R breast IDC at 10 o'clock (US core bx 01/2026). Staging MRI 02/02/2026 showed an additional 8 mm enhancing mass R breast 7 o'clock and a 6 mm enhancing mass L breast 3 o'clock (BI-RADS 4). Targeted second look ultrasound requested.

Comparison: Breast MRI 02/02/2026, breast US 01/12/2026.

Findings:
RIGHT BREAST:
The known malignancy at 10 o'clock, 5 cm FN, is again seen: irregular hypoechoic mass with indistinct margins, 19 mm, biopsy clip in situ.
At 7 o'clock, 3 cm FN, corresponding in size and location to the MRI finding, there is an 8 x 6 x 7 mm oval hypoechoic mass with microlobulated margins, parallel to the skin. No internal vascularity.

LEFT BREAST:
At 3 o'clock, 4 cm FN, in the expected location of the MRI abnormality, there is a 5 mm oval isoechoic mass, circumscribed, parallel, with posterior acoustic enhancement. Likely a small fibroadenoma and a probable correlate for the MRI finding.
Possible 4 mm hypoechoic mass at 1 o'clock, 6 cm FN, parallel and circumscribed, not convincingly reproduced in two planes; this may represent a fat lobule.

AXILLAE: No suspicious lymph nodes bilaterally.

Impression:
1. Right 7 o'clock mass with microlobulated margins, sonographic correlate for the MRI mass. BI-RADS 4B. US guided biopsy recommended.
2. Left 3 o'clock probable correlate for the MRI mass, benign in appearance. Given the staging context, biopsy recommended to confirm concordance. BI-RADS 4A.
3. Known right breast malignancy. BI-RADS 6.
4. Possible small left 1 o'clock mass, likely a fat lobule; to be reassessed at the time of the left biopsy.

The patient will be contacted by our booking office.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B L4A", f=[
    "mass R p sh=irregular mg=indistinct ep=hypoechoic @10:00 z=19",
    "mass R p sh=oval mg=microlobulated or=parallel ep=hypoechoic va=absent @7:00 z=8",
    "mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=enhancement @3:00 z=5",
    "mass L q or=parallel mg=circumscribed ep=hypoechoic @1:00 z=4",
    "lymph_node B a",
], rec=["biopsy"])))

US.append(dict(id="us12_04_au_private_terse_bilateral_cysts_lipoma_bi2", text="""
BILATERAL BREAST ULTRASOUND

Clinical: 47yo. Tender lumpy breasts R>L. ?cysts. Mammo 2025 NAD.

Report:
Bilateral breast and axillary ultrasound.
Right breast: multiple simple cysts, the largest 14mm at 11 o'clock. No solid lesion.
Left breast: 2 simple cysts at 1 o'clock (6mm) and 4 o'clock (4mm). Oval, circumscribed, hyperechoic 12mm mass in the subcutaneous fat at 9 o'clock, parallel to skin, typical of a lipoma.
Axillae: normal.

Comment:
Benign cysts bilaterally and a small L lipoma. No sonographic features of malignancy.
BI-RADS 2.

Thank you for referring this patient.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="2", f=[
    "mass R p z=14",
    "mass R a",
    "mass L p @1:00 z=6",
    "mass L p @4:00 z=4",
    "mass L p sh=oval mg=circumscribed ep=hyperechoic or=parallel @9:00 z=12",
], rec=[])))

US.append(dict(id="us12_05_nz_private_v2025_nonmass_lesion_stiffness_nipple_4b", text="""
ULTRASOUND BOTH BREASTS
Referrer: Dr H. Tane (GP)
Clinical notes: 44 yo. New L nipple inversion over 2 months. Mammogram today (separate report): L retroareolar asymmetry.

Findings:
LEFT: Behind the nipple, extending towards 12-1 o'clock, there is a 28 mm hypoechoic non-mass lesion. Echogenic foci within it are in keeping with calcifications. Internal vascularity on colour Doppler. Stiffness: hard (SWE Emax 145 kPa). The nipple is retracted.
Separate 6 mm oval mass at 3 o'clock 5 cm FN, margins appear circumscribed, parallel, hypoechoic, soft on elastography, no internal vascularity - likely a small fibroadenoma.
L axilla: one node with a mildly thickened cortex of 3.5 mm, otherwise normal morphology.

RIGHT: Normal fibroglandular tissue. No mass or non-mass lesion.
R axilla normal.

IMPRESSION:
1. L retroareolar non-mass lesion with calcifications, internal vascularity and high stiffness, correlating with the mammographic asymmetry and the new nipple retraction. Suspicious. BI-RADS 4B. US guided core biopsy recommended - booked for Thursday.
2. Probable fibroadenoma L 3 o'clock. BI-RADS 3. If the biopsy is benign, follow-up US of this in 6 months.
3. L axillary node with borderline cortex - can be sampled at the same sitting if the breast core shows malignancy.
4. Right breast BI-RADS 1.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="L4B R1", f=[
    "non_mass L p ep=hypoechoic va=internal el=hard z=28",
    "calcification L p",
    "skin L p",
    "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic el=soft va=absent @3:00 z=6",
    "lymph_node L p",
    "mass R a",
    "non_mass R a",
], rec=["biopsy", "short_interval_followup"])))

US.append(dict(id="us12_06_us_academic_v2025_diagnostic_mammo_tomo_spot_plus_us_bi3", text="""
DIAGNOSTIC MAMMOGRAM BILATERAL W TOMOSYNTHESIS; US BREAST RIGHT LIMITED

CLINICAL INDICATION: 41-year-old woman recalled from screening for a right breast mass (screening 01/20/2026, BI-RADS 0).

TECHNIQUE: Bilateral digital mammography with tomosynthesis, CC and MLO views, and a right CC spot compression view. Targeted ultrasound of the right breast.

COMPARISON: 01/20/2026 and 12/12/2023.

BREAST COMPOSITION: The breasts are heterogeneously dense, which may obscure small masses (c).

MAMMOGRAM FINDINGS:
The screening-detected mass in the right upper inner quadrant persists on spot compression. It is a 9 mm oval, equal-density mass with circumscribed margins at middle depth. It is not seen on the 2023 exam. No suspicious calcifications or architectural distortion in either breast. No suspicious findings in the left breast.

ULTRASOUND FINDINGS:
Right breast 1:00, 7 cm from the nipple: 9 x 4 x 7 mm mass.
- Shape: oval
- Orientation: parallel
- Margin: circumscribed
- Echogenicity: hypoechoic
- Posterior features: enhancement
- Vascularity: absent (power Doppler)
- Elasticity: intermediate (mean 58 kPa)
This corresponds in size, shape and location to the mammographic mass.

IMPRESSION:
Right breast 1:00 oval circumscribed mass corresponding to the mammographic finding, most consistent with a fibroadenoma.
RIGHT: BI-RADS 3 - Probably benign. Recommend right diagnostic mammogram and ultrasound in 6 months.
LEFT: BI-RADS 1 - Negative.

I have personally reviewed the images and agree with the findings of the resident.
""", gold=dict(mods=["mammography", "tomosynthesis", "spot_compression", "ultrasound"], purpose="diagnostic",
               density="c", overall="3", bb="R3 L1", f=[
    "mass R p sh=oval mg=circumscribed md=equal or=parallel ep=hypoechoic pf=enhancement va=absent el=intermediate @1:00 q=ui dp=middle z=9",
    "calcification B a",
    "architectural_distortion B a",
], rec=["short_interval_followup"])))

US.append(dict(id="us12_07_uk_private_male_breast_gynaecomastia_eccentric_mass_u4", text="""
ULTRASOUND RIGHT BREAST AND AXILLA

Clinical details: 67 year old man. Firm lump behind the R nipple for 2 months. On finasteride. ?gynaecomastia ?other.

Findings:
Behind the right nipple there is a fan-shaped area of hypoechoic glandular tissue, 25 mm across, typical of gynaecomastia.
Separate from this and eccentric to the nipple, at 10 o'clock 2 cm FN, there is a 12 x 10 x 11 mm irregular mass. It is taller than wide, with indistinct margins and a heterogeneous echo pattern. Posterior features are mixed - partly shadowing, partly enhancing. Internal vascularity present on Doppler.
Right axilla: one morphologically normal lymph node.

Conclusion:
1. Right breast mass eccentric to the nipple - suspicious for male breast cancer. U4.
2. Background gynaecomastia. U2.
Core biopsy recommended; the patient has been booked into Thursday's one-stop clinic for this.

Dr R. Pemberton FRCR
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall=None, f=[
    "other R p ep=hypoechoic z=25",
    "mass R p sh=irregular or=not_parallel mg=indistinct ep=heterogeneous pf=combined va=internal @10:00 z=12",
    "lymph_node R p",
], rec=["biopsy"])))

US.append(dict(id="us12_08_au_public_pregnancy_24wk_palpable_solid_mass_4a", text="""
Examination: US LEFT BREAST
Clinical history: 31 y.o. G2P1, 24/40 pregnant. Palpable L breast lump noticed 3 weeks ago, ?growing. No FHx.

Report:
Targeted ultrasound of the left breast and axilla. Mammography not performed given pregnancy and age.

The breast shows diffuse pregnancy-related glandular changes.
At the site of the palpable lump, L 3 o'clock 3cm FN, there is a 22 x 11 x 18mm oval, circumscribed, parallel, isoechoic mass. Mild internal vascularity. No posterior acoustic shadowing. It is soft on strain elastography (score 2).
At L 6 o'clock there is a 5mm cluster of microcysts.
No axillary lymphadenopathy.

Conclusion:
Solid mass at the site of the palpable lump. Appearances favour a fibroadenoma or lactating adenoma, however as a new and enlarging mass during pregnancy tissue sampling is advised.
BI-RADS 4A.
Recommend US-guided core biopsy, which is safe in pregnancy.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="L4A", f=[
    "mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic va=internal el=soft @3:00 z=22",
    "mass L p @6:00 z=5",
    "lymph_node L a",
], rec=["biopsy"])))

US.append(dict(id="us12_09_nz_public_lactation_abscess_aspiration_rim_flow_bi2", text="""
US RIGHT BREAST
History: 29F, 6 weeks postpartum, breastfeeding. R breast mastitis not settling after 5 days of flucloxacillin. Hot tender swelling R upper outer. ?abscess.

Findings:
Lactating breast tissue.
R 10 o'clock, 4 cm from the nipple: irregular hypoechic collection measuring 35 x 22 x 28 mm with internal debris and posterior acoustic enhancement. Peripheral (rim) vascularity, no internal flow. Overlying skin thickened to 5 mm with subcutaneous oedema.
Several reactive-looking R axillary nodes, largest 16 mm, with preserved fatty hila.

Procedure: Under US guidance and local anaesthetic, 14 mL of thick pus was aspirated with an 18G needle. Small residual collection. Sample sent to microbiology.

Impression:
Right breast lactational abscess, partially aspirated.
BI-RADS 2.
Recommend repeat ultrasound in 3-5 days for reassessment +/- re-aspiration.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="2", bb="R2", f=[
    "other R p sh=irregular ep=hypoechoic pf=enhancement va=rim @10:00 z=35",
    "skin R p z=5",
    "lymph_node R p z=16",
], rec=["short_interval_followup"])))

US.append(dict(id="us12_10_us_imaging_center_implant_us_stepladder_intracapsular_bi2", text="""
BILATERAL BREAST ULTRASOUND FOR IMPLANT INTEGRITY

History: 52F, bilateral subglandular silicone implants placed 2009. Right breast feels firmer, change in shape. No palpable mass. MRI not possible (pacemaker).

Findings:
Right: Multiple parallel echogenic lines within the implant lumen (stepladder sign), consistent with intracapsular rupture. No echogenic "snowstorm" in the surrounding tissue or axilla to suggest extracapsular silicone.
Left: Implant intact, smooth shell, no stepladder sign.
Breast parenchyma: No solid or cystic masses bilaterally.
Axillae: No adenopathy.

Impression:
1. Right intracapsular implant rupture.
2. Intact left implant.
No sonographic evidence of malignancy. BI-RADS 2.
Referral to plastic surgeon suggested.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="2", f=[
    "implant R p ir=intracapsular",
    "implant L p ir=none",
    "mass B a",
    "lymph_node B a",
], rec=["surgical_consultation"])))

US.append(dict(id="us12_11_us_abus_supplemental_screening_voice_recognition_4a", text="""
AUTOMATED BREAST ULTRASOUND (ABUS), BILATERAL, SCREENING

Indication: Supplemental screening for dense breast tissue. Negative screening mammogram 02/02/2026 (heterogeneously dense).

Technique: 3D automated whole breast ultra sound, AP, lateral and medial volumes of each breast, reviewed on the dedicated workstation, with targeted hand held ultra sound of both breasts.

Findings:
Right breast: At 8:00 o'clock, 3 cm from the nipple there is an oval, parallel, hypo echoic mass with circum scribed margins measuring 6 x 3 x 4 mm. No posterior features. No internal flow on the hand held Doppler images. This is new compared to the prior ABUS from 01/2025 period.
Left breast: At 2:00, 5 cm from the nipple, there is an 8 mm oval complex cystic and solid mass with circumscribed margins and a mural solid component which shows internal vascularity on Doppler. Clustered micro cysts at 5 o'clock measuring 4 mm, benign.
Scattered sub centimeter simple cysts in both breasts. No architectural distortion in either breast.

Impression:
1. Right breast 8:00 probably benign mass, likely fibro adenoma.
2. Left breast 2:00 complex cystic and solid mass.
RIGHT BREAST: BI-RADS 3, probably benign. Recommend follow up right breast ultra sound in 6 months.
LEFT BREAST: BI-RADS 4A, low suspicion. Ultrasound guided biopsy is recommended.

This report was dictated using voice recognition software.
""", gold=dict(mods=["ultrasound"], purpose="screening", overall="4A", bb="R3 L4A", f=[
    "mass R p sh=oval or=parallel ep=hypoechoic mg=circumscribed pf=none va=absent @8:00 z=6",
    "mass L p sh=oval ep=complex_cystic_solid mg=circumscribed va=internal @2:00 z=8",
    "mass L p @5:00 z=4",
    "mass B p",
    "architectural_distortion B a",
], rec=["biopsy", "short_interval_followup"])))

US.append(dict(id="us12_12_canada_alberta_post_lumpectomy_seroma_oil_cyst_skin_bi2", text="""
LEFT BREAST ULTRASOUND

Clinical: 62F. L lumpectomy + SLNB 08/2025 for 14 mm IDC at 12 o'clock, whole-breast RT completed 11/2025. New firmness at the lumpectomy scar.

Comparison: Post-operative ultrasound 09/2025.

Findings:
Beneath the lumpectomy scar at 12 o'clock there is an oval anechoic fluid collection, 34 x 15 x 22 mm, with a few thin septations and posterior acoustic enhancement, consistent with a postsurgical seroma. It is smaller than on the post-operative ultrasound of 09/2025 (48 mm).
Immediately lateral to it at 1 o'clock is a 9 mm round circumscribed mass with an internal echogenic band and no internal vascularity, consistent with an oil cyst (fat necrosis).
The skin over the lumpectomy site is thickened to 4 mm, in keeping with post-radiation change.
No solid mass at or near the lumpectomy site.
Left axilla: expected post-surgical change from SLNB. No adenopathy.

Impression:
Postsurgical seroma, decreasing, and an adjacent oil cyst. Post-radiation skin thickening. No evidence of recurrence.
BI-RADS 2. Return to annual mammography.
""", gold=dict(mods=["ultrasound"], purpose="diagnostic", overall="2", bb="L2", f=[
    "other L p sh=oval ep=anechoic pf=enhancement @12:00 z=34",
    "mass L p sh=round mg=circumscribed va=absent @1:00 z=9",
    "skin L p z=4",
    "mass L a",
    "other L p",
    "lymph_node L a",
], rec=["routine_screening"])))
