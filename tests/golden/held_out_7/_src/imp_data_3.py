B3 = [
("Kenyan private hospital (Mombasa)", "range '4b-4c'; sided lines",
"""IMPRESSION:
Right breast: Irregular hypoechoic mass at 10 o'clock, 1.3 x 1.1 cm, with angular margins and internal vascularity. BIRADS 4b-4c. Recommend core needle biopsy.
Left breast: Normal. BIRADS 1.
Axillae: Normal.""",
None, "4C", "R4C L1", ["mass R p"]),

("US teleradiology", "numbered; 'BI-RADS 3 right:' before the finding; density words",
"""IMPRESSION:
1. BI-RADS 3 right: Probably benign grouped punctate calcifications, right breast upper outer quadrant. 6-month follow-up diagnostic mammogram recommended.
2. BI-RADS 2 left: Benign-appearing skin calcifications.
3. Scattered areas of fibroglandular density.""",
"b", "3", "R3 L2", ["calc R p m:punctate d:grouped", "calc L p m:skin"]),

("South African public hospital (Cape Town)", "'Left:' / 'Right:' lines; skin + nipple; misspelling",
"""Impression:
Left: Spiculted mass UOQ with overlying skin thickening and nipple retraction, suspicious for malignancy - BIRADS 5. Enlarged left axillary lymph nodes.
Right: No mass. Benign coarse calcifications - BIRADS 2.""",
None, "5", "L5 R2", ["mass L p", "skin L p", "skin L p", "ln L p", "mass R a", "calc R p m:coarse"]),

("Indian private (Delhi)", "B/L; apostrophe clock; calcified FA",
"""IMPRESSION:
B/L breast fibroglandular tissue appears normal.
Well defined oval hypoechoic lesion in left breast at 4'o clock with few echogenic foci within - likely calcified fibroadenoma - BIRADS 3.
No significant axillary lymphadenopathy B/L.
Right breast BIRADS 1.""",
None, "3", "L3 R1", ["mass L p", "calc L p", "ln B a"]),

("Irish BreastCheck assessment", "RCR beside BI-RADS; separate lines",
"""Conclusion:
Left breast: 7mm spiculated mass at 1 o'clock, posterior depth, with a sonographic correlate. US-guided core biopsy performed. M5 U5. BI-RADS 5.
Right breast: normal. BI-RADS 1.""",
None, "5", "L5 R1", ["mass L p"]),

("UK NHS screening result letter summary", "no category at all; reader concordance",
"""SCREENING RESULT: Normal - routine recall in 3 years.
R: no abnormality. L: benign calcification (vascular), no action.
Reader 1 / Reader 2 concordant.""",
None, None, "", ["calc L p m:vascular"]),

("US community, left-only after right mastectomy", "post-mastectomy one-breast exam",
"""LEFT DIAGNOSTIC MAMMOGRAM (right mastectomy 2019)
IMPRESSION: Oil cyst with rim calcification in the left upper inner quadrant, both unchanged from 2024. No suspicious mass or calcifications. BI-RADS 2: Benign.
Right: mastectomy site, not imaged.""",
None, "2", "L2", ["mass L p s", "calc L p s m:rim", "mass L a", "calc L a"]),

("Gulf private (Doha)", "slash table '(Rt/Lt): 2 / 3'; density; misspelling",
"""IMPRESSION: BI-RADS (Rt/Lt): 2 / 3
Rt: Simple cyst 5 mm at 9 o'clock.
Lt: Oval circumscribed hypoechoic nodule 8 mm at 1 o'clock, probably fibroaenoma; 6-month follow-up.
ACR breast composition: B.""",
"b", "3", "R2 L3", ["mass R p", "mass L p"]),

("US academic diagnostic", "negated 'No findings of BI-RADS 3 or higher'; resolved asymmetry",
"""IMPRESSION:
1. Right breast: The focal asymmetry at 12:00 resolves on spot compression tomosynthesis, consistent with overlapping fibroglandular tissue. No findings of BI-RADS 3 or higher category. BI-RADS 1.
2. Left breast: Benign. Stable intramammary lymph node. BI-RADS 2.""",
None, "2", "R1 L2", ["asym R a", "ln L p s"]),

("Malaysian private", "hypothetical upgrade",
"""IMPRESSION:
Left breast: Small complex cyst at 3 o'clock, 6 mm. BIRADS 3. Should the lesion enlarge on follow-up, it would be upgraded to BIRADS 4A and biopsy considered.
Right breast: Multiple simple cysts. BIRADS 2.""",
None, "3", "L3 R2", ["mass L p", "mass R p"]),

("Australian private", "range '2/3' with side after",
"""COMMENT: Right 4 o'clock 5 mm circumscribed hypoechoic nodule, new since 2024 but with benign features; BI-RADS 2/3 right, ultrasound review in 6 months.
Left breast normal, BI-RADS 1.""",
None, "3", "R3 L1", ["mass R p"]),

("NZ private symptomatic", "biopsy-proven FA unchanged; both axillae nodes",
"""CONCLUSION:
Right breast: The palpable area of concern corresponds to normal fibroglandular tissue. No sonographic abnormality. BI-RADS 1.
Left breast: Unchanged 12 mm fibroadenoma at 3 o'clock (biopsy-proven 2021). BI-RADS 2.
Both axillae: normal-appearing lymph nodes.""",
None, "2", "R1 L2", ["mass L p s", "ln B p"]),

("Canadian (Montreal) English", "side in brackets after words and after category; misspelling",
"""IMPRESSION:
Focal asymmetry with associated architecural distortion, upper outer quadrant (left), persistent on DBT, no ultrasound correlate. BI-RADS 4B (left). Tomosynthesis-guided biopsy recommended.
Benign findings (right): stable oil cyst. BI-RADS 2 (right).""",
None, "4B", "L4B R2", ["asym L p", "ad L p", "mass R p s"]),

("South African private", "'right and left' after the number",
"""IMPRESSION: Bilateral benign breast findings - scattered benign calcifications and bilateral simple cysts. BIRADS 2 right and left. Routine annual screening.""",
None, "2", "B2", ["calc B p d:diffuse", "mass B p"]),

("Pakistani (Karachi) private", "recall category in history clause excluded; side after",
"""IMPRESSION:
Patient recalled from screening (BIRADS 0, 05/10/2025) for right breast asymmetry. Spot compression views and ultrasound show no persistent abnormality - summation artefact. BIRADS 1 right.
Left breast: coarse popcorn-like calcification, benign. BIRADS 2 left.""",
None, "2", "R1 L2", ["calc L p m:coarse"]),
]
