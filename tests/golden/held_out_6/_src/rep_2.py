# Whole reports r6_06-10: (number, slug, style, text, density, overall, by_breast, findings)
R2 = [
(6, "canadian_community_diagnostic", "Ontario community hospital: bilateral diagnostic + right US, post-reduction changes, oil cysts, complicated cyst",
"""DIAGNOSTIC MAMMOGRAM BILATERAL / ULTRASOUND RIGHT BREAST

History: 44 y.o. Palpable lump right breast 9 o'clock x 1 month. Bilateral reduction mammoplasty 2015.
Comparison: OBSP screening mammogram March 2025.

Mammogram: Scattered fibroglandular densities (category B). Bilateral post-reduction mammoplasty changes, stable. A few oil cysts in the left breast with rim calcification, unchanged. At the site of the palpable lump (BB marker) in the right breast there is an 11 mm oval, partially obscured mass. No suspicious calcifications in either breast.

Ultrasound right breast: At 9 o'clock, 4 cm from the nipple, corresponding to the palpable lump, there is an 11 x 8 x 9 mm oval circumscribed hypoechoic mass with low-level internal echoes and no internal flow, compatible with a complicated cyst. No solid mass. Right axilla unremarkable.

Impression:
Right breast: probably benign complicated cyst at 9 o'clock corresponding to the palpable lump. BI-RADS 3. Follow-up right breast ultrasound in 6 months; aspiration could be performed if clinically desired.
Left breast: benign post-surgical changes and oil cysts. BI-RADS 2.

Dictated by: M. Tremblay, MD FRCPC
Transcribed: 03/03/2026""",
 "b", "3", "R3 L2", ["other B p s", "mass L p s", "calc L p s m:rim", "mass R p", "calc B a", "mass R a"]),

(7, "indian_diagnostic_centre", "Indian private diagnostic centre: mammography + sonomammography, per-breast headings, Roman BIRADS in dash list; typo",
"""SHREE DIAGNOSTICS & IMAGING CENTRE, PUNE
Patient Name: Mrs. S. Kulkarni    Age/Sex: 50Y/F    Ref. By: Dr. A. Deshmukh (MS)    Date: 14-02-2026

DIGITAL MAMMOGRAPHY OF BOTH BREASTS (CC & MLO VIEWS)
Breast composition: ACR type C (heterogeneously dense).

RIGHT BREAST:
A high density irregular mass with spiculated margins is seen in upper outer quadrant measuring approx 2.6 x 2.2 cm. Pleomorphic microcalcifications are seen within the lesion. Overlying skin shows thickening. Nipple is retracted.
Right axilla shows enlarged lymph nodes with loss of fatty hilum, largest measuring 1.8 x 1.2 cm.

LEFT BREAST:
Few benign looking scattered punctate calcifcations are seen. No e/o any mass lesion / architectural distortion.
Left axilla shows few subcentimetric lymph nodes with preserved fatty hila.

SONOMAMMOGRAPHY:
Rt breast: Irregular hypoechoic lesion with angular margins & posterior acoustic shadowing in upper outer quadrant at 10 o'clock position, measuring 2.5 x 2.1 cm. It shows internal vascularity on colour doppler. Echogenic foci within it s/o microcalcifications.
Lt breast: Normal fibroglandular echotexture. No focal lesion.

IMPRESSION:
- Irregular spiculated mass in right breast UOQ with microcalcifications, skin thickening, nipple retraction & right axillary lymphadenopathy - highly suggestive of malignancy - BIRADS V.
- Left breast - benign calcifications - BIRADS II.
ADV: USG guided core biopsy & HPE correlation.

Dr. R. Joshi, MD (Radio-diagnosis)
Note: This report is a professional opinion and not a final diagnosis. Kindly correlate clinically.""",
 "c", "5", "R5 L2", ["mass R p", "calc R p m:fine_pleomorphic", "skin R p", "skin R p", "ln R p",
                      "calc L p m:punctate d:diffuse", "mass L a", "ad L a", "ln L p"]),

(8, "singapore_restructured_hospital", "Singapore public hospital: screening recall in clinical information, numbered conclusion, 'BI-RADS category: Right 3, Left 4B', page header",
"""DEPARTMENT OF DIAGNOSTIC RADIOLOGY
MAMMOGRAM BILATERAL (DIAGNOSTIC) AND ULTRASOUND BREASTS

Clinical information: 56 year old lady. BreastScreen Singapore recall for left breast calcifications.
Comparison: Screening mammogram dated 12/01/2026. Previous mammogram 2023 (other institution, images not available).

Findings:
Breast composition: Heterogeneously dense fibroglandular tissue (ACR C).
Magnification views of the left breast show a 14 mm group of fine pleomorphic and fine linear calcifications at the 1 o'clock position, middle third. No associated mass or architectural distortion is seen.
A 6 mm oval circumscribed mass is seen at the right 9 o'clock posterior third, also visible on the screening study.

Ultrasound:
At right 9 o'clock, 6 cm from the nipple, there is a 6 x 4 mm oval circumscribed parallel hypoechoic nodule, corresponding to the mammographic mass, likely a fibroadenoma.
No sonographic abnormality is detected at the site of the left breast calcifications.
---------------------------------------------------------------
Page 2 of 2        Patient: TAN, M.L.        MRN: S8812345J
---------------------------------------------------------------
Both axillae show lymph nodes with normal morphology.

Conclusion:
1. Left breast 1 o'clock group of suspicious microcalcifications. Stereotactic vacuum assisted biopsy is recommended.
2. Right breast 9 o'clock probably benign nodule, likely a fibroadenoma. 6-monthly ultrasound follow-up.
BI-RADS category: Right 3, Left 4B.

Reported by: Dr Lim W.K., Senior Consultant""",
 "c", "4B", "R3 L4B", ["calc L p m:fine_linear,fine_pleomorphic d:grouped", "mass L a", "ad L a", "mass R p", "ln B p"]),

(9, "hk_private_numbered", "Hong Kong private hospital 'body check': numbered impression with '(right)' / '(left)', enlarging nodule, cysts; typo",
"""DEPARTMENT OF RADIOLOGY
Examination: Digital mammography (bilateral) with tomosynthesis and ultrasound of both breasts
Clinical: 43F, body check. Right breast nodule on ultrasound at another clinic (2024).

Findings:
Mammography: The breasts are heterogeneously dense. A 1.1 cm oval, circumscirbed, isodense mass is noted at the right upper inner quadrant. No suspicious microcalcification or architectural distortion in either breast.

Ultrasound:
Right breast: 1.2 cm oval, circumscribed, wider-than-tall hypoechoic nodule at 1 o'clock, 3 cm FN, corresponding to the mammographic mass. It is slightly larger than the 0.9 cm reported in 2024. A 0.5 cm simple cyst at 10 o'clock.
Left breast: Several simple cysts, the largest 0.7 cm at 3 o'clock. A 0.6 cm hypoechoic nodule with indistinct margin at 5 o'clock.
Axillae: No enlarged lymph node.

Impression:
1. Right 1 o'clock nodule, likely fibroadenoma, mildly enlarged since 2024 - BI-RADS 3 (right). Ultrasound follow-up in 6 months is suggested.
2. Left 5 o'clock small nodule with indistinct margin - BI-RADS 4A (left). Ultrasound-guided biopsy is recommended.
3. Bilateral simple cysts.

Dr. CHAN Ka Wai, FRCR, FHKCR, FHKAM (Radiology)""",
 "c", "4A", "R3 L4A", ["mass R p", "mass R p", "mass L p", "mass L p", "calc B a", "ad B a", "ln B a"]),

(10, "malaysian_private_nipple_discharge", "Malaysian private medical centre (bilingual header): segmental calcifications, dilated ducts with intraductal nodule, '(Lt)' / '(Rt)'",
"""PUSAT PERUBATAN SENTOSA / SENTOSA MEDICAL CENTRE, KUALA LUMPUR
MAMMOGRAM & ULTRASOUND BOTH BREASTS

Clinical history: 61 years old lady. Left bloody nipple discharge x 1 month.

Mammogram (CC, MLO views):
Both breasts show scattered fibroglandular parenchyma (ACR B).
Right breast: Few scattered benign calcifications. No mass or architectural distortion.
Left breast: No discrete mass. Segmental fine linear branching calcifications are seen in the left subareolar region, extending towards the upper outer quadrant and spanning 4.5 cm.

Ultrasound:
Right breast: No solid or cystic lesion.
Left breast: Dilated ducts in the subareolar region, with an intraductal hypoechoic nodule measuring 6 x 4 mm at 2 o'clock, 1 cm from the nipple.
Axillae: Bilateral small lymph nodes with normal fatty hila.

Impression:
1. Left breast segmental fine linear branching calcifications with dilated ducts and an intraductal nodule - BIRADS 5 (Lt). Suggest stereotactic / US-guided biopsy.
2. Right breast - benign calcification, BIRADS 2 (Rt).

Thank you for the referral.
Dr. Nurul Aina bt Hassan, Consultant Radiologist""",
 "b", "5", "L5 R2", ["calc R p d:diffuse", "mass R a", "ad R a", "mass L a", "calc L p m:fine_linear d:segmental",
                      "other L p", "mass L p", "ln B p"]),
]
