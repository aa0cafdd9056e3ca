# Impression blocks imp6_001-025: (number, origin/forms tags, text, density, overall, by_breast, findings)
B1 = [
(1, "US academic; numbered; side after number; stated overall",
"""IMPRESSION:
1. Suspicious grouped fine pleomorphic calcifications in the upper outer left breast, spanning 9 mm. BI-RADS 4B left. Stereotactic biopsy is recommended.
2. Benign-appearing right axillary lymph node, unchanged. BI-RADS 2 right.

OVERALL BI-RADS: 4B - Suspicious""",
 None, "4B", "R2 L4B", ["calc L p m:fine_pleomorphic d:grouped", "ln R p s"]),

(2, "US community; side before; words + number",
"""IMPRESSION:
RIGHT BREAST: Probably benign 7 mm oval circumscribed mass at 9:00, likely a fibroadenoma. BI-RADS 3. Recommend short-interval follow-up right breast ultrasound in 6 months.
LEFT BREAST: No mammographic evidence of malignancy. BI-RADS 1.""",
 None, "3", "R3 L1", ["mass R p"]),

(3, "UK NHS symptomatic; RCR beside BI-RADS; right RCR only; associated distortion",
"""CONCLUSION:
Left breast 2 o'clock: 14mm irregular spiculated mass with associated distortion, highly suspicious of malignancy. M5 U5 (BI-RADS 5).
Left axilla: one node with cortical thickening of 4mm - U4.
Right breast: normal. M1.
Plan: US guided core biopsy of the left breast lesion and FNA of the left axillary node today.""",
 None, "5", "L5", ["mass L p", "ad L p", "ln L p"]),

(4, "Australian; bilaterally + left upgrade; 'No sinister features'",
"""Conclusion:
Bilateral simple cysts, the largest 18 mm in the right breast at 10 o'clock. No sinister features. BIRADS 2 bilaterally.
A new 6mm indeterminate solid nodule in the left breast at 3 o'clock. BIRADS 4A left.
Recommend US guided core biopsy of the left nodule.""",
 None, "4A", "R2 L4A", ["mass B p", "mass L p"]),

(5, "Indian; dash list; Roman in brackets; typo",
"""IMPRESSION:
- Right breast: Well defined oval hypoechoic lesion at 11 o'clock - likely fibroadenoma (BIRADS III).
- Left breast: Ill defined irregular hypoechoic lesion with microcalcificatons and posterior acoustic shadowing in UOQ - BIRADS IV C.
- Few subcentimetric left axillary lymph nodes with preserved fatty hila.
Adv: USG guided biopsy of left breast lesion. Kindly correlate clinically.""",
 None, "4C", "R3 L4C", ["mass R p", "mass L p", "calc L p", "ln L p"]),

(6, "Singapore; numbered; side in brackets after category",
"""CONCLUSION
1. Irregular mass at the right 10 o'clock position, 2 cm from the nipple, measuring 1.2 cm, suspicious for malignancy. BI-RADS category 4C (right).
2. Stable benign calcifications in the left breast. BI-RADS category 2 (left).
Ultrasound guided biopsy of the right breast mass is advised.""",
 None, "4C", "R4C L2", ["mass R p", "calc L p s"]),

(7, "Gulf private; bullets; split word; 'in either breast'",
"""IMPRESSION:
\u25cf Right breast complicated cyst at 7 o'clock, BI-RADS 3.
\u25cf Left breast: multiple simple cysts, BI-RADS 2.
\u25cf No suspicious micro calcifications or architectural distortion in either breast.
Kindly correlate clinically. Follow-up US after 6 months is recommended for the right breast.""",
 None, "3", "R3 L2", ["mass R p", "mass L p", "calc B a", "ad B a"]),

(8, "US; slash table (R/L)",
"""BI-RADS (R/L): 1 / 4A
Left: 5 mm group of amorphous calcifications at 12:00, posterior depth, new since 2024. Stereotactic biopsy recommended.
Right: negative.""",
 None, "4A", "R1 L4A", ["calc L p m:amorphous d:grouped"]),

(9, "US; previous category in same sentence; downgraded",
"""IMPRESSION: The left breast mass at 3:00, previously assessed as BI-RADS 3 (March 2025), is stable at 12 months with benign features and is now downgraded to BI-RADS 2. Right breast: BI-RADS 1. Return to annual screening.""",
 None, "2", "L2 R1", ["mass L p s"]),

(10, "Canadian; negated high categories; side after",
"""IMPRESSION:
Benign vascular calcifications in the right breast. No findings to suggest a BI-RADS 4 or 5 lesion in either breast.
BI-RADS 2 right, BI-RADS 1 left. Next screening in one year through OBSP.""",
 None, "2", "R2 L1", ["calc R p m:vascular"]),

(11, "US ultrasound; hypothetical upgrade",
"""IMPRESSION:
Left: 9 mm oval circumscribed hypoechoic mass at 4 o'clock, 3 cm FN, most consistent with a fibroadenoma. Given the patient's age (28) this is assessed as BI-RADS 3; should it enlarge on follow-up it would be upgraded to BI-RADS 4A.
Right: No sonographic abnormality. BI-RADS 1.""",
 None, "3", "L3 R1", ["mass L p"]),

(12, "US; range 4B-4C; typo",
"""IMPRESSION: Right breast 11 o'clock 1.4 cm irregular mass with indistinct margins and an adjacent 2 cm zone of architectral distortion, BI-RADS 4B-4C; ultrasound-guided biopsy recommended. Left breast: benign intramammary lymph node, BI-RADS 2.""",
 None, "4C", "R4C L2", ["mass R p", "ad R p", "ln L p"]),

(13, "US; addendum replaces 0; stable asymmetry",
"""IMPRESSION: Focal asymmetry in the left breast upper outer quadrant, seen on the CC view only. BI-RADS 0: Incomplete, left. Right breast BI-RADS 1.

ADDENDUM (12/03/2026): Outside mammograms from 2022 and 2024, now received, show the left focal asymmetry to be unchanged. It is benign. Final assessment revised to BI-RADS 2 left, BI-RADS 1 right.""",
 None, "2", "L2 R1", ["asym L p s"]),

(14, "US; row-per-side table with recommendation column",
"""SUMMARY:
Right: benign-appearing cyst at 8:00, 5 mm.
Left: 8 mm irregular hypoechoic mass at 1:00 with indistinct margins.

Side   | Category | Recommendation
Right  | 2        | Annual mammogram
Left   | 4A       | US-guided core biopsy""",
 None, "4A", "R2 L4A", ["mass R p", "mass L p"]),

(15, "Malaysian; side - BIRADS n; bilateral negation",
"""IMPRESSION:
Right breast - BIRADS 2 (simple cysts).
Left breast - BIRADS 4A: A hypoechoic lesion with angular margin at 2 o'clock, 0.8 x 0.6cm. HPE correlation suggested.
No axillary lymphadenopathy bilaterally.""",
 None, "4A", "R2 L4A", ["mass R p", "mass L p", "ln B a"]),

(16, "Hong Kong; 'Right: BI-RADS 5.' then description; LN abbreviation",
"""Conclusion:
Right: BI-RADS 5. Spiculated mass at RUOQ, 1.8 cm, with associated pleomorphic microcalcifications and skin thickening. Enlarged right axillary LN with loss of fatty hilum.
Left: BI-RADS 1.""",
 None, "5", "R5 L1", ["mass R p", "calc R p m:fine_pleomorphic", "skin R p", "ln R p"]),

(17, "US academic; side headers; stated final",
"""IMPRESSION:
RIGHT: Post-lumpectomy changes at the 12:00 scar with stable dystrophic calcifications. BI-RADS 2.
LEFT: New 4 mm group of punctate calcifications at 3:00, middle depth. BI-RADS 3, probably benign; 6-month follow-up left diagnostic mammogram.
FINAL ASSESSMENT: BI-RADS 3.""",
 None, "3", "R2 L3", ["other R p", "calc R p s m:dystrophic", "calc L p m:punctate d:grouped"]),

(18, "lower case typed; typo; stated overall",
"""impression: rt breast birads 1. lt breast 10 oclock 6mm circumscribed oval mass unchanged from 2024, likely fibroadenmoa. birads 2 lt. overall birads 2""",
 None, "2", "R1 L2", ["mass L p s"]),

(19, "Canadian OBSP recall; screening category in history clause",
"""IMPRESSION:
Recalled from OBSP screening (BI-RADS 0) for a right upper inner asymmetry. Spot compression views show a persistent 7 mm oval circumscribed mass, with a corresponding oval hypoechoic mass on ultrasound at 2 o'clock, most likely a fibroadenoma.
BI-RADS 3 right. Left BI-RADS 1.""",
 None, "3", "R3 L1", ["mass R p"]),

(20, "UK NHS screening assessment; RCR only; not persisting",
"""SUMMARY: R M3 (screen) - the parenchymal asymmetry at R 12 o'clock does not persist on spot compression and tomosynthesis. U1. No abnormality. Return to routine recall.
L M1.""",
 None, None, "", ["asym R a"]),

(21, "Australian; Comment heading; density sentence",
"""COMMENT:
Small stable cluster of microcysts in the left breast at 3 o'clock. BIRADS 2.
No suspicious abnormality in the right breast. BIRADS 1.
Breast density: heterogeneously dense (ACR C), which reduces the sensitivity of mammography.""",
 "c", "2", "L2 R1", ["mass L p s"]),

(22, "Gulf private; 'BI-RADS Category:' block with rows per side",
"""IMPRESSION:
Bilateral multiple simple cysts.
A solid hypoechoic nodule at the left breast 1 o'clock, 11 x 7 mm, taller than wide with angular margins.
BI-RADS Category:
Right breast: 2 (Benign)
Left breast: 4 (Suspicious)
Recommendation: US-guided core needle biopsy of the left breast nodule.""",
 None, "4", "R2 L4", ["mass B p", "mass L p"]),

(23, "Indian; (BIRADS-3) in bracket on sided line; B/L; capitals typo",
"""IMPRESSION: Well-circumscribed hypoechoic lesion in rt breast at 9 o'clock measuring 12 x 8 mm - FIBROADNOMA (BIRADS-3). Lt breast shows no focal lesion (BIRADS-1). No B/L axillary lymphadenopathy.""",
 None, "3", "R3 L1", ["mass R p", "ln B a"]),

(24, "US academic MRI; BI-RADS 6 and 4A on one breast; FGT not density",
"""IMPRESSION:
1. Biopsy-proven malignancy: 2.3 cm irregular spiculated enhancing mass at right 10:00 (BI-RADS 6).
2. Additional 6 mm enhancing mass at right 7:00, separate from the index lesion. BI-RADS 4A; MRI-guided biopsy recommended.
3. Left breast: no suspicious enhancement. BI-RADS 1.
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue. BPE: mild.""",
 None, "4A", "R4A L1", ["mass R p", "mass R p"]),

(25, "UK symptomatic; P/M/U scores; BI-RADS 3 R after",
"""OPINION: Right breast - benign appearing 11mm oval mass at 9 o'clock, in keeping with a fibroadenoma (U3 given patient age 41, core biopsy to confirm). Left breast and both axillae normal. P2 M1 U3. BI-RADS 3 R.""",
 None, "3", "R3", ["mass R p"]),
]
