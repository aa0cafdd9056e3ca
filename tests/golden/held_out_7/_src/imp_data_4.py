B4 = [
("Filipino private, typed in lower case", "lower case; 'bi-rads 4a on the right'",
"""impression:
bi-rads 4a on the right - irregular hypoechoic nodule, 9 o'clock, 0.9 cm, for biopsy.
bi-rads 2 on the left - benign appearing axillary lymph node.""",
None, "4A", "R4A L2", ["mass R p", "ln L p"]),

("Indian private (Chennai)", "numbered; misspelling; negation in either breast",
"""IMPRESSION:
1. Clusterd pleomorphic microcalcifications in the upper outer quadrant of right breast spanning 1.5 cm - BIRADS 4C. Stereotactic biopsy advised.
2. No obvious mass lesion in either breast.
3. Left breast - BIRADS 1.""",
None, "4C", "R4C L1", ["calc R p m:fine_pleomorphic d:grouped", "mass B a"]),

("Gulf private (Kuwait)", "addendum with 'Final assessment' per side",
"""IMPRESSION: Left breast 6 o'clock focal asymmetry. Ultrasound to follow. BI-RADS 0 left. Right breast BI-RADS 1.

ADDENDUM: Targeted ultrasound of the left 6 o'clock region shows no sonographic correlate. Spot compression confirms the asymmetry persists, without mass or distortion. Final assessment: BI-RADS 3 left, BI-RADS 1 right.""",
None, "3", "L3 R1", ["asym L p", "mass L a", "ad L a"]),

("Kenyan private (Mombasa)", "Roman 'IV A' with a space, side after",
"""IMPRESSION:
BIRADS IV A right breast: solid hypoechoic nodule at 7 o'clock, 11 x 8 mm, with microlobualted margins.
BIRADS II left breast: simple cysts.
Normal bilateral axillae.""",
None, "4A", "R4A L2", ["mass R p", "mass L p"]),

("US academic breast MRI", "numbered; BI-RADS 6 beside 4C",
"""IMPRESSION:
1. 9 mm irregular enhancing mass in the left breast at 2:00 with washout kinetics. BI-RADS 4C. MRI-guided biopsy recommended.
2. Known biopsy-proven malignancy in the right breast: 2.4 cm irregular enhancing mass at 10:00 (BI-RADS 6).
3. No suspicious axillary lymphadenopathy.""",
None, "4C", "L4C R6", ["mass L p", "mass R p", "ln B a"]),

("US community, raw speech-recognition dictation", "spoken punctuation; 'BI-RADS 4 A'; split 'plea morphic'",
"""IMPRESSION colon right breast BI-RADS 4 A period suspicious grouped fine plea morphic calcifications in the upper outer quadrant period stereotactic biopsy recommended period new paragraph left breast BI-RADS 1 negative period""",
None, "4A", "R4A L1", ["calc R p m:fine_pleomorphic d:grouped"]),

("patient-portal copy of a US report", "broken lines 'BI-RADS\\n4B'; page footer",
"""IMPRESSION:
RIGHT BREAST: BI-RADS
4B. Irregular mass with indistinct margins at 11 o'clock,
1.2 cm, with an abnormal right axillary lymph
node. Ultrasound-guided biopsy of both is recommended.
LEFT BREAST: BI-RADS 2. Benign cyst.
Page 2 of 2      Patient: ****      MRN: ****""",
None, "4B", "R4B L2", ["mass R p", "ln R p", "mass L p"]),

("audit CSV export", "CSV rows with side column; 'change' column",
"""side,birads,finding,change
R,1,none,
L,4B,calcifications fine-linear segmental,new""",
None, "4B", "R1 L4B", ["calc L p m:fine_linear d:segmental"]),

("male, left-only exam", "one-breast exam; gynaecomastia",
"""LEFT MAMMOGRAM AND ULTRASOUND (male, 64 y)
IMPRESSION: Left subareolar flame-shaped fibroglandular tissue consistent with gynaecomastia. No discrete mass. BI-RADS 2.""",
None, "2", "L2", ["other L p", "mass L a"]),

("Australian assessment, year table", "table with a 2024 row and a current 2026 row",
"""Assessment (BI-RADS):
          Right   Left
2024        1       3
2026        1       2
Left 11 o'clock oval circumscribed mass, stable for 2 years - now benign.""",
None, "2", "R1 L2", ["mass L p s"]),

("US community with scale legend", "legend of the scale not counted; mass = lymph node",
"""IMPRESSION: Left breast: 5 mm round circumscribed mass at 6:00 with a fatty hilum, consistent with an intramammary lymph node. BI-RADS 2. Right breast negative, BI-RADS 1.
(BI-RADS: 0 incomplete, 1 negative, 2 benign, 3 probably benign, 4 suspicious, 5 highly suggestive of malignancy, 6 known biopsy-proven malignancy.)""",
None, "2", "L2 R1", ["ln L p"]),

("UK private symptomatic", "RCR beside BI-RADS; slash range '3/4A'",
"""Summary: Right 3 o'clock 9mm indeterminate solid lesion, M2 U3, BI-RADS 3/4A. US-guided core biopsy today.
Left: normal, M1.
Axillae clear on ultrasound.""",
None, "4A", "R4A", ["mass R p"]),

("Nigerian private, post right mastectomy", "left-only ultrasound after mastectomy",
"""Post right mastectomy (2022). Left breast ultrasound.
IMPRESSION: Left breast - ill-defined hypoechoic mass at 1 o'clock with echogenic foci (microcalcifications), 14 x 10 mm, highly suspicious for malignancy. BIRADS 5. Left axillary lymph nodes show preserved fatty hila.""",
None, "5", "L5", ["mass L p", "calc L p", "ln L p"]),

("Gulf private (Muscat)", "negated 'No features of BIRADS 5'; stated overall",
"""IMPRESSION:
Right breast: BIRADS 2 - Benign. Stable coarse calcifications.
Left breast: BIRADS 4A - Low suspicion. New 7 mm irregular nodule at 10 o'clock.
No features of a BIRADS 5 lesion.
Overall: BIRADS 4A""",
None, "4A", "R2 L4A", ["calc R p s m:coarse", "mass L p"]),

("US community screening", "'BI-RADS 2 bilateral'; misspelling; density words",
"""IMPRESSION: Benign. Bilateral stable benign-appearing calcificatins and a stable left intramammary lymph node. No mammographic evidence of malignancy. BI-RADS 2 bilateral.
Breast density: extremely dense (D).""",
"d", "2", "B2", ["calc B p s", "ln L p s"]),
]
