# Impressions for held_out_23. Each: s=setting, form=what it exercises, text, cats, extra, overall, density, f.
IMP = []


def I(s, form, text, cats="", overall=None, f=(), density=None, extra=""):
    IMP.append(dict(s=s, form=form, text=text, cats=cats, overall=overall, f=list(f), density=density, extra=extra))


# ---- batch 1: negative / benign one-liners
I("Irish BreastCheck (Dublin), screening result line", "'(BI-RADS 1 bilaterally)' in brackets after the result",
  "BreastCheck screening mammogram. Result: no evidence of malignancy; routine recall in 2 years. (BI-RADS 1 bilaterally)",
  "B1", "1")
I("Scottish screening (Edinburgh), benign one-liner", "'Both breasts BI-RADS 2' first; stable vascular calcification",
  "Impression: Both breasts BI-RADS 2. Bilateral vascular calcification only, unchanged since 2022.",
  "B2", "2", ["calc B p s m:vascular"])
I("New Zealand private radiology (Auckland), screening one-liner", "'Cat. 1 R and L'",
  "Impression: Normal bilateral screening mammogram - Cat. 1 R and L.",
  "B1", "1")
I("Ghanaian teaching hospital (Korle Bu, Accra), mammography", "roman 'BI-RADS I (both)'; two absent kinds 'in both breasts'",
  "IMPRESSION: Normal study. No mass or suspicious calcification seen in both breasts. BI-RADS I (both).",
  "B1", "1", ["mass B a", "calc B a"])
I("Indian private diagnostic chain (Bengaluru), mammography", "semicolon; 'BI-RADS 2 (L) / BI-RADS 1 (R)' side in brackets after",
  "Impression: Few benign appearing calcifications in left breast; right breast normal. BI-RADS 2 (L) / BI-RADS 1 (R).",
  "L2 R1", "2", ["calc L p"])
I("Filipino private hospital (Manila), ultrasound", "side after the category, 'Left breast unremarkable, BI-RADS 1'",
  "IMPRESSION: Simple cyst, right breast, 9 o'clock. BI-RADS 2 right breast. Left breast unremarkable, BI-RADS 1.",
  "R2 L1", "2", ["mass R p"])
I("Taiwanese hospital (Taipei), ultrasound, Taiwanese English", "'BI-RADS category 1 for bilateral breasts'; no kind named",
  "Impression: bilateral breast no obvious lesion, BI-RADS category 1 for bilateral breasts.",
  "B1", "1")
I("US VA medical center, teletype screening one-liner", "unsided 'BI-RADS 2' on a bilateral exam (untied, C1)",
  "BILATERAL SCREENING MAMMOGRAM - IMPRESSION: BENIGN. BI-RADS 2. Stable left intramammary lymph node.",
  "", "2", ["ln L p s"], extra="2")
I("Spanish-influenced English (Miami private centre), mammography", "'without evidence of', 'Category BI-RADS 2 bilateral'",
  "IMPRESSION: Mammography of both breasts without evidence of suspicious lesions. Benign calcifications scattered in both breasts. Category BI-RADS 2 bilateral.",
  "B2", "2", ["calc B p d:diffuse"])
I("Israeli HMO imaging institute (Tel Aviv), screening", "'Summary:' heading; density '(ACR C)'; 'BI-RADS 1 both sides'",
  "Summary: Dense breasts (ACR C). No suspicious findings. BI-RADS 1 both sides.",
  "B1", "1", density="c")
I("Omani tertiary hospital (Muscat), mammography", "'Right breast: BI-RADS 1. Left breast: BI-RADS 2 (...)'",
  "IMPRESSION: Right breast: BI-RADS 1. Left breast: BI-RADS 2 (stable oil cyst at 3 o'clock).",
  "R1 L2", "2", ["mass L p s"])
I("Qatari government hospital (Doha), benign-biopsy follow-up", "post benign biopsy, same lesion 'unchanged', clip not a finding",
  "IMPRESSION: Follow-up after US-guided biopsy of the right breast 10 o'clock mass (pathology: fibroadenoma, concordant). The mass is unchanged, clip in place. BI-RADS 2 right; left BI-RADS 1.",
  "R2 L1", "2", ["mass R p s"])

# ---- batch 2: UK RCR / Australian / NZ scores
I("Scottish symptomatic clinic (Aberdeen), mammography + ultrasound", "RCR only 'M1 U1' / 'M2 U2' per side -> overall null",
  "Conclusion: R breast M1 U1. L breast M2 U2 - simple cysts LUOQ, largest 11mm. Discharge to GP.",
  "", None, ["mass L p"])
I("Irish symptomatic unit (Dublin), triple assessment", "RCR only 'U5', 'M5', 'M1'; mammographic mass = US mass",
  "OPINION: Left 2 o'clock 15mm irregular hypoechoic mass with posterior shadowing - U5. Mammography M5: corresponding spiculated mass LUOQ. Right breast M1. Core biopsy performed today.",
  "", None, ["mass L p"])
I("New Zealand public hospital (Wellington), ultrasound", "RCR with BI-RADS in brackets per side",
  "IMPRESSION: Left breast M3 U4 (BI-RADS 4A) - 8mm indistinct hypoechoic mass 1 o'clock 3cm FN. Right breast M1 (BI-RADS 1).",
  "L4A R1", "4A", ["mass L p"])
I("Australian BreastScreen assessment service (Melbourne)", "Australian M/U grades only -> null; screen mass = US cyst",
  "Assessment summary: Right breast - imaging M3, US U2: benign-appearing 7 mm cyst at 10 o'clock corresponds to the screen-detected mass. Left breast - no abnormality. Return to biennial screening.",
  "", None, ["mass R p"])
I("English NHS screening assessment (Manchester)", "RCR only; 'cluster of pleomorphic microcalcification'",
  "Assessment: R 11 o'clock 6mm cluster of pleomorphic microcalcification, M4; no US correlate (U1). Stereotactic VAB arranged. Left M1.",
  "", None, ["calc R p m:fine_pleomorphic d:grouped"])
I("Irish BreastCheck first read (Cork)", "recall wording with RCR 'M3'; developing asymmetry",
  "BreastCheck first read: RECALL for assessment. Left breast developing asymmetry, upper inner quadrant, M3. Right breast normal (M1).",
  "", None, ["asym L p"])
I("New Zealand BreastScreen Aotearoa reader sheet", "reader grades 'Right M1. Left M3' with recall; new mass",
  "Screen reading: Right M1. Left M3 - new 10mm circumscribed mass L upper outer, not present 2022. Recall.",
  "", None, ["mass L p"])
I("Australian private radiology (Brisbane), ultrasound", "'M2 U2 both breasts; BI-RADS 2 bilaterally'",
  "Conclusion: Bilateral simple cysts, M2 U2 both breasts; BI-RADS 2 bilaterally.",
  "B2", "2", ["mass B p"])
I("Scottish breast unit (Glasgow), ultrasound", "'Right: U4 (BI-RADS 4B) ...' per side; abnormal node",
  "Impression: Right: U4 (BI-RADS 4B) 12mm irregular hypoechoic mass 10 o'clock with an abnormal level 1 axillary node (cortex 5mm). Left: U1 (BI-RADS 1).",
  "R4B L1", "4B", ["mass R p", "ln R p"])
I("English NHS screening (London), normal result", "'M1 both breasts' only; three absent kinds 'both breasts' scope",
  "Result: M1 both breasts. No mass, distortion or suspicious microcalcification in either breast. Normal results letter.",
  "", None, ["mass B a", "ad B a", "calc B a"])

# ---- batch 3: two-breast forms
I("Irish university hospital (Cork), diagnostic mammography", "'RIGHT BREAST:' / 'LEFT BREAST:' blocks, each with 'Assessment: BI-RADS n'",
  "Breast density: ACR b.\n\nRIGHT BREAST:\nIrregular spiculated mass at 11 o'clock, 18 mm. Overlying skin thickening.\nAssessment: BI-RADS 5.\n\nLEFT BREAST:\nNo mass, calcification or distortion.\nAssessment: BI-RADS 1.",
  "R5 L1", "5", ["mass R p", "skin R p", "mass L a", "calc L a", "ad L a"], density="b")
I("UAE private hospital (Dubai), bilateral ultrasound", "lettered lesions 'Lesion A (R 2:00, ...): ... BI-RADS 4B.'",
  "IMPRESSION:\nLesion A (R 2:00, 4 cm FN): 11 mm irregular hypoechoic mass, not parallel. BI-RADS 4B.\nLesion B (L 4:00): 6 mm oval circumscribed mass, likely fibroadenoma. BI-RADS 3.\nNo suspicious axillary lymph nodes bilaterally.",
  "R4B L3", "4B", ["mass R p", "mass L p", "ln B a"])
I("Israeli hospital (Haifa), mammography", "'BR4' / 'BR2' abbreviations after the side block",
  "Summary: R breast - cluster of amorphous calcifications UOQ, BR4. L breast - benign, BR2 (stable fibroadenoma). Stereotactic biopsy recommended on the right.",
  "R4 L2", "4", ["calc R p m:amorphous d:grouped", "mass L p s"])
I("Indian private diagnostic chain (Mumbai), ultrasound", "'Cat. 3' / 'Cat. 1' in a numbered list",
  "IMPRESSION:\n1. Well-defined hypoechoic lesion in left breast at 3 o'clock, 9 x 6 mm, likely fibroadenoma - Cat. 3.\n2. Right breast: Cat. 1.\nShort interval follow-up USG in 6 months.",
  "L3 R1", "3", ["mass L p"])
I("US Navy medical center (San Diego), voice recognition", "'Buy rads 4B' / 'buy rads 1' for BI-RADS",
  "IMPRESSION: 1. Right breast 1:00 group of fine pleomorphic calcifications spanning 8 mm. Buy rads 4B. 2. Left breast negative, buy rads 1. Recommend stereotactic biopsy right.",
  "R4B L1", "4B", ["calc R p m:fine_pleomorphic d:grouped"])
I("US VA medical center, voice-recognition ultrasound", "'Write breast' for right breast",
  "IMPRESSION: Write breast: 14 mm complicated cyst at 7 o'clock, BI-RADS 3, six-month follow-up ultrasound recommended. Left breast: no sonographic abnormality, BI-RADS 1.",
  "R3 L1", "3", ["mass R p"])
I("Filipino private hospital (Quezon City), hurried ultrasound dictation", "all lower case, 'rt'/'lt', 'birads 3', 'oclock'",
  "impression: rt breast 10 oclock 8mm oval circumscribed hypoechoic nodule, probably benign, birads 3. lt breast few simple cysts birads 2. f/u us 6 mos rt.",
  "R3 L2", "3", ["mass R p", "mass L p"])
I("Nigerian teaching hospital (Ibadan), ultrasound", "one sentence of semicolons, side labels inside",
  "IMPRESSION: Right breast: 25 mm irregular mass with spiculated margins at 10 o'clock, BI-RADS 5; right axillary lymphadenopathy; left breast: fibroadenoma at 2 o'clock, BI-RADS 3; no left axillary lymphadenopathy.",
  "R5 L3", "5", ["mass R p", "ln R p", "mass L p", "ln L a"])
I("Taiwanese hospital (Kaohsiung), ultrasound follow-up, Taiwanese English", "'Previous BI-RADS 3, now downgrade to BI-RADS 2'",
  "Impression: Compare with prior, the left breast 5mm nodule at 6 o'clock is no change in 2 years. Previous BI-RADS 3, now downgrade to BI-RADS 2 for left breast. Right breast BI-RADS 1.",
  "L2 R1", "2", ["mass L p s"])
I("US community hospital, screening callback", "'INCOMPLETE - CALLBACK', possible asymmetry, 'BI-RADS 0 right'",
  "IMPRESSION: INCOMPLETE - CALLBACK. Possible asymmetry in the right breast seen on the CC view only. BI-RADS 0 right. Left breast negative, BI-RADS 1.",
  "R0 L1", "0", ["asym R q"])
I("Qatari government hospital (Doha), mammography + ultrasound", "per-modality lines then 'Final combined assessment'; mammographic mass = US mass",
  "IMPRESSION:\nMammogram: Right breast BI-RADS 2 (benign calcifications). Left breast BI-RADS 0 (12 mm obscured mass, upper outer quadrant).\nUltrasound: the left mass corresponds to a 12 mm irregular hypoechoic mass at 2 o'clock - BI-RADS 4A.\nFinal combined assessment: BI-RADS 4A left, BI-RADS 2 right.",
  "R2 L0 L4A", "4A", ["calc R p", "mass L p"])
I("Israeli hospital (Jerusalem), benign-biopsy follow-up ultrasound", "6-month follow-up after benign core biopsy; biopsied lesion unchanged",
  "Summary: 6-month follow-up after benign core biopsy (fibrocystic change) of the left 3:00 lesion; the biopsied 8mm hypoechoic lesion is unchanged, clip in situ. BI-RADS 2 left. Right breast: no focal lesion, BI-RADS 1.",
  "L2 R1", "2", ["mass L p s"])
I("US VA medical center, post-lumpectomy surveillance", "one-breast title; history names the treated side; unsided category",
  "LEFT DIAGNOSTIC MAMMOGRAM\nHISTORY: Left lumpectomy and radiotherapy 2022 for IDC.\nIMPRESSION: Post-surgical scarring and dystrophic calcification at the lumpectomy site, stable. No evidence of recurrence. BI-RADS 2.",
  "L2", "2", ["other L p s", "calc L p s m:dystrophic"])
I("Indian private diagnostic chain (Chennai), post-conservation surveillance", "history names the right side; per-side lines",
  "History: Right breast conservation surgery 2021.\nIMPRESSION: Right breast: stable post-operative scar at the lumpectomy site; no suspicious mass - BI-RADS 2. Left breast: BI-RADS 1.",
  "R2 L1", "2", ["other R p s", "mass R a"])
I("Ghanaian teaching hospital (Kumasi), ultrasound", "'BI-RADS category four' / 'category one' in words",
  "IMPRESSION: Irregular hypoechoic mass in the left breast at 1 o'clock measuring 2.1 x 1.6 cm with an enlarged left axillary lymph node - BI-RADS category four. Right breast - BI-RADS category one.",
  "L4 R1", "4", ["mass L p", "ln L p"])
I("Filipino private hospital (Cebu), mammography", "'BI RADS-0 left' / 'BI RADS-1'",
  "IMPRESSION: Incomplete. Architectural distortion, left breast upper outer quadrant, seen on the MLO view. BI RADS-0 left. For spot compression and ultrasound. Right breast negative, BI RADS-1.",
  "L0 R1", "0", ["ad L p"])
I("Nigerian federal medical centre (Abuja), bilateral ultrasound", "'RIGHT BREAST:' / 'LEFT BREAST:' blocks closing with 'BIRADS n.'",
  "BILATERAL BREAST ULTRASOUND\nRIGHT BREAST: Normal fibroglandular echotexture. No focal mass. BIRADS 1.\nLEFT BREAST: Multiple simple cysts, largest 15mm at 2 o'clock. Intramammary lymph node at 3 o'clock. BIRADS 2.",
  "R1 L2", "2", ["mass R a", "mass L p", "ln L p"])
I("Taiwanese hospital (Taichung), ultrasound, Taiwanese English", "semicolons; 'C/S (complicated cyst)'",
  "Impression: Right breast C/S (complicated cyst) at 9 o'clock, 0.8 cm, BI-RADS 3; left breast several simple cysts, BI-RADS 2; suggest follow up sonography 6 months later.",
  "R3 L2", "3", ["mass R p", "mass L p"])
I("Spanish-influenced English (Texas border clinic), ultrasound", "'Nodule in the right breast of 14 mm', 'union of upper quadrants'",
  "IMPRESSION: Nodule in the right breast of 14 mm, oval, of circumscribed margins, in the union of upper quadrants, probably benign. BI-RADS 3 right breast. Left breast without findings, BI-RADS 1.",
  "R3 L1", "3", ["mass R p"])
I("Omani tertiary hospital (Muscat), mammography", "density in words + letter; 'BI-RADS 2 for both breasts'",
  "IMPRESSION: Bilateral heterogeneously dense breasts (ACR C) which may lower sensitivity. Bilateral scattered punctate calcifications, benign. BI-RADS 2 for both breasts. Supplemental ultrasound advised.",
  "B2", "2", ["calc B p m:punctate d:diffuse"], density="c")

# ---- batch 4: more two-breast forms
I("Indian private diagnostic chain (Hyderabad), ultrasound", "'Lesion 1 - / Lesion 2 - / Lesion 3 -' each with a category; two on the right",
  "IMPRESSION:\nLesion 1 - Right breast 10 o'clock, 2.3 cm irregular mass with microlobulated margins: BI-RADS 4C.\nLesion 2 - Right breast 12 o'clock, 6 mm satellite nodule: BI-RADS 4A.\nLesion 3 - Left breast 3 o'clock, 1 cm fibroadenoma: BI-RADS 2.\nBilateral axillae: normal.",
  "R4C R4A L2", "4C", ["mass R p", "mass R p", "mass L p"])
I("US VA medical center, hurried lower-case dictation", "'(left, bi-rads 4a)' side inside the bracket; 'w/', 'FA', 'bx'",
  "impression:  left 2 o'clock 9 mm irregular mass w/ indistinct margins (left, bi-rads 4a). right breast benign stable FA (bi-rads 2). us-guided core bx left recommended.",
  "L4A R2", "4A", ["mass L p", "mass R p s"])
I("Scottish screening (Dundee), semicolons", "semicolon list ending 'BI-RADS 2 bilateral'",
  "Impression: No mammographic evidence of malignancy; stable bilateral benign calcification; BI-RADS 2 bilateral.",
  "B2", "2", ["calc B p s"])
I("Ghanaian private clinic (Accra), mammography + ultrasound", "per-modality lines then 'CONCLUSION: BI-RADS 4B (left)'",
  "MAMMOGRAPHY: Benign calcifications in both breasts, BI-RADS 2 bilaterally.\nULTRASOUND: Right breast simple cyst at 8 o'clock, BI-RADS 2. Left breast 12 mm hypoechoic solid nodule with angular margins at 2 o'clock, BI-RADS 4B.\nCONCLUSION: BI-RADS 4B (left).",
  "B2 R2 L4B L4B", "4B", ["calc B p", "mass R p", "mass L p"])
I("US Army medical center (Landstuhl, Germany), voice recognition", "'Lift breast' for left breast",
  "IMPRESSION: Lift breast: 7 mm group of amorphous calcifications at 3 o'clock middle depth, new since 2024. BI-RADS 4A, stereotactic biopsy recommended. Right breast: BI-RADS 1, negative.",
  "L4A R1", "4A", ["calc L p m:amorphous d:grouped"])
I("Nigerian private hospital (Lagos), hurried lower-case ultrasound", "'bilat breast us -', 'birads 4b', 'no ax LAD'",
  "impression: bilat breast us - rt 3 o'c 1.2cm complex cystic & solid mass birads 4b; lt fibroadenoma 8mm 2 o'c birads 3; no ax LAD.",
  "R4B L3", "4B", ["mass R p", "mass L p", "ln B a"])
I("New Zealand private radiology (Christchurch), ultrasound", "words + number 'probably benign (BI-RADS 3):' per side with dashes",
  "Conclusion: Right breast - probably benign (BI-RADS 3): 6mm oval nodule 8 o'clock. Left breast - suspicious (BI-RADS 4A): 9mm irregular hypoechoic mass with posterior shadowing at 1 o'clock. Ultrasound-guided biopsy arranged.",
  "R3 L4A", "4A", ["mass R p", "mass L p"])
I("Israeli HMO imaging institute (Beer Sheva), post-treatment surveillance", "history names right; new left calcifications, 'BI-RADS 4B left'",
  "History: Right lumpectomy + RT 2020.\nSummary: Stable post-treatment changes and stable skin thickening in the right breast. New 5mm cluster of fine linear calcifications left breast 2:00 - BI-RADS 4B left. Right breast BI-RADS 2.",
  "L4B R2", "4B", ["other R p s", "skin R p s", "calc L p m:fine_linear d:grouped"])
I("Qatari private hospital (Doha), ultrasound", "'BI-RADS 3 for both breasts' after bilateral masses",
  "IMPRESSION: Multiple bilateral circumscribed oval masses, largest 13 mm right 10 o'clock, likely fibroadenomas. BI-RADS 3 for both breasts; 6-month follow-up.",
  "B3", "3", ["mass B p"])
I("Omani regional hospital (Sohar), screening recall", "possible asymmetry; 'recall for additional views and ultrasound, BI-RADS 0' inside the right line",
  "IMPRESSION: Right breast: possible focal asymmetry at 12 o'clock, posterior depth - recall for additional views and ultrasound, BI-RADS 0. Left breast: benign, BI-RADS 2 - stable lymph node in the axillary tail.",
  "R0 L2", "0", ["asym R q", "ln L p s"])
I("Spanish-influenced English (Puerto Rico), mammography", "'Category BI-RADS 4C.' per side; 'upper external quadrant'",
  "IMPRESSION:\nRight breast: Pleomorphic microcalcifications in the upper external quadrant, of segmental distribution. Category BI-RADS 4C.\nLeft breast: Without pathological findings. Category BI-RADS 1.",
  "R4C L1", "4C", ["calc R p m:fine_pleomorphic d:segmental"])
I("Taiwanese medical center (Taipei), ultrasound, Taiwanese English", "numbered list; item 3 'Bilateral ... lymph nodes, BI-RADS 2'",
  "Impression:\n1. Right breast, 10 o'clock, 1.5 cm irregular hypoechoic nodule with angular margin, BI-RADS 4C, suggest core needle biopsy.\n2. Left breast fibroadenoma, 0.9 cm, BI-RADS 3.\n3. Bilateral axillary reactive lymph nodes, BI-RADS 2.",
  "R4C L3 B2", "4C", ["mass R p", "mass L p", "ln B p"])
I("Irish university hospital (Galway), symptomatic", "known cancer 'BI-RADS 6'; 'either breast' with no kind word",
  "Impression: Known right breast carcinoma at 10 o'clock (biopsy proven): 22 mm irregular mass, BI-RADS 6. No additional lesion in either breast. Left breast BI-RADS 1.",
  "R6 L1", "6", ["mass R p"])
I("US VA medical center, mammography + ultrasound", "'Mammography: BI-RADS 2 bilaterally' + US line + 'Overall: BI-RADS 3, left breast'",
  "Mammography: BI-RADS 2 bilaterally.\nUltrasound: Left 7 o'clock 8 mm oval parallel hypoechoic mass, probably fibroadenoma, BI-RADS 3.\nOverall: BI-RADS 3, left breast; right breast BI-RADS 2.",
  "B2 L3 L3 R2", "3", ["mass L p"])
I("Nigerian university hospital (Port Harcourt), mammography", "'BIRADS 5' / 'BIRADS 2 (...)'; matted nodes",
  "IMPRESSION: Left breast malignancy: large irregular spiculated retroareolar mass with overlying skin thickening and matted left axillary nodes - BIRADS 5. Right breast: BIRADS 2 (benign calcifications).",
  "L5 R2", "5", ["mass L p", "skin L p", "ln L p", "calc R p"])
I("Filipino government hospital (Manila), screening", "'BI-RADS 1 bilaterally' after a sentence naming sides",
  "IMPRESSION: Fatty breasts (ACR A). No dominant mass, suspicious calcification or architectural distortion in either breast. BI-RADS 1 bilaterally.",
  "B1", "1", ["mass B a", "calc B a", "ad B a"], density="a")
I("UAE government hospital (Abu Dhabi), mammography", "'R: BI-RADS 3 / L: BI-RADS 1' slash row",
  "IMPRESSION: Right upper outer quadrant 6 mm focal asymmetry, not seen on the 2023 study. R: BI-RADS 3 / L: BI-RADS 1. Six-month follow-up of the right breast.",
  "R3 L1", "3", ["asym R p"])
I("Scottish symptomatic clinic (Inverness), ultrasound", "RCR 'U3 / BI-RADS 4A' slash; one-breast exam title",
  "RIGHT BREAST ULTRASOUND\nImpression: 9mm hypoechoic solid lesion at 6 o'clock with indistinct margins, U3 / BI-RADS 4A. Core biopsy advised.",
  "R4A", "4A", ["mass R p"])
