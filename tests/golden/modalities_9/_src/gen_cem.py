"""Contrast-enhanced mammography reports of modalities_9 (texts + compact gold)."""

CEM = []

CEM.append(dict(id="cem9_01_israel_cem_v2025_recall_focal_asymmetry_focal_nme_4a", text="""
[Medical Center] - Breast Imaging Unit, Haifa
CONTRAST-ENHANCED MAMMOGRAPHY (CEM), BILATERAL - RECALL
Date: 30/11/2026

Indication: Recall from the national screening programme for a left breast focal asymmetry.
Technique: Iohexol 1.5 mL/kg IV. Low-energy and recombined CC and MLO views of both breasts from 2 minutes after
injection; delayed left CC at 8 minutes.

BREAST COMPOSITION: Heterogeneously dense (c).

LOW-ENERGY IMAGES:
Left breast: focal asymmetry at 2 o'clock, posterior depth, persisting on both views, without associated
calcifications or architectural distortion.
Right breast: no mass, suspicious calcifications or distortion.

RECOMBINED IMAGES:
BACKGROUND PARENCHYMAL ENHANCEMENT: Mild. Symmetric.
Left breast: focal non-mass enhancement corresponding to the asymmetry, 15 mm, with homogeneous internal enhancement.
Lesion conspicuity: moderate. No washout on the delayed image.
Right breast: no enhancing lesions.

ASSESSMENT:
Left: BI-RADS 4A - focal non-mass enhancement corresponding to a persistent focal asymmetry.
Right: BI-RADS 1.

RECOMMENDATION: Tomosynthesis-guided or contrast-guided biopsy of the left 2 o'clock area. Targeted ultrasound at the
time of biopsy.

Dr. M. Cohen, Breast Imaging
""", gold=dict(
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="mild/symmetric",
    overall="4A", bb="R1 L4A",
    f=["asymmetry L p @2:00 dp=posterior",
       "calcification L a",
       "architectural_distortion L a",
       "mass R a",
       "calcification R a",
       "architectural_distortion R a",
       "non_mass L p ie=homogeneous nd=focal z=15"],
    rec=["additional_imaging", "biopsy"])))

CEM.append(dict(id="cem9_02_norway_cem_recall_spiculated_washout_calcs_bi5", text="""
[Helse ..] - Brystdiagnostisk senter (Breast Diagnostic Centre)
Contrast-enhanced mammography (CEM / kontrastmammografi), both breasts
Clinical question: Recalled from Mammografiprogrammet (BreastScreen Norway): right breast mass with calcifications.

Low-energy images: Breast density ACR B (scattered fibroglandular densities). Right breast, upper outer quadrant
(kl 10), posterior third: irregular high-density mass with spiculated margins, 14 mm. A group of fine pleomorphic
calcifications, 8 mm, lies immediately anterior to the mass. Left breast: no suspicious findings.

Recombined images: Background enhancement minimal and symmetrical. The right breast mass enhances intensely and
heterogeneously, enhancing extent 18 mm, with washout on the delayed image. The calcifications anterior to the mass
show no enhancement. Left breast: normal enhancement pattern; no enhancing mass or non-mass enhancement.

Supplementary ultrasound: not performed today.

Conclusion: Right breast cancer until proven otherwise, BI-RADS 5. Left BI-RADS 1.
Plan: US-guided core biopsy of the mass, and stereotactic vacuum biopsy of the calcifications. Multidisciplinary
meeting (tverrfaglig møte) next week.

Overlege I. Haugen
""", gold=dict(
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="minimal/symmetric",
    overall="5", bb="R5 L1",
    f=["mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @10:00 q=uo dp=posterior z=18",
       "calcification R p m=fine_pleomorphic d=grouped z=8",
       "mass L a",
       "non_mass L a"],
    rec=["biopsy", "other"])))

CEM.append(dict(id="cem9_03_bahrain_cesm_staging_satellite_segmental_nme_skin_typos", text="""
[Hospital] - Manama, Kingdom of Bahrain. Radiology Department
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - STAGING

Clinical data: 51 years, biopsy-proven invasive carcinoma left breast 1 o'clock (US-guided biopsy 18/11/2026).
Claustrophobic, MRI not possible. For staging.

Low energy images:
The breasts are heterogeneously dense (ACR c), which may lower the sensitivity of mammography.
Left breast: an irregular hyperdense mass with indistinct margins at 1 o'clock, upper outer quadrant, 25 mm, with a
biopsy clip. Diffuse skin and trabecular thickening of the left breast. Nipple retraction.
Right breast: scattered benign-appearing calcifications. No suspicous mass.

Recombined images:
Background parenchymal enhancment: mild, symmetrical.
Left breast: the index mass shows heterogeneous enhancement, 28 mm. A second enhancing round mass at 3 o'clock, 7 mm,
with homogeneous enhancement, 2 cm from the index lesion (satellite). Segmental non-mass enhancement with a clumped
pattern extends from the index lesion towards the nipple over 45 mm.
Right breast: no suspicious enhancement.
Axilla: left axillary lymph node enlarged, 20 mm, with loss of the fatty hilum.

Impression:
1. Left breast: known carcinoma (BI-RADS 6) with a 7 mm satellite mass at 3 o'clock (BI-RADS 4B), segmental NME and
   skin involvement.
2. Right breast: benign. BI-RADS 2.
Recommendation: Targeted ultrasound of the 3 o'clock satellite and the left axilla with biopsy / FNA. MDT discussion.

Dr. F. Al-Khalifa, Consultant Radiologist
""", gold=dict(
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="mild/symmetric",
    overall="4B", bb="R2 L4B",
    f=["mass L p sh=irregular mg=indistinct md=high ie=heterogeneous @1:00 q=uo z=28",
       "skin L p",
       "skin L p",
       "calcification R p d=diffuse",
       "mass R a",
       "mass L p sh=round ie=homogeneous @3:00 z=7",
       "non_mass L p ie=clumped nd=segmental z=45",
       "lymph_node L p z=20"],
    rec=["additional_imaging", "biopsy", "other"])))

CEM.append(dict(id="cem9_04_philippines_cem_v2025_round_obscured_washout_linear_nme_lipoma", text="""
THE [..] MEDICAL CITY - Section of Breast Imaging, Pasig City
CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL

Indication: 45 y/o, right breast lump at 8 o'clock; outside ultrasound BI-RADS 4A. Problem-solving in extremely
dense breasts.

BREAST COMPOSITION: The breasts are extremely dense (d).
BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate. Symmetric.

FINDINGS:
RIGHT BREAST
1. Mass, 8 o'clock, middle depth, corresponding to the palpable lump: round, equal density on low-energy images,
   margin obscured by the surrounding dense tissue. On recombined images it shows heterogeneous enhancement and
   measures 16 mm. Lesion conspicuity: high. Washout on the late image.
LEFT BREAST
2. Non-mass enhancement, 1 o'clock, anterior depth: linear distribution, homogeneous internal enhancement, 20 mm.
   Lesion conspicuity: low. No low-energy correlate.
3. Oval fat-containing mass, 4 o'clock, 12 mm, without enhancement, consistent with a lipoma.
BOTH BREASTS: No suspicious calcifications. No architectural distortion. Axillary lymph nodes with normal fatty hila
bilaterally.

IMPRESSION:
1. Right 8 o'clock enhancing mass - BI-RADS 4C.
2. Left 1 o'clock linear non-mass enhancement - BI-RADS 4A.
3. Left lipoma - BI-RADS 2.

RECOMMENDATION: US-guided core biopsy of the right breast mass. Second-look ultrasound of the left 1 o'clock NME.

JOSE RAMON D. REYES, MD, FPCR, Breast Imaging
""", gold=dict(
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="d", bpe="moderate/symmetric",
    overall="4C", bb="R4C L4A",
    f=["mass R p sh=round mg=obscured md=equal ie=heterogeneous kd=washout @8:00 dp=middle z=16",
       "non_mass L p ie=homogeneous nd=linear @1:00 dp=anterior z=20",
       "mass L p sh=oval md=fat_containing @4:00 z=12",
       "calcification B a",
       "architectural_distortion B a",
       "lymph_node B p"],
    rec=["additional_imaging", "biopsy"])))

CEM.append(dict(id="cem9_05_argentina_cem_recall_not_circumscribed_low_density_popcorn", text="""
[Centro de Diagnóstico] - Buenos Aires
CONTRAST-ENHANCED MAMMOGRAPHY (mamografía con contraste / CEM)
(translated from Spanish)

Reason for study: 57 years, on hormone replacement therapy. Screening mammogram with a new left breast nodule
(BI-RADS 0). Comparison: mammogram 2024.

Low-energy images:
Breast composition: scattered fibroglandular densities (type B).
Left breast: at 12 o'clock, at the junction of the upper quadrants, a 9 mm oval isodense nodule with margins that are
not circumscribed. New compared with 2024.
Left breast, lower inner quadrant: 11 mm oval low-density nodule with circumscribed margins, unchanged from 2024.
Right breast, upper outer quadrant: coarse "popcorn" calcifications, 6 mm, unchanged.
No suspicious microcalcifications in either breast.

Recombined images:
Background parenchymal enhancement: mild, symmetric.
The left 12 o'clock nodule shows homogeneous enhancement and measures 10 mm.
The left lower inner quadrant nodule does not enhance.
No other enhancing lesions.

Conclusion:
Left breast, 12 o'clock: new enhancing nodule, BI-RADS 4A.
Left breast, lower inner quadrant: benign-appearing low-density nodule, stable, BI-RADS 2.
Right breast: BI-RADS 2.
Suggested: targeted ultrasound and ultrasound-guided core biopsy of the left 12 o'clock nodule.

Dra. M. L. Fernández, médica especialista en diagnóstico por imágenes
""", gold=dict(
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
    overall="4A", bb="R2 L4A",
    f=["mass L p sh=oval mg=not_circumscribed md=equal ie=homogeneous @12:00 z=10",
       "mass L p s sh=oval mg=circumscribed md=low q=li z=11",
       "calcification R p s m=coarse q=uo z=6",
       "calcification B a"],
    rec=["additional_imaging", "biopsy"])))

CEM.append(dict(id="cem9_06_sa_private_email_to_surgeon_inflammatory_diffuse_nme_bi5", text="""
Subject: RE: Mrs N. Dlamini - CEM today
From: Dr Pieter van der Merwe <pvdmerwe@[practice]radiology.co.za>
To: Dr Anele Mokoena
Sent: 02 December 2026 17:48

Hi Anele,

Quick heads-up before the formal report goes out tonight - I've looked at Mrs Dlamini's contrast-enhanced
mammogram (CEM) from this afternoon, done for the non-resolving "mastitis" on the right.

Not good news I'm afraid. On the low-energy views there is marked skin and trabecular thickening throughout the
right breast, skin 8 mm. Density c on both sides. On the recombined images there is diffuse non-mass enhancement
involving virtually the whole right breast, heterogeneous, and within it an irregular rim-enhancing mass at
9 o'clock, 35 mm. BPE on the left is mild. There is a 24 mm node in the right axilla with no fatty hilum. No
suspicious calcs on either side.

Left breast is clean - nothing enhancing, BI-RADS 1. For the right I'm calling it BI-RADS 5, highly suspicious for
inflammatory carcinoma.

I've booked her for a US-guided core of the mass and FNA of the node tomorrow at 08:30 with us. A skin punch biopsy
in your rooms would also be worth doing. Happy to present her at the MDM on Friday.

Cheers
Pieter

Dr P. van der Merwe
Radiologist | [Practice] Radiology, Umhlanga, Durban
""", gold=dict(
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="mild/-",
    overall="5", bb="R5 L1",
    f=["skin R p z=8",
       "non_mass R p ie=heterogeneous nd=diffuse",
       "mass R p sh=irregular ie=rim @9:00 z=35",
       "lymph_node R p z=24",
       "calcification B a"],
    rec=["biopsy", "other"])))

CEM.append(dict(id="cem9_07_turkey_izmir_cem_bi0_addendum_same_day_us_4a", text="""
[Private] Hospital - Izmir. Department of Radiology
CONTRAST-ENHANCED MAMMOGRAPHY (KONTRASTLI MAMOGRAFİ), BILATERAL
Date: 01.12.2026, 11:05

Indication: 49 y. Recalled after screening (KETEM) for a right breast mass.

Low-energy images: Breast density ACR C. Right breast, 11 o'clock, middle third: oval equal-density mass, 13 mm. No
associated microcalcifications. Left breast: vascular calcifications. No mass or architectural distortion.
Recombined images: Background parenchymal enhancement minimal, symmetric. The right 11 o'clock mass shows thin rim
enhancement, 13 mm. Left breast: no enhancing lesion.

Conclusion: Right breast 11 o'clock rim-enhancing mass, cyst versus solid lesion. BI-RADS 0. Targeted ultrasound
performed the same day (see addendum). Left breast: BI-RADS 2.

ADDENDUM (01.12.2026, 14:20) - Targeted ultrasound of the right breast
At 11 o'clock, 5 cm from the nipple, corresponding to the CEM mass: oval, circumscribed, parallel complex cystic and
solid mass, 14 x 9 mm, with a 4 mm mural solid nodule showing internal vascularity on colour Doppler.
Final assessment: Right BI-RADS 4A. Left BI-RADS 2.
Recommendation: US-guided core biopsy of the mural nodule.

Dr. S. Aksoy, Radiologist
""", gold=dict(
    mods=["contrast_enhanced_mammography", "ultrasound"], purpose="diagnostic", density="c", bpe="minimal/symmetric",
    overall="4A", bb="R4A L2",
    f=["mass R p sh=oval mg=circumscribed md=equal or=parallel ep=complex_cystic_solid va=internal ie=rim @11:00 dp=middle z=14",
       "calcification R a",
       "calcification L p m=vascular",
       "mass L a",
       "architectural_distortion L a"],
    rec=["biopsy"])))
