# held_out_33 impressions: id, setting, form, text, cats ("R4A L2"), overall (by hand), f (finding codes)
ITEMS = []


def add(setting, form, text, cats, overall, f):
    ITEMS.append(dict(id="imp33_%03d" % (len(ITEMS) + 1), setting=setting, form=form, text=text.strip("\n"),
                      cats=cats, overall=overall, f=f))


add("US rural critical-access hospital (eastern Montana), mobile-coach screening read remotely",
    "'right and left breasts are BI-RADS 0 and BI-RADS 2, respectively' after numbered side items",
    """
IMPRESSION:
1. Right breast: new 8 mm oval mass with obscured margins at 10 o'clock, middle depth, seen on the CC and MLO tomosynthesis slices.
2. Left breast: benign-appearing calcifications, stable since 2022.
Assessment: the right and left breasts are BI-RADS 0 and BI-RADS 2, respectively.
Recommend diagnostic mammogram with spot compression and right breast ultrasound at the regional center in Billings (no ultrasound at this facility). Patient letter sent; CAH nurse navigator to schedule.
""", "R0 L2", "0", ["mass R p", "calc L p s"])

add("US tele-radiology group reading for several sites (remote read for a Nebraska county hospital)",
    "pipe table 'Right | Left' under a 'BI-RADS' heading with the categories on the row below",
    """
TELERADIOLOGY READ -- originating site: county hospital, McCook NE -- reading radiologist: J. Okafor, MD (NE licensed)
IMPRESSION:
Right breast: new group of amorphous calcifications spanning 6 mm in the upper outer quadrant, not present in 2023. Stereotactic biopsy recommended.
Left breast: no suspicious mass, calcifications or architectural distortion.
BI-RADS
Right | Left
4B    | 1
Result called to the site technologist at 14:20 CST.
""", "R4B L1", "4B", ["calc R p m:amorphous d:grouped", "mass L a", "calc L a", "ad L a"])

add("US Veterans Affairs medical center (Women Veterans Health Program), diagnostic ultrasound",
    "'unchanged from prior BI-RADS 3 exams' (old category of the same mass) then 'Now BI-RADS 2'; right 4B",
    """
IMPRESSION:
1. Left breast 4:00, 3 cm FN: 7 mm oval circumscribed parallel mass, unchanged from prior BI-RADS 3 exams of 03/2023, 09/2023 and 03/2024 (two years of stability). Now BI-RADS 2, benign.
2. Right breast 11:00, 4 cm FN: new 12 mm irregular hypoechoic mass, not parallel, indistinct margins. BI-RADS 4B.
Recommend US-guided core biopsy of the right breast mass. Veteran's PCP notified by CPRS alert.
""", "L2 R4B", "4B", ["mass L p s", "mass R p"])

add("Puerto Rico private imaging center (San Juan), mammography + ultrasound, English report",
    "category in parentheses after each finding, side only inside the finding; node line without a category",
    """
IMPRESSION:
- Spiculated mass in the left breast at 2 o'clock, 19 mm, with associated fine pleomorphic calcifications (BI-RADS 5).
- Simple cysts in the right breast, the largest 9 mm at 8 o'clock (BI-RADS 2).
- Enlarged left axillary lymph node with cortical thickening up to 5 mm.
Recommendation: ultrasound-guided core biopsy of the left breast mass and the left axillary node. Discussed with the patient and her referring physician, Dr. Rivera.
""", "L5 R2", "5", ["mass L p", "calc L p m:fine_pleomorphic", "mass R p", "ln L p"])

add("Canadian provincial screening (Alberta Breast Cancer Screening Program, Calgary), screening result",
    "side only from view labels ('RMLO only, not seen on RCC'; 'LCC/LMLO') in numbered items that close with the category",
    """
IMPRESSION:
1. Possible focal asymmetry, posterior depth, seen on the RMLO only, not seen on RCC. BI-RADS 0 - recall for spot compression views +/- US.
2. Benign vascular calcifications LCC/LMLO. BI-RADS 2.
SCREENING RESULT: ABNORMAL - RECALL. Letter to patient and family physician.
""", "R0 L2", "0", ["asym R q", "calc L p m:vascular"])

add("Canadian hospital (Montreal, Quebec), breast ultrasound, English report",
    "roman numerals 'BI-RADS III' (right) and 'BI-RADS II' (left); 'No axillary adenopathy on either side'",
    """
CONCLUSION:
Right breast: 11 mm oval, circumscribed, parallel hypoechoic nodule at 7 o'clock, 2 cm from the nipple, compatible with a fibroadenoma. BI-RADS III. Follow-up ultrasound in 6 months.
Left breast: 6 mm simple cyst at 1 o'clock. BI-RADS II.
No axillary adenopathy on either side.
""", "R3 L2", "3", ["mass R p", "mass L p", "ln B a"])

add("UK NHS Scotland symptomatic breast clinic (Edinburgh), triple assessment",
    "RCR scores per side, then 'BI-RADS for the right and left breasts are 5 and 1 respectively'; node with a U score",
    """
CONCLUSION:
Right breast 10 o'clock: 22 mm irregular spiculated mass, palpable, with overlying skin retraction. Two abnormal level I right axillary nodes on US (U4).
Left breast: normal.
Scores: Right M5 U5, Left M1.
BI-RADS for the right and left breasts are 5 and 1 respectively.
Plan: US-guided core x2 right breast and FNA of the axillary node today; results clinic next Thursday with Miss Fraser.
""", "R5 L1", "5", ["mass R p", "skin R p", "ln R p"])

add("UK NHS Wales screening assessment (Breast Test Wales, Llandough), assessment summary",
    "RCR 'M4' beside 'BI-RADS 4B' per side with the side as a line label 'L UOQ -' / 'R -'; unsided node negation 'either axilla'",
    """
Assessment summary:
L UOQ - architectural distortion on tomosynthesis, persists on spot views, no US correlate. M4, BI-RADS 4B. For vacuum-assisted biopsy under stereotactic guidance.
R - normal. M1, BI-RADS 1.
No abnormal lymph nodes in either axilla.
Client informed; VAB booked for 14th.
""", "L4B R1", "4B", ["ad L p", "ln B a"])

add("South African private radiology practice (Johannesburg), breast ultrasound",
    "categories spelt out in words 'BI-RADS category four-A' / 'category two'; typo 'hypoechoeic'",
    """
IMPRESSION:
Right breast: 9 x 7 mm hypoechoeic mass at 1 o'clock with angular margins, not parallel to the skin. BI-RADS category four-A (low suspicion).
Left breast: two small intramammary lymph nodes in the upper outer quadrant with normal fatty hila. BI-RADS category two (benign).
Core biopsy of the right breast mass advised; will be done at our Rosebank rooms.
""", "R4A L2", "4A", ["mass R p", "ln L p"])

add("Zimbabwean central hospital (Harare), breast ultrasound",
    "category range 'BI-RADS 3-4A' for the right (more serious kept); 'Bilateral axillae: no lymphadenopathy'",
    """
IMPRESSION:
Rt breast: ill-defined hypoechoic lesion at 9 o'clock measuring 14 x 10 mm, no posterior shadowing, no internal vascularity. BI-RADS 3-4A. Suggest biopsy in view of age (46 yrs) and family history.
Lt breast: multiple small simple cysts, largest 4 mm. BI-RADS 2.
Bilateral axillae: no lymphadenopathy.
""", "R4A L2", "4A", ["mass R p", "mass L p", "ln B a"])

add("Pakistani private diagnostic centre (Lahore), breast ultrasound",
    "roman with hyphen 'BIRADS-V' / 'BIRADS-II' closing dash items; typos 'speculated', 'lymphnodes'; calcs and distortion beside the mass",
    """
OPINION:
- Irregular speculated hypoechoic mass in left breast at 3 O'clock position measuring 2.1 x 1.8 cm with micro-calcifications within it and architectural distortion around it. Suspicious left axillary lymphnodes, largest 1.6 cm with loss of fatty hilum. BIRADS-V.
- Right breast shows fibrocystic changes with few tiny cysts. BIRADS-II.
Advise: Trucut biopsy of left breast mass.
""", "L5 R2", "5", ["mass L p", "calc L p", "ad L p", "ln L p", "mass R p"])

add("Bangladeshi private hospital (Dhaka), breast ultrasound",
    "negated category 'No finding of BI-RADS 4 or 5 category in either breast' between 'BI-RADS 3' (left) and 'Right breast BI-RADS 2'",
    """
IMPRESSION:
Left breast: a well defined oval hypoechoic solid lesion at 2 o'clock, 1.3 x 0.8 cm, parallel to skin - likely fibroadenoma - BI-RADS 3.
Right breast: duct ectasia in retroareolar region; no solid mass or cyst.
No finding of BI-RADS 4 or 5 category in either breast. Right breast BI-RADS 2.
Advice: follow-up USG after 6 months.
""", "L3 R2", "3", ["mass L p", "other R p", "mass R a"])

add("Malaysian private hospital (Kuala Lumpur), mammography + ultrasound",
    "space-aligned table with a RIGHT / LEFT header and Mammogram / Ultrasound / Final rows; lesion sentence after the table",
    """
IMPRESSION
                  RIGHT        LEFT
Mammogram         BIRADS 1     BIRADS 4A
Ultrasound        BIRADS 1     BIRADS 4A
Final             BIRADS 1     BIRADS 4A

Left breast: new 9 mm irregular mass in the upper outer quadrant, seen on ultrasound at 1 o'clock 3 cm FN as an irregular hypoechoic mass (same lesion). For US-guided biopsy.
Right breast: no mass or suspicious calcification.
""", "R1 L4A", "4A", ["mass L p", "mass R a", "calc R a"])

add("Indonesian private hospital (Jakarta), breast ultrasound, translated from Indonesian",
    "numbered items with the category in brackets at the end, side only inside the finding; stable fibroadenoma; node item without category",
    """
CONCLUSION (Kesan):
1. Solid nodule in the right breast at 10 o'clock, 1.8 x 1.5 cm, irregular, not parallel, with posterior acoustic shadowing, suspicious for malignancy (BI-RADS 4C).
2. Fibroadenoma in the left breast at 3 o'clock, 1.1 cm, unchanged compared with the examination of 12 January 2024 (BI-RADS 2).
3. Right axillary lymph node with normal fatty hilum.
Suggestion: biopsy of the right breast nodule.
""", "R4C L2", "4C", ["mass R p", "mass L p s", "ln R p"])

add("Vietnamese provincial hospital (Hue), breast ultrasound, translated from Vietnamese",
    "roman with a letter 'BI-RADS IVb' (right) and 'BI-RADS II' (left); '11h' clock",
    """
CONCLUSION:
- Right breast: hypoechoic nodule at 11h, 13 x 9 mm, irregular margins, taller than wide: BI-RADS IVb.
- Left breast: several simple cysts, the largest 7 mm at 2h: BI-RADS II.
- No enlarged axillary lymph nodes on both sides.
Proposal: core needle biopsy of the right breast nodule.
""", "R4B L2", "4B", ["mass R p", "mass L p", "ln B a"])

add("Japanese general hospital (Osaka), breast ultrasound, translated from Japanese",
    "negated category 'We do not regard it as BI-RADS 3'; Japanese area label 'C area'; 'Right breast BI-RADS 1' last",
    """
Impression:
Left breast, C area (upper outer): 7 mm hypoechoic mass, irregular shape, indistinct margin, depth-width ratio 0.8. We do not regard it as BI-RADS 3 because of the irregular shape: BI-RADS 4A. Fine-needle aspiration or core needle biopsy is recommended.
Right breast: no mass. No axillary lymphadenopathy on either side.
Right breast BI-RADS 1.
""", "L4A R1", "4A", ["mass L p", "mass R a", "ln B a"])

add("Korean university hospital (Seoul), mammography with magnification views, translated from Korean",
    "side only from view labels ('LCC and LMLO magnification views') in item 1; 'Rt. breast:' item 2; 'BI-RADS category 4C'",
    """
Conclusion:
1. A 9 mm group of fine linear branching calcifications on the LCC and LMLO magnification views, inner central portion. BI-RADS category 4C. Stereotactic vacuum-assisted biopsy is recommended.
2. Rt. breast: a few benign-looking round calcifications. BI-RADS category 2.
""", "L4C R2", "4C", ["calc L p m:fine_linear d:grouped", "calc R p m:round"])

add("Taiwanese medical center (Kaohsiung), breast ultrasound, English report",
    "'BI-RADS category 4A and 3, respectively' after a sentence naming the right then the left nodule",
    """
Impression:
Bilateral breast nodules, right 10 o'clock 1.2 cm (irregular, angular margin) and left 4 o'clock 0.6 cm (oval, circumscribed), BI-RADS category 4A and 3, respectively.
Suggest: sono-guided core biopsy for the right nodule and follow-up sonography 6 months later for the left nodule.
""", "R4A L3", "4A", ["mass R p", "mass L p"])

add("Saudi tertiary hospital (Riyadh), mammography + ultrasound",
    "categories in words 'BI-RADS category Four A' / 'category Two'; developing asymmetry with 'no sonographic correlate'; stable oil cyst",
    """
ASSESSMENT:
Left breast: developing asymmetry in the lower inner quadrant, more conspicuous than in 2023 and 2024; no sonographic correlate. BI-RADS category Four A - low suspicion for malignancy. Stereotactic/tomosynthesis-guided biopsy is recommended.
Right breast: stable oil cyst at 9 o'clock. BI-RADS category Two - benign.
""", "L4A R2", "4A", ["asym L p", "mass R p s"])

add("UAE private hospital (Dubai), breast ultrasound",
    "range with 'to' 'BI-RADS 4a to 4b' (more serious kept); 'Right: BI-RADS 2.' with a stable node",
    """
IMPRESSION:
Left breast 6 o'clock: complex cystic and solid mass, 15 mm, with internal vascularity on colour Doppler. Left: BI-RADS 4a to 4b. Ultrasound-guided core biopsy advised.
Right breast: benign-appearing intramammary lymph node at 10 o'clock, unchanged from the previous scan. Right: BI-RADS 2.
""", "L4B R2", "4B", ["mass L p", "ln R p s"])

add("Qatari government hospital (Doha), staging mammography with tomosynthesis",
    "known cancer 'BI-RADS 6' closing the left paragraph with a satellite mass; negated 'nothing to suggest a BI-RADS 3 or higher lesion'; clip not a finding",
    """
IMPRESSION:
Known biopsy-proven invasive ductal carcinoma of the left breast at 12 o'clock (clip in situ): the mass measures 24 mm on tomosynthesis. A second 8 mm satellite mass lies 1 cm posterior to it. BI-RADS 6.
Right breast: nothing to suggest a BI-RADS 3 or higher lesion. BI-RADS 1.
For breast MDT discussion; MRI for extent of disease has been booked.
""", "L6 R1", "6", ["mass L p", "mass L p"])

add("Polish regional oncology centre (Krakow), mammography + ultrasound, translated from Polish",
    "old category of the same nodule 'assessed as BI-RADS 3 ... in 2022 and 2023, is unchanged. Currently BI-RADS 2'; new right asymmetry 'BI-RADS 0'",
    """
CONCLUSION:
Left breast: the nodule at 2 o'clock (10 x 6 mm, oval, circumscribed), assessed as BI-RADS 3 at the examinations in 2022 and 2023, is unchanged. Currently BI-RADS 2.
Right breast: new focal asymmetry in the upper outer quadrant, visible in both projections, without an ultrasound correlate. BI-RADS 0 - further diagnostics (tomosynthesis or contrast-enhanced mammography) recommended.
""", "L2 R0", "0", ["mass L p s", "asym R p"])

add("German private radiology practice (Hamburg), mammography, translated from German",
    "negated upgrade 'A classification as BI-RADS 5 is not justified'; 'Left:' / 'Right:' labels; two morphologies in one group",
    """
ASSESSMENT:
Left: new grouped microcalcifications, amorphous to fine pleomorphic, 5 mm extent, at 12 o'clock. BI-RADS 4. Stereotactic vacuum biopsy recommended. A classification as BI-RADS 5 is not justified given the small extent.
Right: involutional changes, no focal findings. BI-RADS 1.
Both axillae unremarkable.
""", "L4 R1", "4", ["calc L p m:amorphous,fine_pleomorphic d:grouped"])

add("French private imaging centre (Lyon), mammography + ultrasound, translated from French",
    "category in brackets after each finding sentence, side only inside the finding ('of the right upper outer quadrant')",
    """
CONCLUSION:
Spiculated mass of the right upper outer quadrant, 13 mm, highly suspicious (BI-RADS 5).
Isolated simple cyst of the left lower inner quadrant, 8 mm (BI-RADS 2).
Ultrasound-guided microbiopsy of the right lesion to be scheduled; the patient was informed.
""", "R5 L2", "5", ["mass R p", "mass L p"])

add("Spanish university hospital (Madrid), breast ultrasound, translated from Spanish",
    "'BI-RADS 4C right breast' side after the number; negated 'does not show the signs that would justify a BI-RADS 5'; 'BI-RADS 3 left breast'",
    """
CONCLUSION:
Right breast: irregular nodule with angular margins at the junction of the upper quadrants (12 o'clock), 11 mm, taller than wide, with a suspicious-looking right axillary lymph node (cortex 4 mm). BI-RADS 4C right breast. Although suspicious, it does not show the signs that would justify a BI-RADS 5.
Left breast: 6 mm oval circumscribed nodule at 3 o'clock, probably a fibroadenoma. BI-RADS 3 left breast; follow-up in 6 months.
""", "R4C L3", "4C", ["mass R p", "ln R p", "mass L p"])

add("Chilean private clinic (Santiago), screening mammography, translated from Spanish",
    "side only from view labels ('only in the RCC projection'; 'in LMLO and LCC'); 'BI-RADS 0' / 'BI-RADS 2' closing each sentence",
    """
CONCLUSION:
Focal asymmetry visible only in the RCC projection, inner half, without a counterpart in the MLO projection. BI-RADS 0; to be completed with spot compression views.
Benign coarse (popcorn) calcifications in LMLO and LCC. BI-RADS 2.
""", "R0 L2", "0", ["asym R p", "calc L p m:coarse"])

add("Colombian private clinic (Medellin), breast ultrasound, translated from Spanish",
    "hypothetical downgrade 'the category would change to BI-RADS 2' not counted; bilateral reactive nodes; ductal ectasia -> other",
    """
CONCLUSION:
Left breast: heterogeneous hypoechoic nodule at 5 o'clock, 17 x 12 mm, with microlobulated margins and internal flow on Doppler. BI-RADS 4B.
Right breast: ductal ectasia without intraductal content. BI-RADS 2.
Axillary regions: reactive-looking lymph nodes bilaterally, with preserved fatty hilum.
If the histopathology is benign and concordant, the category of the left breast would change to BI-RADS 2 with follow-up in 6 months.
""", "L4B R2", "4B", ["mass L p", "other R p", "ln B p"])

add("US rural critical-access hospital (southeast Alaska), screening mammography, typed by the radiologist",
    "typos 'Rigth', 'asymetry', 'calcifcations'; one-view asymmetry 'on CC view' 'BI-RADS 0'; stable scattered calcifications",
    """
IMPRESSION:
Rigth breast: one-view asymetry in the upper outer quadrant on the CC view, indeterminate. BI-RADS 0. Pt will need diagnostic mammo + US in Juneau (no US on site).
Left breast: scattered benign calcifcations, stable. BI-RADS 2.
Dr. Hale (on-site PA) notified.
""", "R0 L2", "0", ["asym R p", "calc L p s d:diffuse"])

add("US tele-radiology group reading for several sites (overnight read for an Iowa clinic), screening mammography",
    "hypothetical 'Had the priors not been available this would have been called BI-RADS 0' not counted; 'BI-RADS 2 right breast, BI-RADS 1 left breast'",
    """
REMOTE READ - site: Cedar Valley Medical Clinic (IA). Outside priors retrieved by image exchange.
IMPRESSION:
1. Right breast: 5 mm circumscribed oval mass at 8:00, posterior depth, present and unchanged on the 2021 and 2023 outside mammograms. Benign. Had the priors not been available this would have been called BI-RADS 0.
2. Left breast: no suspicious mass, calcification or distortion.
BI-RADS 2 right breast, BI-RADS 1 left breast.
""", "R2 L1", "2", ["mass R p s", "mass L a", "calc L a", "ad L a"])

add("US Veterans Affairs medical center (Women's Health PACT), diagnostic ultrasound, telegraphic",
    "categories in words 'BI-RADS category four A' / 'category two'; lumpectomy scar (other, stable); 'w/', 'fn', 'bx'",
    """
IMPRESSION:
L breast 2:00 - 6 mm irregular hypoechoic mass w/ angular margins, 5 cm fn, new vs 2024. BI-RADS category four A.
R breast - lumpectomy scar at 10:00 (2019), stable, no evidence of recurrence. BI-RADS category two.
Rec: US guided bx L 2:00. Veteran's Women's Health PACT notified.
""", "L4A R2", "4A", ["mass L p", "other R p s"])
