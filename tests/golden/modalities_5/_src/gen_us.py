"""Ultrasound reports (us5_NN) and their gold in compact form."""

R = []

R.append(dict(id="us5_01_us_community_left_palpable_fa_soft_microcysts", text="""
Riverside Imaging Center - Outpatient Breast Services

EXAM: US BREAST LEFT LIMITED
DATE OF SERVICE: 11/14/2026
ORDERING PROVIDER: Karen Dyer, PA-C

HISTORY: 31-year-old female with a palpable lump in the left breast noticed 3 weeks ago. No family history
of breast cancer. No prior breast imaging.

TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the left breast at the site of the palpable
abnormality, marked by the patient. Shear-wave elastography was performed. Images were obtained by the
sonographer and reviewed by the radiologist, who also scanned the area.

FINDINGS:
At the site of palpable concern, left breast 2 o'clock, 5 cm from the nipple, there is an oval, circumscribed,
hypoechoic mass with parallel orientation measuring 1.8 x 1.1 x 1.4 cm. There are no posterior acoustic
features. No internal vascularity on color Doppler. On elastography the mass is soft (mean 18 kPa).

Adjacent, at 3 o'clock 4 cm from the nipple, there is a 6 mm cluster of tiny microcysts with thin intervening
septations, without a solid component.

No axillary adenopathy on the left.

IMPRESSION:
1. 1.8 cm oval circumscribed mass at the site of the palpable lump, left breast 2 o'clock, most consistent with
a fibroadenoma. Probably benign.
2. Clustered microcysts, left breast 3 o'clock. Benign.

RECOMMENDATION: Left breast ultrasound in 6 months, then at 12 and 24 months to document stability.

BI-RADS 3: Probably Benign

Electronically signed by: Michael T. Reyes, MD  11/14/2026 15:42
""", mods=["ultrasound"], purpose="diagnostic", overall="3", bb="L3",
    f=["mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @2:00 z=18",
       "mass L p @3:00 z=6",
       "ln L a"],
    rec=["short_interval_followup"]))

R.append(dict(id="us5_02_uk_nhs_one_stop_fa_u3_cyst_u2", text="""
BREAST ULTRASOUND - ONE STOP SYMPTOMATIC CLINIC
Breast Unit, Northgate General Hospital NHS Foundation Trust

Clinical: 38F. 2/12 hx lump Lt breast UOQ. P3 on examination (Mr Okafor). FHx: mother, breast ca aged 62.
Mammogram: see separate report.

Both breasts and axillae scanned, targeted to the symptomatic area.

Lt breast: At the site of the palpable lump, 2 o'clock 6cm FN, there is a 14 x 9mm oval solid lesion,
well-defined, hypoechoic, parallel orientation, with no posterior acoustic enhancement or shadowing. Single
central vessel on Doppler (internal vascularity). Appearances favour a fibroadenoma.
Lt axilla: normal nodes.

Rt breast: 8mm simple cyst at 10 o'clock (anechoic, posterior enhancement). No solid lesion.
Rt axilla: normal.

CONCLUSION:
Lt 2 o'clock probable fibroadenoma - U3 (age >25, core biopsy as per unit protocol).
Rt simple cyst - U2.

US-guided 14G core biopsy Lt 2 o'clock performed today under LA, 3 cores, marker clip placed. No immediate
complications. Pt given written aftercare information.

Dr S. Whitfield, Consultant Radiologist
""", mods=["ultrasound"], purpose="diagnostic", overall=None, bb="",
    f=["mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=internal @2:00 z=14",
       "ln L p",
       "mass R p ep=anechoic pf=enhancement @10:00 z=8",
       "mass R a"],
    rec=[]))

R.append(dict(id="us5_03_au_private_bilateral_cysts_complicated_sebaceous", text="""
Harbourside Radiology - Bondi Junction
Referring doctor: Dr Priya Nair (GP)

BILATERAL BREAST ULTRASOUND

Clinical notes: Bilateral breast pain, worse on the left. BreastScreen NSW 08/2026 - no significant abnormality.
?cysts.

Report:
Both breasts have been scanned in their entirety, including the axillae.

There are multiple simple cysts scattered throughout both breasts, the largest on the left at 1 o'clock
measuring 16mm, which corresponds to the site of maximal tenderness.

At left 4 o'clock there is a 9mm complicated cyst containing a fluid-debris level. No vascularity within it and
no mural nodule.

In the right breast at 6 o'clock, within the skin, there is a 7mm oval circumscribed hypoechoic lesion with a
thin tract to the skin surface, typical of an epidermal inclusion (sebaceous) cyst.

No solid lesion is seen in either breast.
Normal axillary lymph nodes bilaterally.

Comment:
Bilateral simple cysts and a left complicated cyst - benign. Right sebaceous cyst.
BI-RADS 2 bilaterally.
Return to routine BreastScreen.

Thank you for referring this patient.
Dr Tom Lachlan, Radiologist
""", mods=["ultrasound"], purpose="diagnostic", overall="2", bb="R2 L2",
    f=["mass B p @1:00 z=16",
       "mass L p va=absent @4:00 z=9",
       "mass R p sh=oval mg=circumscribed ep=hypoechoic @6:00 z=7",
       "mass B a",
       "ln B p"],
    rec=["routine_screening"]))

R.append(dict(id="us5_04_india_usg_bilateral_fibroadenomas_birads_roman_typos", text="""
DEPARTMENT OF RADIO-DIAGNOSIS
USG BOTH BREASTS

Name: Mrs. ______      Age/Sex: 24 yrs/F      Ref by: Dr. R. Menon (Surgery OPD)
Clinical details: Lump right breast since 6 months. No nipple discharge.

OBSERVATIONS:
RIGHT BREAST:
A well defined oval hypoechoeic lesion measuring 2.4 x 1.5 cm is noted at 10 o'clock position, 3 cm from
the nipple. Its long axis is parallel to the skin. Margins are circumscribed. Mild posterior acoustic
enhancment is seen. On colour doppler, few peripheral vessels are noted. No calcification within.
Rest of the right breast parenchyma appears normal.

LEFT BREAST:
A well defined oval hypoechoic lesion measuring 0.8 x 0.5 cm is noted at 3 o'clock position, parallel to
the skin, with no internal vascularity - likely fibroadenomma.
Rest of the left breast parenchyma appears normal.

Few subcentimetric lymph nodes with preserved fatty hilum are seen in both axillae.

IMPRESSION:
- Well defined hypoechoic lesion in right breast at 10 o'clock - likely fibroadenoma - BIRADS III.
- Small well defined lesion in left breast at 3 o'clock - likely fibroadenoma - BIRADS III.

ADVICE: USG guided core biopsy of right breast lesion in view of size and patient anxiety.
Follow up USG after 6 months for left breast lesion.

Dr. ______ MD (Radiodiagnosis)
""", mods=["ultrasound"], purpose="diagnostic", overall="3", bb="R3 L3",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=rim @10:00 z=24",
       "calc R a",
       "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @3:00 z=8",
       "ln B p"],
    rec=["biopsy", "short_interval_followup"]))

R.append(dict(id="us5_05_singapore_recall_angular_mass_calcs_node_bi5", text="""
ULTRASOUND OF BOTH BREASTS AND AXILLAE

Clinical history: 56 year old lady referred from the polyclinic. Screening mammogram (BreastScreen Singapore)
showed a right breast mass; recalled for assessment.
Comparison: Diagnostic mammogram of the same day (reported separately).

Findings:
Right breast
At the 10 o'clock position, 4 cm from the nipple, corresponding to the mammographic mass, there is an
irregular hypoechoic mass measuring 1.6 x 1.3 x 1.5 cm. The margins are angular and the mass is not parallel
to the skin. Posterior acoustic shadowing is present. Echogenic foci within the mass are in keeping with
microcalcifications. Internal vascularity is seen on Doppler. On shear wave elastography the lesion is stiff
(Emax 180 kPa).
The right axilla shows a lymph node with eccentric cortical thickening up to 5 mm and an effaced fatty hilum.

Left breast
No focal mass. Normal-appearing left axillary lymph nodes.

Impression:
1. Right breast 10 o'clock mass, highly suspicious for malignancy. BI-RADS 5.
2. Abnormal right axillary lymph node.
3. Left breast: BI-RADS 1.

Recommendation: Ultrasound-guided core biopsy of the right breast mass and FNA of the right axillary lymph node.
Referral to the breast surgeon.

Reported by: Dr Tan Wei Ling, Senior Consultant
""", mods=["ultrasound"], purpose="diagnostic", overall="5", bb="R5 L1",
    f=["mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @10:00 z=16",
       "calc R p",
       "ln R p",
       "mass L a",
       "ln L p"],
    rec=["biopsy", "surgical_consultation"]))

R.append(dict(id="us5_06_gulf_bloody_discharge_intraductal_complex_mass", text="""
Al Noor Specialist Hospital - Department of Radiology, Dubai

ULTRASOUND BREAST (BILATERAL)

Indication: 61 years, post-menopausal. Intermittent bloody discharge from the right nipple for 1 month.
No palpable mass.

Findings:
Right breast:
The retroareolar ducts are dilated, the largest measuring 4 mm in calibre, extending towards 11 o'clock.
Within the dilated duct at 11 o'clock, 2 cm from the nipple, there is a 9 x 6 mm complex cystic and solid
mass with a solid mural component. Colour Doppler shows a vascular stalk entering the solid component.
No skin thickening. No nipple retraction.

Left breast:
Simple cyst at 2 o'clock measuring 5 mm.
Another small simple cyst at 4 o'clock measuring 3 mm.

Both axillae: few lymph nodes with normal cortex and fatty hila.

Impression:
- Right retroareolar duct ectasia with an intraductal complex cystic and solid mass at 11 o'clock, likely
  intraductal papilloma; papillary carcinoma cannot be excluded. BI-RADS 4A.
- Left simple cysts. BI-RADS 2.

Advice: US-guided vacuum assisted biopsy of the right intraductal lesion. Clinical correlation.

Dr. Hana Al-Mansoori, Consultant Radiologist
""", mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="R4A L2",
    f=["other R p z=4",
       "mass R p ep=complex_cystic_solid va=internal @11:00 z=9",
       "skin R a",
       "mass L p @2:00 z=5",
       "mass L p @4:00 z=3",
       "ln B p"],
    rec=["biopsy", "clinical_correlation"]))

R.append(dict(id="us5_07_sa_private_second_look_after_mri_microlobulated", text="""
Morningside Breast Radiology Inc. - Sandton, Johannesburg

SECOND-LOOK ULTRASOUND: LEFT BREAST

Clinical information: BRCA2 carrier. Recent high-risk screening MRI showed a 7 mm enhancing mass in the left
breast at approximately 2 o'clock (BI-RADS 4) and a small area of non-mass enhancement in the left lower inner
quadrant. Please perform second-look ultrasound.

Findings:
Left 2 o'clock, 6 cm from the nipple, middle depth: a 6 x 5 x 5 mm round hypoechoic mass with microlobulated
margins. Orientation is parallel. No posterior acoustic features. No internal vascularity. This corresponds in
site and size to the MRI mass.

At left 4 o'clock a questionable 3 mm hypoechoic area may represent a tiny mass or a fat lobule.

The left lower inner quadrant was carefully scanned: no sonographic correlate for the area of non-mass
enhancement.

No suspicious left axillary lymph nodes.

Impression:
Sonographic correlate for the MRI mass at left 2 o'clock. BI-RADS 4A.
No correlate for the lower inner quadrant non-mass enhancement; if the mass biopsy is benign, MRI-guided biopsy
of the NME should be considered.

Recommendation: US-guided core needle biopsy, left 2 o'clock.

Dr J. van der Merwe
""", mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="L4A",
    f=["mass L p sh=round mg=microlobulated or=parallel ep=hypoechoic pf=none va=absent @2:00 dp=middle z=6",
       "mass L q ep=hypoechoic @4:00 z=3",
       "ln L a"],
    rec=["biopsy"]))

R.append(dict(id="us5_08_canada_obsp_recall_v2025_nonmass_lesion", text="""
St. Brendan's Health Centre - Breast Imaging
Ontario Breast Screening Program - Assessment

LEFT BREAST ULTRASOUND (DIAGNOSTIC)

Reason for exam: OBSP screening mammogram 2026-10-02 showed a left upper outer focal asymmetry; recalled for
assessment. Diagnostic mammography today (see separate report): the focal asymmetry persists at left 1 o'clock.

Findings (BI-RADS v2025 ultrasound lexicon):
Left breast 1 o'clock, 8 cm FN: non-mass lesion measuring 22 x 8 mm. Echogenicity: hypoechoic. Internal
echogenic foci may represent calcifications. Vascularity: internal. Elasticity: intermediate.
No discrete mass is present.
Left axilla: one lymph node with a normal cortex (2 mm) and a fatty hilum.

Impression:
Non-mass lesion at left 1 o'clock corresponding to the mammographic focal asymmetry.
BI-RADS 4B - moderate suspicion for malignancy.

Recommendation: US-guided core biopsy with clip placement.

Dictated by: Dr. Anne-Marie Gauthier, FRCPC
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="L4B",
    f=["nm L p ep=hypoechoic va=internal el=intermediate @1:00 z=22",
       "calc L q",
       "mass L a",
       "ln L p"],
    rec=["biopsy"]))

R.append(dict(id="us5_09_nz_private_male_eccentric_mass_gynaecomastia", text="""
Southern Cross Radiology - Christchurch

ULTRASOUND BOTH BREASTS (MALE)

Clinical: 68M. Firm R retroareolar lump x 6/52. ?gynaecomastia. Hx prostate ca on bicalutamide.

Findings:
Right: There is a 15 x 12mm irregular hypoechoic mass located eccentrically, superior and medial to the nipple
at 1 o'clock. Spiculated margins. Not parallel to the skin. Posterior acoustic shadowing. Internal Doppler flow.
Mild retraction of the right nipple.
Left: Flame-shaped retroareolar glandular tissue measuring 22mm, in keeping with gynaecomastia. No mass.
Axillae: Right axillary lymph node measuring 18mm with a cortex of 6mm. Left axilla normal.

Conclusion:
R: eccentric retroareolar mass in a male, highly suspicious for primary breast carcinoma, with an abnormal
right axillary node. BI-RADS 4C.
L: gynaecomastia. BI-RADS 2.

Plan: US-guided core biopsy of the right breast mass and the right axillary node - booked.

Dr Hemi Parata, Radiologist
""", mods=["ultrasound"], purpose="diagnostic", overall="4C", bb="R4C L2",
    f=["mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal @1:00 z=15",
       "skin R p",
       "other L p z=22",
       "mass L a",
       "ln R p z=18"],
    rec=["biopsy"]))

R.append(dict(id="us5_10_malaysia_followup_table_enlarging_lesion_typos", text="""
HOSPITAL SULTANAH AMINAH
JABATAN RADIOLOGI / DEPARTMENT OF RADIOLOGY

ULTRASOUND BOTH BREASTS - FOLLOW UP

Clinical: 42 y/o, known bilateral breast lesions on follow up (BIRADS 3). Last scan 6 months ago.

Findings:
Lesion   Side   Position         Current        Previous       Description
1        R      10 o'clock 3cm   1.1 x 0.6 cm   1.1 x 0.6 cm   Oval, well circumscibed, isoechoic, parralel. Unchanged.
2        R      7 o'clock        0.7 cm         0.7 cm         Complicated cyst with low level internal echoes. Unchanged.
3        L      2 o'clock        1.4 x 0.8 cm   1.0 x 0.7 cm   Oval, circumscribed, hypoechoic. Posterior acoustic
                                                               enhancemnt. Peripheral vascularity on Doppler.
                                                               Interval increase in size.

No axillary lymphadenopathy.

Impression:
1. Stable right breast lesions (1 and 2) - BIRADS 3.
2. Interval enlargement of left 2 o'clock lesion (3) - BIRADS 4A.

Suggest: HPE - US guided core biopsy of lesion 3.
Continue follow up of right breast lesions in 6 months.

Dr. Nur Aisyah binti Kamal, Pakar Radiologi
""", mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="R3 L4A",
    f=["mass R p s sh=oval mg=circumscribed or=parallel ep=isoechoic @10:00 z=11",
       "mass R p s @7:00 z=7",
       "mass L p sh=oval mg=circumscribed ep=hypoechoic pf=enhancement va=rim @2:00 z=14",
       "ln B a"],
    rec=["biopsy", "short_interval_followup"]))

R.append(dict(id="us5_11_us_academic_extent_of_disease_satellite_node", text="""
EXAMINATION: US BREAST RIGHT COMPLETE WITH AXILLA

CLINICAL INDICATION: 47-year-old woman with biopsy-proven invasive ductal carcinoma, right breast 9:00
(US-guided biopsy 10/28/2026, ribbon clip). Evaluate extent of disease.

COMPARISON: Diagnostic mammogram and ultrasound 10/21/2026.

TECHNIQUE: Whole-breast grayscale and color Doppler ultrasound of the right breast and right axilla.

FINDINGS:
Right 9:00, 5 cm FN: the known malignancy is again seen as as an irregular mass with heterogeneous echo pattern
and spiculated margins, with combined posterior features (central shadowing and lateral enhancement), measuring
2.3 x 1.9 x 2.0 cm (previously 2.2 cm). The biopsy clip is seen within it.

Right 10:00, 7 cm FN, 1.8 cm from the index mass: a 5 x 4 x 4 mm irregular hypo echoic mass with indistinct
margins and non-parallel orientation, suspicious for a satellite lesion.

Right 6:00, 2 cm FN: a 4 mm simple cyst.

Right axilla, level I: one lymph node with diffuse cortical thickening to 4 mm and a preserved fatty hilum.
Remaining right axillary nodes are normal.

No skin thickening or nipple retraction.

IMPRESSION:
1. Known biopsy-proven malignancy right 9:00, 2.3 cm. BI-RADS 6.
2. Suspicious 5 mm satellite mass right 10:00. BI-RADS 4B. US-guided biopsy recommended; if malignant, the
   disease spans 4.5 cm.
3. Indeterminate right level I axillary lymph node. BI-RADS 4A. US-guided FNA recommended.
4. Benign right 6:00 cyst.

I have personally reviewed the images and agree with the findings. Dictated, not read back.
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B",
    f=["mass R p sh=irregular mg=spiculated ep=heterogeneous pf=combined @9:00 z=23",
       "mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic @10:00 z=5",
       "mass R p @6:00 z=4",
       "ln R p",
       "ln R p",
       "skin R a"],
    rec=["biopsy"]))

R.append(dict(id="us5_12_telerad_allcaps_supplemental_screening_4a", text="""
*** FINAL REPORT ***
ACC# 88812345   MRN 0041177
EXAM: US BREAST BILATERAL SCREENING (SUPPLEMENTAL - DENSE BREAST TISSUE)
READ BY: REMOTE READING SERVICE, BREAST SECTION

HISTORY: 49 YO F. HETEROGENEOUSLY DENSE BREASTS ON SCREENING MAMMOGRAM 10/2026 (BIRADS 1). SUPPLEMENTAL
SCREENING PER DENSE BREAST NOTIFICATION. NO SYMPTOMS.
COMPARISON: NONE AVAILABLE.

FINDINGS:
RIGHT BREAST: 8 O'CLOCK 3 CM FN, 7 X 4 X 5 MM OVAL CIRCUMSCRIBED HYPERECHOIC MASS, PARALLEL, NO VASCULARITY,
CONSISTENT WITH A SMALL LIPOMA. NO OTHER MASS.
LEFT BREAST: 3 O'CLOCK 5 CM FN, 9 X 6 X 7 MM OVAL HYPOECHOIC MASS, PARALLEL, MARGINS NOT CIRCUMSCRIBED -
INDISTINCT ALONG THE LATERAL ASPECT. NO POSTERIOR FEATURES. MINIMAL INTERNAL VASCULARITY.
LEFT BREAST 12 O'CLOCK 2 CM FN: 4 MM ANECHOIC CYST.
AXILLAE: NO LYMPHADENOPATHY.

IMPRESSION:
1. LEFT 3 O'CLOCK 9 MM OVAL MASS WITH INDISTINCT MARGINS - BIRADS 4A. US GUIDED CORE BIOPSY RECOMMENDED.
2. BENIGN RIGHT 8 O'CLOCK LIPOMA - BIRADS 2.

OVERALL: BIRADS 4A - SUSPICIOUS

RESULTS PHONED TO DR. LOPEZ'S OFFICE 11/18/2026 14:05.
""", mods=["ultrasound"], purpose="screening", overall="4A", bb="R2 L4A",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hyperechoic va=absent @8:00 z=7",
       "mass R a",
       "mass L p sh=oval mg=indistinct or=parallel ep=hypoechoic pf=none va=internal @3:00 z=9",
       "mass L p ep=anechoic @12:00 z=4",
       "ln B a"],
    rec=["biopsy"]))
