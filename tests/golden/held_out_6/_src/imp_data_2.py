# Impression blocks imp6_026-050: (number, origin/forms tags, text, density, overall, by_breast, findings)
B2 = [
(26, "Australian; number before side in brackets; typo",
"""Conclusion:
BIRADS 4 (L) - 15mm area of architectrual distortion L UOQ, seen on tomosynthesis only, no sonographic correlate. Tomosynthesis guided biopsy recommended.
BIRADS 1 (R).""",
 None, "4", "L4 R1", ["ad L p"]),

(27, "US community; negated follow-up category; 'for the right breast'",
"""IMPRESSION:
The right breast cyst at 8:00, followed since 2024, is smaller. Benign. No further BI-RADS 3 follow-up is required. BI-RADS 2 for the right breast.
Left breast: BI-RADS 1 - negative.""",
 None, "2", "R2 L1", ["mass R p"]),

(28, "Singapore; numbered; both breasts + left item; typo",
"""CONCLUSION:
1. Bilateral benign-appearing calcifications. BI-RADS 2 both breasts.
2. 5 mm group of fine linear branching microcalcfications in the left subareolar region, BI-RADS 4C.
Stereotactic vacuum-assisted biopsy is recommended for item 2.""",
 None, "4C", "R2 L4C", ["calc B p", "calc L p m:fine_linear d:grouped"]),

(29, "Gulf private; 'BIRADS: Right - 3, Left - 0'; possible distortion",
"""IMPRESSION:
BIRADS: Right - 3, Left - 0
Right: 6 mm probably benign oval mass at 11 o'clock, sonographically a complicated cyst.
Left: possible architectural distortion in the upper outer quadrant on the MLO view only; spot compression / tomosynthesis needed.""",
 None, "0", "R3 L0", ["mass R p", "ad L q"]),

(30, "US; Current and Prior rows",
"""Assessment
  Current: BI-RADS 4A (left), BI-RADS 2 (right)
  Prior (05/2025): BI-RADS 3 (left)
The left 8 mm mass at 2:00 has increased from 5 mm; biopsy recommended. Right: stable benign lymph node in the axillary tail.""",
 None, "4A", "L4A R2", ["mass L p", "ln R p s"]),

(31, "Canadian; negated 3 or 4",
"""IMPRESSION: No mammographic or sonographic findings to warrant a BI-RADS 3 or 4 assessment in either breast. Simple cysts in the left breast. BI-RADS 2 left, BI-RADS 1 right.""",
 None, "2", "L2 R1", ["mass L p"]),

(32, "US academic; side header; lettered items; two categories on left",
"""IMPRESSION:
LEFT BREAST:
A. 1.3 cm irregular mass with spiculated margins at 2:00, 6 cm FN, with an abnormal-appearing left axillary lymph node (cortex 5 mm): BI-RADS 5. US-guided biopsy of both is recommended.
B. 5 mm simple cyst at 4:00: BI-RADS 2.
RIGHT BREAST: Negative. BI-RADS 1.""",
 None, "5", "L5 R1", ["mass L p", "ln L p", "mass L p"]),

(33, "speech recognition ('to' for 2, 'Period.')",
"""IMPRESSION: Right breast BI-RADS 4A suspicious. Left breast BI-RADS to benign. Period. Right 10 o'clock 9 mm irregular hypoechoic mass, recommend ultrasound guided biopsy. Left stable cyst at 3 o'clock.""",
 None, "4A", "R4A L2", ["mass R p", "mass L p s"]),

(34, "Malaysian; bilingual heading; dash list; two cysts own clock/size; joined word",
"""KESIMPULAN / CONCLUSION:
Bilateral breast ultrasound shows:
- Right breast: two simple cysts at 10 and 11 o'clock (4 mm and 7 mm). BIRADS 2.
- Left breast: an irregular hypoechoic mass at 3 o'clock with posterior shadowing, 2.1 x 1.8 cm, and an enlarged left axillary lymphnode with thickened cortex. BIRADS 5.
Suggest biopsy.""",
 None, "5", "R2 L5", ["mass R p", "mass R p", "mass L p", "ln L p"]),

(35, "UK private; M score with BI-RADS in brackets per side",
"""Summary: R breast - 7mm cluster of pleomorphic microcalcification at 12 o'clock, M4 (BI-RADS 4B). No US correlate. L breast - normal, M1 (BI-RADS 1). Plan: stereo guided VAB right.""",
 None, "4B", "R4B L1", ["calc R p m:fine_pleomorphic d:grouped"]),

(36, "US; hypothetical 'would be BI-RADS 2'",
"""IMPRESSION:
Left breast 6:00: 8 mm complicated cyst versus solid mass. BI-RADS 4A; aspiration, with biopsy if solid. If this proves to be a cyst on aspiration, it would be BI-RADS 2.
Right breast: BI-RADS 1.""",
 None, "4A", "L4A R1", ["mass L p"]),

(37, "US; one-breast exam title; unsided category",
"""LEFT DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND
IMPRESSION: The palpable lump at left 3:00 corresponds to a 2.4 cm lipoma. No suspicious mass or calcification. BI-RADS 2.""",
 None, "2", "L2", ["mass L p", "mass L a", "calc L a"]),

(38, "US screening; pseudo-negation; density; typo",
"""IMPRESSION: Breast composition B. Scattered bilateral benign round and punctate calcifications, stable. New 1.0 cm focal asymetry in the right breast at 6:00, posterior depth, not seen in 2024 - recall for diagnostic evaluation. BI-RADS 0 right, BI-RADS 2 left.""",
 "b", "0", "R0 L2", ["calc B p s m:punctate,round d:diffuse", "asym R p"]),

(39, "Indian; BIRADS III both breasts; reactive nodes",
"""IMPRESSION: Bilateral multiple well-defined hypoechoic lesions, largest in the right breast at 7 o'clock (15 x 9 mm), likely fibroadenomas - BIRADS III both breasts. Bilateral axillary lymph nodes with preserved fatty hilum - reactive.""",
 None, "3", "B3", ["mass B p", "ln B p"]),

(40, "US; slash range 4B/C",
"""IMPRESSION: Right breast: 1.6 cm irregular mass with microlobulated margins at 11:00, BI-RADS 4B/C. Left breast: negative, BI-RADS 1.""",
 None, "4C", "R4C L1", ["mass R p"]),

(41, "Hong Kong; 'BI-RADS 1 right and BI-RADS 2 left'; calcified fibroadenoma",
"""CONCLUSION: No mammographic evidence of malignancy. Benign calcified fibroadenoma in the left breast. BI-RADS 1 right and BI-RADS 2 left. Next annual screening is suggested.""",
 None, "2", "R1 L2", ["mass L p", "calc L p"]),

(42, "Australian; 'not a BIRADS 3 lesion'; Nil",
"""Conclusion: Nil mammographic evidence of malignancy. The 4mm oval nodule at R 9 o'clock is unchanged since 2023 and is benign, not a BIRADS 3 lesion. BIRADS 2 right, BIRADS 1 left.""",
 None, "2", "R2 L1", ["mass R p s"]),

(43, "Gulf; '1-' list; Final BI-RADS with sides in brackets after numbers; typo",
"""IMPRESSION:
1- Right breast upper outer quadrant irregular mass with spicualted margins and associated pleomorphic calcifications, highly suggestive of malignancy.
2- Right axillary lymph nodes with thick cortex, suspicious.
3- Left breast: no significant abnormality.
Final BI-RADS: 5 (Right), 1 (Left).""",
 None, "5", "R5 L1", ["mass R p", "calc R p m:fine_pleomorphic", "ln R p"]),

(44, "US screening callback; category words first; possible mass; density typo",
"""IMPRESSION: INCOMPLETE - NEED ADDITIONAL IMAGING EVALUATION.
Possible mass in the left breast, upper outer quadrant, middle depth, seen on CC and MLO tomosynthesis. Recommend diagnostic mammogram and ultrasound.
BI-RADS 0: Incomplete - left breast
BI-RADS 1: Negative - right breast
Breast density: The breasts are heterogenously dense, which may obscure small masses.""",
 "c", "0", "L0 R1", ["mass L q"]),

(45, "US academic MRI; previously BI-RADS 3; stated overall",
"""IMPRESSION:
1. Right breast 1:00 enhancing mass, previously BI-RADS 3 on MRI of 11/2025, has increased from 5 to 8 mm. BI-RADS 4A; MRI-guided biopsy.
2. Left breast: stable benign-appearing intramammary lymph node. BI-RADS 2.
Overall: BI-RADS 4A.""",
 None, "4A", "R4A L2", ["mass R p", "ln L p s"]),

(46, "Singapore; 'Left breast BIRADS 3:' then lesions with own clocks; typo",
"""Impression:
Left breast BIRADS 3: 2 oval circumscribed hypoechoic nodules at 2 o'clock (6 mm) and 4 o'clock (8 mm), likely fibroadneomas. 6 month follow up USG.
Right breast BIRADS 2: simple cyst at 10 o'clock.""",
 None, "3", "L3 R2", ["mass L p", "mass L p", "mass R p"]),

(47, "US; legend of the scale in brackets",
"""IMPRESSION: Right breast BI-RADS 3, left breast BI-RADS 1.
Right: 5 mm round circumscribed mass at 8:00 seen on the MLO view, no sonographic correlate. 6-month follow-up.
(BI-RADS: 0 incomplete, 1 negative, 2 benign, 3 probably benign, 4 suspicious, 5 highly suggestive of malignancy, 6 known malignancy)""",
 None, "3", "R3 L1", ["mass R p"]),

(48, "US community; pipe inline; mass and rim calcification both unchanged",
"""Impression: Benign. BI-RADS 2 (right) | BI-RADS 1 (left). The right breast oil cyst and its rim calcification are unchanged since 2021.""",
 None, "2", "R2 L1", ["mass R p s", "calc R p s m:rim"]),

(49, "Indian; side after Roman numeral inside brackets; & ; Rt/Lt",
"""IMPRESSION:
Irregular spiculated hyperdense mass in Rt UOQ with clustered microcalcifications & skin thickening - suggestive of malignant neoplasm (BIRADS V Rt).
Benign coarse calcification in Lt breast (BIRADS II Lt).
Rt axillary lymphadenopathy.
Adv: HPE correlation.""",
 None, "5", "R5 L2", ["mass R p", "calc R p d:grouped", "skin R p", "calc L p m:coarse", "ln R p"]),

(50, "US screening; unsided category on a bilateral exam",
"""IMPRESSION: No mammographic evidence of malignancy. Stable bilateral benign-appearing axillary lymph nodes. BI-RADS 2: Benign.
RECOMMENDATION: Annual screening mammogram.""",
 None, "2", "", ["ln B p s"]),
]
