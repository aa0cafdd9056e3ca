# Impression items. Each: setting, form, text, overall (by hand), cats ('R4A L2', B = both), f (finding codes).
ITEMS = [
dict(setting="US community hospital (Cedar Rapids, Iowa), diagnostic ultrasound",
     form="categories per lesion with clock labels 'Lesion 1 (R 2:00 ...)'; overall left to the reader",
     text="""IMPRESSION:
Lesion 1 (R 2:00, 6 cm FN): 9 mm irregular hypoechoic mass, angular margins, not parallel. BI-RADS 4B.
Lesion 2 (L 9:00, 3 cm FN): 5 mm oval circumscribed parallel mass, likely fibroadenoma. BI-RADS 3.
RECOMMENDATION: US-guided core biopsy of lesion 1. Six month follow-up ultrasound of lesion 2.""",
     overall="4B", cats="R4B L3", f=["mass R p", "mass L p"]),
dict(setting="US community hospital (Jackson, Tennessee), screening mammography",
     form="finding list first, then one category line for both breasts 'BI-RADS 2: Benign, both breasts'",
     text="""IMPRESSION:
- Scattered benign appearing calcifications in both breasts, unchanged.
- Bilateral intramammary lymph nodes, stable.
- No suspicious mass or architectural distortion in either breast.
BI-RADS 2: Benign, both breasts.
Annual screening mammogram recommended.""",
     overall="2", cats="B2", f=["calc B p s d:diffuse", "ln B p s", "mass B a", "ad B a"]),
dict(setting="US academic breast center (Boston), follow-up mammography + ultrasound",
     form="comparison sentence with the old category of the same lesion; 'Right BI-RADS 1; left BI-RADS 2' semicolon",
     text="""IMPRESSION: The 7 mm oval circumscribed mass at left 3:00 was assessed as BI-RADS 3 in March 2024. It is unchanged at 24 months and is now considered benign. Right breast is negative.
ASSESSMENT: Right BI-RADS 1; left BI-RADS 2.
RECOMMENDATION: Resume annual screening.""",
     overall="2", cats="R1 L2", f=["mass L p s"]),
dict(setting="US military treatment facility (Womack Army Medical Center, Fort Liberty NC, Tricare), screening with addendum",
     form="category changed by an addendum after outside priors (left 0 -> 2); right restated",
     text="""IMPRESSION:
1. Left breast focal asymmetry, upper outer quadrant, seen on the CC view only. BI-RADS 0: Incomplete. Recommend diagnostic mammogram and ultrasound.
2. Right breast: no suspicious findings. BI-RADS 1.

ADDENDUM (outside comparison received 05/14): Outside mammograms from Landstuhl RMC (2021, 2022) were reviewed. The left upper outer quadrant asymmetry is unchanged since 2021, consistent with benign asymmetric breast tissue. Left breast assessment is revised to BI-RADS 2. Right remains BI-RADS 1. Diagnostic callback cancelled; return to annual screening.""",
     overall="2", cats="R1 L2", f=["asym L p s"]),
dict(setting="Canadian provincial screening (BC Cancer Breast Screening, Vancouver), screening result",
     form="slash row 'BI-RADS R 0 / L 1' after per-side findings",
     text="""SUMMARY: Abnormal screen - recall.
Right breast: new 8 mm spiculated mass at 11 o'clock, posterior depth, not present in 2023.
Left breast: no abnormality.
BI-RADS R 0 / L 1
Diagnostic work-up booked at the Mount Saint Joseph assessment centre.""",
     overall="0", cats="R0 L1", f=["mass R p"]),
dict(setting="Canadian provincial screening (Ontario Breast Screening Program, Ottawa), screening result",
     form="'benign' word with no number for the right; 'BI-RADS 0 left breast' side after the number",
     text="""IMPRESSION: Right breast: benign. Stable popcorn-like calcifications at 6 o'clock.
Left breast: developing asymmetry, lower inner quadrant, new compared to the 2023 OBSP screen.
BI-RADS 0 left breast - abnormal screen, referred for assessment.""",
     overall="0", cats="L0", f=["calc R p s m:coarse", "asym L p"]),
dict(setting="Canadian provincial screening (Nova Scotia Breast Screening Program, Halifax), diagnostic ultrasound",
     form="hypothetical category 'if enlarging, BI-RADS 4' not counted; 'Right:' / 'Left:' lines",
     text="""IMPRESSION:
Right: 6 mm simple cyst at 10 o'clock. BI-RADS 2.
Left: 9 mm oval circumscribed parallel hypoechoic mass at 4 o'clock, 3 cm from nipple, probably a fibroadenoma. BI-RADS 3. Follow-up ultrasound in 6 months; if enlarging, BI-RADS 4 and biopsy would be advised.""",
     overall="3", cats="R2 L3", f=["mass R p", "mass L p"]),
dict(setting="UK NHS symptomatic breast clinic (St James's, Leeds), mammography + ultrasound",
     form="RCR M/U scores with BI-RADS in brackets; a node with a U score only",
     text="""CONCLUSION: Left breast 2 o'clock: 14 mm irregular mass with posterior acoustic shadowing, M5 U5 (BI-RADS 5). Abnormal left axillary node, cortex 4 mm, U4. Right breast M1 (BI-RADS 1).
PLAN: US-guided core biopsy left breast and FNA of the left axillary node today. Results clinic 1 week.""",
     overall="5", cats="L5 R1", f=["mass L p", "ln L p"]),
dict(setting="Irish BreastCheck assessment clinic (Galway)",
     form="per-lesion categories with quadrant labels 'Lesion A - L UOQ' / 'Lesion B - R LIQ'; stable lesion",
     text="""ASSESSMENT CLINIC OUTCOME:
Lesion A - L UOQ: cluster of fine pleomorphic microcalcifications, 7 mm span, new since the 2022 round. BI-RADS 4B.
Lesion B - R LIQ: oval circumscribed mass 6 mm, stable since 2020 on previous BreastCheck rounds. BI-RADS 2.
Stereotactic VAB of lesion A arranged for next week.""",
     overall="4B", cats="L4B R2", f=["calc L p m:fine_pleomorphic d:grouped", "mass R p s"]),
dict(setting="Australian BreastScreen assessment service (BreastScreen SA, Adelaide)",
     form="'Final assessment' line equal to the highest side category; screen mass = ultrasound correlate (one finding)",
     text="""ASSESSMENT SUMMARY
Right breast: 11 mm spiculated mass at 10 o'clock on tomosynthesis, with a 10 mm irregular hypoechoic correlate on ultrasound. BI-RADS 4C.
Left breast: oval circumscribed mass 5 mm at 3 o'clock, stable over 2 previous rounds. BI-RADS 2.
Final assessment: BI-RADS 4C. Ultrasound-guided core biopsy right breast performed at this visit.""",
     overall="4C", cats="R4C L2", f=["mass R p", "mass L p s"]),
dict(setting="New Zealand private radiology (Christchurch), diagnostic ultrasound",
     form="'negative' word with no number for the right; '(left)' in brackets after the category; 'Rpt US 6/12'",
     text="""IMPRESSION: Right breast - negative.
Left breast - 12 mm complicated cyst at 1 o'clock with low level internal echoes and a fluid-debris level. Probably benign, BI-RADS 3 (left).
Rpt US 6/12.""",
     overall="3", cats="L3", f=["mass L p"]),
dict(setting="Indian private diagnostic chain (Chennai), breast ultrasound",
     form="findings per side then one line 'BIRADS 3 - right; BIRADS 2 - left'; plural cysts one finding",
     text="""IMPRESSION:
Rt breast: Well defined oval hypoechoic lesion 1.4 x 0.9 cm at 8 o' clock, likely fibroadenoma.
Lt breast: Multiple simple cysts, largest 8 mm at 2 o clock. Few benign looking axillary nodes with preserved fatty hila on left side.
BIRADS 3 - right; BIRADS 2 - left.""",
     overall="3", cats="R3 L2", f=["mass R p", "mass L p", "ln L p"]),
dict(setting="Indian private hospital (Pune), breast ultrasound, typed from dictation",
     form="typos 'lesoin', 'brest', 'axilary'; 'BI-RADS 4A right breast / BI-RADS 1 left brest' slash",
     text="""IMPRESSION: An irregular hypoechoic lesoin with indistinct margins at right 11 o'clock, 3 cm from nipple, measuring 10 x 8 mm, no internal vascularity. No axilary lymphadenopathy on either side. Left brest shows normal fibroglandular echotexture.
BI-RADS 4A right breast / BI-RADS 1 left brest.
Advised: USG guided biopsy.""",
     overall="4A", cats="R4A L1", f=["mass R p", "ln B a"]),
dict(setting="Sri Lankan private hospital (Colombo), mammography",
     form="'negative study (BIRADS 1)' with findings absent on the right; 'no associated mass' on the left",
     text="""IMPRESSION: Left breast: a cluster of amorphous microcalcifications in the upper outer quadrant spanning 6 mm, no associated mass. BIRADS 4A.
Right breast: No mass, no calcifications, no architectural distortion - negative study (BIRADS 1).""",
     overall="4A", cats="L4A R1", f=["calc L p m:amorphous d:grouped", "mass L a", "mass R a", "calc R a", "ad R a"]),
dict(setting="Philippine private hospital (Quezon City), breast ultrasound",
     form="numbered items closing '- BI-RADS 4C' / '- BI-RADS 2'; recommendation line restates '(BI-RADS 4C)'",
     text="""IMPRESSION:
1. Solid nodule, left breast 3 o'clock, 1.6 x 1.2 cm, irregular, microlobulated margins, taller than wide - BI-RADS 4C.
2. Right breast benign cysts, the largest 5 mm - BI-RADS 2.
RECOMMENDATION: Ultrasound guided core needle biopsy of the left breast nodule (BI-RADS 4C).""",
     overall="4C", cats="L4C R2", f=["mass L p", "mass R p"]),
dict(setting="Hong Kong public hospital (Queen Mary Hospital), breast ultrasound, all capitals",
     form="old category of the same lesion in brackets '(PREVIOUSLY 7 MM, BI-RADS 3 IN 2023)'; 'LT' / 'RT'",
     text="""IMPRESSION:
LT BREAST 1 O'CLOCK OVAL NODULE, 11 MM (PREVIOUSLY 7 MM, BI-RADS 3 IN 2023), NOW ENLARGED. BI-RADS 4A.
RT BREAST: STABLE BENIGN CYSTS. BI-RADS 2.
SUGGEST US GUIDED CORE BIOPSY OF THE LT NODULE.""",
     overall="4A", cats="L4A R2", f=["mass L p", "mass R p s"]),
dict(setting="Thai university hospital (Siriraj, Bangkok), mammography + ultrasound, translated from Thai",
     form="negated category 'No feature suggestive of category 5' before 'BI-RADS 4B'; oil cyst with eggshell calcification",
     text="""Conclusion (translated from Thai):
1. Left breast, irregular hypoechoic mass at 2 o'clock, size 1.3 cm, with echogenic halo. No feature suggestive of category 5. BI-RADS 4B.
2. Right breast, oil cyst at 9 o'clock with eggshell calcification, benign. BI-RADS 2.
3. No abnormal lymph node at both axillae.""",
     overall="4B", cats="L4B R2", f=["mass L p", "mass R p", "calc R p m:rim", "ln B a"]),
dict(setting="Brazilian private laboratory chain (Sao Paulo), mammography, translated from Portuguese",
     form="'probably benign' words before the number; 'Category: right breast BI-RADS 3 / left breast BI-RADS 1'",
     text="""CONCLUSION (translated from Portuguese):
Right breast: grouped punctate calcifications in the upper outer quadrant, 4 mm, first examination with no prior for comparison - probably benign.
Left breast: no mass, no suspicious calcifications.
Category: right breast BI-RADS 3 / left breast BI-RADS 1.
Control mammography of the right breast in 6 months.""",
     overall="3", cats="R3 L1", f=["calc R p m:punctate d:grouped", "mass L a", "calc L a"]),
dict(setting="Argentine university hospital (Buenos Aires), breast ultrasound, translated from Spanish",
     form="per-nodule categories, then a 'Final assessment' for the left that is higher than the nodule's, with the reason written",
     text="""CONCLUSIONS (translated):
Nodule 1 - right breast, 10 o'clock: oval, circumscribed, 8 mm, no change compared to 2022. BI-RADS 2.
Nodule 2 - left breast, 5 o'clock: round, circumscribed, 6 mm, new since 2022. BI-RADS 3.
Final assessment: BI-RADS 4A for the left breast. Although nodule 2 looks probably benign, it is a new solid nodule in a BRCA2 carrier and biopsy is advised.""",
     overall="4A", cats="R2 L3 L4A", f=["mass R p s", "mass L p"]),
dict(setting="Mexican private hospital (Mexico City), mammography with tomosynthesis + ultrasound, translated from Spanish",
     form="side in brackets after the number 'BI-RADS 4B (left); BI-RADS 1 (right)'; three absent kinds on the right",
     text="""IMPRESSION (translated from Spanish):
Architectural distortion in the upper inner quadrant of the left breast, seen on tomosynthesis, without a sonographic correlate.
Right breast without masses, calcifications or distortion.
BI-RADS 4B (left); BI-RADS 1 (right).
Tomosynthesis-guided biopsy is suggested.""",
     overall="4B", cats="L4B R1", f=["ad L p", "mass R a", "calc R a", "ad R a"]),
dict(setting="Nigerian teaching hospital (LUTH, Lagos), breast ultrasound",
     form="dash list of findings, then one line for both 'BIRADS 3 bilaterally'; plural masses one finding",
     text="""IMPRESSION:
- Bilateral multiple well circumscribed oval hypoechoic masses, the largest 2.1 cm in the right 9 o'clock, in keeping with fibroadenomas.
- No axillary lymphadenopathy.
BIRADS 3 bilaterally. Follow up scan in 6 months advised.""",
     overall="3", cats="B3", f=["mass B p", "ln B a"]),
dict(setting="Kenyan private hospital (Nairobi), diagnostic mammography",
     form="old category of the same calcifications in a comparison clause; typo 'calcificatons'; 'BI-RADS: Right 2, Left 4B'",
     text="""IMPRESSION:
Interval increase in the number of left breast calcificatons in the central region, now fine pleomorphic in a linear distribution over 15 mm; the group was BI-RADS 2 on the 2023 study.
Right breast: stable benign vascular calcifications.
BI-RADS: Right 2, Left 4B.
Stereotactic biopsy recommended.""",
     overall="4B", cats="R2 L4B", f=["calc L p m:fine_pleomorphic d:linear", "calc R p s m:vascular"]),
dict(setting="Ghanaian teaching hospital (Korle Bu, Accra), breast ultrasound, all-caps side headings",
     form="'Benign.' / 'Negative.' words with no number anywhere -> overall null",
     text="""IMPRESSION:
RIGHT BREAST: Benign. Simple cyst 9 mm at 12 o'clock.
LEFT BREAST: Negative. No solid or cystic mass seen.
No suspicious axillary nodes bilaterally.
Routine follow up.""",
     overall=None, cats="", f=["mass R p", "mass L a", "ln B a"]),
dict(setting="Egyptian private radiology centre (Cairo), mammography + ultrasound",
     form="'Opinion:' per-lesion categories with arrows 'Lesion 1 (Lt UOQ): ... -> BIRADS 5'; two lesions in one breast",
     text="""Opinion:
Lesion 1 (Lt UOQ): irregular spiculated mass 2.3 cm with associated pleomorphic microcalcifications -> BIRADS 5.
Lesion 2 (Lt 9 o'clock): simple cyst 7 mm -> BIRADS 2.
Lesion 3 (Rt 6 o'clock): oval circumscribed hypoechoic nodule 9 mm, likely fibroadenoma -> BIRADS 3.
Lt axillary LN with thickened cortex (5 mm).""",
     overall="5", cats="L5 L2 R3", f=["mass L p", "calc L p m:fine_pleomorphic", "mass L p", "mass R p", "ln L p"]),
dict(setting="Jordanian cancer centre (Amman), staging mammography + ultrasound",
     form="known cancer 'BI-RADS 6' with nodes; clip not a finding; 'Left breast: ... BI-RADS 1.'",
     text="""IMPRESSION:
Known biopsy-proven invasive ductal carcinoma, right breast 10 o'clock: 2.6 cm irregular mass with the biopsy clip in place, and two enlarged right axillary lymph nodes. BI-RADS 6.
Left breast: no sonographic or mammographic abnormality. BI-RADS 1.
For MDT discussion.""",
     overall="6", cats="R6 L1", f=["mass R p", "ln R p"]),
dict(setting="Lebanese university medical centre (Beirut), screening mammography with recall",
     form="stated 'Overall: BI-RADS 0' after 'Right ... BI-RADS 3' and 'Left ... BI-RADS 0'; questionable asymmetry",
     text="""IMPRESSION:
Right breast: 8 mm circumscribed oval mass at 7 o'clock, new compared to 2023, probably benign fibroadenoma. BI-RADS 3.
Left breast: questionable asymmetry in the upper outer quadrant on the MLO view only. Spot compression views are needed. BI-RADS 0.
Overall: BI-RADS 0.""",
     overall="0", cats="R3 L0", f=["mass R p", "asym L q"]),
dict(setting="Iranian private imaging centre (Tehran), breast ultrasound, translated from Persian",
     form="addendum lowers the left from 4A to 3 after outside priors; right restated; duct ectasia -> other",
     text="""Conclusion (translated from Persian):
Left breast: 9 mm hypoechoic nodule with indistinct margin at 2 o'clock. BI-RADS 4A.
Right breast: duct ectasia in the subareolar region, no intraductal mass. BI-RADS 2.
Addendum: After review of the outside ultrasound from 2022, the left 2 o'clock nodule is unchanged in size and shape. The left breast category is changed to BI-RADS 3 with follow-up in 6 months. The right breast category is not changed (BI-RADS 2).""",
     overall="3", cats="L3 R2", f=["mass L p s", "other R p", "mass R a"]),
dict(setting="Turkish university hospital (Ankara), mammography, translated from Turkish",
     form="'BI-RADS: right 1; left 4C' semicolon row last; absent kinds accompanying the calcifications",
     text="""SONUC / CONCLUSION (translated from Turkish):
In the left breast upper outer quadrant, segmental fine linear branching microcalcifications over 4 cm. No mass or distortion accompanying them. No pathological lymph node in the left axilla.
Right breast: normal.
BI-RADS: right 1; left 4C.""",
     overall="4C", cats="R1 L4C", f=["calc L p m:fine_linear d:segmental", "mass L a", "ad L a", "ln L a"]),
dict(setting="Greek private diagnostic centre (Athens), mammography + ultrasound",
     form="typo 'fibroadenomma'; recommendation line restates '(left breast, BI-RADS 3)'; stable lesion",
     text="""IMPRESSION: Right breast: stable involuting fibroadenomma with coarse calcifications at 10 o'clock, unchanged since 2019 - BI-RADS 2.
Left breast: new 7 mm oval mass with circumscribed margins at 3 o'clock, probably benign - BI-RADS 3.
RECOMMENDATION: Ultrasound follow-up in 6 months (left breast, BI-RADS 3); routine mammography in one year.""",
     overall="3", cats="R2 L3", f=["mass R p s", "calc R p s m:coarse", "mass L p"]),
dict(setting="Italian private clinic (Milan), mammography with tomosynthesis, translated from Italian",
     form="'BI-RADS 3 on the right and 4B on the left' in one clause after the descriptions",
     text="""CONCLUSIONS (translated from Italian):
Right breast: cluster of round and punctate microcalcifications in the lower outer quadrant, 5 mm, unchanged from 2023.
Left breast: area of architectural distortion at the junction of the upper quadrants, new, visible on tomosynthesis.
BI-RADS 3 on the right and 4B on the left.""",
     overall="4B", cats="R3 L4B", f=["calc R p s m:punctate,round d:grouped", "ad L p"]),
dict(setting="Dutch teaching hospital (Rotterdam), mammography + ultrasound, translated from Dutch",
     form="Dutch side words with English twins 'BI-RADS rechts (right) 2 / links (left) 4'; US area = the asymmetry (one finding)",
     text="""CONCLUSIE / CONCLUSION (translated from Dutch):
Left breast: new focal asymmetry at 12 o'clock, posterior third, persisting on spot compression; on ultrasound a 7 mm hypoechoic area corresponds to it.
Right breast: a few benign round calcifications, unchanged.
BI-RADS rechts (right) 2 / links (left) 4.
Ultrasound-guided biopsy left.""",
     overall="4", cats="R2 L4", f=["asym L p", "calc R p s m:round"]),
dict(setting="Norwegian screening programme (BreastScreen Norway, Oslo), translated from Norwegian",
     form="finding list first, then 'Both breasts: BI-RADS 2.'; 'No signs of malignancy' names no kind",
     text="""Conclusion (translated from Norwegian):
Bilateral oil cysts after reduction mammoplasty, some with rim calcification, unchanged since 2021.
Normal intramammary lymph node in the right upper outer quadrant, unchanged.
No signs of malignancy.
Both breasts: BI-RADS 2.""",
     overall="2", cats="B2", f=["mass B p s", "calc B p s m:rim", "ln R p s"]),
dict(setting="US community hospital (Springfield, Missouri), diagnostic mammography, voice recognition",
     form="dictation slip 'Write breast' (right); category with its words 'BI-RADS 3: Probably benign.'",
     text="""IMPRESSION:
1. Write breast 8 o'clock 6 mm oval circumscribed mass, likely a fibroadenoma. BI-RADS 3: Probably benign.
2. Left breast: No mammographic evidence of malignancy. BI-RADS 1: Negative.
RECOMMENDATION: Right breast diagnostic ultrasound in 6 months.""",
     overall="3", cats="R3 L1", f=["mass R p"]),
dict(setting="US health system (New Orleans, Louisiana), diagnostic ultrasound",
     form="three sites with their own categories 'Site 1 (L 12:00 ...)'; overall left to the reader; absent left nodes",
     text="""IMPRESSION:
Site 1 (L 12:00, 5 cmFN): 15 mm irregular mass, spiculated margins, posterior shadowing. BI-RADS 5.
Site 2 (L 3:00, 2 cmFN): 4 mm simple cyst. BI-RADS 2.
Site 3 (R 7:00, 4 cmFN): 6 mm oval parallel circumscribed hypoechoic mass. BI-RADS 3.
Left axilla: no abnormal lymph nodes.
Recommend US-guided biopsy of site 1.""",
     overall="5", cats="L5 L2 R3", f=["mass L p", "mass L p", "mass R p", "ln L a"]),
dict(setting="US academic breast center (Houston, Texas), second-opinion review + ultrasound",
     form="outside report's category for the same lesion ('assessed BI-RADS 4A on the outside report') not today's; 'Final assessment: left BI-RADS 3, right BI-RADS 1'",
     text="""IMPRESSION: Second opinion review of outside diagnostic imaging (04/2025) with repeat ultrasound today.
The left 10:00 mass that was assessed BI-RADS 4A on the outside report measures 7 mm, is oval, parallel and circumscribed, and is most consistent with a fibroadenoma. We assess it as BI-RADS 3.
Right breast: no suspicious abnormality; BI-RADS 1.
Final assessment: left BI-RADS 3, right BI-RADS 1.""",
     overall="3", cats="L3 R1", f=["mass L p"]),
dict(setting="US military treatment facility (Naval Medical Center San Diego), screening mammography",
     form="findings absent only, then 'ASSESSMENT: BI-RADS 1 - Negative, bilateral.'",
     text="""IMPRESSION:
No suspicious mass, calcifications or architectural distortion in either breast.
No axillary adenopathy.
ASSESSMENT: BI-RADS 1 - Negative, bilateral.
Next screening mammogram in 1 year.""",
     overall="1", cats="B1", f=["mass B a", "calc B a", "ad B a", "ln B a"]),
dict(setting="UK NHS symptomatic breast clinic (Bristol), triple assessment",
     form="'R - M2 U2, BI-RADS 2 (...) / L - M4 U4, BI-RADS 4B (...)' slash with RCR scores beside BI-RADS",
     text="""OPINION: R - M2 U2, BI-RADS 2 (benign cyst 10 o'clock, 11 mm) / L - M4 U4, BI-RADS 4B (ill-defined hypoechoic mass 3 o'clock, 9 mm, correlating with the mammographic mass at the palpable site).
Core biopsy L performed, 14G x3.""",
     overall="4B", cats="R2 L4B", f=["mass R p", "mass L p"]),
dict(setting="Australian BreastScreen assessment service (BreastScreen NSW, Westmead)",
     form="'Benign' and 'not recalled' words; only 'BI-RADS 2 right' written -> left not in by_breast",
     text="""ASSESSMENT OUTCOME:
Right: recalled calcifications 6 mm UOQ - on magnification views these are dystrophic calcifications. Benign, return to routine screening.
Left: not recalled.
BI-RADS 2 right.""",
     overall="2", cats="R2", f=["calc R p m:dystrophic"]),
dict(setting="Indian private hospital (Pune), breast ultrasound, typed from dictation",
     form="typos 'microcalcificatons', 'thickned', 'lymphnodes'; last line 'Rt - BIRADS 2 ; Lt - BIRADS 5'",
     text="""IMPRESSION:
Lt breast - ill defined irregular hypoechoic mass at 12-1 o'clock measuring 2.4 x 1.9 cm with spiculated margins and internal microcalcificatons; skin over it appears thickned. Lt axillary lymphnodes with loss of fatty hilum, largest 1.8 cm.
Rt breast - tiny simple cyst at 9 o'clock.
Rt - BIRADS 2 ; Lt - BIRADS 5""",
     overall="5", cats="R2 L5", f=["mass L p", "calc L p", "skin L p", "ln L p", "mass R p"]),
dict(setting="US academic medical center (Ann Arbor, Michigan), surveillance mammography after lumpectomy",
     form="old 'initial BI-RADS 3 assessment' of the same mass; negated 'No findings that would warrant BI-RADS 4 or higher'; 'BI-RADS 2: Benign, bilateral.'",
     text="""IMPRESSION:
1. Right breast 2:00 oval circumscribed mass, 5 mm, stable for 2 years since the initial BI-RADS 3 assessment, now considered benign.
2. Left breast post-lumpectomy changes, stable.
3. No findings that would warrant BI-RADS 4 or higher in either breast.
BI-RADS 2: Benign, bilateral.""",
     overall="2", cats="B2", f=["mass R p s", "other L p s"]),
]
