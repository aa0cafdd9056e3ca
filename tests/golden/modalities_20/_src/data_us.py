"""Ultrasound reports of modalities_20: text + compact gold (see common.py)."""
ITEMS = []
def add(**kw):
    ITEMS.append(kw)

add(id="us20_01_usa_abus_supplemental_screening_coronal_angular_right_cyst_left_4b",
    mods=["ultrasound"], purpose="screening", overall="4B", bb="R4B L2",
    f=["mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing @10:00 z=9",
       "mass L p mg=circumscribed ep=anechoic pf=enhancement @2:00 z=5",
       "mass L a",
       "ln B a"],
    rec=["biopsy"],
    text="""
EXAM: AUTOMATED BREAST ULTRASOUND (ABUS), BILATERAL - SUPPLEMENTAL SCREENING
DATE OF EXAM: 03/11/2026

INDICATION: Supplemental screening. Heterogeneously dense breasts on screening mammogram of 02/19/2026. Asymptomatic.

TECHNIQUE: Automated whole-breast ultrasound, 3 volumes per breast (AP, LAT, MED), 6-15 MHz wide-aperture transducer. Volumes reviewed on the workstation in transverse, sagittal and reconstructed coronal planes. Handheld ultrasound was not performed today.

COMPARISON: None. This is the patient's first ABUS.

FINDINGS:
Right breast: In the LAT volume at 10 o'clock, 4 cm from the nipple, there is an irregular hypoechoic mass measuring 9 x 7 x 8 mm. Margins are angular, best appreciated on the coronal plane. Orientation is not parallel to the skin. Posterior acoustic shadowing is present.

Left breast: Simple cyst at 2 o'clock, 6 cm from the nipple, 5 mm, anechoic and circumscribed with posterior acoustic enhancement. No solid mass in the left breast.

No axillary lymphadenopathy in the lateral volumes bilaterally.

IMPRESSION:
1. Right breast 10:00 irregular hypoechoic mass, 9 mm, with angular margins on the coronal plane. BI-RADS 4B: Suspicious. Ultrasound-guided core biopsy is recommended and will be scheduled by our navigator.
2. Left breast 2:00 simple cyst. BI-RADS 2: Benign.

OVERALL ASSESSMENT: BI-RADS 4B.
""")

add(id="us20_02_canada_second_look_right_after_staging_mri_microlobulated_4a",
    mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="R4A",
    f=["mass R p sh=oval mg=microlobulated or=parallel ep=hypoechoic pf=none va=internal @9:00 dp=posterior z=7"],
    rec=["biopsy"],
    text="""
DIAGNOSTIC IMAGING - BREAST
EXAM: US BREAST RIGHT LIMITED (SECOND LOOK)

History: 52F. Left breast IDC diagnosed Jan 2026. Staging MRI of 02/02/2026 showed an additional 7 mm enhancing mass in the right breast at 9 o'clock, assessed BI-RADS 4 at that time. Referred for second-look ultrasound.

Technique: Targeted sonography of the right breast from 8 to 10 o'clock, grey scale and power Doppler.

Findings:
At 9 o'clock, 5 cm from the nipple, posterior depth, there is an oval hypoechoic mass measuring 7 x 4 x 5 mm. Margins microlobulated. Parallel orientation. No posterior acoustic features. Internal vascularity on power Doppler.
Its location, depth and size correspond to the MRI finding.

Impression:
Sonographic correlate for the MRI-detected right breast mass at 9 o'clock.
BI-RADS 4A - low suspicion for malignancy.
Recommend US-guided core biopsy with clip placement; booking has been requested.
""")

add(id="us20_03_egypt_tsukuba_score_swe_kpa_left_spiculated_skin_nodes_right_cysts_5",
    mods=["ultrasound"], purpose="diagnostic", overall="5", bb="L5 R2",
    f=["mass R p ep=anechoic pf=enhancement",
       "mass R a",
       "mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 z=18",
       "skin L p",
       "ln L p"],
    rec=["biopsy"],
    text="""
BREAST ULTRASOUND & ELASTOGRAPHY REPORT
Women's Imaging Unit - Heliopolis, Cairo

Clinical data: 46 years old, left breast lump for 2 months. No previous imaging.
Technique: linear probe 5-18 MHz, B-mode, colour Doppler, strain elastography (Tsukuba score) and shear wave elastography.

Right breast:
- Two simple cysts, the largest at 11 o'clock, anechoic with posterior acoustic enhancement. Elasto: BGR pattern.
- No solid masses.

Left breast:
- At 2 o'clock, 3 cm from the nipple: irregular hypoechoic mass measuring 18 x 14 mm, not parallel, with spiculated margin and posterior acoustic shadowing.
  Colour Doppler: internal vascularity.
  Strain elastography: Tsukuba score 5, strain ratio 6.2 (hard). SWE: Emax 148 kPa.
- The skin overlying the mass is thickened (3.5 mm).

Axilla:
- Left axilla: two enlarged lymph nodes with thick cortex (5 mm) and effaced fatty hilum, the largest 16 mm.
- Right axilla: unremarkable.

Conclusion:
- Left breast suspicious mass with hard elastographic pattern, and suspicious left axillary lymph nodes: BIRADS 5.
- Right breast simple cysts: BIRADS 2.

Advice: US guided tru-cut biopsy of the left breast mass and FNAC of the left axillary node.
""")

add(id="us20_04_nigeria_yes_no_template_right_isoechoic_fa_left_negative_bi3",
    mods=["ultrasound"], purpose="diagnostic", overall="3", bb="R3 L1",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=enhancement va=absent @7:00 z=24",
       "calc R a", "ad R a", "skin R a", "other R a",
       "mass L a", "ad L a", "skin L a", "other L a",
       "ln B p"],
    rec=["short_interval_followup"],
    text="""
DEPARTMENT OF RADIOLOGY
UNIVERSITY OF NIGERIA TEACHING HOSPITAL, ITUKU-OZALLA, ENUGU
BREAST ULTRASOUND REPORT FORM

Age: 34 yrs     Sex: F     Ward/Clinic: SOPD
Clinical indication: Right breast swelling x 6/12. ?Fibroadenoma
Previous imaging: Nil

RIGHT BREAST
Echotexture: Predominantly fibroglandular
Mass present: Yes
   Location: 7 o'clock, 2cm from nipple
   Size: 24 x 15 mm
   Shape: Oval
   Orientation: Parallel
   Margin: Circumscribed
   Echo pattern: Isoechoic
   Posterior features: Enhancement
   Calcifications within mass: No
   Vascularity: Absent
Architectural distortion: No
Skin changes: No
Ductal dilatation: No

LEFT BREAST
Echotexture: Predominantly fibroglandular
Mass present: No
Architectural distortion: No
Skin changes: No
Ductal dilatation: No

AXILLAE
Lymph nodes seen: Yes - bilateral, normal morphology with fatty hila.

IMPRESSION:
Right breast mass in keeping with fibroadenoma. BIRADS 3 (Right).
BIRADS 1 (Left).

RECOMMENDATION: Follow-up ultrasound scan in 6 months.

Reporting Radiologist: Dr. ____ (Senior Registrar) / Consultant: Dr. ____
""")

add(id="us20_05_kenya_complicated_cyst_left_uoq_retroareolar_cysts_right_negative_bi3",
    mods=["ultrasound"], purpose="diagnostic", overall="3", bb="L3 R1",
    f=["mass R a", "other R a",
       "mass L p sh=round mg=circumscribed pf=enhancement va=absent @1:00 q=uo z=11",
       "mass L p q=sa",
       "ln B p"],
    rec=["short_interval_followup"],
    text="""
DEPARTMENT OF IMAGING & DIAGNOSTIC RADIOLOGY - NAIROBI
BILATERAL BREAST ULTRASOUND

CLINICAL NOTES: 41yr old, cyclical mastalgia, ?lump Lt breast UOQ. Mammogram done at an outside facility - report not availed.

FINDINGS:
Both breasts show heterogeneous background echotexture.
Rt breast: No solid or cystic mass. No ductal ectasia.
Lt breast: At the 1 o'clock position, 4cm from the nipple (UOQ), there is a round circumscribed cyst with homogeneous low level internal echoes measuring 11 x 10mm. No internal vascularity on colour Doppler. Posterior acoustic enhancement. Appearances are in keeping with a complicated cyst.
A few small simple cysts are also seen in the Lt retroareolar region, largest 4mm.
Both axillae: normal appearing lymph nodes with preserved fatty hila.

IMPRESSION:
1. Lt breast complicated cyst at 1 o'clock - BIRADS 3.
2. Lt retroareolar simple cysts - benign.
3. Rt breast normal - BIRADS 1.
Short term follow up USS in 6 months is recommended.
""")

add(id="us20_06_pakistan_complex_cystic_solid_retroareolar_combined_duct_no_sol_left_4b",
    mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B L1",
    f=["mass R p sh=oval mg=indistinct or=parallel ep=complex_cystic_solid pf=combined va=internal q=sa z=14",
       "other R p",
       "mass L a",
       "ln B p"],
    rec=["additional_imaging", "biopsy"],
    text="""
DEPARTMENT OF RADIOLOGY - HOLY FAMILY HOSPITAL, RAWALPINDI
ULTRASOUND BOTH BREASTS

Clinical: 58 yrs, post-menopausal, bloody nipple discharge Rt side x 1 month. No lump felt.

FINDINGS:
RIGHT BREAST:
A complex cystic and solid mass is seen in the right retroareolar region measuring 14 x 10 mm. It is oval in shape with indistinct margins and parallel orientation. Combined posterior features are seen (enhancement behind the cystic part, shadowing behind the solid part). Solid component shows internal vascularity on colour doppler.
A dilated duct (4 mm calibre) is seen leading to it.

LEFT BREAST:
Normal fibroglandular echotexture. No SOL seen.

AXILLAE:
Few subcentimetric lymph nodes with normal morphology bilaterally.

IMPRESSION:
Complex cystic and solid mass Rt retroareolar region with duct dilatation - BIRADS 4B.
Left breast - BIRADS 1.

ADVISED: USG guided core biopsy of right retroareolar mass. Bilateral mammogram also advised.
""")

add(id="us20_07_ireland_symptomatic_left_lipoma_hyperechoic_u2_bi2",
    mods=["ultrasound"], purpose="diagnostic", overall="2", bb="L2",
    f=["mass L p sh=oval mg=circumscribed or=parallel ep=hyperechoic va=absent @3:00 z=21",
       "mass L a"],
    rec=[],
    text="""
SYMPTOMATIC BREAST UNIT - UNIVERSITY HOSPITAL GALWAY
US LEFT BREAST

Clinical details: 49F. Soft mobile lump L breast 3 o'clock, P2. Mammogram today M1 (reported separately).

Findings:
At the site of the palpable abnormality, left breast 3 o'clock 6cm FN, there is an oval, circumscribed, hyperechoic mass measuring 21mm, parallel to the skin, with no posterior acoustic shadow and no internal vascularity. Appearances are those of a lipoma.
No suspicious mass in the left breast.
Left axilla: normal.

Opinion:
Benign lipoma at the site of the palpable lump, left breast. U2. BI-RADS 2.
No further imaging required.
""")

add(id="us20_08_brazil_translated_complementary_us_elastography_scores_left_complex_4b",
    mods=["ultrasound"], purpose="screening", overall="4B", bb="R2 L4B",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hyperechoic pf=none el=soft @9:00 z=8",
       "mass L p sh=irregular mg=not_circumscribed or=not_parallel ep=complex_cystic_solid pf=enhancement va=internal el=intermediate @12:00 z=13",
       "other L p q=sa",
       "ln B a"],
    rec=["biopsy"],
    text="""
BILATERAL BREAST ULTRASOUND
(translated from Portuguese - original: "Ultrassonografia mamária bilateral")
Clínica de Diagnóstico por Imagem - São Paulo, SP

Indication: complementary to annual screening mammography (dense breasts). Asymptomatic patient.
Technique: high-resolution linear transducer (12 MHz), with Doppler study and strain elastography (5-point score).

Report:
Skin and subcutaneous tissue without alterations.
Fibroglandular parenchyma of heterogeneous echotexture.

RIGHT BREAST:
Solid nodule at 9 hours, 3 cm from the papilla, measuring 0.8 x 0.4 cm: hyperechoic, oval, circumscribed margins, parallel orientation, without posterior acoustic features. Elastography: soft (score 1).

LEFT BREAST:
Complex cystic and solid nodule at 12 hours, 2 cm from the papilla, measuring 1.3 x 1.0 cm: irregular shape, not circumscribed margins, not parallel orientation, posterior acoustic enhancement. Internal flow on Doppler study. Elastography: intermediate (score 3).
Ductal ectasia in the retroareolar region of the left breast, calibre 3 mm, anechoic content.

Axillary regions without lymph node enlargement.

Impression:
Right breast: solid nodule with benign characteristics - BI-RADS® 2.
Left breast: complex cystic and solid nodule - BI-RADS® 4B.
Suggest percutaneous biopsy of the left nodule.
""")

add(id="us20_09_china_english_cdfi_aspect_ratio_right_spiculated_microcalc_node_left_cyst_4c",
    mods=["ultrasound"], purpose="diagnostic", overall="4C", bb="R4C L2",
    f=["mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 z=19",
       "calc R p",
       "mass L p sh=oval mg=circumscribed ep=anechoic pf=enhancement @3:00 z=6",
       "ln R p",
       "ln L a"],
    rec=["biopsy"],
    text="""
Ultrasound Examination Report
Department of Ultrasound, The Second People's Hospital
Exam item: Bilateral breast and axillary ultrasound
Clinical diagnosis: Right breast mass found by self-examination

Ultrasound findings:
Bilateral breast glandular thickness: right 12mm, left 11mm, glandular echo is uneven.
Right breast at 10 o'clock, about 3cm from nipple, a hypoechoic mass is seen, size about 1.9x1.5cm, irregular shape, margin spiculated (burr sign), aspect ratio >1 (taller than wide), posterior echo attenuation (shadowing). Several microcalcifications are seen inside it. CDFI: rich blood flow signals inside the mass (Adler grade II).
Left breast at 3 o'clock an anechoic area is seen, size about 0.6x0.4cm, oval, clear boundary (circumscribed), posterior echo enhanced.
Right axilla: one lymph node is seen, size about 1.5x0.9cm, cortex thickened 4mm, hilum structure unclear.
Left axilla: no abnormal enlarged lymph node.

Ultrasound diagnosis:
1. Right breast solid mass (BI-RADS 4C)
2. Right axillary lymph node enlarged with abnormal structure
3. Left breast cyst (BI-RADS 2)
Suggestion: ultrasound guided core needle biopsy of the right breast mass.
""")

add(id="us20_10_philippines_diagnostic_post_lumpectomy_scar_stable_fa_new_left_round_4a",
    mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="R2 L4A",
    f=["other R p s @10:00",
       "mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @2:00 z=8",
       "mass L p sh=round mg=indistinct or=parallel ep=hypoechoic pf=none va=absent @5:00 z=6",
       "ln B a"],
    rec=["biopsy"],
    text="""
ST. LUKE'S MEDICAL CENTER - QUEZON CITY
DEPARTMENT OF RADIOLOGY, BREAST IMAGING SECTION
DIAGNOSTIC BREAST ULTRASOUND, BILATERAL

Clinical history: 55/F, s/p right lumpectomy and RT (2023) for IDC. Known left fibroadenoma on follow up. Last UTZ March 2025.

FINDINGS:
RIGHT BREAST: Post-surgical scar at the 10 o'clock lumpectomy site, unchanged from March 2025. No new lesion in the right breast.

LEFT BREAST: The known oval circumscribed hypoechoic mass at 2 o'clock, 3 cm FN, is unchanged at 8 mm, parallel, consistent with a fibroadenoma.
There is a new round hypoechoic mass at 5 o'clock, 4 cm FN, measuring 6 mm, with indistinct margins, parallel orientation, no posterior features and no vascularity on power Doppler. This was not seen in March 2025.

No axillary lymphadenopathy.

IMPRESSION:
1. New left 5 o'clock mass with indistinct margins - BI-RADS 4A. Ultrasound-guided biopsy is recommended.
2. Stable left fibroadenoma.
3. Right breast post-surgical changes - BI-RADS 2.
""")
