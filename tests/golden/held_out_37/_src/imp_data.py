# Each item: n, setting, form, text, cats ('R4A L2'; B = both), overall (by hand), find (codes, see common.py)
IMPS = []


def add(n, setting, form, cats, overall, find, text):
    IMPS.append({"n": n, "setting": setting, "form": form, "cats": cats, "overall": overall, "find": find, "text": text})


add(1, "US community hospital (Tupelo, Mississippi), diagnostic mammogram + ultrasound",
    "per-finding list with arrows; right has two findings of different categories (4A, 2), left one (2)",
    "R4A L2", "4A", ["mass R p", "calc R p s m:coarse", "mass L p"], """
IMPRESSION:
1. R 10:00, 4 cm FN - irregular hypoechoic mass, 9 mm, angular margins -> BI-RADS 4A
2. R UOQ coarse calcifications, unchanged from 2022 -> BI-RADS 2
3. L 2:00 simple cyst, 6 mm -> BI-RADS 2
RECOMMENDATION: US guided core biopsy R 10:00. Scheduler to call pt. Left breast: return to annual screening.
""")

add(2, "US community hospital (Billings, Montana), diagnostic mammogram + left breast ultrasound",
    "sentences that begin with the category 'BI-RADS 3 is assigned to the left breast for ...'; right restated after",
    "R2 L3", "3", ["ln R p s", "mass R a", "calc R a", "mass L p"], """
IMPRESSION:
Right breast: Stable benign intramammary lymph node, upper outer quadrant. No suspicious mass or calcifications.
BI-RADS 3 is assigned to the left breast for a new 7 mm oval circumscribed mass at 5 o'clock, 2 cm from the nipple, most consistent with a fibroadenoma on ultrasound. BI-RADS 2 is assigned to the right breast.
Recommend left breast ultrasound in 6 months.
""")

add(3, "US Navy clinic (Naval Hospital Bremerton, Washington), diagnostic mammogram with tomosynthesis",
    "'BI-RADS 4 (suspicious) on the right, and BI-RADS 1 (negative) on the left' with parenthesised words; associated distortion a separate finding",
    "R4 L1", "4", ["mass R p", "ad R p"], """
IMPRESSION:
Right breast: 12 mm spiculated mass at 11 o'clock, middle depth, with associated architectural distortion on tomosynthesis.
Left breast: No mammographic evidence of malignancy.
BI-RADS 4 (suspicious) on the right, and BI-RADS 1 (negative) on the left.
RECOMMENDATION: Ultrasound-guided core biopsy of the right breast mass. Results to the PCM and to the patient via the breast care navigator.
""")

add(4, "US academic second-opinion read of outside films (Huntsman Cancer Institute, Salt Lake City, Utah)",
    "'Outside BI-RADS 3; we assess as BI-RADS 4A' (outside category of the same films not this report's); right agreed as 1",
    "R1 L4A", "4A", ["mass L p", "ln L a"], """
SECOND OPINION INTERPRETATION - OUTSIDE IMAGES
Outside exam: bilateral diagnostic mammogram and left breast ultrasound, performed 03/02/2026 at an outside facility, submitted for consultation.
IMPRESSION:
1. Left breast 1:00, 7 cm FN: 8 mm irregular hypoechoic mass with indistinct margins, not parallel. Outside BI-RADS 3; we assess as BI-RADS 4A and recommend US-guided biopsy, which can be scheduled here. No abnormal left axillary lymph nodes.
2. Right breast: no suspicious abnormality on the outside images. We agree with the outside assessment of BI-RADS 1 for the right breast.
""")

add(5, "Canadian regional hospital (Dartmouth General Hospital, Nova Scotia Health), diagnostic mammogram + ultrasound",
    "'BI-RADS 3, no change in BI-RADS category' for a stable right mass; 'Left: ... BI-RADS 2' with a stable lumpectomy site",
    "R3 L2", "3", ["mass R p s", "other L p s", "calc L a"], """
IMPRESSION:
Right: 5 mm oval circumscribed mass at 7 o'clock, unchanged in size and appearance since the first follow-up in 2025. BI-RADS 3, no change in BI-RADS category. One more follow-up at 12 months to complete two years of stability.
Left: Post-lumpectomy changes at 2 o'clock, stable. No suspicious calcifications. BI-RADS 2.
""")

add(6, "Canadian tertiary hospital (Health Sciences Centre, Winnipeg, Manitoba), screening recall",
    "'BI-RADS 0 incomplete: needs prior films' for the right; 'LEFT: Benign ... BI-RADS 2'",
    "R0 L2", "0", ["asym R p", "calc L p s m:coarse"], """
IMPRESSION:
RIGHT: Focal asymmetry in the upper inner quadrant, posterior depth, seen on CC and MLO views. No previous films available here.
BI-RADS 0 incomplete: needs prior films (2021 and 2023 mammograms done in Thompson have been requested) before deciding on further workup.
LEFT: Benign. Stable popcorn calcification at 6 o'clock. BI-RADS 2.
""")

add(7, "Australian private radiology practice (Cairns, Queensland), breast ultrasound",
    "numbered list whose items name sides only by clock face ('R 10 o'clock') and 'contralateral'",
    "R4B L2", "4B", ["mass R p", "ln R p", "mass L p"], """
CONCLUSION:
1. R 10 o'clock, 3 cm from the nipple: 14 mm irregular hypoechoic mass with posterior shadowing and an ipsilateral axillary node with a thickened 5 mm cortex. BI-RADS 4B.
2. Contralateral 2 o'clock: 5 mm simple cyst. BI-RADS 2.
Core biopsy of the 10 o'clock mass and FNA of the node have been booked for Thursday with Dr Nguyen. Report faxed to referring GP.
""")

add(8, "Australian screening assessment service (BreastScreen WA, Perth assessment centre), mammography + ultrasound",
    "table rows with the category cell of the left row given as a ditto mark carried over from the row above",
    "R3 L3", "3", ["mass R p", "mass L p", "ln R p"], """
ASSESSMENT SUMMARY

Side    Site / finding                                         BI-RADS
Right   12:00, 9 mm oval circumscribed mass, likely FA         3
Left    3:00, 7 mm oval circumscribed mass, similar            "
Right   axillary tail, normal-appearing intramammary node      2

Plan: early review with ultrasound of both breasts in 6 months. Client informed at the clinic today.
""")

add(9, "NHS breast screening assessment clinic (Nottingham Breast Institute, City Hospital)",
    "RCR 'M5/U5' beside '(BI-RADS 5)' per side; node with a U score only; mammographic mass = US mass",
    "R5 L1", "5", ["mass R p", "calc R p m:fine_pleomorphic", "ln R p"], """
ASSESSMENT CLINIC OUTCOME
Right: M5/U5 (BI-RADS 5). 18 mm spiculated mass at 10 o'clock with pleomorphic microcalcification extending anteriorly from it; on ultrasound a 17 mm irregular hypoechoic mass. Right axilla: two nodes with cortical thickening, U4.
Left: M1 (BI-RADS 1).
Plan: 14G core biopsy x3 right breast and FNA right axillary node today. Results clinic next Thursday, breast care nurse present.
""")

add(10, "Private breast clinic (Harley Street, London), mammography + ultrasound",
     "'Both breasts BI-RADS 2' then 'The exception is the right breast ... BI-RADS 4B'",
     "B2 R4B", "4B", ["mass B p", "calc B p m:vascular", "calc R p m:amorphous d:grouped"], """
OPINION
Both breasts BI-RADS 2: bilateral benign cysts, the largest 14 mm at left 3 o'clock, and benign vascular calcifications in both breasts.
The exception is the right breast, where a 6 mm group of amorphous microcalcifications at 9 o'clock is new since her 2024 screen abroad and is BI-RADS 4B.
Stereotactic vacuum-assisted biopsy has been arranged for next week; I have written to her GP.
""")

add(11, "Scottish breast screening assessment centre (Edinburgh Breast Unit, Western General Hospital)",
     "RCR 'M3 U1' / 'M2 U2' beside BI-RADS per side, 'BI-RADS 3 - early review 6/12'; 'no US correlate' gives nothing",
     "R3 L2", "3", ["asym R p", "mass L p"], """
Assessment summary
R breast: M3 U1. Asymmetric density in the lower inner quadrant on the screening films, partly effaced on spot compression and tomosynthesis; no US correlate. BI-RADS 3 - early review 6/12.
L breast: M2 U2. 11 mm oil cyst at the site of the seat-belt injury. BI-RADS 2.
Not for biopsy. Back to routine three-yearly recall if the early review is satisfactory.
""")

add(12, "Maltese public hospital (Mater Dei Hospital, Msida), mammography + ultrasound",
     "'BI-RADS 2 (benign) on the right and BI-RADS 4C (highly suspicious) on the left'; skin retraction and node",
     "R2 L4C", "4C", ["mass L p", "skin L p", "ln L p", "mass R p"], """
CONCLUSION:
Left breast: 16 mm irregular spiculated mass at the 2 o'clock position with retraction of the overlying skin. Left axillary lymph node with loss of the fatty hilum.
Right breast: 8 mm simple cyst at 9 o'clock.
BI-RADS 2 (benign) on the right and BI-RADS 4C (highly suspicious) on the left.
US-guided core biopsy of the left breast mass and of the left axillary node is suggested. Discussed with Mr Borg, consultant surgeon.
""")

add(13, "Portuguese private imaging clinic (Porto), mammography + ultrasound, translated from Portuguese",
     "dash list, one category per finding: left QSE calcifications 4A and left nodule 3, right 1",
     "R1 L4A", "4A", ["calc L p m:fine_pleomorphic d:grouped", "mass L p", "mass R a", "calc R a"], """
CONCLUSION (translated from Portuguese):
- Left breast, upper outer quadrant (QSE): group of fine pleomorphic microcalcifications, 8 mm, new in relation to the 2023 exam - BI-RADS 4A.
- Left breast, junction of the inner quadrants: oval circumscribed nodule of 6 mm, probable fibroadenoma - BI-RADS 3.
- Right breast: no nodules and no suspicious microcalcifications - BI-RADS 1.
Stereotactic vacuum-assisted biopsy of the left QSE microcalcifications is proposed.
""")

add(14, "Greek private diagnostic centre (Thessaloniki), mammography with tomosynthesis + ultrasound, translated from Greek",
     "'BI-RADS Gr. 4B' / 'BI-RADS Gr. 2' (grade abbreviation) opening each side line",
     "R4B L2", "4B", ["ad R p", "mass R a", "calc L p s m:coarse"], """
CONCLUSION (translation from Greek):
Right breast: BI-RADS Gr. 4B. Area of architectural distortion in the upper outer quadrant, 15 mm, more evident on tomosynthesis, without an associated mass on ultrasound.
Left breast: BI-RADS Gr. 2. Popcorn-type coarse calcifications at the 6 o'clock position, unchanged since 2021.
Tomosynthesis-guided vacuum biopsy of the right breast is recommended.
""")

add(15, "Romanian university hospital (Cluj-Napoca), breast ultrasound, translated from Romanian",
     "'BI-RADS cat. 4B' / 'BI-RADS cat. 2' closing each side line; 'fibrocystic changes' names no kind; two cysts one finding",
     "R2 L4B", "4B", ["mass L p", "ln L p", "mass R p"], """
CONCLUSIONS (translated from Romanian):
Left breast: hypoechoic nodular formation of 11/9 mm with irregular contour at 1 o'clock, 4 cm from the areola, suspicious - BI-RADS cat. 4B. Left axillary lymph nodes of reactive aspect.
Right breast: fibrocystic changes; two simple cysts of 4 and 6 mm at 10 o'clock - BI-RADS cat. 2.
Recommendation: ultrasound-guided core biopsy of the left lesion.
""")

add(16, "Ukrainian private medical centre (Lviv), breast ultrasound, translated from Ukrainian",
     "slash between two categories 'BI-RADS 3/4A' (more serious kept); 'mastopathy' names no kind; both-side node negation",
     "R4A L2", "4A", ["mass R p", "ln B a"], """
CONCLUSION (translated from Ukrainian):
Right breast: solid formation 9x7 mm at 8 o'clock, oval, margin partly indistinct, parallel orientation, moderate internal blood flow. BI-RADS 3/4A.
Left breast: diffuse fibrocystic mastopathy, no focal formations. BI-RADS 2.
Axillary lymph nodes on both sides are not enlarged.
Core biopsy of the right breast formation is advised.
""")

add(17, "Israeli tertiary centre (Sheba Medical Center, Ramat Gan), high-risk breast ultrasound",
     "'No change in BI-RADS category - remains BI-RADS 3' for the right; 'BI-RADS 4B' left",
     "R3 L4B", "4B", ["mass R p s", "mass L p"], """
SUMMARY:
Right breast: the known 7 mm complicated cyst at 11 o'clock is unchanged since 10/2025. No change in BI-RADS category - remains BI-RADS 3.
Left breast: new 10 mm irregular hypoechoic mass at 4 o'clock, 5 cm from the nipple, not parallel, with internal vascularity. BI-RADS 4B.
BRCA1 carrier. US-guided biopsy of the left mass to be booked; annual MRI is due in June.
""")

add(18, "Lebanese private imaging centre (Achrafieh, Beirut), review of outside mammogram + ultrasound",
     "outside category higher than ours: 'Outside BI-RADS 4A; on our review we assess it as BI-RADS 3' -> left 3",
     "R2 L3", "3", ["mass L p", "ln R p"], """
IMPRESSION (review of the outside mammogram and ultrasound of 14/02/2026 brought by the patient):
Left breast: 6 mm oval circumscribed parallel hypoechoic nodule at 8 o'clock, 3 cm from the nipple, typical of a fibroadenoma. Outside BI-RADS 4A; on our review we assess it as BI-RADS 3, with a follow-up ultrasound in 6 months rather than biopsy.
Right breast: benign intramammary lymph node in the upper outer quadrant. BI-RADS 2.
""")

add(19, "Omani university hospital (Sultan Qaboos University Hospital, Muscat), mammography + ultrasound",
     "sentences that open with the category 'BI-RADS 5 is given to the right breast: ...' / 'BI-RADS 1 is given to the left breast.'",
     "R5 L1", "5", ["mass R p", "calc R p m:fine_linear d:segmental", "ln R p"], """
IMPRESSION:
BI-RADS 5 is given to the right breast: 22 mm irregular spiculated mass at 12 o'clock with segmental fine linear branching calcifications extending towards the nipple, and two abnormal right axillary lymph nodes.
BI-RADS 1 is given to the left breast.
For US-guided biopsy of the mass and the most abnormal node; the case will be discussed at the breast MDT on Sunday.
""")

add(20, "Moroccan private radiology practice (Casablanca), mammography + ultrasound, translated from French",
     "'Both breasts: BI-RADS 2' followed by 'Exception: the left breast, BI-RADS 4A'; US area = the asymmetry (one finding)",
     "B2 L4A", "4A", ["mass B p", "ln L p", "asym L p"], """
CONCLUSION (translated from French):
Both breasts: BI-RADS 2, with bilateral simple microcysts and a left intramammary lymph node.
Exception: the left breast, BI-RADS 4A, because of a new focal asymmetry at the union of the upper quadrants, to which an 8 mm hypoechoic area corresponds on ultrasound.
Ultrasound-guided microbiopsy of the left breast is recommended.
""")

add(21, "Nigerian private diagnostic centre (Victoria Island, Lagos), screening mammogram",
     "'BIRADS 0 incomplete: needs prior films' for the left; 'RIGHT BREAST: ... BIRADS 2.'",
     "R2 L0", "0", ["calc R p m:coarse", "ln R p", "asym L p"], """
IMPRESSION:
RIGHT BREAST: Coarse benign calcifications and an intramammary lymph node. BIRADS 2.
LEFT BREAST: 10 mm asymmetry in the upper outer quadrant, seen on the MLO view only. BIRADS 0 incomplete: needs prior films - patient to bring her 2023 mammogram done at a centre in Ikeja for comparison.
""")

add(22, "Ugandan national referral hospital (Mulago, Kampala), breast ultrasound",
     "table rows where 'do' (ditto) carries the category of the line above; two right cysts with their own rows",
     "R2 L4C", "4C", ["mass L p", "ln L p", "mass R p", "mass R p"], """
IMPRESSION:
Breast   Lesion                                        BI-RADS
Left     1 o'clock, 18 x 15 mm irregular mass          4C
Left     axillary node 14 mm, fatty hilum effaced      do
Right    9 o'clock simple cyst 6 mm                    2
Right    11 o'clock simple cyst 4 mm                   do
Advice: US-guided core biopsy of the left breast mass and FNAC of the left axillary node.
""")

add(23, "Tanzanian national hospital (Muhimbili, Dar es Salaam), breast ultrasound",
     "numbered per-finding list: right 4B and 2, left 2; unsided-item node negation 'bilaterally'",
     "R4B L2", "4B", ["mass R p", "mass R p", "mass L p s", "ln B a"], """
IMPRESSION:
1. Right breast 7 o'clock: complex cystic and solid mass, 20 mm, with vascularity in the solid part - BIRADS 4B.
2. Right breast 11 o'clock: simple cyst 9 mm - BIRADS 2.
3. Left breast: fibroadenoma 12 mm at 3 o'clock, unchanged from the scan of 2024 - BIRADS 2.
4. No axillary lymphadenopathy bilaterally.
""")

add(24, "Ethiopian teaching hospital (Tikur Anbessa Specialized Hospital, Addis Ababa), breast ultrasound",
     "numbered list: 'Rt 2 o'clock' then 'Contralateral breast at 10 o'clock' as the only sides",
     "R5 L3", "5", ["mass R p", "skin R p", "mass L p", "ln B a"], """
IMPRESSION:
1. Rt 2 o'clock: 25 mm irregular, non-parallel hypoechoic mass with angular margins and posterior acoustic shadowing; the overlying skin is thickened - BIRADS 5.
2. Contralateral breast at 10 o'clock: 12 mm oval, circumscribed, parallel mass, likely fibroadenoma - BIRADS 3.
3. No axillary lymphadenopathy on either side.
Tru-cut biopsy of the Rt 2 o'clock mass is advised.
""")

add(25, "Pakistani university hospital (Aga Khan University Hospital, Karachi), breast ultrasound, dictated",
     "dropped spaces 'leftbreast', 'Rightbreast', 'BIRADS4A', 'BIRADS2'; internal microcalcifications a separate finding",
     "R2 L4A", "4A", ["mass L p", "calc L p", "mass R p"], """
IMPRESSION:
Irregular hypoechoic mass at 9 o'clock in the leftbreast measuring 13 x 11 mm with microlobulated margins and internal microcalcifications. BIRADS4A.
Rightbreast shows a 5 mm simple cyst at 6 o'clock. BIRADS2.
Advise US guided biopsy of the left breast lesion.
""")

add(26, "Indian private diagnostic centre (Andheri, Mumbai), breast ultrasound, dictated",
     "dropped spaces 'Rightbreast:' / 'Leftbreast:' / 'BIRADS3' / 'BIRADS1'; stated 'Overall BIRADS3'",
     "R3 L1", "3", ["mass R p", "ln L a"], """
IMPRESSION:
Rightbreast: well defined oval hypoechoic lesion at 10 o'clock, 14 x 8 mm, likely fibroadenoma. BIRADS3.
Leftbreast: normal. No focal lesion. No axillary lymphadenopathy. BIRADS1.
Overall BIRADS3. Follow up USG after 6 months.
""")

add(27, "Myanmar public hospital (Yangon General Hospital), breast ultrasound",
     "'BIRADS 3 vs 4A' between two categories (more serious kept); normal nodes in both axillae described",
     "R4A L2", "4A", ["mass R p", "mass L p", "ln B p"], """
IMPRESSION:
Right breast - 8 mm hypoechoic nodule at 3 o'clock with slightly lobulated margin, parallel, no posterior feature. BIRADS 3 vs 4A. Suggest short-term follow up or biopsy according to clinical decision.
Left breast - Few tiny simple cysts (largest 3 mm). BIRADS 2.
Both axillae - Normal looking lymph nodes.
""")

add(28, "Cambodian hospital (Calmette Hospital, Phnom Penh), mammography + ultrasound, translated from Khmer",
     "'BI-RADS cat. 5 (highly suggestive of malignancy)' / 'Right breast: BI-RADS cat. 1 (negative).'",
     "R1 L5", "5", ["mass L p", "skin L p", "ln L p"], """
CONCLUSION (translated from Khmer):
Left breast: irregular hypoechoic mass of 30 x 24 mm at 3 o'clock with spiculated margins, retraction of the skin and an enlarged left axillary lymph node of 18 mm: BI-RADS cat. 5 (highly suggestive of malignancy).
Right breast: BI-RADS cat. 1 (negative).
Recommendation: biopsy.
""")

add(29, "Chinese tertiary hospital (Shanghai), breast ultrasound, translated from Chinese",
     "range 'BI-RADS category 4a-4b' (more serious kept); 'hyperplasia' names no kind; bilateral node negation",
     "R2 L4B", "4B", ["mass L p", "mass R p", "ln B a"], """
Ultrasound impression (translated from Chinese):
1. Left breast solid nodule (about 15 x 10 mm, 2 o'clock, irregular shape, not parallel, unclear margin): BI-RADS category 4a-4b.
2. Right breast hyperplasia with multiple cysts (the largest about 6 x 4 mm): BI-RADS category 2.
3. No obviously enlarged lymph nodes in bilateral axillae.
""")

add(30, "Mongolian national cancer centre (Ulaanbaatar), mammography + ultrasound, translated from Mongolian",
     "'BI-RADS Gr. 4B' / 'BI-RADS Gr. 2' closing each side line; stable cyst",
     "R4B L2", "4B", ["calc R p m:amorphous d:grouped", "mass L p s"], """
CONCLUSION (translated from Mongolian):
Right breast: grouped amorphous microcalcifications in the upper outer quadrant over 7 mm, new compared with the mammogram of 2024. BI-RADS Gr. 4B.
Left breast: simple cyst at 12 o'clock, 9 mm, unchanged. BI-RADS Gr. 2.
Stereotactic biopsy of the right breast is recommended.
""")
