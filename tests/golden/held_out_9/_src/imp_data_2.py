# Impression blocks 031-060: (origin, forms, text, density, overall, by_breast, findings)
BLOCKS = [
("Kenyan private hospital (Mombasa)", "range 'BIRADS 4a to 4b'",
"IMPRESSION:\nLeft breast: lobulated mass with microlobulated margins at 1 o'clock measuring 2.0 x 1.5cm. BIRADS 4a to 4b; biopsy advised.\nRight breast: normal. BIRADS 1.",
None, "4B", "L4B R1", ["mass L p"]),

("US teleradiology", "numbered; 'BI-RADS 2 (right) and 4A (left)'; stated overall; misspelling",
"IMPRESSION:\n1. New 5 mm group of amorphus calcifications, left breast, lower inner quadrant, middle depth. Stereotactic biopsy recommended.\n2. Stable benign-appearing mass, right breast upper outer quadrant, consistent with a fibroadenoma (stable since 2021).\nBI-RADS 2 (right) and 4A (left). Overall 4A.",
None, "4A", "R2 L4A", ["calc L p m:amorphous d:grouped", "mass R p s"]),

("South African public hospital (Durban)", "'BIRADS: R=3, L=2'; negated category; '?fibroadenoma'",
"IMPRESSION\nR breast: 1.1cm oval parallel hypoechoic lesion at 11 o'clock - ?fibroadenoma. No previous imaging.\nL breast: 2 simple cysts (6mm @ 2 o'clock, 4mm @ 3 o'clock).\nAxillae: normal.\nNo features to warrant BIRADS 4.\nBIRADS: R=3, L=2\nSuggest 6/12 follow up U/S.",
None, "3", "R3 L2", ["mass R p", "mass L p", "mass L p"]),

("Indian private (Delhi)", "bullets; both negative 'BIRADS - I (B/L)'",
"IMPRESSION :\n\u2022 No focal solid or cystic mass in B/L breasts.\n\u2022 B/L axillae show few subcentimetric lymph nodes with maintained fatty hila, likely reactive.\n\u2022 BIRADS - I (B/L).\nAdv: Routine screening as per protocol.",
None, "1", "B1", ["mass B a", "ln B p"]),

("Irish symptomatic unit", "'BI-RADS 5/U5' (RCR beside BI-RADS); second side own line",
"Opinion:\nLeft breast: 3.2 cm spiculated mass at 12-1 o'clock with calcification extending anteriorly, and an abnormal left axillary node. Appearances highly suspicious of malignancy - BI-RADS 5/U5.\nRight breast: BI-RADS 1.\nCore biopsies x3 of the left breast mass and FNA of the left axillary node performed today.",
None, "5", "L5 R1", ["mass L p", "calc L p", "ln L p"]),

("UK NHS, right mammogram after left mastectomy", "post-mastectomy one-breast exam; RCR M2 beside BI-RADS",
"RIGHT MAMMOGRAM (left mastectomy 2020)\nConclusion: Scattered benign calcifications in the right breast. No suspicious mass. M2. BI-RADS 2.\nReturn to annual surveillance.",
None, "2", "R2", ["calc R p d:diffuse", "mass R a"]),

("US academic diagnostic", "numbered; BI-RADS 6 closing a sided item",
"IMPRESSION:\n1. Known biopsy-proven invasive ductal carcinoma in the left breast at 3:00, with the biopsy clip in expected position within the 2.1 cm irregular mass. No additional suspicious findings in the left breast. BI-RADS 6: Known biopsy-proven malignancy.\n2. Right breast: Stable benign intramammary lymph node. BI-RADS 2.",
None, "6", "L6 R2", ["mass L p", "ln R p s"]),

("Gulf private (Doha)", "inline pipe 'Rt: BIRADS 2 | Lt: BIRADS 4A'; density",
"IMPRESSION:\nRt: simple cyst 10 o'clock (6mm).\nLt: 9mm irregular hypoechoic mass at 2 o'clock, not parallel, with echogenic halo.\nRt: BIRADS 2 | Lt: BIRADS 4A\nDensity: ACR B\nUS guided biopsy of the left mass is recommended.",
"b", "4A", "R2 L4A", ["mass R p", "mass L p"]),

("US academic diagnostic recall", "negated 'would warrant a BI-RADS 4 or 5'; resolved asymmetry; side after",
"IMPRESSION:\n1. The 11 mm right breast focal asymmetry seen at screening resolves on spot compression tomosynthesis views, consistent with summation of normal tissue. No sonographic abnormality at the site.\n2. No mammographic or sonographic findings that would warrant a BI-RADS 4 or 5 assessment in either breast.\nBI-RADS 1 right. Left: BI-RADS 2 (stable benign intramammary lymph node).",
None, "2", "R1 L2", ["asym R a", "ln L p s"]),

("Malaysian private", "hypothetical 'if solid, it would be categorised BI-RADS 4A'; 'Current assessment BI-RADS 0'",
"IMPRESSION:\nLeft breast: 7mm round mass at the lower inner quadrant, not seen in previous mammogram (2023). Suggest ultrasound correlation; if solid, it would be categorised BI-RADS 4A. Current assessment BI-RADS 0.\nRight breast: BI-RADS 1.",
None, "0", "L0 R1", ["mass L p"]),

("Australian private", "'R)' / 'L)' labels; bracketed category; negation bilaterally",
"COMMENT:\nR) Multiple simple cysts, largest 12mm at 11 o'clock. Benign (BI-RADS 2).\nL) 6mm oval hypoechoic nodule at 6 o'clock, 2cm from nipple, parallel, circumscribed - probable fibroadenoma, new since 2024 (BI-RADS 3). Follow-up US 6 months.\nNo suspicious axillary nodes bilaterally.",
None, "3", "R2 L3", ["mass R p", "mass L p", "ln B a"]),

("NZ public (Auckland) pre-operative", "one breast two categories (6 and 4B); misspelling",
"IMPRESSION:\nRight breast:\n1. Biopsy-proven DCIS at 10 o'clock (BI-RADS 6), site marked by clip, with residual segmental fine pleomorhic calcifications spanning 35 mm.\n2. Separate 6 mm irregular mass at 7 o'clock, 5 cm from the index lesion - BI-RADS 4B. US-guided biopsy recommended to exclude multicentric disease.\nLeft breast: normal, BI-RADS 1.",
None, "4B", "R4B L1", ["calc R p m:fine_pleomorphic d:segmental", "mass R p"]),

("Canadian (Montreal) English", "French-style 'ACR 4A' / 'ACR 2' as the category",
"IMPRESSION:\nLeft breast: 9 mm irregular mass at 2 o'clock with indistinct margins, ACR 4A (BI-RADS 4A). Biopsy recommended.\nRight breast: stable benign cyst at 10 o'clock. ACR 2.",
None, "4A", "L4A R2", ["mass L p", "mass R p s"]),

("South African private (Johannesburg)", "'Category 4c on the left and category 2 on the right'; misspelling",
"CONCLUSION:\nSuspicious left breast lesion at 3 o'clock with adjacent architetural distortion and a morphologically abnormal left axillary node. Benign right breast cyst.\nCategory 4c on the left and category 2 on the right (ACR BI-RADS).\nUS guided core biopsy arranged.",
None, "4C", "L4C R2", ["mass L p", "ad L p", "ln L p", "mass R p"]),

("Pakistani (Karachi) private", "screening category in the referral clause excluded; side after",
"IMPRESSION:\nPatient referred with a screening mammogram labelled BIRADS 0 (right). Targeted USG shows a 5 x 4 mm simple cyst at right 9 o'clock corresponding to the mammographic density. BIRADS 2 right.\nLeft breast: normal. BIRADS 1 left.",
None, "2", "R2 L1", ["mass R p"]),

("Filipino private, typed in lower case", "lower case 'birads 3' / 'birads 4a' closing sided lines; misspelling",
"impression:\nrt breast - benign looking solid nodule 10 o'clock 0.8 x 0.5 cm, likely fibroadenomna. birads 3\nlt breast - complex cyst 2 o'clock 1.2cm with mural nodule. birads 4a\nsuggest: ultrasound guided biopsy lt breast, follow up rt in 6 mos.",
None, "4A", "R3 L4A", ["mass R p", "mass L p"]),

("Indian private (Chennai)", "numbered; misspelling; density line",
"IMPRESSION:\n1. Area of architectural distrotion in the right breast upper outer quadrant with no definite sonographic correlate - BIRADS 4B. Suggested tomosynthesis-guided biopsy / MRI.\n2. Left breast - benign calcifications, BIRADS 2.\n3. ACR density C.",
"c", "4B", "R4B L2", ["ad R p", "calc L p"]),

("Gulf private (Kuwait)", "addendum after outside priors replaces 0 with 2; 'Final assessment' per side",
"IMPRESSION:\nLeft breast: 10 mm oval mass at 12 o'clock, no previous studies available. BI-RADS 0, comparison with outside studies requested.\nRight breast: BI-RADS 1.\n\nADDENDUM: Prior mammograms from 2022 and 2024 (outside hospital) were received and reviewed. The left breast mass is unchanged since 2022. Final assessment: left breast BI-RADS 2, right breast BI-RADS 1.",
None, "2", "L2 R1", ["mass L p s"]),

("Kenyan private hospital (Nairobi)", "A./B. list; 'BIRADS 4C' after a colon; misspelling",
"IMPRESSION:\nA. Rt breast - irregular, non-parallel hypoechoic mass at 8 o'clock (2.2 x 1.9cm) with angular margins + Rt axillary adenopathy: BIRADS 4C.\nB. Lt breast - 7mm well circumscibed oval hypoechoic nodule at 1 o'clock, probably fibroadenoma: BIRADS 3.\nAdvise: core biopsy Rt, follow up Lt in 6/12.",
None, "4C", "R4C L3", ["mass R p", "ln R p", "mass L p"]),

("US academic breast MRI", "numbered; 'BI-RADS: 4 - Suspicious (left), 2 - Benign (right)'",
"IMPRESSION:\n1. 9 mm irregular enhancing mass with washout kinetics in the left breast at 6:00, posterior depth. MRI-guided biopsy is recommended.\n2. Stable 5 mm enhancing oval mass in the right breast at 9:00, unchanged since 2023, consistent with an intramammary lymph node.\nBI-RADS: 4 - Suspicious (left), 2 - Benign (right).",
None, "4", "L4 R2", ["mass L p", "ln R p s"]),

("US community, raw speech recognition", "spoken punctuation; 'buy rads' / 'by rads' for BI-RADS",
"IMPRESSION colon\n1 period there is a new irregular mass in the left breast at 2 o'clock measuring 1.2 cm comma suspicious period buy rads 4 C left period\n2 period the right breast is negative period by rads 1 right period\nnew paragraph recommend ultrasound guided biopsy period",
None, "4C", "L4C R1", ["mass L p"]),

("patient-portal copy (MyChart-like)", "portal headings and nurse note; '(right)' / '(left)'",
"Component Results\nImpression\nRIGHT BREAST: BENIGN. Stable right breast cyst.\nLEFT BREAST: PROBABLY BENIGN. Small cluster of round calcifications in the left upper outer quadrant, new; 6-month follow-up recommended.\n\nBI-RADS 2 (right), BI-RADS 3 (left)\n\nResult Notes\nNurse note 12/01/2026: Letter mailed to patient regarding 6 month follow up.\nPage 1 of 1 | MyChart",
None, "3", "R2 L3", ["mass R p s", "calc L p m:round d:grouped"]),

("UK breast MDT radiology summary", "MDT minutes; RCR U/M beside BI-RADS; pathology codes",
"BREAST MDT 28/11/2026 - RADIOLOGY SUMMARY\nR breast 10 o'clock: 25mm spiculate mass, U5 M5; 2 abnormal R axillary nodes (U4). BI-RADS 5.\nL breast: benign cysts only, BI-RADS 2.\nPath: R breast core B5b, grade 2 NST; R axillary FNA C5.\nOutcome: staging CT, then discuss neoadjuvant chemotherapy.",
None, "5", "R5 L2", ["mass R p", "ln R p", "mass L p"]),

("male, both breasts", "male; 'BI-RADS 2 bilaterally'",
"IMPRESSION (male patient):\nBilateral gynaecomastia, more marked on the right, corresponding to the palpable right subareolar lump. No suspicious mass. BI-RADS 2 bilaterally.",
None, "2", "B2", ["other B p", "mass B a"]),

("letter to the referring GP", "categories inside letter prose",
"Dear Dr Tan,\nThank you for referring Mrs L. Her bilateral mammogram and ultrasound today show a 14 mm irregular mass in the left breast at 1 o'clock, which we have graded BI-RADS 4B, and a benign cyst in the right breast (BI-RADS 2). A core biopsy was performed today and the results will be discussed at clinic next week.\nKind regards,",
None, "4B", "L4B R2", ["mass L p", "mass R p"]),

("structured checkbox form", "checkbox options; only the ticked box counts",
"FINAL ASSESSMENT (BI-RADS)\nRight breast: [x] 1 Negative  [ ] 2 Benign  [ ] 3 Probably benign  [ ] 4 Suspicious  [ ] 5 Highly suggestive  [ ] 0 Incomplete\nLeft breast:  [ ] 1 Negative  [ ] 2 Benign  [x] 3 Probably benign  [ ] 4 Suspicious  [ ] 5 Highly suggestive  [ ] 0 Incomplete\nFindings: Left breast 3 o'clock, 7 mm oval circumscribed hypoechoic mass, parallel, no prior.\nRecommendation: [x] 6-month follow-up  [ ] Biopsy",
None, "3", "R1 L3", ["mass L p"]),

("registrar handover note", "shorthand 'BR5 Lt', 'BR2'; misspelling-like 'spic'; density letter",
"Handover: Mrs K, 52 - DBT + US done. Lt UOQ 9mm speculate mass + 2 abn Lt ax LNs -> BR5 Lt, Bx booked 8am. Rt: benign cyst, BR2. Dens C.",
"c", "5", "L5 R2", ["mass L p", "ln L p", "mass R p"]),

("Nigerian private, post right mastectomy", "left-only ultrasound after mastectomy; Roman 'II'",
"LEFT SONOMAMMOGRAM (post right modified radical mastectomy, 2022)\nCONCLUSION:\nBenign-looking left breast cyst at 2 o'clock (9mm). No left axillary lymphadenopathy.\nBIRADS II.",
None, "2", "L2", ["mass L p", "ln L a"]),

("Gulf private (Muscat)", "range 'BI-RADS 3-4A'; 'Final BI-RADS: 4A'",
"IMPRESSION:\n- Left breast: clustered microcysts at 2 o'clock spanning 7mm, with thin septa. BI-RADS 3-4A. Biopsy vs short term follow up to be discussed with the patient.\n- Right breast: normal. BI-RADS 1.\n- Final BI-RADS: 4A.",
None, "4A", "L4A R1", ["mass L p"]),

("US community screening", "both negative '(bilateral)'; misspelling; density",
"IMPRESSION: NEGATIVE BILATERAL SCREENING MAMMOGRAM.\nNo mammographic evidence of malignancy. No suspicious masses, calcificatons or architectural distortion in either breast.\nBI-RADS 1 - Negative (bilateral).\nBreast Density: Category B - scattered fibroglandular densities.",
"b", "1", "B1", ["mass B a", "calc B a", "ad B a"]),
]
