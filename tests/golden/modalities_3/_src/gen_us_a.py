"""Ultrasound reports us3_01 - us3_06 (texts and compact gold)."""

R = []

R.append(dict(
    id="us3_01_vietnam_doppler_two_nodules_cyst",
    text="""
DIAGNOSTIC IMAGING DEPARTMENT - GENERAL HOSPITAL (HO CHI MINH CITY)
BREAST ULTRASOUND REPORT (2D + COLOR DOPPLER)

Patient: NGUYEN T. H.        Sex: Female        Year of birth: 1992
Referring department: Oncology outpatient clinic
Clinical diagnosis: Palpable nodule of the right breast, R/O fibroadenoma

DESCRIPTION:
Skin and subcutaneous tissue: normal.
Glandular tissue: homogeneous fibroglandular echotexture, thickness 14 mm.
Milk ducts: not dilated in both breasts.

Right breast:
- At 10h position, 3 cm from the nipple: a hypoechoic nodule, oval, well-defined with a regular border,
  long axis parallel to the skin, size 12 x 7 mm. No vascular signal on color Doppler.
- At 8h position, near the areola: a similar hypoechoic nodule, oval, well-defined, parallel to the
  skin, size 6 x 4 mm.

Left breast:
- At 2h position: an anechoic cyst 4 mm, thin wall, posterior acoustic enhancement.
- No solid nodule detected.

Axilla: No abnormal lymph nodes in both axillae.

CONCLUSION:
- Right breast: two solid nodules, probably fibroadenomas - BI-RADS 3.
- Left breast: simple cyst - BI-RADS 2.

RECOMMENDATION: Follow-up breast ultrasound after 6 months.

                                              Reporting physician: Dr. TRAN V. M.
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="3", bb="R3 L2",
    f=[
        "other B a",
        "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @10:00 z=12",
        "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic @8:00 z=6",
        "mass L p ep=anechoic pf=enhancement @2:00 z=4",
        "mass L a",
        "ln B a",
    ],
    rec=["short_interval_followup"],
))

R.append(dict(
    id="us3_02_bangladesh_usg_complicated_cyst_microcysts_typos",
    text="""
DEPARTMENT OF RADIOLOGY & IMAGING
USG OF BOTH BREASTS (HIGH RESOLUTION, 7.5-12 MHz LINEAR PROBE)

Name : Mrs. R. Begum          Age : 41 yrs          Sex : F
Ref. by : Prof. Dr. A. K. (Surgery OPD)
C/C : Bilateral breast pain, more on left side, for 3 months.

OBSERVATION :

RIGHT BREAST :
Echotexture of the breast parenchyma is fibro-fatty.
A round, well circumscibed, hypoechoic lesion with low level internal echoes is seen at 1 O'clock
position, measuring about 9 x 8 mm. It shows posterior acoustic enhancment. No internal vascularity
on colour Doppler. - Complicated cyst.

LEFT BREAST :
A cluster of tiny anechoic micro cysts measuring about 7 x 5 mm in aggregate is seen at 3 O'clock
position.
An oval, well defined, hypoechoic lesion with echogenic fatty hilum, measuring 6 mm, is seen in upper
outer quadrant - intramammary lymph node.

No solid mass is seen in either breast.
No ductal ectasia in either breast.

AXILLA :
Few small lymph nodes are seen in both axillae with preserved fatty hila, largest 8 mm on left -
reactive.

IMPRESSION :
* Right breast complicated cyst (BI-RADS 3).
* Left breast clustered microcysts and intramammary lymph node (BI-RADS 2).

ADVICE : Follow up USG after 6 months. Clinical correlation please.
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="3", bb="R3 L2",
    f=[
        "mass R p sh=round mg=circumscribed ep=hypoechoic pf=enhancement va=absent @1:00 z=9",
        "mass L p @3:00 z=7",
        "ln L p sh=oval mg=circumscribed ep=hypoechoic q=upper_outer z=6",
        "mass B a",
        "other B a",
        "ln B p z=8",
    ],
    rec=["short_interval_followup", "clinical_correlation"],
))

R.append(dict(
    id="us3_03_portugal_translated_fibroadenoma_rim_vascular_ectasia",
    text="""
Clínica de Imagiologia - Porto
BILATERAL BREAST AND AXILLARY ULTRASOUND
(ecografia mamária e axilar bilateral - English translation of the original report)

Clinical information: 29 years old. Palpable nodule in the left breast, noticed 2 months ago. No
relevant family history.

Report:
Breasts with predominantly fibroglandular echostructure, compatible with the age group.
In the left breast, at the junction of the upper quadrants (12 h), 4 cm from the nipple, there is a
solid nodular formation, oval, with the major axis parallel to the skin, circumscribed margins,
homogeneously hypoechoic, without posterior acoustic features, measuring 17 x 9 mm. On Doppler study it
shows peripheral vascularisation. Elastography: soft lesion (elasticity score 2). It corresponds to the
palpable finding and suggests a fibroadenoma.
In the right breast, ectasia of the retroareolar ducts is seen, with anechoic content, calibre up to
3 mm, without intraductal lesions.
A small intramammary lymph node of normal morphology is identified in the upper outer quadrant of the
right breast (5 mm).
No other nodules in either breast.
Axillary regions without adenopathies.

Conclusion:
Left breast nodule with characteristics of fibroadenoma - BI-RADS 3.
Right retroareolar ductal ectasia and intramammary lymph node - BI-RADS 2.
Ultrasound control in 6 months is suggested.

Dra. M. Sousa
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="3", bb="L3 R2",
    f=[
        "mass L p sh=oval or=parallel mg=circumscribed ep=hypoechoic pf=none va=rim el=soft @12:00 z=17",
        "other R p z=3",
        "ln R p q=upper_outer z=5",
        "mass B a",
        "ln B a",
    ],
    rec=["short_interval_followup"],
))

R.append(dict(
    id="us3_04_us_powerscribe_unfilled_fields_angular_4c",
    text="""
EXAM: US BREAST RIGHT LIMITED
DATE: 03/02/2026 14:22                    ACCESSION: 88213457

CLINICAL HISTORY: 63-year-old female with palpable lump right breast x 3 weeks. Outside screening
mammogram 02/2026 reported as BI-RADS 0 (images requested, not yet available).

COMPARISON: [***]

TECHNIQUE: Targeted grayscale, color Doppler and strain elastography ultrasound of the right breast at
the site of palpable concern and of the right axilla. Real-time scanning performed by radiologist:
[Yes/No].

FINDINGS:
At the site of the palpable lump in the right breast at 10:00, 6 cm from the nipple, there is an
irregular hypoechoic mass with angular margins measuring 2.1 x 1.6 x 1.8 cm. The mass is not parallel
to the skin and demonstrates posterior acoustic shadowing. Internal vascularity is present on color
Doppler. On strain elastography the mass is hard (elasticity score 5). Echogenic foci within the mass,
consistent with calcifications.
Possible additional 4 mm hypoechoic mass at 11:00, 5 cm from the nipple, adjacent to the dominant mass,
versus a prominent fat lobule.
At the site of the palpable lump in the right breast at 10:00, 6 cm from the

RIGHT AXILLA: One lymph node with eccentric cortical thickening measuring up to 4 mm, 1.3 cm overall,
fatty hilum partially effaced. The other right axillary lymph nodes are normal in appearance.

IMPRESSION:
1. 2.1 cm irregular hypoechoic mass with angular margins at the site of the palpable lump, right breast
10:00, highly suspicious for malignancy.
2. Right axillary lymph node with eccentric cortical thickening, indeterminate.

RECOMMENDATION: Ultrasound-guided core needle biopsy of the right breast mass and fine-needle
aspiration of the right axillary lymph node. [Patient was informed of results: *** ]

BI-RADS ASSESSMENT: 4C - High suspicion for malignancy

Electronically signed by: [***], MD
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4C", bb="R4C",
    f=[
        "mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @10:00 z=21",
        "calc R p",
        "mass R q ep=hypoechoic @11:00 z=4",
        "ln R p z=13",
        "ln R p",
    ],
    rec=["biopsy"],
))

R.append(dict(
    id="us3_05_ghana_lactational_abscess_skin",
    text="""
TEACHING HOSPITAL, ACCRA
DEPARTMENT OF RADIOLOGY

BREAST ULTRASOUND SCAN

Clinical details: 27yr P1+0, 5/52 postpartum, breastfeeding. Painful swollen left breast with fever
for 1 week, on oral antibiotics. ?Breast abscess.

Findings:
Both breasts show prominent glandular tissue in keeping with lactation.

LEFT BREAST: There is a thick-walled complex fluid collection with internal echoes and debris in the
upper outer quadrant at 2 o'clock, measuring 38 x 24 x 30 mm (volume approx. 14 mls). The surrounding
parenchyma is hyperechoic. The overlying skin is thickened, measuring 4.5 mm.
Left axilla: A few enlarged lymph nodes with preserved fatty hila, the largest 16 x 8 mm, likely
reactive.

RIGHT BREAST: Lactating breast. No focal collection or mass seen.
Right axilla: Normal.

Impression:
1. Left breast abscess at 2 o'clock (approx. 14 mls) with overlying skin thickening and reactive left
axillary lymphadenopathy. BIRADS 3.
2. Normal right breast. BIRADS 1.

Recommendation: Ultrasound-guided aspiration, with pus sent for culture and sensitivity. Repeat scan
after 2 weeks to document resolution.

Dr. K. Mensah (Radiologist)
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="3", bb="L3 R1",
    f=[
        "other L p @2:00 q=upper_outer z=38",
        "skin L p",
        "ln L p z=16",
        "other R a",
        "mass R a",
    ],
    rec=["other", "short_interval_followup"],
))

R.append(dict(
    id="us3_06_mexico_v2025_nonmass_lesion_duct_changes",
    text="""
HOSPITAL PRIVADO - GUADALAJARA, JAL.
ULTRASONIDO MAMARIO BILATERAL / BILATERAL BREAST ULTRASOUND (English version of the report)
Lexicon: ACR BI-RADS(R) v2025

Reason for study: 52-year-old woman with serous-bloody discharge from the right nipple. Mammography at
another institution (01/2026): heterogeneously dense breasts, BI-RADS 0.

Breast tissue composition (US): heterogeneous background echotexture.

RIGHT BREAST
Non-mass lesion in the retroareolar region extending toward 9 o'clock, measuring 18 x 6 mm: hypoechoic
area without mass shape or margins, with internal echogenic foci corresponding to microcalcifications
and with posterior acoustic shadowing. No vascularity on color Doppler.
Ductal changes: a dilated duct (4 mm) at 12 o'clock, 1 cm from the nipple, with intraductal echogenic
content, without flow on Doppler.
No masses.

LEFT BREAST
Simple cysts, the largest 6 mm at 2 o'clock. No solid masses.

AXILLAE
Bilateral lymph nodes with normal cortex and fatty hilum.

IMPRESSION
Right breast: retroareolar non-mass lesion with microcalcifications and ductal change with intraductal
content. BI-RADS 4B.
Left breast: simple cysts. BI-RADS 2.

RECOMMENDATION
Ultrasound-guided vacuum-assisted biopsy of the right non-mass lesion. Breast MRI may be considered
after histology.

Dra. P. Hernandez, Radiologist
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4B", bb="R4B L2",
    f=[
        "nme R p ep=hypoechoic pf=shadowing va=absent z=18",
        "calc R p",
        "other R p va=absent @12:00 z=4",
        "mass R a",
        "mass L p @2:00 z=6",
        "mass L a",
        "ln B p",
    ],
    rec=["biopsy", "additional_imaging"],
))
