"""Ultrasound reports of modalities_17 (text + compact gold)."""
US = "ultrasound"
ITEMS = []
A = ITEMS.append

A(dict(id="us17_01_norway_young_palpable_lump_targeted_right_fa_bi3", mods=[US], purpose="diagnostic",
       overall="3", bb="R3", rec=["short_interval_followup"],
       f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @10:00 z=14"],
       text="""
Brystdiagnostisk senter - Radiologisk avdeling
ULTRASOUND, RIGHT BREAST (UL mamma hø.), targeted
Date: 02.12.2026

Clinical info: 22 y.o. woman, palpable lump R breast approx. 10 o'clock, noticed 3 weeks ago. No family hx of breast cancer. Not pregnant/lactating.

Findings:
At the palpable site, R 10 o'clock 4 cm from the nipple, there is an oval, circumscribed, parallel, hypoechoic mass measuring 14 x 9 x 7 mm. No posterior acoustic features. No internal vascularity on colour Doppler. Elastography: soft.
The rest of the right breast shows normal fibroglandular echotexture. Right axilla unremarkable.

Conclusion:
Palpable lump R 10 o'clock corresponds to a 14 mm probable fibroadenoma. BI-RADS 3.
Follow-up US in 6 months recommended.

Overlege, radiolog
"""))

A(dict(id="us17_02_denmark_v2025_us_nonmass_lesion_left_recall_site_cyst_right_4a", mods=[US], purpose="diagnostic",
       overall="4A", bb="L4A R2", rec=["biopsy"],
       f=["nme L p ep=hypoechoic pf=none va=absent el=intermediate @2:00 z=18",
          "mass R p ep=anechoic pf=enhancement @9:00 z=7",
          "ln B a"],
       text="""
Radiologisk Afdeling, Mammografisk klinik
Examination: Bilateral breast ultrasound (supplementary to screening mammography 21.11.2026, performed in the regional programme)
Indication: 48-year-old woman recalled from screening with a focal asymmetry in the left breast, graded BI-RADS 0 at screening.

Findings:
Left breast: At 2 o'clock, 5 cm FN, at the site of the screening recall, there is a hypoechoic non-mass lesion measuring approx. 18 x 6 mm, oriented along a duct. No posterior features. No internal vascularity. Elastography intermediate (Emean 62 kPa).
Right breast: Simple cyst at 9 o'clock, 7 mm, anechoic with posterior enhancement.
Both axillae: no suspicious lymph nodes.

Conclusion:
Left 2 o'clock: non-mass lesion at the recall site, BI-RADS 4A.
Right: simple cyst, BI-RADS 2.
US-guided core biopsy of the left lesion is booked for 09.12.2026.
"""))

A(dict(id="us17_03_ireland_male_breast_retroareolar_irregular_mass_node_4c", mods=[US], purpose="diagnostic",
       overall="4C", bb="L4C R1", rec=["biopsy"],
       f=["mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal z=16",
          "skin L a",
          "ln L p",
          "mass R a"],
       text="""
Symptomatic Breast Unit - Radiology Department
ULTRASOUND BOTH BREASTS - MALE PATIENT

Clinical: 67M, firm lump behind L nipple x 2/12. No relevant medications. ?cause

Findings:
Left: Directly deep to the nipple, slightly eccentric towards 2 o'clock, there is a 16 x 12 mm irregular hypoechoic mass with indistinct margins, not parallel to the skin, with posterior acoustic shadowing and internal vascularity on power Doppler. The overlying skin is not thickened.
Left axilla: one node with a lobulated cortex measuring up to 4 mm.
Right: No retroareolar mass.

Opinion:
Suspicious left retroareolar mass in a male patient, BI-RADS 4C. Indeterminate left axillary node.
Right: BI-RADS 1.
Plan: US-guided core biopsy of the mass and FNA of the axillary node on the same list.

Consultant Radiologist
"""))

A(dict(id="us17_04_spain_translated_right_axillary_us_only_cortical_node_4b", mods=[US], purpose="diagnostic",
       overall="4B", bb="R4B", rec=["biopsy"],
       f=["ln R p z=19", "ln R a"],
       text="""
Servicio de Radiodiagnóstico - Unidad de Mama
ECOGRAFÍA AXILAR DERECHA / RIGHT AXILLARY ULTRASOUND
(translated from the Spanish original)

Clinical data: 39-year-old woman. Palpable nodule in the right axilla for 1 month. Mammography and breast ultrasound 2 months ago: BI-RADS 1.
Technique: high-frequency linear probe, right axilla only (levels I-III), as requested.

Findings:
In right axillary level I a lymph node of 19 x 11 mm is identified, with a focally thickened cortex (4.5 mm) that partially displaces the fatty hilum. It corresponds to the palpable finding.
No lymphadenopathy at levels II and III.
The axillary tail of the right breast is unremarkable.

Conclusion:
Right axillary lymph node with focal cortical thickening displacing the hilum, corresponding to the palpable finding. BI-RADS 4B.
Ultrasound-guided core needle biopsy (BAG) is recommended.
"""))

A(dict(id="us17_05_chile_teen_palpable_left_isoechoic_fa_microcysts_right_bi3", mods=[US], purpose="diagnostic",
       overall="3", bb="L3 R2", rec=["short_interval_followup"],
       f=["mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=enhancement va=absent el=soft @3:00 z=21",
          "mass R p @11:00 z=6",
          "mass R a",
          "ln B p"],
       text="""
INFORME ECOGRAFÍA MAMARIA BILATERAL (traducción)
Patient: 19 years. Reason: palpable nodule left breast.

LEFT BREAST: At 3 hrs, 2 cm from the nipple, coinciding with the palpable nodule, an oval, circumscribed, parallel, isoechoic solid nodule of 21 x 12 mm, with posterior acoustic enhancement, without vascularity on Doppler. Elastography: soft pattern.
RIGHT BREAST: At 11 hrs a cluster of microcysts of 6 mm. No solid nodules.
AXILLAE: Lymph nodes of normal morphology bilaterally.

IMPRESSION:
Left breast: solid nodule of probably benign characteristics (probable fibroadenoma) at 3 hrs. BI-RADS 3.
Right breast: clustered microcysts. BI-RADS 2.
Ultrasound control in 6 months is suggested.

Dra. M. Fuentes - Radióloga
"""))

A(dict(id="us17_06_colombia_possible_us_nonmass_lesion_right_stable_fa_left_4a", mods=[US], purpose="diagnostic",
       overall="4A", bb="R4A L2", rec=["biopsy"],
       f=["nme R q ep=hypoechoic va=absent @10:00 z=12",
          "mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @4:00 z=9",
          "ln B a"],
       text="""
ECOGRAFÍA DE MAMAS - Centro de Imágenes Diagnósticas, Bogotá
Indication: 46 years. Mastalgia right breast. Comparison: breast ultrasound of 03/2024.

RIGHT BREAST: At 10 o'clock, 3 cm FN, an ill-defined hypoechoic area of 12 mm; a non-mass lesion cannot be excluded versus normal fibroglandular tissue. No shadowing. No vascularity.
LEFT BREAST: Oval, circumscribed, parallel, hypoechoic mass at 4 o'clock, 9 mm, unchanged since the study of 2024 (previously 9 mm), compatible with fibroadenoma.
AXILLAE: No axillary adenopathy.

CONCLUSION:
Right breast: possible non-mass lesion at 10 o'clock. BI-RADS: 4A. Ultrasound-guided biopsy is recommended.
Left breast: stable fibroadenoma. BI-RADS: 2.
"""))

A(dict(id="us17_07_nigeria_teen_bilateral_fibroadenomas_giant_left_bi3_bilat", mods=[US], purpose="diagnostic",
       overall="3", bb="L3 R3", rec=["surgical_consultation", "short_interval_followup"],
       f=["mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=internal @12:00 z=38",
          "mass R p sh=oval mg=circumscribed ep=hypoechoic @8:00 z=13",
          "ln B a"],
       text="""
DEPARTMENT OF RADIOLOGY, UNIVERSITY COLLEGE HOSPITAL
BREAST ULTRASOUND SCAN (BILATERAL)

Clinical details: 17yr old female with bilateral breast lumps, L > R. ?Fibroadenomas.

FINDINGS:
Both breasts show normal glandular echopattern.
LEFT BREAST: A well circumscribed oval hypoechoic mass, parallel to the skin, is seen at the 12 O'clock position measuring 38 x 24mm. It shows posterior acoustic enhancement. Minimal internal vascularity on colour doppler.
RIGHT BREAST: A similar but smaller well circumscribed oval hypoechoic mass is seen at 8 O'clock measuring 13 x 8mm.
No axillary lymphadenopathy bilaterally.

IMPRESSION:
Bilateral breast masses, most likely fibroadenomas (the left possibly a giant/juvenile fibroadenoma).
BIRADS 3 bilaterally.

Advice: Surgical review for excision of the left breast mass. Follow-up scan of the right breast in 6 months.

Dr. A. O., Consultant Radiologist
"""))

A(dict(id="us17_08_egypt_swe_doppler_right_spiculated_skin_node_left_cyst_5", mods=[US], purpose="diagnostic",
       overall="5", bb="R5 L2", rec=["biopsy"],
       f=["mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @9:00 z=27",
          "skin R p",
          "ln R p z=22",
          "mass L p @1:00 z=9",
          "mass L a"],
       text="""
Breast Imaging Unit - Alexandria
Bilateral breast ultrasound with colour Doppler and shear-wave elastography

Clinical: 58 years, right breast lump with skin changes.

Right breast:
- A 27 x 22 mm irregular hypoechoic mass at 9 o'clock, 3 cm from the nipple, with spiculated margins, taller-than-wide (non-parallel), posterior acoustic shadowing and internal vascularity. Hard on SWE (Emax 170 kPa).
- Diffuse skin thickening of the lower half of the right breast, 4 mm.
- Right axilla: an enlarged lymph node with lost fatty hilum, 22 mm.
Left breast:
- Simple cyst 9 mm at 1 o'clock.
- No solid masses.

Impression:
Right breast malignant-looking mass with skin thickening and axillary lymphadenopathy: BI-RADS 5.
Left simple cyst: BI-RADS 2.
Tru-cut biopsy of the right breast mass is advised.
"""))

A(dict(id="us17_09_iran_sonography_history_density_rt_complicated_cyst_lt_angular_4a", mods=[US], purpose="diagnostic",
       overall="4A", bb="R3 L4A", rec=["biopsy", "short_interval_followup"],
       f=["mass R p sh=oval mg=circumscribed or=parallel pf=enhancement @7:00 z=10",
          "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=none va=absent z=7",
          "other L p"],
       text="""
Breast sonography report - Imaging center, Tehran
Patient: 44 y, F. Referred for bilateral breast sonography; dense breasts (ACR C) on mammography of Azar 1405.

Rt breast: A 10x8 mm oval, circumscribed, parallel mass with low-level internal echoes and posterior enhancement at 7 o'clock, 2 cm from nipple, in favor of complicated cyst. BIRADS 3.
Lt breast: A 7x6 mm irregular hypoechoic mass with angular margin at 1-2 o'clock, 4 cm from nipple, not parallel, without posterior features. Vascularity: not seen. BIRADS 4A.
Also a 5 mm ectatic duct in the left subareolar region.
Axillae: unremarkable.

Recommendation:
Sonography-guided core needle biopsy for the left lesion.
Follow-up sonography for the right lesion in 6 months.
"""))

A(dict(id="us17_10_pakistan_young_large_left_mass_phyllodes_ddx_4a", mods=[US], purpose="diagnostic",
       overall="4A", bb="L4A R1", rec=["biopsy"],
       f=["mass L p sh=oval mg=circumscribed or=parallel ep=heterogeneous va=internal q=uo z=52",
          "skin L a", "ln L a", "mass R a"],
       text="""
ULTRASOUND BREASTS
Clinical History: 24 years old unmarried female, painless lump left breast, gradually increasing in size for 6 months.

FINDINGS:
Left breast: A large oval, circumscribed (gently lobulated) heterogeneous mass lesion is seen in the upper outer quadrant measuring 52 x 38 mm. It shows internal vascularity on colour doppler. Orientation parrallel. No posterior acoustic shadowing. No skin thickening.
Left axilla: no significant lymphadenopathy.
Right breast: Normal fibroglandular parenchyma. No focal mass or cystic lesion seen.

IMPRESSION:
Large, gradually enlarging left breast mass in a young female; differentials include giant fibroadenoma and phyllodes tumour.
BIRADS 4A (left).
Right breast BIRADS 1.
Trucut biopsy advised.

Consultant Radiologist, Lahore
"""))

A(dict(id="us17_11_taiwan_numbered_r9_stable_fa_l1_microlobulated_hard_ectasia_4b", mods=[US], purpose="diagnostic",
       overall="4B", bb="R2 L4B L2", rec=["biopsy"],
       f=["mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @9:00 z=12",
          "mass L p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=none el=hard @1:00 z=7",
          "other L p", "mass L a", "ln B a"],
       text="""
Breast Ultrasound Report (bilateral sonography) - Taipei
Indication: F/U of right breast fibroadenoma. Comparison: 2025/11/20.

Findings:
1. Right breast 9 o'clock, 3 cm from nipple (R9/3): oval, circumscribed, parallel, hypoechoic nodule, 1.2 x 0.6 cm, no significant change compared with 2025/11/20 (1.2 x 0.6 cm).
2. Left breast 1 o'clock, 2 cm FN (L1/2): irregular hypoechoic nodule with microlobulated margin, 0.7 x 0.6 cm, not parallel. Posterior features: none. Elastography: hard (Tsukuba score 4).
3. Left breast subareolar: dilated ducts up to 3 mm with anechoic content; no intraductal mass.
4. Bilateral axillae: no enlarged lymph node.

Impression:
1. R9/3 nodule, stable, probably fibroadenoma - BI-RADS 2.
2. L1/2 nodule - BI-RADS 4B, suggest US-guided core needle biopsy.
3. Left mild duct ectasia - BI-RADS 2.
"""))

A(dict(id="us17_12_uae_left_axillary_us_only_post_vaccine_nodes_bi3", mods=[US], purpose="diagnostic",
       overall="3", bb="L3", rec=["short_interval_followup"],
       f=["ln L p", "ln L a"],
       text="""
Department of Radiology - Abu Dhabi
LEFT AXILLARY ULTRASOUND

Clinical: 41F, left axillary fullness 10 days after influenza and COVID-19 booster vaccination in the L deltoid. Screening mammogram 08/2026: BI-RADS 1.

Findings:
Three left axillary level I lymph nodes with uniformly thickened cortices (max cortical thickness 3.5 mm) and preserved fatty hila, the largest 17 x 9 mm.
No level II/III lymphadenopathy.
The imaged lateral left breast tissue is unremarkable.

Impression:
Reactive-appearing left axillary lymphadenopathy, likely post-vaccination. BI-RADS 3.
Short-interval follow-up ultrasound in 8-12 weeks is recommended.
"""))
