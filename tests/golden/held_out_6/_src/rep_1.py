# Whole reports r6_01-05: (number, slug, style, text, density, overall, by_breast, findings)
R1 = [
(1, "us_academic_diagnostic", "US academic (Epic-style headings), diagnostic mammo + left US, palpable mass, resident line",
"""EXAM: MAM DIAGNOSTIC BILATERAL W TOMO; US BREAST LEFT LIMITED
DATE: 03/02/2026 09:14

CLINICAL HISTORY: 47-year-old female with a palpable lump in the left breast at 2 o'clock, noticed 3 weeks ago. Family history: mother with breast cancer at 58.

COMPARISON: 01/12/2024, 01/09/2023.

TECHNIQUE: Bilateral CC and MLO digital mammograms with tomosynthesis. Spot compression view of the left breast at the site of the palpable marker. Targeted ultrasound of the left breast.

BREAST COMPOSITION: The breasts are heterogeneously dense, which may obscure small masses.

FINDINGS:
Mammogram: A triangular skin marker was placed over the palpable area in the left breast. Underlying the marker, in the upper outer quadrant at posterior depth, there is a 1.5 cm irregular mass with indistinct margins, new since 2024. No associated calcifications.
In the right breast there are stable benign-appearing coarse calcifications in the lower inner quadrant. No suspicious mass, calcification or architectural distortion in the right breast.

Ultrasound left breast: At 2:00, 6 cm from the nipple, corresponding to the palpable finding and to the mammographic mass, there is an irregular hypoechoic mass measuring 1.4 x 1.1 x 1.2 cm with angular margins and internal vascularity. Evaluation of the left axilla demonstrates normal lymph nodes with fatty hila.

IMPRESSION:
1. Suspicious 1.4 cm left breast mass at 2:00 corresponding to the palpable lump. BI-RADS 4B: Moderate suspicion for malignancy. Ultrasound-guided core biopsy is recommended and has been scheduled.
2. Benign right breast calcifications. BI-RADS 2.

OVERALL ASSESSMENT: BI-RADS 4B

The findings and recommendation were discussed with the patient at the time of the exam.
Resident: J. Alvarez, MD
Attending: I have personally reviewed the images and agree with the findings above. K. Nguyen, MD, Breast Imaging""",
 "c", "4B", "L4B R2", ["mass L p", "calc L a", "calc R p s m:coarse", "mass R a", "calc R a", "ad R a", "ln L p"]),

(2, "us_community_screening_dense_notice", "US community screening DBT with CAD, category words first with side after, dense-breast notification",
"""SCREENING MAMMOGRAM BILATERAL WITH 3D TOMOSYNTHESIS AND CAD

Indication: Annual screening. Asymptomatic.
Comparison: 2023, 2024 and 2025.

Findings:
The breasts are extremely dense. This lowers the sensitivity of mammography.
Right: There is a possible 8 mm mass in the upper outer quadrant, anterior depth, seen on the CC tomosynthesis slices only. Additional evaluation is recommended.
Left: No suspicious mass, calcifications or architectural distortion. Stable benign-appearing intramammary lymph node in the upper outer left breast.

IMPRESSION:
BI-RADS 0 - Incomplete: Right breast. Need additional imaging evaluation (diagnostic mammogram and ultrasound).
BI-RADS 2 - Benign: Left breast.
Overall: BI-RADS 0.

DENSE BREAST NOTIFICATION: Your mammogram shows that your breast tissue is dense. Dense breast tissue is common and is not abnormal. However, dense breast tissue can make it harder to find cancer on a mammogram and may also be associated with an increased risk of breast cancer. Talk to your healthcare provider about your results.

A letter with these results has been mailed to the patient.
Interpreted by: R. Feldman, MD""",
 "d", "0", "R0 L2", ["mass R q", "mass L a", "calc L a", "ad L a", "ln L p s"]),

(3, "uk_nhs_symptomatic_rcr", "UK NHS one-stop symptomatic clinic (2WW): RCR M/U scores only, biopsy the same day",
"""Breast Imaging Department
NHS number: 485 777 3456    Hospital no: RH0093412
Examination: Bilateral mammograms and right breast / axillary ultrasound
Referral: 2WW. 44F. Right breast lump UOQ, 3/52. Clinical P3.

Report:
Bilateral mammograms: There is a 12mm ill-defined mass in the right upper outer quadrant at the site of the palpable marker. Associated fine calcification is not seen. Normal appearance of the left breast. M3 right, M1 left.

Right breast ultrasound: At the 10 o'clock position, 6cm FN, corresponding to the palpable abnormality, there is a 13 x 9mm hypoechoic solid lesion with ill-defined margins and posterior acoustic enhancement. U4. No further focal lesion in the right breast. Right axilla: normal lymph nodes.

Procedure: US guided 14G core biopsy x 3 of the right 10 o'clock lesion under local anaesthetic, with verbal consent. Marker clip inserted. Post-procedure mammogram confirms satisfactory clip position. Haemostasis achieved.

Conclusion: Right 10 o'clock 13mm indeterminate solid lesion, M3 U4. Biopsied today. Results to the breast clinic in 1 week.

Reported by: Dr S. Okafor, Consultant Radiologist""",
 None, None, "", ["mass R p", "calc R a", "ln R p"]),

(4, "uk_private_birads_rcr", "London private hospital: RCR M/U beside BI-RADS per side, previous category in findings, cysts with own sizes",
"""BREAST IMAGING REPORT
Examination: Bilateral mammography with tomosynthesis and bilateral breast ultrasound
Clinical details: 52 year old. Private health screen. Asymptomatic.

Findings:
Breast density ACR B.
Right: Grouped calcification in the right upper outer quadrant, 6mm, round and punctate, similar to 2023 (previously reported as BI-RADS 3 at this centre).
Left: A new 7mm spiculated mass in the left lower inner quadrant, posterior third, seen on tomosynthesis only. No associated calcification.

Ultrasound: At the left 7 o'clock position, 5cm FN, there is a 7 x 6mm irregular hypoechoic mass with an echogenic halo, corresponding to the tomosynthesis abnormality. Left axilla: no abnormal lymph nodes. Right breast: two simple cysts at 9 and 10 o'clock, 4 and 6mm.

Conclusion:
Right: stable grouped punctate calcification, benign. M2, BI-RADS 2.
Left: 7mm spiculated mass LIQ with ultrasound correlate, suspicious. M4 U4, BI-RADS 4B. Ultrasound guided core biopsy is recommended and has been booked.

Dr H. Lindqvist FRCR, Consultant Breast Radiologist""",
 "b", "4B", "R2 L4B", ["calc R p s m:punctate,round d:grouped", "mass L p", "calc L a", "ln L a", "mass R p", "mass R p"]),

(5, "australian_private_comment", "Australian private practice: 'Clinical Notes / Report / Comment', BreastScreen comparison, opacity = node on US",
"""BILATERAL MAMMOGRAM AND BREAST ULTRASOUND

Clinical Notes: 58yo. Previous mammograms at BreastScreen. L breast pain, non-focal.

Technique: Bilateral CC/MLO tomosynthesis. Bilateral whole-breast ultrasound.

Report:
Comparison is made with BreastScreen images from 2023.
Breast tissue density: scattered fibroglandular densities (BIRADS density category B).
There is a stable 9mm circumscribed oval mass in the right breast at 11 o'clock, in keeping with a simple cyst on ultrasound. Several other small cysts are present in both breasts, the largest 5mm.
There is a rounded 6mm opacity in the L upper outer quadrant, mid depth. On ultrasound this corresponds to an intramammary lymph node with a normal fatty hilum at 2 o'clock, 6cm FN.
No suspicious microcalcification or architectural distortion in either breast.
Both axillae: normal lymph nodes.
There is no sonographic abnormality at the site of the L breast pain.

Comment:
Benign findings: cysts and a L intramammary lymph node. No sinister features.
BIRADS 2 right, BIRADS 2 left. Return to BreastScreen in 2 years.

Dr P. Raman FRANZCR""",
 "b", "2", "R2 L2", ["mass R p s", "mass B p", "ln L p", "calc B a", "ad B a", "ln B p"]),
]
