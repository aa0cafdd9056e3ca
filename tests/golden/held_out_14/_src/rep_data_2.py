"""Whole reports r14_09 - r14_15 with compact gold."""
from rep_data_1 import add, ITEMS  # noqa: F401

add("r14_09_ethiopia_private_diagnostic",
    "Ethiopian private diagnostic centre (Addis Ababa), mammography + US, 'BIRADS V' / 'BIRADS I' lines, joined word 'lymphnodes', misspelt 'hetrogeneously'",
    "c", "5", "R5 L1",
    ["mass R p", "calc R p - m:fine_pleomorphic", "skin R p", "skin R p", "ln R p", "mass L a", "calc L a"], r"""
BETHEL DIAGNOSTIC & IMAGING CENTER PLC
Bole Sub-City, Addis Ababa, Ethiopia          Tel: +251-11-6XX-XXXX

MAMMOGRAPHY AND BREAST ULTRASOUND REPORT

Patient name: W/ro Tigist Alemayehu          Age: 38 yrs          Sex: F
MRN: BD-0098812          Date: 21/05/2026
Referred by: Dr. Dawit Kebede (General Surgeon)
Clinical Hx: Right breast mass for 5 months, increasing in size.

MAMMOGRAPHY (bilateral CC & MLO):
Both breasts show hetrogeneously dense parenchyma (ACR C).
Right breast: there is a spiculated high density mass at the 10 o'clock position measuring 3.4 x 2.9cm with associated pleomorphic microcalcifications within it. Skin thickening and nipple retraction are noted.
Multiple enlarged right axillary lymphnodes, the largest measuring 2.5cm with effaced fatty hilum.
Left breast: Normal parenchyma. No mass or microcalcification. Left axilla: normal.

ULTRASOUND:
The right breast mass is irregular, hypoechoic, not parallel, with angular margin and posterior acoustic shadowing, measuring 3.6 x 3.0cm. Internal vascularity on Doppler.
Right axillary lymphnodes show thickened cortex and loss of hilum.
Left breast: no sonographic abnormality.

CONCLUSION:
Right breast malignant looking mass with ipsilateral axillary lymphadenopathy - BIRADS V.
Left breast - BIRADS I.
Recommendation: US guided core biopsy.

Dr. Selamawit Hailu, MD, Consultant Radiologist
""")

add("r14_10_va_cprs_community_care_note",
    "US VA CPRS women's-health tracking note transcribing a community-care mammogram report; prior BI-RADS 3 in the note; unsided 'BI-RADS 2: Benign' (less common)",
    "b", "2", "",
    ["mass L p s", "calc B p", "mass B a", "calc B a", "ad B a"], r"""
 LOCAL TITLE: WOMEN'S HEALTH MAMMOGRAPHY TRACKING NOTE
STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: MAR 04, 2026@10:12     ENTRY DATE: MAR 04, 2026@10:12:41
      AUTHOR: SMITH,KAREN L          EXP COSIGNER:
     URGENCY:                            STATUS: COMPLETED

Community Care mammogram result received (referral CC-2026-0219, Lakeside Imaging).
Veteran is a 58 y/o female, OEF/OIF era.
Prior result in tracking: 08/2025 left breast diagnostic - BI-RADS 3, 6 month follow-up.

Outside report transcribed below:
------------------------------------------------------------
EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS  DATE: 02/26/2026
COMPARISON: 08/14/2025, 02/03/2025.
FINDINGS: There are scattered areas of fibroglandular density.
The previously described 6 mm oval circumscribed mass in the left breast at 3 o'clock, middle depth, is unchanged and has now been stable for 12 months.
Bilateral benign-appearing calcifications.
No suspicious masses, calcifications, or areas of architectural distortion.
IMPRESSION: Stable probably benign left breast mass, now considered benign.
BI-RADS 2: Benign. Recommend annual screening mammography.
READ BY: Thomas Reyes, MD
------------------------------------------------------------

Plan: Result letter mailed to Veteran. Tracking updated: next screening mammogram due 02/2027. Reminder entered.
PCP notified via additional signer.

/es/ KAREN L SMITH, RN
WOMEN VETERAN PROGRAM MANAGER
Signed: 03/04/2026 10:20
""")

add("r14_11_kenya_outreach_mobile_screening",
    "Kenyan county outreach mobile screening, read by teleradiology in Nairobi; 'BIRADS 0' closing the right line; misspelling",
    "b", "0", "R0 L2",
    ["calc R p - m:amorphous d:grouped", "mass R a", "ln L p", "calc L p - d:diffuse"], r"""
KIAMBU COUNTY DEPARTMENT OF HEALTH - BREAST CANCER AWARENESS OUTREACH
Mobile mammography unit (Ruiru Sub-County Hospital grounds)
Teleradiology report - Nairobi Imaging Partners

Client: Njeri Wambui K.          Age: 51          Outreach No.: KBO-26-0611
ID No.: 2XXXXXX8          NHIF/SHA: yes          Date of screening: 10/10/2026
Views: RCC, RMLO, LCC, LMLO (digital). Radiographer: E. Mutua.

History: Screening, no complaints. No previous mammogram.

FINDINGS:
Fatty breasts with scattered fibroglandular densities (ACR B).
Right breast: A 9 mm group of amorphous microcalcificatons is seen in the upper outer quadrant, middle third, best seen on the CC view (image 3). No associated mass.
Left breast: Benign intramammary lymph node in the upper outer quadrant. Scattered benign calcifications.
Axillae: no abnormality on the MLO views.

IMPRESSION:
Right breast - indeterminate microcalcifications, BIRADS 0: recall for magnification views at the referral hospital.
Left breast - benign findings, BIRADS 2.

Reported by: Dr. Faith Odhiambo, MBChB, MMed (Radiology)
Note: This is a screening report. Please ensure the client is contacted by the outreach coordinator.
""")

add("r14_12_phone_notes_app_paste",
    "patient's phone notes-app page with the report pasted from an e-mailed PDF, own notes above and below, bullets and emoji; one-breast exam (less common)",
    "c", "3", "L3",
    ["mass L p s", "calc L a", "ad L a"], r"""
Mammo results 🩺 Apr 3
called Riverbend Imaging Thurs, nurse Jen read it to me + emailed the pdf. copied here so I have it:

• Exam: DIAGNOSTIC MAMMOGRAM LEFT W TOMO, US LEFT BREAST LIMITED
• Date: 04/01/2026
• Why: follow up of the thing they saw in Oct (6 mo f/u)

FINDINGS:
Breast density: heterogeneously dense (C).
There is a 7 mm oval circumscribed mass in the left breast at 11:00 posterior depth, unchanged in size from October 2025.
No associated calcifications or distortion.
US: At 11:00, 7 cm from the nipple, there is an oval hypoechoic circumscribed mass 7 x 4 x 5 mm, parallel to the skin, corresponding to the mammographic finding and stable.

IMPRESSION: stable probably benign left breast mass, likely fibroadenoma. BI-RADS 3: Probably benign.
Recommend left diagnostic mammogram and ultrasound in 6 months (12 month follow-up from the first exam).

Electronically signed: Dana Whitaker MD 04/01/2026 15:10

my notes:
- ask Dr K if I really need another one in 6 mo??
- copay was $75
- next appt in Oct, put in calendar
""")

add("r14_13_forwarded_email_greece",
    "Greek private diagnostic centre report forwarded by e-mail (Outlook headers, family note, Greek subject, mojibake, disclaimer) (less common)",
    "c", "3", "R3 L2",
    ["mass R p", "calc L p s m:punctate d:grouped", "ln B a"], r"""
From: Eleni Papadopoulou <eleni.pap@xxxx.com.au>
Sent: Tuesday, 9 June 2026 8:14 PM
To: Nikos Papadopoulos
Subject: FW: Αποτελέσματα μαστογραφίας / Mammography results

Niko, this is mum's report from the clinic in Athens, they sent it in English. Can you ask your friend at the hospital what it means? Mum says the doctor told her not to worry.
Eleni

________________________________
From: reception@xxxx-diagnostics.gr
Sent: Tuesday, 9 June 2026 14:02
To: Eleni Papadopoulou
Subject: Αποτελέσματα μαστογραφίας / Mammography results

Dear Mrs Papadopoulou,
Please find below the report of your mother's examination, in English as requested.
Kind regards,
Reception - Kifisia Diagnostic Centre

KIFISIA DIAGNOSTIC CENTRE Â· Breast Imaging Department
Patient: PAPADOPOULOU MARIA   Â   Date of birth: 04/11/1957   Â   Exam date: 05/06/2026

EXAMINATION: Bilateral digital mammography with tomosynthesis and breast ultrasound
Comparison: previous exam at our centre, 03/2024.

FINDINGS
Breast density: ACR category C.
Right breast: oval nodular shadow, 10 mm, well-circumscribed, in the upper outer quadrant. On ultrasound it corresponds to a complicated cyst with low-level internal echoes, 9 mm, at 10 o'clock.
Left breast: grouped punctate microcalcifications, 4 mm, in the upper outer quadrant, unchanged compared with the 2024 exam.
No lymphadenopathy in the axillae.

CONCLUSION
BI-RADS 3 right (complicated cyst - follow-up ultrasound in 6 months).
BI-RADS 2 left.

Dr. Georgios Antoniou, Radiologist

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""")

add("r14_14_portal_fixed_width_wrap",
    "US patient-portal result export wrapped at a fixed width (mid-word breaks, page footer mid-report), numbered impression + OVERALL; misspelling (less common)",
    "b", "4B", "R4B L2",
    ["calc R p - m:amorphous,fine_pleomorphic d:grouped", "mass R a", "calc L p s", "mass L a", "calc L a",
     "ad L a"], r"""
My Health Connect - Test Results
MAMMO DIAGNOSTIC BILAT W TOMO
Status: Final result   Visible to patient: Yes (not reviewed)
Collected: 05/27/2026 9:41 AM

Narrative
EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSY
NTHESIS
CLINICAL HISTORY: 55-year-old woman recalled fro
m screening for right breast calcifications.
COMPARISON: 05/08/2026, 04/2025, 03/2024.
FINDINGS: There are scattered areas of fibroglan
dular density.
RIGHT BREAST: Magnification views of the right b
reast lower outer quadrant, posterior depth, dem
onstrate a 9 mm group of amorphous and fine pleo
morhpic calcifications. No associated mass.
LEFT BREAST: Stable benign-appearing calcificati
ons. No suspicious mass, calcifications or archi
tectural distortion.

Printed on 6/2/2026 7:02 PM                Page 1 of 2
My Health Connect - Test Results
MAMMO DIAGNOSTIC BILAT W TOMO

IMPRESSION:
1. Right breast suspicious grouped calcification
s, lower outer quadrant. BI-RADS 4B: Suspicious.
 Stereotactic biopsy is recommended.
2. Left breast benign. BI-RADS 2: Benign.
OVERALL BI-RADS: 4B
Electronically signed by: Priya Natarajan, MD on
 05/27/2026 at 11:05 AM

Printed on 6/2/2026 7:02 PM                Page 2 of 2
""")

add("r14_15_us_army_overseas_screening",
    "US Army medical center overseas (DoD header, sponsor/FMP, military date-time), screening DBT, possible mass, 'LEFT: BI-RADS 0 / RIGHT: BI-RADS 2', dictation slip 'the the'",
    "c", "0", "L0 R2",
    ["mass L q", "mass R a", "calc R a", "ad R a", "ln R p s"], r"""
DEPARTMENT OF THE ARMY
REGIONAL HEALTH COMMAND EUROPE - BAVARIA ARMY MEDICAL CENTER
DEPARTMENT OF RADIOLOGY, BREAST IMAGING SECTION

PATIENT: HOLLOWAY, JESSICA M        DOD ID: XXXXXX4471        FMP/SPONSOR: 30/XXX-XX-1182
BENEFICIARY: Dependent spouse        DOB: 1982XXXX        AGE: 44
EXAM DATE/TIME: 12 MAY 2026 0842        ORDERING: CPT RIVERA, A (FAMILY MED)

EXAM: MAMMO SCREENING BILATERAL W/ DBT
HISTORY: Annual screening. PCS move in 2025; outside priors from Fort Liberty (2023, 2024) loaded for comparison.

BREAST DENSITY: The breasts are heterogeneously dense, which may obscure small masses.

FINDINGS:
LEFT: There is a possible 5 mm mass in the lateral left breast, middle depth, seen on the the CC tomosynthesis slice 22 only. It is not seen on the outside priors.
RIGHT: No suspicious mass, calcifications, or architectural distortion. A benign intramammary lymph node in the right upper outer quadrant is stable since 2023.

IMPRESSION:
LEFT: BI-RADS 0 - INCOMPLETE: NEED ADDITIONAL IMAGING EVALUATION. Diagnostic mammogram and ultrasound of the left breast.
RIGHT: BI-RADS 2 - BENIGN.

The patient will be notified by letter and by the Breast Care Navigator (DSN 590-XXXX).

INTERPRETED BY: MAJ Lauren Pike, MC, USA, Breast Imaging
SIGNED: 12 MAY 2026 1510
""")
