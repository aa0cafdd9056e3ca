# (origin/style, forms, text, density, overall, by_breast, findings)
B1 = [
("US academic diagnostic", "numbered; side after; stated overall",
"""IMPRESSION:
1. Left breast 10:00, 4 cm FN: 9 mm irregular hypoechoic mass with indistinct margins, corresponding to the mammographic finding. BI-RADS 4B. Ultrasound-guided core biopsy is recommended and was discussed with the patient.
2. No sonographic abnormality in the right breast at the site of the patient's concern (9:00). BI-RADS 1 right.

ASSESSMENT: BI-RADS 4B: Suspicious - left.""",
None, "4B", "L4B R1", ["mass L p"]),

("US community screening", "side label before; BI-RADS 0; stated overall",
"""IMPRESSION:
RIGHT: Possible mass in the right upper outer quadrant seen on the CC view only. Additional imaging with spot compression views and ultrasound is recommended. BI-RADS 0: Incomplete.
LEFT: Stable benign-appearing calcifications. BI-RADS 2: Benign.
OVERALL: BI-RADS 0 - Needs additional imaging evaluation.""",
None, "0", "R0 L2", ["mass R q", "calc L p s"]),

("UK NHS screening assessment clinic", "RCR beside BI-RADS; one breast categorised",
"""Assessment clinic summary
Right breast: 12 mm ill-defined mass at 10 o'clock on mammography (M4) with a correlating irregular hypoechoic lesion on ultrasound (U5). 14G core biopsy x3 taken. BI-RADS 5.
Right axilla: normal ultrasound appearances, no lymphadenopathy.
Left breast: normal (M1).
For MDM Thursday.""",
None, "5", "R5", ["mass R p", "ln R a"]),

("Irish symptomatic unit", "side line before; second side own line",
"""CONCLUSION:
Left breast: The 2 cm palpable lump at 2 o'clock corresponds to a simple cyst on ultrasound, aspirated to dryness; fluid discarded. BI-RADS 2.
No suspicious mammographic abnormality in either breast.
Right breast: BI-RADS 1.
Routine discharge to GP.""",
None, "2", "L2 R1", ["mass L p"]),

("Australian private practice", "side after; normal nodes bilateral",
"""COMMENT:
Bilateral mammogram and ultrasound.
There is a 6mm oval, parallel, circumscribed hypoechoic lesion at the 3 o'clock position of the right breast, 5cm from the nipple, in keeping with a fibroadenoma. Stable since 2023. BI-RADS 2 right.
Left breast: no focal abnormality. Normal axillary nodes bilaterally. BI-RADS 1 left.""",
None, "2", "R2 L1", ["mass R p s", "ln B p"]),

("NZ BreastScreen Aotearoa assessment", "screening asymmetry worked up to a mass; brackets",
"""Summary: Recalled to assessment. Reader 1: Lt focal asymmetry LUOQ, CC only. Reader 2: concurs.
Assessment: tomosynthesis shows a 14 mm spiculate mass in the left upper outer quadrant, with an ultrasound correlate at 1 o'clock. BI-RADS 4C (left).
Right breast - no abnormality, BI-RADS 1.""",
None, "4C", "L4C R1", ["mass L p"]),

("Canadian OBSP diagnostic", "side header line; category closes it",
"""IMPRESSION:
Right breast: Interval development of grouped amorphous calcifications in the upper inner quadrant, posterior depth, spanning 6 mm. Stereotactic biopsy recommended. BI-RADS 4B.
Left breast: Benign. Vascular calcifications. BI-RADS 2.
OBSP: referred for assessment (abnormal).""",
None, "4B", "R4B L2", ["calc R p m:amorphous d:grouped", "calc L p m:vascular"]),

("South African private", "'on the left' / 'on the right' after the number; density",
"""CONCLUSION:
BIRADS 4A on the left - indeterminate 8mm hypoechoic solid nodule at 1 o'clock with mildly angular margins. U/S guided core biopsy advised.
BIRADS 2 on the right - a few simple cysts, the largest 11mm.
ACR density C.""",
"c", "4A", "L4A R2", ["mass L p", "mass R p"]),

("Indian sonomammography (private centre)", "dash list; Roman numerals; misspelling",
"""IMPRESSION:
- Right breast: Irregular hypoechoic lesion with spiculated margins and microcalcifiations at 11 o' clock position, measuring 2.3 x 1.9 cm - BIRADS V.
- Right axilla: Few enlarged lymph nodes with loss of fatty hilum - s/o metastatic.
- Left breast: Fibroadipose changes. No focal lesion - BIRADS I.
Advice: HPE correlation.""",
None, "5", "R5 L1", ["mass R p", "calc R p", "ln R p"]),

("Pakistani (Lahore) USG", "hyphenated BIRADS-n with side after",
"""IMPRESSION:
Left breast lump (clinical) corresponds to a well defined oval hypoechoic lesion at 3 o'clock, likely fibroadenoma. BIRADS-3 left.
Right breast shows normal fibroglandular pattern. BIRADS-1 right.
No axillary lymphadenopathy bilaterally.
Follow up USG after 6 months is suggested.""",
None, "3", "L3 R1", ["mass L p", "ln B a"]),

("Filipino private hospital", "brackets closing sided lines; 'Bilateral' with category",
"""IMPRESSION:
Bilateral breast cysts, largest measuring 1.2 cm at the left breast 2 o'clock area (BI-RADS 2).
Solid nodule, right breast, 7 o'clock, 0.8 x 0.5 cm, probably a fibroadenoma (BI-RADS 3).
Suggest follow-up ultrasound in 6 months.""",
None, "3", "B2 R3", ["mass B p", "mass R p"]),

("Singapore public hospital", "numbered; brackets; one breast two categories",
"""IMPRESSION
1. Right breast 10 o'clock irregular mass with associated pleomorphic microcalcifications, highly suspicious for malignancy (BI-RADS 5). Ultrasound-guided biopsy to be arranged.
2. Enlarged right axillary lymph node with cortical thickening of 5 mm (BI-RADS 4).
3. Left breast: no suspicious abnormality (BI-RADS 1).""",
None, "5", "R5 L1", ["mass R p", "calc R p m:fine_pleomorphic", "ln R p"]),

("Hong Kong private", "'Right breast BI-RADS 3:' heading form; misspelling",
"""Impression:
Right breast BI-RADS 3: A 6 mm circumscribed hypoechoic nodule at 8 o'clock, likely fibroadnema. Interval follow-up ultrasound in 6 months is suggested.
Left breast BI-RADS 2: Simple cysts. Benign intramammary lymph node at 2 o'clock.""",
None, "3", "R3 L2", ["mass R p", "mass L p", "ln L p"]),

("Malaysian private (bilingual heading)", "brackets; words + category",
"""KESIMPULAN / IMPRESSION:
Left breast: Cluster of microcysts at 12 o'clock (BIRADS 2).
Right breast: Irregular hypoechoic lesion at 9 o'clock with posterior acoustic shadowing, 1.4 cm. Suspicious (BIRADS 4C).
No enlarged right axillary lymph node.""",
None, "4C", "L2 R4C", ["mass L p", "mass R p", "ln R a"]),

("Gulf private (Dubai)", "bullets; density line; 'Kindly correlate'",
"""IMPRESSION:
• Both breasts are heterogeneously dense (ACR C).
• Right breast: No mass, no suspicious calcification. BI-RADS 1.
• Left breast: Focal asymmetry in the upper outer quadrant, persistent on spot compression, without sonographic correlate. BI-RADS 3 - short interval follow up in 6 months recommended.
Kindly correlate clinically.""",
"c", "3", "R1 L3", ["mass R a", "calc R a", "asym L p"]),
]
