# Impression blocks 001-030: (origin, forms, text, density, overall, by_breast, findings)
BLOCKS = [
("US academic diagnostic", "numbered; side after the number",
"IMPRESSION:\n1. Suspicious 1.4 cm irregular mass at the left breast 2 o'clock, 6 cm from the nipple, with an abnormal-appearing left axillary lymph node (cortical thickness 6 mm). BI-RADS 4C left.\n2. Benign-appearing simple cyst, right breast 10 o'clock. BI-RADS 2 right.\n\nRECOMMENDATION: US-guided core biopsy of the left breast mass and FNA of the left axillary node.",
None, "4C", "L4C R2", ["mass L p", "ln L p", "mass R p"]),

("US community screening recall", "per-side rows under 'BI-RADS Assessment:'; stated overall; density",
"IMPRESSION: ASYMMETRY LEFT BREAST. RECALL FOR DIAGNOSTIC WORKUP.\nThere is a new 9 mm focal asymmetry in the left upper inner quadrant, posterior depth, seen on the CC view only on tomosynthesis. No suspicious masses or calcifications in the right breast.\n\nBI-RADS Assessment:\n   Right: 1 - Negative\n   Left: 0 - Needs additional imaging evaluation\nOverall: 0\n\nDensity: The breasts are heterogeneously dense, which may obscure small masses (C).",
"c", "0", "R1 L0", ["asym L p", "mass R a", "calc R a"]),

("UK NHS symptomatic one-stop clinic", "RCR beside BI-RADS; only one breast categorised",
"OPINION:\nRight breast: 22 mm irregular hypoechoic mass at 10 o'clock, 4 cm FN, highly suspicious of malignancy. Two morphologically abnormal right axillary nodes. M5 U5 (BI-RADS 5).\nLeft breast: normal. M1 U1.\nPlan: US guided core biopsy of the right breast mass and FNA of the right axillary node today. Discuss at MDM.",
None, "5", "R5", ["mass R p", "ln R p"]),

("Irish symptomatic unit", "'on the left side; ... on the right side' after the number",
"CONCLUSION:\nSimple cysts in the left breast, the largest 14 mm at 2 o'clock, and a separate 7 mm circumscribed solid nodule at 4 o'clock in the left breast in keeping with a fibroadenoma. Normal right breast.\nBI-RADS 3 on the left side; BI-RADS 1 on the right side.\nShort interval follow up ultrasound of the left breast in 6 months suggested.",
None, "3", "L3 R1", ["mass L p", "mass L p"]),

("Australian private practice", "numbered; 'BI-RADS: Right 4B, Left 2'; density",
"COMMENT:\n1. 8mm hypoechoic, taller-than-wide lesion with angular margins at the right 7 o'clock position, 3cm FN, no mammographic correlate. Suspicious. Recommend US guided core biopsy - booked for Thursday.\n2. Stable benign-appearing calcifications in the left breast.\nBI-RADS: Right 4B, Left 2.\nACR density B.",
"b", "4B", "R4B L2", ["mass R p", "calc L p s"]),

("NZ private", "compact 'BI-RADS R1 L3'",
"IMPRESSION\nLeft breast: group of 6-8 round and punctate microcalcifications in the UOQ spanning 5mm, no prior films available for comparison - probably benign.\nRight breast: no abnormality.\nBI-RADS R1 L3. Recommend 6 month left diagnostic mammogram.",
None, "3", "R1 L3", ["calc L p m:punctate,round d:grouped"]),

("Canadian community (Ontario)", "'BI-RADS 4A (left), 2 (right)'; pseudo-negation",
"IMPRESSION:\nLeft breast 1 o'clock: 11 x 7 mm oval hypoechoic mass with partially indistinct margins, not definitely present on the prior ultrasound of 2024. Biopsy recommended.\nRight breast: 2 small simple cysts at 9 o'clock (4 mm and 6 mm).\nAssessment: BI-RADS 4A (left), 2 (right).",
None, "4A", "L4A R2", ["mass L p", "mass R p", "mass R p"]),

("South African private", "bullets; '(Rt)' / '(Lt)' after the category",
"CONCLUSION:\n* Spiculated mass Rt breast UOQ with associated pleomorphic microcalcifications and skin thickening - highly suspicious for malignancy. BIRADS 5 (Rt).\n* Bilateral benign intramammary lymph nodes.\n* Lt breast: benign fibroadenoma, unchanged. BIRADS 2 (Lt).",
None, "5", "R5 L2", ["mass R p", "calc R p m:fine_pleomorphic", "skin R p", "ln B p", "mass L p s"]),

("Indian sonomammography (Bangalore)", "dash list; Roman 'IVa' / 'II' closing sided items; joined word",
"IMPRESSION :-\n- Ill defined hypoechoic lesion with microcalcifications in Lt breast at 2'o clock position, measuring 1.6 x 1.2 cm - BIRADS IVa. Advised USG guided biopsy.\n- Few subcentimetric Lt axillary lymphnodes with preserved fatty hilum.\n- Simple cyst in Rt breast at 9 o clock - BIRADS II.",
None, "4A", "L4A R2", ["mass L p", "calc L p", "ln L p", "mass R p"]),

("Pakistani (Karachi) USG", "'BIRADS-3 Left breast, BIRADS-1 Right breast'; misspelling",
"OPINION:\nWell defined oval hypoechoic solid lesion in left breast at 3 o'clock, measuring 12 x 8 mm, with no internal vascularity - likely fibroadenma.\nNo abnormality in right breast.\nBIRADS-3 Left breast, BIRADS-1 Right breast.\nFollow up scan after 6 months is advised.",
None, "3", "L3 R1", ["mass L p"]),

("Filipino private hospital", "bracketed category closing sided lines; 'both breasts' with category",
"IMPRESSION:\nSolid nodule, left breast, 11 o'clock, 0.9 x 0.7 cm, irregular margins (BI-RADS 4A)\nSimple cysts, both breasts (BI-RADS 2)\nNon-enlarged axillary lymph nodes, bilateral\n\nSuggest: Ultrasound-guided core needle biopsy of the left breast nodule.",
None, "4A", "L4A R2", ["mass L p", "mass B p", "ln B p"]),

("Singapore public hospital", "'Right breast BI-RADS 0 - further assessment ... to follow'; density",
"Conclusion:\nIndeterminate 7 mm focal asymmetry at the right upper outer quadrant, middle depth, seen on the MLO view. Right breast BI-RADS 0 - further assessment with spot compression and ultrasound to follow.\nLeft breast: no suspicious mass, microcalcification or architectural distortion. BI-RADS 1.\nBreast density: ACR category c.",
"c", "0", "R0 L1", ["asym R p", "mass L a", "calc L a", "ad L a"]),

("Hong Kong public hospital", "numbered; 'BIRADS 4B for Rt'; negation bilaterally",
"Impression:\n1. Rt breast 12 o'clock subareolar irregular hypoechoic nodule 1.1cm with internal vascularity. Suspicious. BIRADS 4B for Rt.\n2. Lt breast few benign-looking cysts, largest 5mm. BIRADS 2 for Lt.\n3. No enlarged axillary LN bilaterally.\nSuggest USG guided core biopsy of Rt nodule.",
None, "4B", "R4B L2", ["mass R p", "mass L p", "ln B a"]),

("Malaysian private", "side lines; stated overall; misspelling",
"IMPRESSION:\nRight breast: Clustered amorphous micorcalcifications at the upper outer quadrant, new compared to previous mammogram 2024. Suggest stereotactic biopsy. BI-RADS 4B.\nLeft breast: Benign scattered vascular calcifications. BI-RADS 2.\nOverall BI-RADS: 4B",
None, "4B", "R4B L2", ["calc R p m:amorphous d:grouped", "calc L p m:vascular d:diffuse"]),

("Gulf private (Dubai)", "'BI-RADS (L): 3' label after the finding; 'Kindly correlate'",
"IMPRESSION:\n- Left breast complicated cyst at 4 o'clock, 8 mm, with low level internal echoes. Follow up after 6 months is recommended. BI-RADS (L): 3\n- Right breast: simple cyst at 10 o'clock and a benign intramammary lymph node. BI-RADS (R): 2\n- No axillary lymphadenopathy.\nKindly correlate clinically.",
None, "3", "L3 R2", ["mass L p", "mass R p", "ln R p", "ln B a"]),

("Nigerian private hospital", "Roman 'BIRADS IV' / 'BIRADS I' closing sided sentences; misspelling",
"CONCLUSION:\nIrregular hypoechoic mass in the right breast (10 o'clock) with posterior acoustic shadowing and ipsilateral axillary lymphadenopaty - BIRADS IV.\nNormal left breast sonogram - BIRADS I.\nRecommend tru-cut biopsy.",
None, "4", "R4 L1", ["mass R p", "ln R p"]),

("Kenyan private hospital (Nairobi)", "'Assessment - Right: BIRADS 2 / Left: BIRADS 5' slash row",
"COMMENTS:\nLeft breast retroareolar spiculated mass with nipple retraction and skin thickening, and associated left axillary lymphadenopathy - highly suggestive of malignancy.\nRight breast: coarse popcorn-like calcification in a degenerating fibroadenoma.\nAssessment - Right: BIRADS 2 / Left: BIRADS 5",
None, "5", "R2 L5", ["mass L p", "skin L p", "skin L p", "ln L p", "mass R p", "calc R p m:coarse"]),

("US teleradiology", "'BI-RADS Category 3 - Probably Benign (left breast)' rows; e-signature",
"IMPRESSION:\n\nLEFT BREAST: 6 mm oval circumscribed mass at 3:00, 5 cm from the nipple, likely a fibroadenoma. No prior ultrasound for comparison. Recommend short-interval follow-up ultrasound in 6 months.\nRIGHT BREAST: Stable benign intramammary lymph node, upper outer quadrant.\n\nBI-RADS Category 3 - Probably Benign (left breast)\nBI-RADS Category 2 - Benign (right breast)\n\nElectronically signed by: J. Okafor, MD  11/27/2026 23:41 EST",
None, "3", "L3 R2", ["mass L p", "ln R p s"]),

("US academic with addendum", "addendum replaces; 'Revised assessment: BI-RADS 4B, right breast'",
"IMPRESSION:\nRight breast: Possible architectural distortion in the upper outer quadrant on tomosynthesis, not clearly seen on the 2D images. BI-RADS 0: Incomplete - additional imaging needed.\nLeft breast: Negative. BI-RADS 1.\n\nADDENDUM 12/02/2026: Additional right breast tomosynthesis spot views and ultrasound were performed. The finding persists as an area of architectural distortion with a 7 mm hypoechoic correlate at 10:00, 6 cm from the nipple. Revised assessment: BI-RADS 4B, right breast. Left breast remains BI-RADS 1. US-guided biopsy is recommended.",
None, "4B", "R4B L1", ["ad R p"]),

("UK symptomatic (private)", "RCR U3/M1 beside BI-RADS; left item categorised only",
"SUMMARY:\nLeft 2 o'clock: 13 mm oval, parallel, circumscribed hypoechoic lesion in keeping with a fibroadenoma. U3 - core biopsy performed today (new lump, age 41). BI-RADS 3.\nMammograms: no suspicious features in either breast. M1.\nRight breast: U1.",
None, "3", "L3", ["mass L p"]),

("US community screening", "both breasts 'bilateral'; density words",
"IMPRESSION: NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY.\nStable scattered benign calcifications in both breasts. Routine annual screening mammogram recommended.\n\nBI-RADS 2: Benign finding(s), bilateral.\nBreast composition: scattered areas of fibroglandular density (B).",
"b", "2", "B2", ["calc B p s d:diffuse"]),

("Australian BreastScreen assessment", "per-side assessment summary",
"ASSESSMENT SUMMARY\nRight breast: 9 mm stellate mass R UOQ (screen-detected); sonographic correlate 8 mm irregular hypoechoic mass at 10 o'clock. Core biopsy performed. BI-RADS 4C.\nLeft breast: No abnormality on assessment views. BI-RADS 1.\nClient informed; results clinic booked.",
None, "4C", "R4C L1", ["mass R p"]),

("Canadian OBSP", "'previously classified BI-RADS 3' excluded; side after",
"IMPRESSION:\nTwo-year stability of the left breast 8 mm oval circumscribed mass at 5 o'clock, previously classified BI-RADS 3 in November 2024. This is now considered benign: BI-RADS 2 left.\nRight breast negative: BI-RADS 1 right.\nReturn to OBSP annual screening.",
None, "2", "L2 R1", ["mass L p s"]),

("Indian private (Mumbai)", "pipe table Side | Finding | BI-RADS; lower-case '4c'",
"IMPRESSION:\n| Side | Finding | BI-RADS |\n| Rt | Benign cyst 9 o'clock, 7 mm | 2 |\n| Lt | Irregular lesion 1 o'clock, 1.8 cm, with posterior shadowing & echogenic foci s/o microcalcifications | 4c |\nAdv: USG guided biopsy of Lt lesion.",
None, "4C", "R2 L4C", ["mass R p", "mass L p", "calc L p"]),

("Pakistani teaching hospital (Lahore)", "'BIRADS-VI (Lt); BIRADS-II (Rt)'; known cancer",
"OPINION:\nKnown case of carcinoma left breast (post core biopsy, IDC). Irregular hypoechoic mass at left 12 o'clock, 2.8 x 2.1 cm, with post biopsy haematoma. Multiple enlarged left axillary lymph nodes with loss of fatty hila.\nRight breast: benign simple cyst.\nBIRADS-VI (Lt); BIRADS-II (Rt).",
None, "6", "L6 R2", ["mass L p", "other L p", "ln L p", "mass R p"]),

("Filipino private, all capitals", "'BI-RADS CATEGORY: LEFT - 4B; RIGHT - 1'",
"IMPRESSION:\nLEFT BREAST MASS WITH ASSOCIATED CALCIFICATIONS, SUSPICIOUS FOR MALIGNANCY.\nNO SIGNIFICANT SONOGRAPHIC ABNORMALITY, RIGHT BREAST.\nBI-RADS CATEGORY: LEFT - 4B; RIGHT - 1\nRECOMMEND TISSUE SAMPLING.",
None, "4B", "L4B R1", ["mass L p", "calc L p"]),

("Singapore screening programme", "numbered; 'BI-RADS 0 pending ultrasound'",
"Conclusion:\n1. Right breast 6 o'clock: 5 mm round mass, new since 2024. Targeted ultrasound is being arranged. BI-RADS 0 pending ultrasound.\n2. Left breast: benign oil cyst, stable. BI-RADS 2.",
None, "0", "R0 L2", ["mass R p", "mass L p s"]),

("Hong Kong private, one-breast ultrasound", "one-breast exam; unsided category",
"LEFT BREAST ULTRASOUND\nImpression:\nLt 2 o'clock 8mm complicated cyst. Lt 4 o'clock 5mm simple cyst. Lt axilla: normal-looking LNs.\nBIRADS 3, follow up USG in 6 months.",
None, "3", "L3", ["mass L p", "mass L p", "ln L p"]),

("Gulf private (Saudi)", "previous report's category in a comparison clause; side after",
"IMPRESSION:\nCompared to the previous study of 02/2025 which was reported as BIRADS 2, there is a new cluster of fine pleomorphic microcalcifications in the right breast UOQ spanning 8 mm. BIRADS 4B right breast; stereotactic biopsy is recommended.\nLeft breast: stable benign findings. BIRADS 2 left breast.",
None, "4B", "R4B L2", ["calc R p m:fine_pleomorphic d:grouped"]),

("Nigerian teaching hospital", "(a)/(b)/(c) list; 'Bilateral' item with category; Roman 'IVA'",
"CONCLUSION:\n(a) Bilateral breast fibroadenomas, the largest in the right breast at 8 o'clock (2.4 x 1.6cm) - BIRADS III.\n(b) Left breast: complex cystic lesion with thick septations at 3 o'clock - BIRADS IVA.\n(c) No axillary lymphadenopathy.",
None, "4A", "B3 L4A", ["mass B p", "mass L p", "ln B a"]),
]
