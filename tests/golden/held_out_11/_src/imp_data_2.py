from imp_data_1 import add

add(31, "Singapore public hospital", "o", "numbered; 'BI-RADS 4B (Right)' / 'BI-RADS 2 (Left)' closing items; misspelling",
"""Impression:
1. The 6 mm cluster of amorphous calcifiations in the right upper outer quadrant is new compared to 2024. Stereotactic biopsy is advised. BI-RADS 4B (Right).
2. Stable benign-appearing left breast calcifications. BI-RADS 2 (Left).""",
None, "4B", "R4B L2", ["calc R p m:amorphous d:grouped", "calc L p s"])

add(32, "Singapore screening programme", "o", "'- BI-RADS 0 pending ultrasound' on the left line; density",
"""Conclusion:
Left breast: focal asymmetry in the lower inner quadrant - BI-RADS 0 pending ultrasound.
Right breast: BI-RADS 1.
Heterogeneously dense breasts (density C).""",
"c", "0", "L0 R1", ["asym L p"])

add(33, "Hong Kong public hospital", "o", "'Rt breast:' / 'Lt breast:' lines closing with BIRADS; possible node; negations",
"""Impression:
Rt breast: 12mm irregular mass at 9 o'clock with posterior shadowing, suspicious. BIRADS 4C.
Lt breast: possible small intramammary LN in the UOQ; no suspicious mass. BIRADS 2.
Bilateral axillae: no enlarged LN.""",
None, "4C", "R4C L2", ["mass R p", "ln L q", "mass L a", "ln B a"])

add(34, "Hong Kong private hospital", "o", "one breast with 6 and 4A (4A kept); known carcinoma; '2nd-look'",
"""Impression:
Lt breast known carcinoma (biopsy-proven IDC) at 2 o'clock, 25mm irregular mass - BI-RADS 6.
Additional 6mm hypoechoic nodule Lt 4 o'clock, indeterminate - BI-RADS 4A; suggest 2nd-look US and biopsy before surgery.
Rt breast: BI-RADS 1.""",
None, "4A", "L6 L4A R1", ["mass L p", "mass L p"])

add(35, "Malaysian government hospital", "o", "bilingual heading; ' - BIRADS 3' closing side lines; misspelling",
"""KESIMPULAN / IMPRESSION:
Right breast: Fibroadenoma at 11 o'clock (1.6cm) - BIRADS 3
Left breast: Suspicious cluster of microcalcificatons, upper outer quadrant - BIRADS 4B
Cadangan / Recommendation: Stereotactic biopsy of left breast.""",
None, "4B", "R3 L4B", ["mass R p", "calc L p d:grouped"])

add(36, "Malaysian private", "o", "both negative 'BIRADS 1 (bilateral)'; density ACR A",
"""IMPRESSION: No mammographic or sonographic evidence of malignancy in both breasts. BIRADS 1 (bilateral). Breast density: ACR A.""",
"a", "1", "B1", [])

add(37, "Gulf private (Dubai)", "o", "'Right breast: BI-RADS 2 - ...' rows; stated overall",
"""IMPRESSION:
Right breast: BI-RADS 2 - benign-appearing intramammary lymph node in the upper outer quadrant.
Left breast: BI-RADS 4A - 9 mm oval hypoechoic mass with microlobulated margins at 1 o'clock; tissue diagnosis recommended.
Overall: BI-RADS 4A""",
None, "4A", "R2 L4A", ["ln R p", "mass L p"])

add(38, "Gulf private (Riyadh)", "o", "hypothetical 'Should it grow ... it would be upgraded to BI-RADS 4A'",
"""IMPRESSION:
Left breast: 5 mm oval circumscribed parallel mass at 7 o'clock, probably a fibroadenoma. BI-RADS 3. Should it grow on follow-up, it would be upgraded to BI-RADS 4A.
Right breast: no abnormality detected. BI-RADS 1.
Kindly correlate clinically.""",
None, "3", "L3 R1", ["mass L p"])

add(39, "Gulf private (Abu Dhabi)", "o", "negated 'No findings to suggest a BI-RADS 4 or 5 lesion'; 'BI-RADS 2 on both sides'",
"""IMPRESSION: Bilateral benign-appearing simple cysts, the largest 11 mm in the right breast at 10 o'clock. No findings to suggest a BI-RADS 4 or 5 lesion. BI-RADS 2 on both sides.""",
None, "2", "B2", ["mass B p"])

add(40, "Gulf private (Manama)", "o", "'Right breast BI-RADS: 3 ; Left breast BI-RADS: 4C'; mass + adjacent distortion; misspelling",
"""IMPRESSION:
Left breast: 1.9 cm irregular mass at 12 o'clock with angular margins and adjacent architectual distortion; enlarged left axillary lymph nodes.
Right breast: small oval circumscribed mass at 8 o'clock (0.7 cm), likely fibroadenoma.
Right breast BI-RADS: 3 ; Left breast BI-RADS: 4C""",
None, "4C", "R3 L4C", ["mass L p", "ad L p", "ln L p", "mass R p"])

add(41, "Nigerian teaching hospital", "o", "numbered; Roman 'BIRADS V' / 'BIRADS I'; nipple retraction + skin thickening; misspelling",
"""IMPRESSION:
1. Right breast malignant-looking mass (irregular, spiculated, 3.2cm) at the upper outer quadrant with nipple retraction and skin thickening - BIRADS V.
2. Right axillary lymphadenopahty.
3. Left breast: normal study - BIRADS I.""",
None, "5", "R5 L1", ["mass R p", "skin R p", "skin R p", "ln R p"])

add(42, "Nigerian private ultrasound (Ibadan)", "o", "'BIRADS III bilaterally'; 'fibroadenomata'; 6/12",
"""CONCLUSION: Bilateral breast fibroadenomata; the largest in the left breast measures 2.4 x 1.8cm. BIRADS III bilaterally. Follow up scan in 6/12 advised.""",
None, "3", "B3", ["mass B p"])

add(43, "Nigerian private (Lagos)", "o", "comparison category '(BIRADS II)' excluded; 'BIRADS IVB left'",
"""IMPRESSION: Compared with the mammogram of 2025 (BIRADS II), there is a new cluster of pleomorphic calcifications in the left breast upper outer quadrant. BIRADS IVB left. Right breast unremarkable, BIRADS I.""",
None, "4B", "L4B R1", ["calc L p m:fine_pleomorphic d:grouped"])

add(44, "Kenyan private hospital (Nairobi)", "o", "'Left breast - ... BIRADS 4C.' lines; misspelling",
"""IMPRESSION:
Left breast - complex solid-cystic mass at 3 o'clock, 2.8cm, with internal vascularity. BIRADS 4C.
Right breast - simple cyst at 7 o'clock, 0.9cm. BIRADS 2.
No axillary lymphadenopthy.""",
None, "4C", "L4C R2", ["mass L p", "mass R p", "ln B a"])

add(45, "Kenyan private (Mombasa), column table", "u", "two-column RIGHT / LEFT table with Density and BI-RADS rows",
"""CONCLUSION:
               RIGHT      LEFT
Density        C          C
BI-RADS        1          3
Left: grouped punctate calcifications in the LIQ, probably benign - 6 month follow up.""",
"c", "3", "R1 L3", ["calc L p m:punctate d:grouped"])

add(46, "US academic breast MRI", "u", "numbered; BI-RADS 6 closing a left item; no density (MRI)",
"""IMPRESSION:
1. Biopsy-proven invasive ductal carcinoma in the left breast at 2:00, a 2.1 cm irregular enhancing mass without evidence of pectoralis involvement. BI-RADS 6.
2. No suspicious findings in the right breast. BI-RADS 1.
3. No axillary lymphadenopathy.""",
None, "6", "L6 R1", ["mass L p", "ln B a"])

add(47, "US community diagnostic", "o", "range 'Right breast BI-RADS 3-4' -> 4; misspelling",
"""IMPRESSION: Indeterminate 8 mm group of coarse heterogenous calcifications in the right breast at 12:00, posterior depth. Right breast BI-RADS 3-4. Stereotactic biopsy versus 6-month follow-up was discussed with the patient; she elects biopsy. Left breast BI-RADS 1.""",
None, "4", "R4 L1", ["calc R p m:coarse_heterogeneous d:grouped"])

add(48, "US teleradiology", "o", "negated 'no longer requires BI-RADS 3 follow-up'; 'BI-RADS 2 left'; density",
"""IMPRESSION: Benign. The left breast mass is unchanged for 3 years, consistent with a benign fibroadenoma; it no longer requires BI-RADS 3 follow-up. BI-RADS 2 left. Right breast BI-RADS 1. Density B.""",
"b", "2", "L2 R1", ["mass L p s"])

add(49, "UK private symptomatic", "o", "'U4 / BI-RADS 4B' on the right item; left RCR only",
"""Summary: Right 1 o'clock - 10mm hypoechoic irregular mass, U4 / BI-RADS 4B. Core biopsy today.
Left breast and axilla normal (M1 U1).""",
None, "4B", "R4B", ["mass R p"])

add(50, "US academic surveillance after lumpectomy", "o", "'BI-RADS 2: Benign, right breast. BI-RADS 1: Negative, left breast.'; '(BI-RADS 6 at diagnosis, 2023.)' excluded",
"""IMPRESSION:
Right breast: post-lumpectomy changes at 10:00 with stable architectural distortion. Small area of fat necrosis at the lumpectomy site, new since 2025, benign. No evidence of recurrence.
Left breast: no suspicious findings.
BI-RADS 2: Benign, right breast. BI-RADS 1: Negative, left breast.
(BI-RADS 6 at diagnosis, 2023.)""",
None, "2", "R2 L1", ["other R p", "ad R p s", "other R p"])

add(51, "US community screening", "o", "'BI-RADS 1 - Negative, right and left breasts'; density words + (D)",
"""IMPRESSION: NEGATIVE. No mammographic evidence of malignancy. BI-RADS 1 - Negative, right and left breasts. Next screening mammogram in 1 year.
Breast density: the breasts are extremely dense, which lowers the sensitivity of mammography (D). Supplemental screening may be considered.""",
"d", "1", "B1", [])

add(52, "Irish symptomatic, one-breast ultrasound", "o", "one-breast exam; unsided 'U2, BI-RADS 2'",
"""US LEFT BREAST
Conclusion: The palpable abnormality at 3 o'clock corresponds to a 14 mm oval isoechoic circumscribed mass, in keeping with a lipoma. U2, BI-RADS 2. Discharge to GP.""",
None, "2", "L2", ["mass L p"])

add(53, "faxed report, OCR text layer", "u", "OCR 'Bl-RADS' (lower-case L) and 'IMPRESSI0N'; fax footer",
"""IMPRESSI0N:
Right breast: irregular 9 mm mass at 11 o'clock, Bl-RADS 4A.
Left breast: benign intramammary lymph node, Bl-RADS 2.
-- Page 1 of 1 -- Received by fax 11/26/2026 09:12 --""",
None, "4A", "R4A L2", ["mass R p", "ln L p"])

add(54, "email from the radiologist to the surgeon", "u", "categories inside email prose: 'BI-RADS 5 on the right', 'The left is clear, BI-RADS 1'",
"""Hi Dr Mensah,
Quick heads-up on Mrs A.'s scans today: the right breast lump is a 2.6 cm irregular mass at 10 o'clock with a couple of abnormal-looking right axillary nodes - I've called it BI-RADS 5 on the right. The left is clear, BI-RADS 1. Biopsies are booked for Thursday.
Regards,
Sunita""",
None, "5", "R5 L1", ["mass R p", "ln R p"])

add(55, "Indian discharge summary quoting the ultrasound", "u", "categories in a quoted investigation line ('Lt breast ... BIRADS 4C. Rt breast normal, BIRADS 1.')",
"""Investigations: Hb 11.2, TLC 7800.
USG both breasts (14/11/26): Lt breast 2.1 x 1.6 cm hypoechoic lesion at 2 o'clock with irregular margins, BIRADS 4C. Rt breast normal, BIRADS 1.
Course in hospital: Trucut biopsy done under USG guidance; HPE awaited.""",
None, "4C", "L4C R1", ["mass L p"])

add(56, "second-opinion review of outside images", "u", "outside report's 'BI-RADS 4A' excluded; 'We assess this as BI-RADS 2 (left)'",
"""SECOND OPINION REVIEW (outside mammogram 02/11/2026; outside report BI-RADS 4A):
On review, the left breast finding is a group of round and punctate calcifications, unchanged from the 2023 study provided. We assess this as BI-RADS 2 (left). Right breast BI-RADS 1.""",
None, "2", "L2 R1", ["calc L p s m:punctate,round d:grouped"])

add(57, "male patient, Gulf private (Doha)", "u", "male; 'BI-RADS 2 left, BI-RADS 1 right'; negation after a one-sided finding",
"""IMPRESSION (male, 64 y): Left retroareolar flame-shaped fibroglandular tissue consistent with gynaecomastia. No discrete mass. Right breast normal. BI-RADS 2 left, BI-RADS 1 right.""",
None, "2", "L2 R1", ["other L p", "mass L a"])

add(58, "US lay-language results letter", "u", "'Additional imaging needed (BI-RADS 0, right breast)'; left 'normal' without category",
"""Dear Ms. Ortiz,
Your recent mammogram showed an area of calcifications in your right breast that needs a closer look. This is common and most such findings are not cancer. Result: Additional imaging needed (BI-RADS 0, right breast). Your left breast was normal.
Please call 555-0142 to schedule your follow-up exam.""",
None, "0", "R0", ["calc R p"])

add(59, "structured assessment block with previous and current fields", "u", "'Previous BI-RADS (2025): R 3 / L 1' excluded; 'Current BI-RADS: R 2 / L 1'",
"""Assessment
Laterality: Bilateral
Previous BI-RADS (2025): R 3 / L 1
Current BI-RADS: R 2 / L 1
Change: right mass stable x 24 months
Density: B""",
"b", "2", "R2 L1", ["mass R p s"])

add(60, "Montreal bilingual French/English", "u", "'Sein droit / Right breast ... BI-RADS 2'; 'à 10 h'; misspelling",
"""CONCLUSION / OPINION:
Sein droit / Right breast: kyste simple / simple cyst, 6 mm, à 10 h. BI-RADS 2.
Sein gauche / Left breast: nodule irrégulier / irregular nodule, 9 mm, à 2 h, with adjacent architectural distorsion. BI-RADS 4A.
Biopsie recommandée / Biopsy recommended.""",
None, "4A", "R2 L4A", ["mass R p", "mass L p", "ad L p"])
