# held_out_35 impressions: text, categories ("R4A L2"; B = both), overall by hand, findings codes (see common.py)
ITEMS = []


def add(id, setting, form, text, cats, overall, f):
    ITEMS.append(dict(id=id, setting=setting, form=form, text=text, cats=cats, overall=overall, f=f))


add("imp35_001", "US academic breast center (Madison, Wisconsin), diagnostic ultrasound, voice recognition",
    "speech slip 'Bi rads for a' (4A) closing a numbered right item; 'BI-RADS 2' closing the left item",
    "IMPRESSION:\n1. Right breast 11 o'clock, 4 cm from the nipple: 8 mm irregular hypoechoic mass with indistinct margins, "
    "not parallel. Bi rads for a, low suspicion for malignancy.\n2. Left breast 2 o'clock: 6 mm simple cyst. BI-RADS 2.\n"
    "RECOMMENDATION: Ultrasound-guided core needle biopsy of the right breast mass. Scheduling has been notified.",
    "R4A L2", "4A", ["mass R p", "mass L p"])

add("imp35_002", "US academic breast center (Seattle, Washington), diagnostic mammography with spot compression, voice recognition",
    "speech slip 'BI-RADS to' (2) for the right; 'BI-RADS 0' for the left pending ultrasound",
    "IMPRESSION:\nRight breast: Grouped coarse calcifications in the upper outer quadrant are unchanged since 2021. "
    "BI-RADS to, benign.\nLeft breast: A new 7 mm focal asymmetry at 12 o'clock, middle depth, persists on spot "
    "compression views. Targeted left breast ultrasound could not be performed today. BI-RADS 0, incomplete.\n"
    "Patient will return for ultrasound on the next available date.",
    "R2 L0", "0", ["calc R p s m:coarse d:grouped", "asym L p"])

add("imp35_003", "US mobile screening van (mobile mammography coach, rural southwest Georgia), read at the hub",
    "speech slip 'lift breast' (left) in the category line; 'Write breast' slip with 'BI-RADS 1'",
    "SCREENING MAMMOGRAM BILATERAL - MOBILE UNIT 2 (site: Albany Community Health Fair)\n"
    "IMPRESSION: Possible mass in the lift breast upper outer quadrant, seen on the CC view only. No suspicious "
    "calcifications in either breast.\nBI-RADS 0 lift breast: incomplete, needs additional imaging evaluation.\n"
    "Write breast: negative. BI-RADS 1.\nThe patient will be called back for diagnostic mammogram and ultrasound of the "
    "lift breast.",
    "L0 R1", "0", ["mass L q", "calc B a"])

add("imp35_004", "US Indian Health Service hospital (Gallup Indian Medical Center, New Mexico), diagnostic ultrasound, voice recognition",
    "speech slip 'birads 3 write breast' (right) and 'birads 2 left breast' side after the number, lower case",
    "IMPRESSION:\nOval circumscribed hypoechoic mass write breast 7 o'clock, 2 cm from the nipple, 9 x 5 x 6 mm, parallel, "
    "likely fibroadenoma. birads 3 write breast.\nSimple cyst left breast 3 o'clock, 5 mm. birads 2 left breast.\n"
    "Recommend follow up ultrasound of the write breast in 6 months. Results discussed with patient and PHN.",
    "R3 L2", "3", ["mass R p", "mass L p"])

add("imp35_005", "Mexican private hospital (Guadalajara), breast ultrasound, translated from Spanish",
    "category written as a word only 'category four' / 'category one' under an 'ACR BI-RADS' heading",
    "CONCLUSION:\nRight breast: solid nodule at 10 o'clock, 12 x 9 mm, irregular, with microlobulated margins and not "
    "parallel to the skin.\nLeft breast: no nodules or cysts are identified.\nNo axillary adenopathy on either side.\n"
    "Classification (ACR BI-RADS):\nRight breast: category four.\nLeft breast: category one.\n"
    "Suggestion: histological study of the right nodule.",
    "R4 L1", "4", ["mass R p", "mass L a", "ln B a"])

add("imp35_006", "Brazilian private diagnostic clinic (Belo Horizonte), mammography report form, translated from Portuguese",
    "checkbox list per side '[ ] 1 [x] 2 ...' / '[ ] 3 [x] 4 [ ] 5'",
    "CONCLUSION\nRight breast: round calcifications, scattered, of benign aspect.\nLeft breast: irregular nodule with "
    "indistinct margins in the upper outer quadrant, measuring 11 mm, not seen in the 2023 exam.\n"
    "BI-RADS category (ACR, 5th ed.):\nRight breast:  [ ] 0  [ ] 1  [x] 2  [ ] 3  [ ] 4  [ ] 5  [ ] 6\n"
    "Left breast:   [ ] 0  [ ] 1  [ ] 2  [ ] 3  [x] 4  [ ] 5  [ ] 6\nHistological study of the left nodule is suggested.",
    "R2 L4", "4", ["calc R p m:round d:diffuse", "mass L p"])

add("imp35_007", "Argentine private imaging centre (Cordoba), mammography + ultrasound, translated from Spanish",
    "category per side only in a coded tail line 'R:BI-RADS-2 | L:BI-RADS-4B'",
    "CONCLUSION:\nRight breast: multiple simple cysts, the largest of 11 mm at 9 o'clock.\nLeft breast: group of "
    "amorphous microcalcifications in the upper outer quadrant, extending over 6 mm, new compared with 2024. No "
    "associated nodule.\nStereotactic vacuum biopsy of the left breast is suggested.\n"
    "R:BI-RADS-2 | L:BI-RADS-4B",
    "R2 L4B", "4B", ["mass R p", "calc L p m:amorphous d:grouped", "mass L a"])

add("imp35_008", "Peruvian private clinic (Lima), screening mammography with addendum, translated from Spanish",
    "addendum after spot magnification views changes the right from 0 to 4B; left 1 unchanged",
    "IMPRESSION:\nRight breast: asymmetry in the upper inner quadrant, visible only in the craniocaudal projection. "
    "BI-RADS 0. Complementary views are required.\nLeft breast: no findings. BI-RADS 1.\n\n"
    "ADDENDUM (spot magnification views of the right breast, 14/03/2025):\nThe asymmetry persists on compression and "
    "contains a small group of fine pleomorphic microcalcifications spanning 5 mm. The right breast is reclassified as "
    "BI-RADS 4B. Stereotactic biopsy is recommended. The left breast remains BI-RADS 1.",
    "R4B L1", "4B", ["asym R p", "calc R p m:fine_pleomorphic d:grouped"])

add("imp35_009", "Irish symptomatic breast unit (Cork University Hospital), left mammography after right mastectomy",
    "category stated for the left only; right 'post-mastectomy, not imaged'",
    "LEFT MAMMOGRAM\nIMPRESSION:\nRight: post-mastectomy (2019), not imaged.\nLeft: benign-appearing calcifications, "
    "stable since 2022. No suspicious mass.\nBI-RADS 2 left.\nReturn to annual surveillance mammography.",
    "L2", "2", ["calc L p s", "mass L a"])

add("imp35_010", "Northern Ireland symptomatic breast clinic (Belfast City Hospital), triple assessment",
    "RCR scores alone (M1 U1 / M5 U5, node U4), no BI-RADS -> overall null",
    "CONCLUSION:\nR: M1 U1.\nL: M5 U5 - 18 mm spiculated mass at 10 o'clock, 6 cm FN.\nL axilla: one node with a "
    "thickened cortex (4 mm) - U4.\nUS guided core biopsy of the mass and FNA of the node done today. Results to the "
    "breast MDM on Thursday.",
    "", None, ["mass L p", "ln L p"])

add("imp35_011", "New Zealand private radiology (Hamilton, Waikato), targeted left breast ultrasound",
    "category for the left only; right written as 'not imaged'",
    "US LEFT BREAST AND AXILLA (targeted to palpable lump)\nCONCLUSION:\nLeft 4 o'clock, 3 cm FN: 14 mm complicated "
    "cyst with low-level internal echoes, no solid component. BI-RADS 3 left.\nNo left axillary lymphadenopathy.\n"
    "Right breast: not imaged.\nRpt US 6/12. Pt informed.",
    "L3", "3", ["mass L p", "ln L a"])

add("imp35_012", "Kenyan private hospital (Aga Khan University Hospital, Nairobi), screening mammography",
    "conclusion 'BIRADS 0' for the left while the right is 'BIRADS 1'",
    "CONCLUSION:\nLeft breast: focal asymmetry in the upper outer quadrant, seen on the MLO view only. BIRADS 0 - "
    "further assessment with spot compression views and ultrasound is required.\nRight breast: normal. BIRADS 1.\n"
    "No suspicious microcalcifications in either breast.",
    "L0 R1", "0", ["asym L p", "calc B a"])

add("imp35_013", "Ghanaian teaching hospital (Korle Bu, Accra), breast ultrasound",
    "two lesions in the right breast with their own categories (a) 4C and (b) 3 -> right 4C",
    "IMPRESSION:\nRIGHT BREAST:\n(a) 10 o'clock irregular hypoechoic mass, 13 x 10 mm, non-parallel, with posterior "
    "acoustic shadowing - BIRADS 4C.\n(b) 6 o'clock oval circumscribed nodule, 7 mm, likely fibroadenoma - BIRADS 3.\n"
    "LEFT BREAST: Normal. BIRADS 1.\nAdvise US guided core biopsy of lesion (a).",
    "R4C R3 L1", "4C", ["mass R p", "mass R p"])

add("imp35_014", "Egyptian private radiology centre (Giza), breast ultrasound, one report per side",
    "side only in the exam title line above each 'Opinion:'",
    "US LEFT BREAST\nOpinion: Well-defined oval hypoechoic nodule at 3 o'clock, 12 x 7 mm, parallel, likely "
    "fibroadenoma. BIRADS 3.\n\nUS RIGHT BREAST\nOpinion: Few simple cysts, the largest 6 mm. No solid lesions. BIRADS 2.",
    "L3 R2", "3", ["mass L p", "mass R p", "mass R a"])

add("imp35_015", "Jordanian cancer centre (King Hussein Cancer Center, Amman), follow-up breast ultrasound",
    "negated category 'no BI-RADS 4 features' before 'BI-RADS 3' for the left; right 2",
    "IMPRESSION:\nLeft breast: the 9 mm oval circumscribed nodule at 1 o'clock is unchanged in size and appearance "
    "since March 2024; no BI-RADS 4 features (no angular margins, no shadowing, no internal vascularity). BI-RADS 3.\n"
    "Right breast: benign intramammary lymph node at 10 o'clock. BI-RADS 2.\nFollow-up ultrasound in 12 months.",
    "L3 R2", "3", ["mass L p s", "ln R p"])

add("imp35_016", "Iranian private imaging centre (Shiraz), breast ultrasound, translated from Persian",
    "prior category quoted from an outside report ('had classified ... as BI-RADS 4A') not today's",
    "IMPRESSION:\nThe outside report (another centre, 6 months ago) had classified the right breast nodule as "
    "BI-RADS 4A.\nOn today's examination the right 9 o'clock nodule, 8 mm, is oval, parallel and circumscribed without "
    "suspicious features. Right breast: BI-RADS 3.\nLeft breast: duct ectasia in the retroareolar region without "
    "intraductal mass. BI-RADS 2.\nFollow-up sonography in 6 months is advised.",
    "R3 L2", "3", ["mass R p", "other L p", "mass L a"])

add("imp35_017", "Turkish university hospital (Izmir), breast ultrasound, translated from Turkish",
    "typos 'lession', 'microcalsifications'; odd spacing 'BI-RADS  2 .' and a split letter 'BIRADS 4 B'",
    "RESULT :\nRight  breast : 2 simple cysts , largest 8 mm , BI-RADS  2 .\nLeft breast : at 1 o clock  irregular "
    "hypoechoic  lession 11x8 mm with internal microcalsifications , BIRADS 4 B .\nTru-cut biopsy is recommended for "
    "the left breast lession .",
    "R2 L4B", "4B", ["mass R p", "mass L p", "calc L p"])

add("imp35_018", "Indian private hospital (Kochi, Kerala), breast ultrasound, typed by the radiologist",
    "no space 'BIRADS3'; space before punctuation; unsided node negation 'bilaterally'",
    "IMPRESSION :\nRt breast - Fibroadenoma 20 x 15 mm at 10 o' clock , BIRADS3 .\nLt breast - Multiple small simple "
    "cysts , largest 5mm . BIRADS 2 .\nNo axillary lymphadenopathy bilaterally .\nAdv : follow up USG after 6 months / "
    "surgical opinion .",
    "R3 L2", "3", ["mass R p", "mass L p", "ln B a"])

add("imp35_019", "North Indian private diagnostic chain (New Delhi), mammography + ultrasound, typed",
    "typos 'architectual', 'distorsion', 'spiculatd'; 'BI RADS' with a space; 'Lt-BI RADS V , Rt-BI RADS I' roman with hyphens",
    "IMPRESSION:\n* Lt breast UOQ - spiculatd mass 22 x 18 mm with architectual distorsion and overlying skin "
    "thickening.\n* Enlarged Lt axillary lymph node with loss of fatty hilum.\n* Rt breast - no significant "
    "abnormality.\nLt-BI RADS V , Rt-BI RADS I\nAdv : USG guided biopsy .",
    "L5 R1", "5", ["mass L p", "ad L p", "skin L p", "ln L p"])

add("imp35_020", "Sri Lankan national cancer institute (Apeksha Hospital, Maharagama), mammography",
    "negated category 'no BI-RADS 5 features' before 'BI-RADS 4A'; odd spacing 'Rt  -  1'",
    "IMPRESSION:\nLeft breast: small cluster of amorphous microcalcifications in the upper outer quadrant, about 5 mm, "
    "with no associated mass or distortion. There are no BI-RADS 5 features.\nRight breast: no abnormality.\n"
    "BI-RADS category :  Rt  -  1 ,  Lt  -  4A\nStereotactic biopsy of the left breast calcifications is advised.",
    "R1 L4A", "4A", ["calc L p m:amorphous d:grouped", "mass L a", "ad L a"])

add("imp35_021", "Nepali private hospital (Kathmandu), bilateral breast ultrasound",
    "outside USG's 'BIRADS 4' for the same lump quoted (not today's); 'BIRADS 3' left / 'BIRADS 1' right",
    "USG BOTH BREASTS\nIMPRESSION:\nOutside USG (private clinic, Pokhara, 2 months back) was labelled BIRADS 4 for the "
    "left breast lump.\nToday: Left breast 2 o'clock complicated cyst 14 x 10 mm with fine internal echoes, no "
    "vascularity - BIRADS 3.\nRight breast: normal study - BIRADS 1.\nAdv: Repeat USG after 6 months.",
    "L3 R1", "3", ["mass L p"])

add("imp35_022", "Philippine private hospital (St. Luke's, Taguig), breast ultrasound",
    "two left lesions with different categories in numbered items (4A and 2) -> left 4A; 'BI-RADS 1' right item",
    "IMPRESSION:\n1. Left breast, 2 o'clock, 3 cm FN: Irregular hypoechoic nodule with angular margins, 0.8 x 0.6 cm. "
    "BI-RADS 4A.\n2. Left breast, 5 o'clock: Simple cyst, 0.4 cm. BI-RADS 2.\n3. Right breast: No sonographic "
    "abnormality. BI-RADS 1.\nSuggest ultrasound-guided core biopsy of the left 2 o'clock nodule.",
    "L4A L2 R1", "4A", ["mass L p", "mass L p"])

add("imp35_023", "Thai university hospital (Chiang Mai), screening mammography with addendum, translated from Thai",
    "addendum after magnification views lowers the left from 0 to 2; stable calcifications; right 1",
    "IMPRESSION:\nLeft breast: a group of indeterminate calcifications in the upper outer quadrant. BI-RADS 0, "
    "magnification views are needed.\nRight breast: BI-RADS 1.\n\nADDENDUM (magnification views, same day, and outside "
    "films of 2022):\nThe left calcifications are round and punctate, grouped, unchanged compared with the 2022 films. "
    "Left breast reassessed as BI-RADS 2. Routine annual screening.",
    "L2 R1", "2", ["calc L p s m:punctate,round d:grouped"])

add("imp35_024", "Singapore public hospital (National University Hospital), diagnostic mammography + ultrasound",
    "category per side only in a bracketed RIS code tail '[R] BIRADS-2 [L] BIRADS-4C'",
    "IMPRESSION:\nRight breast: stable 6 mm intramammary lymph node in the upper outer quadrant.\nLeft breast: 15 mm "
    "irregular mass at 11 o'clock with spiculated margins on tomosynthesis and posterior shadowing on ultrasound. "
    "No abnormal left axillary node.\nUS-guided biopsy booked.\n[R] BIRADS-2 [L] BIRADS-4C",
    "R2 L4C", "4C", ["ln R p s", "mass L p", "ln L a"])

add("imp35_025", "Hong Kong public hospital (Prince of Wales Hospital, Sha Tin), mammography + right breast ultrasound",
    "side only in the exam title line 'ULTRASOUND RIGHT BREAST' above an unsided 'BIRADS 4A'; mammogram 'BIRADS 1' for both",
    "MAMMOGRAM BOTH BREASTS\nImpression: No mass, suspicious calcification or architectural distortion in either "
    "breast. BIRADS 1.\n\nULTRASOUND RIGHT BREAST\nImpression: 7 mm irregular hypoechoic nodule at 8 o'clock, 5 cm "
    "from nipple, mammographically occult. BIRADS 4A. US guided core biopsy arranged.",
    "B1 R4A", "4A", ["mass B a", "calc B a", "ad B a", "mass R p"])

add("imp35_026", "Italian private clinic (Bologna), mammography with tomosynthesis, translated from Italian",
    "two right lesions with their own categories in brackets (5 and 3) -> right 5; left 2 with stable calcifications",
    "CONCLUSIONS:\nRight breast: two findings. In the upper outer quadrant a 7 mm nodule with spiculated margins "
    "(BI-RADS 5). In the lower inner quadrant a 5 mm oval circumscribed nodule (BI-RADS 3).\nLeft breast: scattered "
    "benign calcifications, unchanged compared with 2023 (BI-RADS 2).\nUltrasound-guided biopsy of the upper outer "
    "nodule is indicated.",
    "R5 R3 L2", "5", ["mass R p", "mass R p", "calc L p s d:diffuse"])

add("imp35_027", "Dutch general hospital (Utrecht), recall from the national screening programme, translated from Dutch",
    "screening programme's 'BI-RADS 0' quoted from the referral letter (not today's); 'BI-RADS 2' left, 'BI-RADS 1' right",
    "CONCLUSION:\nReferred from the population screening programme with BI-RADS 0 for the left breast (referral letter "
    "of 02-05-2025).\nLeft: the density at 2 o'clock corresponds to a 9 mm simple cyst on ultrasound. BI-RADS 2.\n"
    "Right: no abnormalities. BI-RADS 1.\nBack to the screening programme.",
    "L2 R1", "2", ["mass L p"])

add("imp35_028", "Swedish university hospital (Sahlgrenska, Gothenburg), mammography + ultrasound, translated from Swedish",
    "categories as words only 'category two' / 'category five' under an 'Assessment according to BI-RADS' heading",
    "ASSESSMENT ACCORDING TO BI-RADS:\nRight breast: 8 mm oval lymph node with fatty hilum in the axillary tail, benign "
    "finding, category two.\nLeft breast: 16 mm spiculated mass at 1 o'clock with retraction of the overlying skin, "
    "highly suspicious for malignancy, category five.\nUltrasound-guided core biopsy of the left breast is done today.",
    "R2 L5", "5", ["ln R p", "mass L p", "skin L p"])

add("imp35_029", "US mobile screening van (county health department mammography coach, eastern Kentucky), read remotely",
    "typos 'calcifcations', 'asymetry'; odd spacing and capitals ' BI-RADS  1  RIGHT ,  BI-RADS  2  LEFT'",
    "IMPRESSION:  Benign  appearing  calcifcations  left breast, unchanged since 2022.  No  suspicious  mass  or  "
    "asymetry  in either breast.\n BI-RADS  1  RIGHT ,  BI-RADS  2  LEFT\nRecommend annual screening mammogram "
    "(mobile unit returns in 12 months).",
    "R1 L2", "2", ["calc L p s", "mass B a", "asym B a"])

add("imp35_030", "US Indian Health Service facility (Alaska Native Medical Center, Anchorage), diagnostic mammography",
    "one breast 'post-mastectomy' (left); 'BI-RADS 0' for the right only",
    "RIGHT DIAGNOSTIC MAMMOGRAM\nIMPRESSION:\nLeft breast: status post mastectomy, not imaged.\nRight breast: 9 mm "
    "developing asymmetry in the lower inner quadrant, new since 2023, without a definite correlate on tomosynthesis. "
    "Right breast ultrasound to follow. BI-RADS 0 right.\nFindings discussed with the patient and her tribal health "
    "navigator.",
    "R0", "0", ["asym R p"])
