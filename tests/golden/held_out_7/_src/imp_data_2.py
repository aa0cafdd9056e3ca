B2 = [
("Nigerian private hospital", "brackets; Roman II; misspelling",
"""CONCLUSION:
Right breast mass with features suggestive of malignancy (BIRADS 4C). Right axillary lymphadenophaty.
Left breast: benign calcification. BIRADS II.
Recommend: Tru-cut biopsy of the right breast mass.""",
None, "4C", "R4C L2", ["mass R p", "ln R p", "calc L p"]),

("Kenyan private hospital (Nairobi)", "'Right: BIRADS 2 -' rows; density letter",
"""IMPRESSION:
Right: BIRADS 2 - Benign calcified fibroadenoma (popcorn calcification) in the UOQ.
Left: BIRADS 0 - A developing asymetry is noted in the retroareolar region, new since 2024. Ultrasound recommended.
Breast density: B.""",
"b", "0", "R2 L0", ["mass R p", "calc R p m:coarse", "asym L p"]),

("US teleradiology", "'LEFT BREAST - BI-RADS 4A.' label form; e-signature",
"""IMPRESSION:
LEFT BREAST - BI-RADS 4A. 7 mm oval hypoechoic mass with indistinct margins at 5 o'clock, 3 cm FN, new compared to 03/2025. US-guided biopsy recommended.
RIGHT BREAST - BI-RADS 2. Stable intramammary lymph node.
Electronically signed: [Radiologist], MD (remote read)""",
None, "4A", "L4A R2", ["mass L p", "ln R p s"]),

("US academic diagnostic with addendum", "addendum replaces; BI-RADS 0 then 2; stated overall",
"""IMPRESSION:
Right breast: 1.1 cm obscured mass at 7:00, posterior depth. Recommend diagnostic ultrasound. BI-RADS 0.
Left breast: No mammographic evidence of malignancy. BI-RADS 1.

ADDENDUM (same day, after targeted right breast ultrasound): The right breast mass corresponds to a 1.1 cm simple cyst at 7:00, 6 cm FN. No further workup is needed. Right breast: BI-RADS 2. Left breast: BI-RADS 1. Overall: BI-RADS 2 - Benign.""",
None, "2", "R2 L1", ["mass R p"]),

("UK symptomatic one-stop clinic", "RCR P/M/U beside BI-RADS; left only categorised",
"""OPINION: Left breast P3 M3 U3: 18 mm lobulated well circumscribed solid lesion at 2 o'clock, likely a fibroadenoma; core biopsy performed given age over 25 (BI-RADS 3).
Right breast normal (P1 M1).
Left axilla normal.""",
None, "3", "L3", ["mass L p"]),

("US community screening", "both negative; 'both breasts'; density",
"""IMPRESSION: NEGATIVE BILATERAL SCREENING MAMMOGRAM.
No suspicious masses, calcifications or architectural distortion in either breast.
BI-RADS 1 - Negative, both breasts.
The breasts are heterogeneously dense, which may lower the sensitivity of mammography.""",
"c", "1", "B1", ["mass B a", "calc B a", "ad B a"]),

("Australian BreastScreen assessment", "outcome per side; misspelling",
"""Assessment outcome:
Right breast - the screen-detected calcifiactions in the RUOQ are benign in appearance on magnification views (round and punctate, regional distribution). BI-RADS 2. Return to biennial screening.
Left breast - no abnormality identified, BI-RADS 1.""",
None, "2", "R2 L1", ["calc R p m:punctate,round d:regional"]),

("Canadian (Alberta) community", "'Previously BI-RADS 3' excluded; side after",
"""IMPRESSION:
Previously BI-RADS 3 left breast mass at 3 o'clock (followed 2023-2025) is stable over 24 months, now BI-RADS 2 left.
Right breast negative. BI-RADS 1 right.
Return to routine screening.""",
None, "2", "L2 R1", ["mass L p s"]),

("Indian private (Mumbai)", "pipe table; Roman numerals 'IV C'",
"""IMPRESSION:
| Breast | Findings | BI-RADS |
| Right | Simple cyst at 10 o'clock, 9 x 7 mm | II |
| Left | Irregular hypoechoic mass at 2 o'clock, 16 x 12 mm, with ipsilateral axillary nodes showing thickened cortex | IV C |""",
None, "4C", "R2 L4C", ["mass R p", "mass L p", "ln L p"]),

("Pakistani (Lahore) teaching hospital", "'BIRADS-IVb' closing a sided sentence",
"""IMPRESSION:
Ill defined hypoechoic lesion at 12 o clock position in left breast with few specks of microcalcification. BIRADS-IVb.
Right breast BIRADS-II.
Recommend USG guided biopsy.""",
None, "4B", "L4B R2", ["mass L p", "calc L p"]),

("Filipino private hospital (Manila)", "'BI-RADS category 5' closing sided item",
"""IMPRESSION:
Left breast mass, 2 o'clock, 2.0 x 1.6 cm, irregular, not circumscribed, with posterior shadowing - highly suggestive of malignancy, BI-RADS category 5.
Left axillary lymphadenopathy, largest node 1.8 cm.
Right breast: benign-looking intramammary lymph node, BI-RADS category 2.""",
None, "5", "L5 R2", ["mass L p", "ln L p", "ln R p"]),

("Singapore screening programme", "'BI-RADS 0 pending ultrasound'; density",
"""IMPRESSION:
Left breast: BI-RADS 0 pending ultrasound - new 8 mm circumscribed oval mass, middle depth, lower inner quadrant.
Right breast: no significant abnormality, BI-RADS 1.
Density: scattered fibroglandular (ACR B).""",
"b", "0", "L0 R1", ["mass L p"]),

("Hong Kong private, one-breast ultrasound", "one-breast exam; unsided category",
"""RIGHT BREAST ULTRASOUND
Impression: Complicated cyst at 11 o'clock, 7 mm, with low-level internal echoes and no internal vascularity. Probably benign, BI-RADS 3. Follow-up in 6 months.""",
None, "3", "R3", ["mass R p"]),

("Gulf private (Saudi)", "previous-exam category in comparison clause; 'Upgraded to'",
"""IMPRESSION:
In comparison with the previous study dated 14/02/2025 (BI-RADS 3), the left breast oval circumscribed mass at 4 o'clock has increased in size from 9 to 14 mm. Upgraded to BI-RADS 4A. Tissue sampling is recommended.
Right breast: stable benign findings, BI-RADS 2.""",
None, "4A", "L4A R2", ["mass L p"]),

("Nigerian teaching hospital (Lagos)", "(i)/(ii) list; Roman III / I",
"""IMPRESSION:
(i) Left breast: multiple well-defined oval hypoechoic masses, the largest at 3 o'clock measuring 2.1 x 1.4cm - ? fibroadenomata. BIRADS III.
(ii) Right breast: normal sonomammogram. BIRADS I.
(iii) No axillary lymphadenopathy.""",
None, "3", "L3 R1", ["mass L p", "ln B a"]),
]
