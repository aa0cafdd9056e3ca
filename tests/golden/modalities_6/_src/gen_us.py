US = []

US.append(dict(id="us6_01_us_community_right_palpable_oval_mass_bi3", mods=["ultrasound"], purpose="diagnostic",
    overall="3", bb="R3", rec=["short_interval_followup"], f=[
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @10:00 z=14",
    "mass R p @11:00 z=4",
    "lymph_node R p",
], text="""
    LAKESIDE IMAGING CENTER
    Exam: US BREAST RIGHT LIMITED
    Date of service: 02/11/2026
    Ordering: Dr. P. Alvarez, FNP

    HISTORY: 29 year old female with a palpable lump in the right breast at approximately 10 o'clock, noticed 3 weeks ago. No family history of breast cancer.

    COMPARISON: None.

    TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the right breast at the site of palpable concern, and the right axilla.

    FINDINGS:
    At the site of the palpable lump, right breast 10:00, 4 cm from the nipple, there is an oval, circumscribed, parallel, homogeneously hypoechoic mass measuring 14 x 8 x 11 mm with posterior acoustic enhancement. No internal vascularity on color Doppler.

    Incidental 4 mm simple cyst at 11:00, 6 cm from the nipple.

    Right axilla: normal-appearing lymph nodes with fatty hila.

    IMPRESSION:
    1. Palpable right breast mass at 10:00 with benign features, most consistent with a fibroadenoma. BI-RADS 3: Probably benign. Recommend follow-up right breast ultrasound in 6 months.
    2. Small simple cyst, benign.

    Screening mammogram is not indicated at this age.

    Electronically signed: R. Whitfield, MD 02/11/2026 14:12
"""))

US.append(dict(id="us6_02_uk_nhs_one_stop_left_u5_bi4c_node", mods=["ultrasound"], purpose="diagnostic",
    overall="4C", bb="L4C", rec=["other"], f=[
    "mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 z=18",
    "lymph_node L p",
], text="""
    Breast Imaging - Symptomatic One Stop Clinic
    Exam: US Lt breast + Lt axilla
    Clin: 57F. 3/52 hx Lt breast lump UOQ. Mammo today - see separate report (M5).

    Lt 2 o'c, 5cm FN: irregular hypoechoic mass, spiculated margins, non-parallel to skin, post acoustic shadowing. 18 x 15 x 14mm. Internal vascularity on Doppler. SWE: stiff, Emax 165 kPa.
    Lt axilla: one level 1 node with eccentric cortical thickening to 4mm, hilum partly effaced.

    US guided 14G core bx x3 of the Lt breast lesion and FNA of the axillary node performed under LA, no immediate complication. Marker clip placed.

    Conclusion:
    Lt breast lesion - U5. BI-RADS 4C.
    Abnormal Lt axillary node - U4.

    Plan: results clinic 1/52, discuss at breast MDM.

    Dr K Oyelaran, Consultant Breast Radiologist
"""))

US.append(dict(id="us6_03_au_private_lumpy_bilateral_cysts_microcysts_bi2", mods=["ultrasound"], purpose="diagnostic",
    overall="2", bb="", rec=["routine_screening"], f=[
    "mass L p va=absent @3:00 z=9",
    "mass L p @1:00 z=6",
    "mass R p @10:00 z=5",
    "mass B a",
], text="""
    Coastal Radiology - Noosa
    BILATERAL BREAST ULTRASOUND

    Clinical notes: Lumpy breasts, ?cyst L breast. Pre-menstrual tenderness. BreastScreen mammogram 2025 normal.

    Report:
    Both breasts have been scanned in full including the retroareolar regions and axillary tails.

    Left breast: At 3 o'clock, 3 cm from the nipple, there is a 9mm complicated cyst with mobile low-level internal echoes and no internal vascularity on colour Doppler. At 1 o'clock there is a 6mm cluster of microcysts.

    Right breast: Several small simple cysts, the largest measuring 5mm at 10 o'clock.

    No solid lesion in either breast. Axillae are unremarkable.

    Comment:
    Benign cystic change bilaterally. No sonographic features of malignancy.
    BI-RADS 2.
    Suggest she continue routine BreastScreen mammography.

    Thank you for referring this patient.
    Dr M. Fenwick
"""))

US.append(dict(id="us6_04_india_sonomammography_fibroadenoma_complex_cystic_typos", mods=["ultrasound"], purpose="diagnostic",
    overall="4A", bb="L3 R4A", rec=["short_interval_followup", "clinical_correlation", "biopsy"], f=[
    "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=internal @2:00 z=22",
    "mass R p sh=oval ep=complex_cystic_solid va=internal @7:00 z=11",
    "lymph_node B p z=9",
    "calcification L a",
], text="""
    SRI SAI DIAGNOSTICS & IMAGING, JAYANAGAR
    SONOMAMMOGRAPHY - BOTH BREASTS

    Name: Mrs. K. Lakshmi      Age/Sex: 31Y/F      Ref by: Dr. S. Rao, MS (Gen Surg)

    Clinical details: Lump left breast since 2 months. Non tender.

    OBSERVATIONS:
    LEFT BREAST:
    - A well circumscirbed oval hypoechoic lesion measuring 22 x 12 mm is seen at 2 o'clock position, 3 cm from nipple.
    - Lesion is paralell to the skin with no posterior acoustic features.
    - Minimal internal vascularity noted on colour doppler.
    - No calcification seen within the lesion.
    - Rest of the left breast parenchyma shows normal echotexture.

    RIGHT BREAST:
    - An oval complex cystic and solid lesion measuring 11 x 8 mm at 7 o'clock position with a thick septation and a mural solid component. Vascularity seen in the solid component.
    - Rest of the right breast appears normal.

    Both axillae: Few lymph nodes with preserved fatty hilum, largest measuring 9 mm in right axilla.

    IMPRESSION:
    - Left breast: Benign appearing solid lesion - likely fibroadenoma. BIRADS III.
    - Right breast: Complex cystic and solid lesion - ? intracystic papilloma. BIRADS IV A.

    ADVICE: USG guided biopsy of right breast lesion. Follow up USG of left breast after 6 months. Kindly correlate clinically.

    Dr. Anitha Reddy, MD (Radiodiagnosis)
    (This report is not valid for medico-legal purpose)
"""))

US.append(dict(id="us6_05_singapore_recall_right_asymmetry_correlate_4b", mods=["ultrasound"], purpose="diagnostic",
    overall="4B", bb="R4B L2", rec=["biopsy"], f=[
    "mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=none el=hard @8:00 z=8",
    "lymph_node R a",
    "mass L q ep=hypoechoic @2:00 z=3",
], text="""
    DEPARTMENT OF DIAGNOSTIC RADIOLOGY
    US BREASTS BILATERAL (TARGETED RIGHT)

    Clinical History: Recalled from BreastScreen Singapore - right breast focal asymmetry, lower outer quadrant, CC and MLO.

    Comparison: Screening mammogram dated 14/01/2026 (outside).

    Findings:
    RIGHT BREAST
    At the 8 o'clock position, 4 cm from the nipple, there is an irregular hypoechoic mass with indistinct margins measuring 8 x 6 x 7 mm. It is not parallel to the skin. No posterior acoustic features. Strain elastography: score 4 (hard). This corresponds to the mammographic focal asymmetry in position and depth.
    No suspicious right axillary lymph node.

    LEFT BREAST
    A questionable 3 mm hypoechoic nodule at 2 o'clock, which may represent a tiny cyst or a fat lobule; not reproducible in the orthogonal plane. Left axilla is unremarkable.

    Impression:
    1. Right breast 8 o'clock irregular mass, corresponding to the screen-detected asymmetry. BI-RADS 4B.
    2. Left breast: BI-RADS 2.

    Recommendation: Ultrasound-guided core biopsy of the right breast mass. The patient has been counselled and the procedure scheduled.

    Reported by: Dr Tan Wei Ling, Consultant
"""))

US.append(dict(id="us6_06_gulf_private_left_lipoma_round_isoechoic_bi3", mods=["ultrasound"], purpose="diagnostic",
    overall="3", bb="L3 R3", rec=["short_interval_followup"], f=[
    "mass L p sh=oval mg=circumscribed or=parallel ep=hyperechoic va=absent el=soft @1:00 z=24",
    "mass L p sh=round mg=circumscribed ep=isoechoic pf=enhancement va=absent @5:00 z=7",
    "skin L a",
    "lymph_node L a",
    "non_mass R p ep=hypoechoic pf=none va=absent @11:00 z=15",
], text="""
    AL NOOR SPECIALIST HOSPITAL - DEPARTMENT OF RADIOLOGY
    ULTRASOUND OF BOTH BREASTS

    Patient: 42 yrs, female.  Referring: Dr. Huda Al-Mansoori (General Surgery)
    Indication: Left breast lump (soft, mobile) upper outer, 2 months.

    FINDINGS:
    Left breast:
    - At 1 o'clock, superficial, within the subcutaneous fat, there is an oval, circumscribed, hyperechoic mass parallel to the skin measuring 24 x 9 mm, with no vascularity. Elasticity: soft. It corresponds to the palpable lump and is consistent with a lipoma.
    - At 5 o'clock, 5 cm from the nipple, a small round circumscribed isoechoic mass measuring 7 mm is noted, with posterior acoustic enhancement and no internal vascularity. No prior imaging for comparison.
    - No skin thickening. No axillary lymphadenopathy on the left.

    Right breast:
    At 11 o'clock, 4 cm from the nipple, there is a 15 mm hypoechoic non-mass lesion (BI-RADS v2025 terminology) without posterior features and without vascularity. Right axilla normal.

    IMPRESSION:
    - Left breast palpable lump at 1 o'clock: lipoma.
    - Left breast 5 o'clock small round nodule: probably benign - BI-RADS 3.
    - Right breast 11 o'clock non-mass lesion, likely focal fibrocystic change: BI-RADS 3.

    RECOMMENDATION: Follow-up ultrasound of both breasts in 6 months.

    Dr. Rami Haddad, Consultant Radiologist
"""))

US.append(dict(id="us6_07_sa_private_heterogeneous_microlobulated_mass_skin_cyst_typos", mods=["ultrasound"], purpose="diagnostic",
    overall="4A", bb="R4A L2", rec=["biopsy", "surgical_consultation"], f=[
    "mass R p sh=oval mg=microlobulated or=parallel ep=heterogeneous pf=combined va=internal el=intermediate @12:00 z=31",
    "mass L p sh=oval @3:00 z=5",
    "lymph_node B p",
], text="""
    DRS. VAN WYK, NAIDOO & PARTNERS - INCORPORATED RADIOLOGISTS
    Constantiaberg Breast Care Centre

    BILATERAL BREAST ULTRASOUND
    Referring doctor: Dr L. Jacobs

    Clinical: 38yo. Rapidly enlarging right breast mass over 4 months. Small bump left breast skin.

    Findings:
    RIGHT BREAST: At 12 o'clock, 2cm from the nipple, there is a large oval mass with microlobulated margins, measuring 31 x 19 x 25 mm. It is paralel to the skin and heterogenous in echotexture with small cystic clefts. Combined posterior features are present (partial enhancement with lateral edge shadowing). Internal vascularity is noted on power Doppler. Elastography: intermediate stiffness.

    LEFT BREAST: At 3 o'clock a 5mm oval lesion lies within the dermis with a thin tract to the skin surface, in keeping with an epidermal inclusion cyst. No other focal lesion.

    AXILLAE: Normal lymph nodes bilaterally.

    Impression:
    1. Right breast 12 o'clock rapidly growing microlobulated mass. Fibroadenoma vs phyllodes tumour. BI-RADS 4A.
    2. Left breast dermal epidermal inclusion cyst. BI-RADS 2.

    Recommend US-guided core biopsy of the right breast mass and referral to the breast surgeon, as excision is likely to be required regardless of histology.

    Dr T. Naidoo
"""))

US.append(dict(id="us6_08_canada_recall_left_distortion_two_cysts_4b", mods=["ultrasound"], purpose="diagnostic",
    overall="4B", bb="L4B", rec=["biopsy", "additional_imaging"], f=[
    "architectural_distortion L p pf=shadowing @1:00 z=12",
    "mass L p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement @3:00 z=5",
    "mass L p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement @4:00 z=7",
    "mass L a",
    "lymph_node L p",
], text="""
    Ontario Breast Screening Program - Breast Assessment Centre
    DIAGNOSTIC ULTRASOUND LEFT BREAST

    Reason for exam: Abnormal screening mammogram (OBSP). Possible architectural distortion left upper outer quadrant on tomosynthesis.

    Findings:
    Targeted ultrasound of the left breast and left axilla was performed.

    At 1 o'clock, 6 cm from the nipple, there is an area of architectural distortion measuring approximately 12 mm, with posterior acoustic shadowing. No discrete mass is seen within it. This is at the expected location of the mammographic finding.

    At 3 o'clock (5 mm) and 4 o'clock (7 mm), 3 cm from the nipple, there are two oval, circumscribed, parallel, anechoic masses with posterior acoustic enhancement, consistent with simple cysts.

    The left axilla shows normal lymph nodes.

    Impression:
    Sonographic architectural distortion left breast at 1 o'clock corresponding to the screening finding. Suspicious.
    Two benign simple cysts.
    BI-RADS 4B.

    Recommendation: Ultrasound-guided core biopsy, booked at our centre. If malignant, breast MRI could be considered to assess extent of disease.

    Reported by: Dr. Marie-Claire Dubois, FRCPC
"""))

US.append(dict(id="us6_09_us_academic_supplemental_whole_breast_3_and_4a", mods=["ultrasound"], purpose="screening",
    overall="4A", bb="R3 L4A", rec=["biopsy", "short_interval_followup"], f=[
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic @2:00 z=6",
    "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=none @7:00 z=4",
    "mass B p @9:00 z=8",
    "lymph_node B a",
], text="""
    EXAM: US BREAST BILATERAL SCREENING (WHOLE BREAST, HANDHELD)

    CLINICAL INDICATION: Supplemental screening. Heterogeneously dense breasts on screening mammogram 01/2026 (BI-RADS 1). Lifetime risk 18%.

    COMPARISON: No prior breast ultrasound.

    TECHNIQUE: Bilateral whole-breast handheld ultrasound was performed by a registered breast sonographer and reviewed with real-time scanning by the radiologist.

    FINDINGS:
    Right breast 2:00, 5 cm from the nipple: 6 x 3 x 5 mm oval, circumscribed, parallel hypoechoic mass.

    Left breast 7:00, 3 cm from the nipple: 4 x 5 x 4 mm irregular hypoechoic mass with angular margins. It is taller-than-wide. No posterior features.

    Scattered simple cysts in both breasts, the largest 8 mm at right 9:00.

    No axillary lymphadenopathy.

    IMPRESSION:
    Right breast 2:00 probably benign mass. BI-RADS 3 right - follow-up ultrasound in 6 months.
    Left breast 7:00 suspicious small mass. BI-RADS 4A left - ultrasound-guided biopsy recommended.
    Overall: BI-RADS 4A.

    Findings were discussed with the patient at the time of the exam.
    Attending radiologist: J. Okafor, MD
"""))

US.append(dict(id="us6_10_hongkong_post_wle_seroma_fat_necrosis_skin_oedema", mods=["ultrasound"], purpose="diagnostic",
    overall="2", bb="L2 R1", rec=["clinical_correlation"], f=[
    "other L p ep=anechoic va=absent z=45",
    "skin L p",
    "other L p ep=hyperechoic va=absent @2:00 z=7",
    "mass R a",
], text="""
    QUEEN ELIZABETH HOSPITAL - DEPARTMENT OF RADIOLOGY AND IMAGING
    Examination: Ultrasound of both breasts
    Clinical: Left WLE + SLNB for IDC 3 weeks ago. Swelling at operation site. ?collection

    Findings:
    Left breast:
     - A fluid collection is present at the operative site, measuring 45 x 20 x 32 mm. It is anechoic with a few thin septa and no vascularity on Doppler. Appearance compatible with post-operative seroma. No solid component.
     - Overlying skin oedema.
     - A 7 mm hyperechoic area in the subcutaneous fat at 2 o'clock near the incision, avascular, in keeping with early fat necrosis.
    Right breast:
     - No mass.

    Conclusion:
    Post-operative seroma left breast with overlying skin oedema and early fat necrosis. No sonographic evidence of residual or recurrent lesion.
    Left breast: BI-RADS 2. Right breast: BI-RADS 1.

    Please correlate clinically.

    Dr. Chan Ka Yee (Resident) / Dr. Leung Wai Man (Consultant)
"""))

US.append(dict(id="us6_11_sonographer_worksheet_radiologist_round_rim_4a", mods=["ultrasound"], purpose="diagnostic",
    overall="4A", bb="R4A L2", rec=["biopsy"], f=[
    "mass R p sh=round mg=microlobulated or=parallel ep=hypoechoic pf=enhancement va=rim @6:00 z=9",
    "mass L p ep=anechoic @1:00 z=6",
    "lymph_node B p",
], text="""
    ---- SONOGRAPHER WORKSHEET (preliminary, not a diagnostic report) ----
    Pt: 46F   Hx: R breast lump felt in shower, 6 o'c   Prior US: none
    R 6:00 3cmFN   round solid hypo mass 9x8x9mm, margin microlob, parallel
                   post enh +   Doppler: flow at periphery only (rim)   pt tender
    L 1:00 2cmFN   anechoic cyst 6mm  thin wall  no debris
    Axillae        R & L LN normal appearance, fatty hila
    Images: 24   Sonographer: BK (RDMS)
    ---------------------------------------------------------------------

    RADIOLOGIST REPORT
    Bilateral breast ultrasound. I have reviewed the images and rescanned the right breast.

    Right 6:00, 3 cm from the nipple: 9 mm round, microlobulated, parallel, hypoechoic mass with posterior enhancement and peripheral (rim) vascularity, confirming the sonographer's findings.
    Left 1:00: 6 mm anechoic simple cyst.
    Normal axillary lymph nodes on both sides.

    IMPRESSION:
    Right breast: BI-RADS 4A. Ultrasound-guided biopsy is recommended.
    Left breast: BI-RADS 2.

    E. Marchetti, MD
"""))

US.append(dict(id="us6_12_dictation_scratch_that_right_axilla_node_mass_bi5", mods=["ultrasound"], purpose="diagnostic",
    overall="5", bb="R5", rec=["biopsy"], f=[
    "mass R p sh=irregular mg=not_circumscribed or=not_parallel ep=hypoechoic pf=shadowing @4:00 z=11",
    "calcification R p",
    "lymph_node R p sh=round ep=hypoechoic z=16",
], text="""
    RIGHT BREAST AND RIGHT AXILLA ULTRASOUND
    [Dictated with speech recognition, corrections made in dictation]

    Indication: Palpable right axillary lump for 1 month comma 61 year old female period. Last mammogram 2019.

    Findings: In the right axilla there is a round hypoechoic lymph node measuring 16 mm with the fatty hilum effaced and the cortex diffusely thickened period. New paragraph.
    In the right breast at 3 o'clock comma scratch that comma at 4 o'clock comma 6 cm from the nipple there is an 11 mm irregular hypoechoic mass with not circumscribed margins comma not parallel orientation comma and posterior acoustic shadowing period. Echogenic foci within the mass are consistent with microcalcifications period.
    The left breast was not scanned period.

    Impression: 1. Right breast 4 o'clock mass highly suggestive of malignancy with abnormal right axillary lymph node period. BI-RADS 5 period.
    Recommendation: Ultrasound guided core biopsy of the right breast mass and the right axillary node comma and bilateral diagnostic mammogram scratch that comma mammogram is scheduled separately by the referring clinician period.

    Dictated but not read back.  D. Kowalczyk MD
"""))
