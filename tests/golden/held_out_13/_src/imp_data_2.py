# impressions imp13_031 .. imp13_060
from imp_data_1 import add, I  # noqa: F401

add(31, "Sri Lankan private hospital (Colombo), breast ultrasound", False,
    "'BIRADS 3 (both breasts)'; two fibroadenomata with own size", """
IMPRESSION:
Bilateral fibroadenomata - right 2.1 x 1.3 cm at 10 o'clock, left 1.4 x 0.9 cm at 3 o'clock.
BIRADS 3 (both breasts). Ultrasound follow up in 6 months.
""", None, "3", "B3", ["mass R p", "mass L p"])

add(32, "Bangladeshi diagnostic centre (Dhaka)", False, "Roman 'BIRADS-III' / 'BIRADS-I'; SOL", """
Comment:
USG of both breasts - a well defined hypoechoic SOL in left breast at 2 o'clock (16x11 mm), BIRADS-III.
Right breast shows no focal lesion, BIRADS-I.
Suggested: FNAC / follow up.
""", None, "3", "L3 R1", ["mass L p"])

add(33, "Ghanaian teaching hospital (Accra)", False, "numbered; skin oedema; ipsilateral nodes", """
CONCLUSION:
1. Left breast: 4 cm spiculated mass in the upper outer quadrant with overlying skin oedema (peau d'orange) and ipsilateral axillary lymphadenopathy, suggestive of carcinoma. BI-RADS 5.
2. Right breast: normal. BI-RADS 1.
Recommend core biopsy.
""", None, "5", "L5 R1", ["mass L p", "skin L p", "ln L p"])

add(34, "Ethiopian referral hospital (Addis Ababa), right breast ultrasound only", False,
    "one-breast exam; unsided 'BIRADS 3.'", """
RIGHT BREAST ULTRASOUND
Impression: 9 mm oval, circumscribed, parallel hypoechoic nodule at 11 o'clock, likely fibroadenoma. No axillary lymphadenopathy.
BIRADS 3. Follow up ultrasound in 6 months.
""", None, "3", "R3", ["mass R p", "ln R a"])

add(35, "Jamaican private radiology practice (Kingston)", False,
    "'RIGHT: BIRADS 4A - ...' / 'LEFT: BIRADS 2 - ...'; density; misspelling", """
IMPRESSION:
RIGHT: BIRADS 4A - 7mm irregular nodule at 7 o'clock. US guided biopsy advised.
LEFT: BIRADS 2 - benign intramamary lymph node, upper outer quadrant.
Density: ACR B.
""", "b", "4A", "R4A L2", ["mass R p", "ln L p"])

add(36, "Trinidad general hospital, post right mastectomy (less common)", True,
    "post-mastectomy one-breast exam; unsided 'BI-RADS 2.'", """
Status post right mastectomy (2021).
LEFT MAMMOGRAM - IMPRESSION: Stable benign calcifications in the left breast. No suspicious mass or architectural distortion.
BI-RADS 2. Next mammogram in 1 year.
""", None, "2", "L2", ["calc L p s", "mass L a", "ad L a"])

add(37, "Costa Rican private clinic (San Jose), medical-tourism patient", False,
    "numbered 'Right breast BI-RADS 2 (benign):'; stated 'Overall assessment: BI-RADS 3.'", """
IMPRESSION:
1. Right breast BI-RADS 2 (benign): scattered coarse calcifications and a stable 5 mm intramammary lymph node.
2. Left breast BI-RADS 3 (probably benign): 6 mm oval circumscribed nodule at 1 o'clock, not seen on the 2024 outside study provided on CD.
Overall assessment: BI-RADS 3.
""", None, "3", "R2 L3", ["calc R p m:coarse d:diffuse", "ln R p s", "mass L p"])

add(38, "Ecuadorian private clinic (Quito)", False, "range 'BI-RADS 4A-4B' -> 4B", """
IMPRESSION:
Left breast: 13 mm irregular nodule with indistinct margins at 2 o'clock, no posterior features. BI-RADS 4A-4B. Histological study is recommended.
Right breast: stable 6 mm simple cyst. BI-RADS 2.
""", None, "4B", "L4B R2", ["mass L p", "mass R p s"])

add(39, "US Indian Health Service hospital (Navajo Area)", False,
    "side after the number 'BI-RADS 2 right' / 'BI-RADS 1 left'; calcified fibroadenoma; density A", """
IMPRESSION:
BI-RADS 2 right: benign calcified fibroadenoma with popcorn calcifications, unchanged from 2022.
BI-RADS 1 left.
Density: almost entirely fatty (A).
Next screening mammogram in 1 year. Results letter mailed in English and Navajo per patient preference.
""", "a", "2", "R2 L1", ["mass R p s", "calc R p s m:coarse"])

add(40, "US federally qualified health center (Texas)", False,
    "hypothetical 'it would be upgraded to BI-RADS 4'; 'BI-RADS 3, right breast'", """
IMPRESSION:
Right breast: 5 mm oval circumscribed mass at 6:00, probably a small fibroadenoma. BI-RADS 3, right breast. If it enlarges on follow-up, it would be upgraded to BI-RADS 4 and biopsied.
Left: BI-RADS 1.
Recommend right diagnostic ultrasound in 6 months.
""", None, "3", "R3 L1", ["mass R p"])

add(41, "Swedish university hospital (Gothenburg), English report", False,
    "negated 'No finding requiring a BI-RADS 3 or 4 category'; 'BI-RADS 2 right and left'", """
Conclusion: Bilateral mammography and ultrasound without signs of malignancy. Benign-appearing axillary lymph nodes on both sides. No finding requiring a BI-RADS 3 or 4 category.
BI-RADS 2 right and left.
""", None, "2", "B2", ["ln B p"])

add(42, "Dutch hospital with same-day ultrasound addendum (less common)", True,
    "addendum replaces 0 with 2; 'BI-RADS 2 left, BI-RADS 1 right'", """
CONCLUSION: Left breast: 8 mm round mass at 3 o'clock, partly obscured. BI-RADS 0, ultrasound to follow. Right breast: BI-RADS 1.

ADDENDUM (same day, ultrasound): The left breast mass corresponds to an 8 mm simple cyst. Final assessment: BI-RADS 2 left, BI-RADS 1 right.
""", None, "2", "L2 R1", ["mass L p"])

add(43, "Northern Ireland NHS screening assessment clinic (Belfast)", False,
    "RCR 'M4 U4' beside '(BI-RADS 4C)' on the right line; left 'M1' only", """
Assessment summary:
Right: M4 U4 - 11 mm ill-defined mass at 10 o'clock (BI-RADS 4C). 14G core biopsy x3 under US.
Left: M1 - normal.
Right axilla: normal on ultrasound.
Result clinic in one week.
""", None, "4C", "R4C", ["mass R p"])

add(44, "Portuguese private clinic (Lisbon), breast ultrasound", False, "'BI-RADS 2 (bilateral)'; present + absent mass", """
Conclusion: Multiple bilateral simple cysts, the largest of 14 mm in the left breast at 1 o'clock. No solid nodules.
BI-RADS 2 (bilateral).
""", None, "2", "B2", ["mass B p", "mass B a"])

add(45, "Polish private medical centre (Warsaw)", False, "'Right breast: BI-RADS 1.' then left with '- BI-RADS 4C'", """
Conclusion:
Right breast: BI-RADS 1.
Left breast: hypoechoic lesion 12 x 8 mm at 10 o'clock with irregular margins and posterior acoustic shadowing - BI-RADS 4C; core-needle biopsy is indicated.
Axillary lymph nodes bilaterally of normal appearance.
""", None, "4C", "R1 L4C", ["mass L p", "ln B p"])

add(46, "Greek private diagnostic centre (Athens)", False, "category closing each side sentence; density; misspelling", """
Conclusion: Grouped fine linear branching calcifcations in the left breast, upper outer quadrant, spanning 15 mm, BI-RADS 5.
The right breast shows benign round calcifications, BI-RADS 2.
ACR density c.
""", "c", "5", "L5 R2", ["calc L p m:fine_linear d:grouped", "calc R p m:round"])

add(47, "Japanese international clinic (Tokyo), English report", False,
    "'Category 3 (BI-RADS) for the left breast' / 'Category 1 for the right breast'", """
Impression:
Category 3 (BI-RADS) for the left breast: 8 mm oval circumscribed hypoechoic mass at 2 o'clock, suspected fibroadenoma. Follow-up ultrasound in 6 months.
Category 1 for the right breast.
""", None, "3", "L3 R1", ["mass L p"])

add(48, "US VA medical center, negative screening", False,
    "both negative 'BI-RADS 1: NEGATIVE, RIGHT AND LEFT'; density letter", """
IMPRESSION: NEGATIVE BILATERAL SCREENING MAMMOGRAM.
BI-RADS 1: NEGATIVE, RIGHT AND LEFT.
Density: heterogeneously dense (C). A breast density notification letter will be sent per VHA policy. The Veteran may benefit from supplemental screening; discuss with PACT provider.
""", "c", "1", "B1", [])

add(49, "US Air Force clinic, read by a civilian teleradiology group", False,
    "'BI-RADS 4A.' / 'BI-RADS 2.' closing side lines; lumpectomy site; misspelling", """
IMPRESSION:
Left breast: new 4 mm group of amorpous calcifications, upper inner quadrant. BI-RADS 4A. Stereotactic biopsy recommended.
Right breast: post-surgical changes at the lumpectomy site (2019) with architectural distortion, both stable. BI-RADS 2.
Results to ordering provider via MHS GENESIS.
""", None, "4A", "L4A R2", ["calc L p m:amorphous d:grouped", "other R p s", "ad R p s"])

add(50, "Indian cancer society mobile screening camp", False,
    "'BIRADS 0 - recall for USG' on the left line; density ACR C", """
MOBILE SCREENING UNIT - camp at Primary Health Centre, Block 4
Impression: Dense breasts (ACR C).
Left breast - asymmetric density in upper outer quadrant, BIRADS 0 - recall for USG at base hospital.
Right breast - BIRADS 1.
""", "c", "0", "L0 R1", ["asym L p"])

add(51, "US breast surgeon's pre-operative note quoting the MRI (less common)", True,
    "BI-RADS 6 and 4 on one breast (4 kept); 'BI-RADS 1' for the right", """
Breast Surgery Clinic - pre-op visit
MRI 05/20 (per radiology report): known biopsy-proven left breast cancer, 2.8 cm irregular enhancing mass at 1:00, BI-RADS 6. Additional 7 mm enhancing mass in the left breast at 4:00, BI-RADS 4; MRI-guided biopsy recommended. Right breast: no suspicious findings, BI-RADS 1.
Plan: MRI-guided biopsy before deciding lumpectomy vs mastectomy. Discussed at length with patient and husband.
""", None, "4", "L6 L4 R1", ["mass L p", "mass L p"])

add(52, "UK hospital discharge summary quoting a left breast ultrasound (less common)", True,
    "one-breast exam; 'U3 / BI-RADS 3'; haematoma", """
DISCHARGE SUMMARY - Acute Medical Unit
Admitted after a fall onto the left side of the chest.
Investigations during admission: USS left breast (14/04): 3 cm complex collection at 6 o'clock consistent with haematoma following the fall; no solid mass. U3 / BI-RADS 3. For repeat USS in 4-6 weeks (GP to request).
Discharged home on 16/04.
""", None, "3", "L3", ["other L p", "mass L a"])

add(53, "patient-portal message from the radiologist (less common)", True,
    "categories in lay wording '(BI-RADS 2, right breast)' / '(BI-RADS 1)'", """
Message from Dr. Lee, Breast Imaging:
Hi Ms. Brown, your ultrasound today showed that the lump you felt is a simple cyst, which is benign (BI-RADS 2, right breast). Your left side was normal too (BI-RADS 1, left breast). No further tests are needed; please keep up with your yearly mammograms.
""", None, "2", "R2 L1", ["mass R p"])

add(54, "German tumour board list (Tumorkonferenz), English minutes (less common)", True,
    "semicolon list; 'BI-RADS 5' after a right finding; 'left BI-RADS 2'; misspelling", """
Tumour board 14.05.2026 - case 3
Imaging (MG/US): right UOQ 17 mm spicualted mass, BI-RADS 5; right axilla 2 suspicious lymph nodes; left BI-RADS 2 (stable fibroadenoma).
Histology: invasive carcinoma NST, G3, triple negative.
Recommendation: neoadjuvant chemotherapy, clip marking of the tumour and the biopsied node.
""", None, "5", "R5 L2", ["mass R p", "ln R p", "mass L p s"])

add(55, "raw speech-recognition dictation with spoken punctuation (less common)", True,
    "'BI-RADS 2 period' with spoken commands; mass called an intramammary lymph node", """
IMPRESSION colon new line 1 period right breast 5 mm oval circumscribed mass at 11 o'clock comma likely an intramammary lymph node period BI-RADS 2 period new line 2 period left breast negative period BI-RADS 1 period
""", None, "2", "R2 L1", ["ln R p"])

add(56, "Icelandic screening centre (Reykjavik)", False,
    "'BI-RADS 3 (downgraded from 4A ...)'; previous category excluded", """
Conclusion:
Right breast: BI-RADS 3 (downgraded from 4A after second-look ultrasound showed a 6 mm complicated cyst at 8 o'clock). Follow-up in 6 months.
Left breast: BI-RADS 1.
""", None, "3", "R3 L1", ["mass R p"])

add(57, "Finnish private clinic with a printed scale legend (less common)", True,
    "'Assessment: R: 1 / L: 2'; legend of the scale not counted; dermal calcifications", """
Findings summary: Left breast: benign dermal calcifications in the lower inner quadrant. Right breast: no findings.
Assessment: R: 1 / L: 2
BI-RADS: 0 = incomplete, 1 = negative, 2 = benign, 3 = probably benign, 4 = suspicious, 5 = highly suggestive of malignancy, 6 = known malignancy.
""", None, "2", "R1 L2", ["calc L p m:skin"])

add(58, "US Army medical center in Germany (Landstuhl)", False,
    "numbered capitals 'RIGHT BREAST: BI-RADS 4B - SUSPICIOUS.'; misspelling", """
IMPRESSION:
1. RIGHT BREAST: BI-RADS 4B - SUSPICIOUS. 9 MM IRREGULAR MASS AT 2:00 WITH INDISTINCT MARGINS, SEEN ON MAMMOGRAM AND ULTRASOUND. US-GUIDED CORE BIOPSY RECOMMENDED.
2. LEFT BREAST: BI-RADS 2 - BENIGN. 6 MM SIMPLE CYST AT 3:00.
3. NO AXILLARY LYMPHADENOPATY.
""", None, "4B", "R4B L2", ["mass R p", "mass L p", "ln B a"])

add(59, "Danish hospital reply to the GP", False,
    "'Final assessment BI-RADS 4A' stated; side labels in a letter", """
Dear colleague,
Thank you for referring your patient. Mammography and ultrasound were performed today.
Conclusion: Right breast: 9 mm area of architectural distortion at 10 o'clock on tomosynthesis, with a subtle hypoechoic correlate on ultrasound, BI-RADS 4A. Left breast: benign intramammary lymph node, BI-RADS 2.
Final assessment BI-RADS 4A. We have booked an ultrasound-guided core biopsy and will inform you of the result.
Kind regards, Breast Imaging Unit
""", None, "4A", "R4A L2", ["ad R p", "ln L p"])

add(60, "Alaska Native medical center, left diagnostic mammogram and ultrasound", False,
    "one-breast exam; unsided 'BI-RADS 1.'; palpable area without correlate", """
LEFT DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND
IMPRESSION: The palpable area of concern in the left breast at 3:00 has no mammographic or sonographic correlate. Negative. BI-RADS 1.
Clinical management of the palpable finding per the referring provider.
""", None, "1", "L1", [])
