# Whole reports r6_11-15: (number, slug, style, text, density, overall, by_breast, findings)
R3 = [
(11, "gulf_private_dubai", "Dubai private hospital: bullet impression, 'Kindly correlate clinically', stable fibroadenoma; typo",
"""DEPARTMENT OF RADIOLOGY AND IMAGING
Exam: Bilateral digital mammography with tomosynthesis and bilateral breast ultrasound
Clinical indication: 38 y/o female, right breast lump. Family history: sister with breast cancer at 42.
Comparison: Mammogram and ultrasound 03/2024.

Findings:
Breast composition: ACR C, heterogeneously dense.
Right breast: An irregular hyperdense mass with spiculated margins is seen at the upper outer quadrant, measuring 2.1 x 1.9 cm, associated with fine pleomorphic mircocalcifications extending anteriorly over 3 cm in a linear distribution.
Left breast: Scattered punctate calcifications. A circumscribed oval mass at the upper inner quadrant measuring 8 mm, stable compared to the previous study.

Ultrasound:
Right breast: Irregular hypoechoic mass at 10 o'clock, 5 cm from the nipple, measuring 2.2 x 1.8 cm, with angular margins and posterior acoustic shadowing, corresponding to the mammographic finding.
Left breast: Oval circumscribed hypoechoic nodule at 10 o'clock, 8 mm, consistent with a fibroadenoma (the mammographic mass).
Axilla: Right axillary lymph node with cortical thickening measuring 4 mm and preserved hilum. Left axilla unremarkable.

Impression:
\u2022 Right breast: Highly suspicious mass with associated microcalcifications - BI-RADS 5.
\u2022 Right axillary lymph node with cortical thickening - indeterminate.
\u2022 Left breast: Stable probable fibroadenoma - BI-RADS 2.
Recommendation: US-guided core biopsy of the right breast mass and FNA of the right axillary lymph node.
Kindly correlate clinically.""",
 "c", "5", "R5 L2", ["mass R p", "calc R p m:fine_pleomorphic d:linear", "calc L p m:punctate d:diffuse", "mass L p s", "ln R p"]),

(12, "us_academic_mri_high_risk", "US academic high-risk screening MRI: FGT/BPE (not density), previous mammogram category in comparison, hepatic cyst",
"""EXAM: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
HISTORY: 41-year-old BRCA2 carrier. High-risk screening.
COMPARISON: MRI 02/2025. Mammogram 08/2025 (BI-RADS 1).
TECHNIQUE: Multiplanar, multisequence MRI of both breasts before and after 7 mL gadobutrol IV. Post-processing with subtraction, MIP and kinetic analysis on a separate workstation.

FINDINGS:
Amount of fibroglandular tissue: Heterogeneous fibroglandular tissue.
Background parenchymal enhancement: Moderate, symmetric.

RIGHT BREAST: New 7 mm irregular enhancing mass at 11:00, middle depth, 5 cm from the nipple, with washout kinetics. No other suspicious enhancement.

LEFT BREAST: A 5 mm circumscribed oval mass at 3:00 with a fatty hilum, consistent with an intramammary lymph node, unchanged. A 9 mm T2-hyperintense circumscribed mass at 6:00, consistent with a cyst, unchanged.

LYMPH NODES: No axillary or internal mammary lymphadenopathy.

OTHER: Incidental 1.2 cm simple hepatic cyst in segment 4.

IMPRESSION:
1. New 7 mm suspicious enhancing mass in the right breast at 11:00. BI-RADS 4: Suspicious. MRI-guided biopsy is recommended.
2. Benign findings in the left breast. BI-RADS 2.
OVERALL: BI-RADS 4""",
 None, "4", "R4 L2", ["mass R p", "ln L p s", "mass L p s", "ln B a"]),

(13, "us_cem_extent_of_disease", "US private practice contrast-enhanced mammography for extent of disease: low-energy + recombined one mass, BI-RADS 6 beside 4A",
"""CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL

INDICATION: 52-year-old woman with newly diagnosed left breast invasive ductal carcinoma (US-guided biopsy 02/2026, 2:00). Extent of disease.
COMPARISON: Diagnostic mammogram and ultrasound 02/05/2026.
TECHNIQUE: Iohexol 350, 1.5 mL/kg IV. Low-energy and recombined CC and MLO images of both breasts.

FINDINGS:
Low-energy images: The breasts are heterogeneously dense. A biopsy clip is present in the left upper outer quadrant within a 1.8 cm irregular mass. Associated fine pleomorphic calcifications extend 1 cm anterior to the mass. No suspicious findings in the right breast.
Recombined images: The known left breast mass at 2:00 enhances intensely and measures 2.1 cm. No additional suspicious enhancement in the left breast. In the right breast there is a 6 mm oval circumscribed enhancing mass at 8:00, middle depth, without a low-energy correlate.
No axillary adenopathy.

IMPRESSION:
1. Known left breast malignancy at 2:00 measuring 2.1 cm on recombined images, with associated calcifications extending 1 cm anteriorly. BI-RADS 6.
2. 6 mm enhancing mass in the right breast at 8:00, indeterminate. BI-RADS 4A. Targeted ultrasound, and biopsy if a correlate is found (otherwise CEM- or MRI-guided biopsy).""",
 "c", "4A", "L6 R4A", ["mass L p", "calc L p m:fine_pleomorphic", "mass R p", "ln B a"]),

(14, "us_one_breast_post_lumpectomy", "US unilateral diagnostic after contralateral mastectomy: previous BI-RADS 3 in history, lumpectomy site side from history",
"""EXAM: UNILATERAL DIAGNOSTIC MAMMOGRAM LEFT WITH TOMOSYNTHESIS
HISTORY: 66F. Right mastectomy in 2010 for DCIS. Left breast cancer treated with lumpectomy and radiation in 06/2024. 6-month follow-up of probably benign calcifications at the lumpectomy site (BI-RADS 3 on 09/03/2025).
COMPARISON: 09/03/2025, 03/10/2025, 12/2024.

FINDINGS:
The breast is composed of scattered areas of fibroglandular density.
Post-surgical architectural distortion at the lumpectomy site in the upper outer quadrant, decreasing in density over time. The calcifications at the lumpectomy site have increased in number since 2025 and are now typically dystrophic. Post-radiation skin thickening is decreasing. No new mass. No suspicious calcifications.

IMPRESSION:
Expected evolution at the lumpectomy site; the calcifications there are now typically dystrophic. BI-RADS 2: Benign. Return to annual mammography.""",
 "b", "2", "L2", ["ad L p", "calc L p m:dystrophic", "skin L p", "mass L a", "calc L a"]),

(15, "gulf_structured_form", "Doha private hospital structured screening form: 'Mass: No / Yes' fields per breast, per-side assessment rows",
"""BREAST IMAGING STRUCTURED REPORT
Exam: Screening mammogram, bilateral, 2D + tomosynthesis
Indication: Annual screening. 45 y/o. No complaints.
Comparison: 2024, 2025
Breast composition: b - scattered areas of fibroglandular density

RIGHT BREAST
  Mass: No
  Calcifications: Yes - benign (vascular)
  Architectural distortion: No
  Asymmetry: No
  Skin / nipple: Normal
  Axilla: Normal

LEFT BREAST
  Mass: Yes - 5 mm circumscribed oval mass, 2 o'clock, anterior depth, new
  Calcifications: No
  Architectural distortion: No
  Asymmetry: No
  Skin / nipple: Normal
  Axilla: Lymph node 0.8 cm with fatty hilum, normal

ASSESSMENT
  Right: BI-RADS 2 - Benign
  Left: BI-RADS 0 - Incomplete. Additional views and ultrasound of the left breast.
  Overall: BI-RADS 0

Radiologist: Dr. F. Al-Mansoori""",
 "b", "0", "R2 L0", ["mass R a", "calc R p m:vascular", "ad R a", "asym R a",
                      "mass L p", "calc L a", "ad L a", "asym L a", "ln L p"]),
]
