# (num, origin, common/uncommon, forms, text, density, overall, by_breast, findings)
IMP = []
def add(n, origin, kind, forms, text, density, overall, bb, findings):
    IMP.append((n, origin, kind, forms, text, density, overall, bb, findings))

add(1, "US academic diagnostic", "o", "numbered; 'BI-RADS 4B and 2 for the left and right breasts, respectively'",
"""IMPRESSION:
1. Left breast 1:00, 5 cm from the nipple: 11 mm irregular hypoechoic mass with angular margins, corresponding to the mammographic finding. Suspicious. Ultrasound-guided core biopsy recommended.
2. Right breast 9:00: 6 mm simple cyst. Benign.
3. No suspicious left axillary lymphadenopathy.

BI-RADS 4B and 2 for the left and right breasts, respectively.""",
None, "4B", "L4B R2", ["mass L p", "mass R p", "ln L a"])

add(2, "US community screening recall", "o", "'BI-RADS 0: Incomplete - right. BI-RADS 1: Negative - left.'; density letter; misspelling",
"""IMPRESSION: RIGHT BREAST CALCIFICATIONS - RECALL.
Grouped amorphous calcificatios in the right upper outer quadrant, middle depth, new since 2024. Magnification views are recommended.
Left breast: no mammographic evidence of malignancy.
BI-RADS 0: Incomplete - right. BI-RADS 1: Negative - left.
Breast composition: scattered areas of fibroglandular density (b).""",
"b", "0", "R0 L1", ["calc R p m:amorphous d:grouped"])

add(3, "US teleradiology", "o", "'ASSESSMENT: Left - BI-RADS 3 (...). Right - BI-RADS 1.'; e-signature",
"""FINAL IMPRESSION
Bilateral diagnostic mammogram and targeted left breast ultrasound.
Left 3:00 palpable area: 2.2 x 1.8 cm oval circumscribed hypoechoic mass with posterior acoustic enhancement, most consistent with a fibroadenoma. Probably benign.
Right breast unremarkable.
ASSESSMENT: Left - BI-RADS 3 (short-interval follow-up in 6 months). Right - BI-RADS 1.
Electronically signed by: J. Whitfield, MD on 11/20/2026 02:14 EST (remote read)""",
None, "3", "L3 R1", ["mass L p"])

add(4, "US academic screening recall with addendum", "u", "addendum replaces 0 with 1; 'Final assessment amended to BI-RADS 1, right breast'",
"""IMPRESSION:
Right breast focal asymmetry at 11:00, posterior depth, seen on the MLO view only. BI-RADS 0 - additional imaging needed (right).
Left breast: BI-RADS 1.

ADDENDUM (11/24/2026): Spot compression and tomosynthesis views of the right breast were obtained. The asymmetry effaces, consistent with overlapping fibroglandular tissue. Final assessment amended to BI-RADS 1, right breast. Left unchanged, BI-RADS 1.""",
None, "1", "R1 L1", ["asym R a"])

add(5, "US community diagnostic follow-up", "o", "'previously BI-RADS 3 in 2024 and 2025' excluded; 'Downgraded to BI-RADS 2, right breast'; 'BI-RADS 1 left'",
"""IMPRESSION:
Stable 7 mm oval circumscribed mass in the right breast at 6:00, previously BI-RADS 3 in 2024 and 2025, now with 2 years of stability. Downgraded to BI-RADS 2, right breast.
Left breast negative. BI-RADS 1 left.
Return to annual screening mammography.""",
None, "2", "R2 L1", ["mass R p s"])

add(6, "UK NHS screening assessment clinic", "o", "RCR 'M5 U5. (BI-RADS 5)' on the right line; left M1 only",
"""Assessment clinic summary
Right: 14mm spiculate mass UOQ 10 o'clock, 6cm FN. US 12mm irregular hypoechoic lesion corresponding. M5 U5. (BI-RADS 5)
Left: Normal. M1.
Right axilla: two lymph nodes with cortical thickening to 4mm, U3.
Plan: US guided core R breast and FNA R axillary node. Results clinic 1/52.""",
None, "5", "R5", ["mass R p", "ln R p"])

add(7, "UK NHS symptomatic one-stop clinic", "o", "P/M/U scores with '(BI-RADS 2)' / '(BIRADS 1)' on each side's line",
"""CONCLUSION
Left breast lump 12 o'clock: benign appearances, corresponds to a 15mm simple cyst, aspirated to dryness. P2 M2 U2 (BI-RADS 2).
Right breast (site of pain): no sonographic abnormality. M1 (BIRADS 1).
Routine return to the screening programme.""",
None, "2", "L2 R1", ["mass L p"])

add(8, "Irish symptomatic unit", "o", "'BI-RADS 4a (U4)' closing a side line; lower-case 4a",
"""OPINION:
Right breast: 2 o'clock, 9mm indeterminate solid nodule, wider than tall, slightly lobulated. BI-RADS 4a (U4).
Left breast: several simple cysts, largest 12mm at 3 o'clock. BI-RADS 2.
Axillae normal.
For discussion at the weekly MDM.""",
None, "4A", "R4A L2", ["mass R p", "mass L p"])

add(9, "Irish national screening programme assessment", "o", "'BIRADS 4b left / 1 right'",
"""Impression: Left breast architectural distortion at 6 o'clock, seen on tomosynthesis only, with no ultrasound correlate. Tomosynthesis-guided VAB arranged.
BIRADS 4b left / 1 right.""",
None, "4B", "L4B R1", ["ad L p"])

add(10, "Australian private practice", "o", "numbered; '(BI-RADS 2 bilaterally)' in item 1; item 2 closes with 4A (left)",
"""Conclusion:
1. Bilateral benign-appearing cysts, the largest on the right measuring 18mm (BI-RADS 2 bilaterally).
2. 6mm solid hypoechoic nodule, left 4 o'clock, new compared with 2024. Ultrasound guided core biopsy recommended. BI-RADS 4A.
3. No suspicious calcification.""",
None, "4A", "B2 L4A", ["mass B p", "mass L p", "calc B a"])

add(11, "Australian private practice", "o", "'Synopsis'; '(BI-RADS 5)' / '(BI-RADS 1)' closing side clauses; density as 'BI-RADS C'",
"""SYNOPSIS: Right breast: 8 mm spiculated mass, upper outer quadrant, with associated fine pleomorphic microcalcification - highly suspicious (BI-RADS 5). Left breast: no significant abnormality (BI-RADS 1). Density: heterogeneously dense (BI-RADS C).""",
"c", "5", "R5 L1", ["mass R p", "calc R p m:fine_pleomorphic"])

add(12, "Australian teleradiology", "o", "category first, side after: 'BI-RADS 3 right - ...'",
"""Comment: BI-RADS 3 right - likely fibroadenoma at 8 o'clock, 6 month review suggested. BI-RADS 2 left - intramammary node. No suspicious axillary nodes either side.""",
None, "3", "R3 L2", ["mass R p", "ln L p", "ln B a"])

add(13, "New Zealand community screening", "o", "both negative 'BI-RADS 1 R & L'; negation in either breast; density",
"""Summary: Negative bilateral screening mammogram. No mass, calcification or distortion in either breast. BI-RADS 1 R & L. ACR density b.""",
"b", "1", "B1", ["mass B a", "calc B a", "ad B a"])

add(14, "New Zealand public diagnostic", "o", "side lines; stated overall; misspelling",
"""IMPRESSION
Left breast: 23 mm irregular mass at 2 o'clock with overlying skin thickening and an abnormal level I axillary node, highly suspicious for malignancy. BI-RADS 5.
Right breast: stable benign calcifcations. BI-RADS 2.
Overall BI-RADS 5.""",
None, "5", "L5 R2", ["mass L p", "skin L p", "ln L p", "calc R p s"])

add(15, "Canadian community (Ontario)", "o", "'BI-RADS: 3 (left breast); 1 (right breast)'",
"""Impression: Probably benign grouped round calcifications, left breast lower inner quadrant, in a 5 mm area. Short interval follow up in 6 months with magnification views is suggested.
BI-RADS: 3 (left breast); 1 (right breast).""",
None, "3", "L3 R1", ["calc L p m:round d:grouped"])

add(16, "Canadian community (Alberta)", "o", "'Previously assessed as BI-RADS 3' excluded; 'BI-RADS 4B right'; 'remains negative, BI-RADS 1'",
"""INTERPRETATION: Since the previous examination of 2025-03-11 there has been interval enlargement of the right breast mass at 10 o'clock, now 14 mm (previously 9 mm). Previously assessed as BI-RADS 3. Biopsy is recommended. BI-RADS 4B right.
The left breast remains negative, BI-RADS 1.""",
None, "4B", "R4B L1", ["mass R p"])

add(17, "Canadian (Quebec) English", "o", "'BI-RADS 4 - ...' after 'Left breast:'; clock as '3h'; density",
"""CONCLUSION:
Right breast: BI-RADS 2 (benign lymph node, axillary tail).
Left breast: BI-RADS 4 - irregular 7 mm nodule at 3h, echo-guided biopsy recommended.
ACR breast density: C.""",
"c", "4", "R2 L4", ["ln R p", "mass L p"])

add(18, "South African private", "o", "'BI-RADS 5 (Left); BI-RADS 1 (Right)'; misspelling",
"""IMPRESSION:
Left breast: irregular hypoechoic mass at 12-1 o'clock measuring 17 x 14 mm with internal vascularity and associated microcalcifactions. Left axillary lymphadenopathy.
Right breast: normal.
BI-RADS 5 (Left); BI-RADS 1 (Right).""",
None, "5", "L5 R1", ["mass L p", "calc L p", "ln L p"])

add(19, "South African public hospital", "o", "'BIRADS 2 B/L'; 'Nil suspicious'",
"""Impression: Bilateral benign breast disease - fibroadenomas in both breasts, the largest 21mm on the left. BIRADS 2 B/L. Nil suspicious.""",
None, "2", "B2", ["mass B p"])

add(20, "South African private, post left mastectomy", "o", "post-mastectomy one-breast exam, unsided category; present + absent calcification",
"""Conclusion: Post left mastectomy. Right breast - no mass or suspicious calcification. Scattered benign vascular calcifications. BI-RADS 2.""",
None, "2", "R2", ["mass R a", "calc R a", "calc R p m:vascular"])

add(21, "Indian private ultrasound (Hyderabad)", "o", "bullets; '(BIRADS-III)' / '(BIRADS-I)' closing sided items",
"""IMPRESSION:
• Well defined oval hypoechoic lesion in left breast at 2 o'clock position measuring 1.4 x 0.9 cm - likely fibroadenoma (BIRADS-III).
• Few subcentimetric bilateral axillary lymph nodes with preserved fatty hilum - reactive.
• Right breast shows no focal lesion (BIRADS-I).
Suggested follow up USG after 6 months.""",
None, "3", "L3 R1", ["mass L p", "ln B p"])

add(22, "Indian private (Kolkata)", "o", "'BIRADS 4(c) Rt' / 'BIRADS 2 Lt'; 's/o'",
"""OPINION:
Irregular spiculated hypoechoic mass lesion in the right breast at 10 o'clock, 2.3 cm, taller than wide, with few enlarged right axillary nodes (largest 1.8 cm, loss of fatty hilum) - s/o neoplastic etiology. BIRADS 4(c) Rt.
Left breast - benign simple cyst. BIRADS 2 Lt.
Adv: USG guided biopsy.""",
None, "4C", "R4C L2", ["mass R p", "ln R p", "mass L p"])

add(23, "Indian mammography (Mumbai)", "o", "Roman 'BIRADS IV B' / 'BIRADS I' after a dash; split word; density ACR D",
"""Impression: Bilateral mammography shows extremely dense fibroglandular breast parenchyma (ACR D) with a cluster of fine pleomorphic micro calcifications in the left retroareolar region - BIRADS IV B. Right breast is unremarkable - BIRADS I. Sonomammography correlation advised.""",
"d", "4B", "L4B R1", ["calc L p m:fine_pleomorphic d:grouped"])

add(24, "Indian private ultrasound (Chennai)", "o", "'BI-RADS II both breasts'; present + absent mass",
"""IMPRESSION: Multiple simple cysts in both breasts, largest 9 mm in the right breast. No solid mass. BI-RADS II both breasts.""",
None, "2", "B2", ["mass B p", "mass B a"])

add(25, "Pakistani teaching hospital (Lahore)", "o", "'BIRADS-V lesion in left breast'; 'Right breast: BIRADS-II (...)'; calcified fibroadenoma",
"""OPINION:
BIRADS-V lesion in left breast UOQ (irregular mass with spiculated margins and microcalcifications) with left axillary lymphadenopathy.
Right breast: BIRADS-II (benign calcified fibroadenoma).
Kindly correlate clinically / histopathologically.""",
None, "5", "L5 R2", ["mass L p", "calc L p", "ln L p", "mass R p", "calc R p"])

add(26, "Pakistani private ultrasound (Islamabad)", "o", "'(BIRADS 4A)' closing a right sentence; 'BIRADS 1 left'",
"""IMPRESSION: Complex cystic lesion with thick septations in right breast at 9 o'clock (BIRADS 4A). Left breast normal. BIRADS 1 left.
Rec: US guided aspiration / biopsy.""",
None, "4A", "R4A L1", ["mass R p"])

add(27, "Pakistani private (Peshawar)", "o", "referral category 'reported as BIRADS-0 (left)' excluded; 'BIRADS-II Lt'; misspelling",
"""IMPRESSION: Referred with screening mammogram reported as BIRADS-0 (left). On ultrasound the left breast density corresponds to a fibroadenmoa at 3 o'clock (1.1 x 0.7 cm). BIRADS-II Lt.
Right breast: no abnormality; BIRADS-I.""",
None, "2", "L2 R1", ["mass L p"])

add(28, "Filipino private hospital", "o", "' - BI-RADS 4A' closing side lines; 'vs.'",
"""IMPRESSION:
Right breast: Complicated cyst vs. solid nodule, 0.8 cm, 8 o'clock - BI-RADS 4A.
Left breast: Simple cysts, the largest 0.6 cm - BI-RADS 2.
No axillary lymphadenopathy, bilateral.""",
None, "4A", "R4A L2", ["mass R p", "mass L p", "ln B a"])

add(29, "Filipino private hospital", "o", "dash list; 'BIRADS 3, LEFT' / 'BIRADS 1, RIGHT'; density; misspelling",
"""IMPRESSION:
- Mammographically negative. ACR density B.
- Sonographically, benign appearing nodule, left breast 10 o'clock, probably fibroadenome. BIRADS 3, LEFT.
- BIRADS 1, RIGHT.""",
"b", "3", "L3 R1", ["mass L p"])

add(30, "Filipino private hospital (Cebu)", "o", "range 'BIRADS 4A-B left' -> 4B",
"""IMPRESSION: Irregular hypoechoic nodule, left breast 2 o'clock, 1.2 cm, with indistinct margins. BIRADS 4A-B left, for tissue sampling. Right breast: stable simple cyst, BIRADS 2.""",
None, "4B", "L4B R2", ["mass L p", "mass R p s"])
