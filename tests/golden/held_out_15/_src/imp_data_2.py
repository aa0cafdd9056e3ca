# Impression blocks imp15_031 - imp15_060.
from imp_data_1 import I

BLOCKS = [
I("Newfoundland and Labrador (Eastern Health, St. John's), high-risk screening", False,
  "both negative 'BI-RADS 1 right, BI-RADS 1 left'; 'No suspicious findings in either breast' (no kind); density D",
"""Eastern Health - screening mammogram with tomosynthesis, high-risk stream
IMPRESSION: No suspicious findings in either breast. Extremely dense breasts (D) - supplemental MRI as per the provincial high-risk guideline.
BI-RADS 1 right, BI-RADS 1 left.""",
  'd', "R1 L1", []),

I("BreastScreen Queensland assessment clinic (Townsville)", False,
  "lesion list with side per lesion; Australian 'Synthesis: 5' assessment score beside 'BI-RADS 5' (not BI-RADS); mass + US correlate one mass",
"""BreastScreen Queensland - Assessment Clinic summary (Townsville)
Lesion 1 - L breast, 2 o'clock: spiculated mass 11 mm on tomo; US: 10 mm hypoechoic mass with shadowing. Synthesis: 5 (malignant). BI-RADS 5.
Lesion 2 - R breast, UOQ: calcifications, benign on magnification views, no further action. BI-RADS 2.
Core biopsy of lesion 1 performed today (14G x 4).""",
  None, "L5 R2", ["mass L p", "calc R p"]),

I("BreastScreen NSW screening outcome with reader lines (Sydney)", False,
  "double-reading lines without categories; 'BI-RADS equivalent for GP letter: L 0, R 1'; split word 'micro-calcifications'",
"""BreastScreen NSW - Reader 1: R normal / L recall (calcs) | Reader 2: R normal / L recall | Arbitration: not required
Outcome: Recall for assessment - left breast micro-calcifications, segmental distribution, upper outer quadrant.
BI-RADS equivalent for GP letter: L 0, R 1.""",
  None, "L0 R1", ["calc L p d:segmental"]),

I("US breast-health nurse navigator phone note (less common)", True,
  "navigator quoting the radiologist ('radiologist assigned BI-RADS 4C', '(BI-RADS 1)'); screening recall in history excluded",
"""BREAST NURSE NAVIGATOR - telephone encounter
Pt informed of diagnostic results: R breast US shows a 1.9 cm irregular mass at 11 o'clock, radiologist assigned BI-RADS 4C. L breast normal on mammogram (BI-RADS 1). Biopsy booked Thu 0830 with Dr. Obi; pt to hold aspirin x5 days. Pt tearful but coping, husband present. Support group info offered.
Hx: screening recall (BI-RADS 0) 2 wks ago.""",
  None, "R4C L1", ["mass R p"]),

I("US patient-portal result preview (MyChart-like) (less common)", True,
  "radiologist's comment to the patient 'BI-RADS 2 for the left' / 'Right side normal (BI-RADS 1)'; unsided component line 'BIRADS 2 Benign'",
"""Mammogram Diagnostic Bilateral w Tomo - Final result
Your results: Dr. Alvarez wrote: "Good news - the new spot in your left breast is a simple cyst (a fluid-filled sac), which is benign. BI-RADS 2 for the left. Right side normal (BI-RADS 1). Next mammogram in 1 year."
Component: Impression - BIRADS 2 Benign
Resulted: 03/11/2026 2:14 PM""",
  None, "L2 R1", ["mass L p"], ['2']),

I("UK locum consultant, one-stop symptomatic clinic (Kent)", False,
  "RCR 'M5 U5' and 'U4' beside 'BI-RADS 5' (right) / 'M1, BI-RADS 1' (left); 'P4' clinical score; '?satellite nodule' possible",
"""Conclusion: R breast 10 o'clock: 14mm irregular mass, M5 U5, BI-RADS 5. R axilla: 1 abnormal node, U4 - FNA taken. ?5 mm satellite nodule R 11 o'clock on US - for MRI. L breast: M1, BI-RADS 1.
Triple assessment completed; P4 on examination.""",
  None, "R5 L1", ["mass R p", "ln R p", "mass R q"]),

I("Taiwanese medical centre (Taipei), ultrasound", False,
  "'(1) Bilateral breasts, ... BI-RADS 2' (both) then left 'BI-RADS 3' (left keeps 3); bracketed numbers; misspelling",
"""Impression:
(1) Bilateral breasts, fibrocystic change with multiple small cysts, BI-RADS 2.
(2) Left breast, 3 o'clock, 4 cm from nipple: a 0.7 cm oval hypoechoic nodlue, circumscribed, parallel, probably benign, BI-RADS 3, suggest follow up 6 months later.
(3) No axillary lymphadenopathy bilaterally.""",
  None, "B2 L3", ["mass B p", "mass L p", "ln B a"]),

I("Korean health check-up centre (Seoul), mammography + ultrasound", False,
  "'Category 2' in a both-breasts clause; 'Category 3' on a left US line; 'Final assessment: Category 3 (Lt)'; density 'C type'",
"""[Mammography] Heterogeneously dense breasts, C type. Benign-looking calcifications in both breasts, Category 2.
[Breast US] Lt. 2H 1cm: 0.6 x 0.4 cm probably benign nodule, Category 3. Rt: no focal lesion.
Final assessment: Category 3 (Lt).""",
  'c', "B2 L3", ["calc B p", "mass L p"]),

I("Serbian clinical centre (Belgrade)", False,
  "category first 'BI-RADS 3 right breast (...)' / 'BI-RADS 1 left breast'; two nodules with own clock/size; variant plural",
"""Conclusion: BI-RADS 3 right breast (two oval circumscribed nodules, at 9h 7 mm and at 10h 5 mm, probably fibroadenomes). BI-RADS 1 left breast. Recommended US control in 6 months.""",
  None, "R3 L1", ["mass R p", "mass R p"]),

I("Croatian university hospital (Zagreb), follow-up", False,
  "'previously classified as BI-RADS 3' excluded; 'Now BI-RADS 2 left'; 'Right breast BI-RADS 1'; stable mass",
"""ZAKLJUCAK / CONCLUSION: Follow-up of the left breast lesion previously classified as BI-RADS 3 (03/2025): the 9 mm oval mass at 2 o'clock is unchanged in size and morphology over 12 months. Now BI-RADS 2 left. Right breast BI-RADS 1. Density ACR B.""",
  'b', "L2 R1", ["mass L p s"]),

I("Kazakh diagnostic centre (Almaty), Russian-style English", False,
  "', BI-RADS 4B' closing a right sentence; 'In the left breast no focal pathology, BI-RADS 1'; 'microcalcinates' (Russian loan word); 'polymorphic'",
"""Conclusion: Mammographic picture of involutive changes of the mammary glands (ACR A). Against this background, in the upper-outer quadrant of the right breast a cluster of polymorphic microcalcinates is determined, about 10 mm, BI-RADS 4B. In the left breast no focal pathology, BI-RADS 1. Regional lymph nodes are of normal structure.""",
  'a', "R4B L1", ["calc R p m:fine_pleomorphic d:grouped", "ln B p"]),

I("Nepalese private hospital (Kathmandu), ultrasound", False,
  "numbered; range 'BI-RADS 4B-4C' -> 4C; 'Normal study - BI-RADS 1'",
"""IMPRESSION:
1. Right breast: irregular hypoechoic lesion at 7 o'clock (1.3 x 1.1 cm) with microlobulated margins - BI-RADS 4B-4C. Suggested biopsy.
2. Left breast: normal study - BI-RADS 1.
3. Right axillary lymph nodes with thickened cortex (5 mm), likely reactive.""",
  None, "R4C L1", ["mass R p", "ln R p"]),

I("Dominican Republic private clinic (Santo Domingo), Spanish/English", False,
  "'Categoria BI-RADS: derecha 2 / izquierda 4B' (Spanish side words in a slash table); density in Spanish with (ACR C)",
"""IMPRESION DIAGNOSTICA / DIAGNOSTIC IMPRESSION:
Mamas densas heterogeneas (ACR C).
Right breast: intramammary lymph node, benign.
Left breast: clustered amorphous microcalcifications, retroareolar, 8 mm.
Categoria BI-RADS: derecha 2 / izquierda 4B.""",
  'c', "R2 L4B", ["ln R p", "calc L p m:amorphous d:grouped"]),

I("Belize public hospital (Belize City)", False,
  "category first 'Right breast: BI-RADS 3 - ...' / 'Left breast: BI-RADS 2 - ...'; negated 'not BI-RADS 4'; calcified fibroadenoma",
"""IMPRESSION: Bilateral mammogram and ultrasound.
Right breast: BI-RADS 3 - probably benign oval mass at 12 o'clock (US: complicated cyst vs fibroadenoma, 8 mm), not BI-RADS 4 as the margins are fully circumscribed on US. 6 month f/u.
Left breast: BI-RADS 2 - benign. Stable intramammary lymph node, UOQ. Coarse calcifications in a degenerating fibroadenoma.""",
  None, "R3 L2", ["mass R p", "ln L p s", "calc L p m:coarse", "mass L p"]),

I("US rural critical-access hospital (eastern Kentucky), pipe table", False,
  "pipe table 'R | Negative | 1' / 'L | ... | 0'; 'Overall: 0 - Incomplete'; misspelling",
"""IMPRESSION:
| Breast | Finding | BI-RADS |
| R | Negative | 1 |
| L | Focal asymmetery LIQ, middle depth, persistent on tomo | 0 |
Overall: 0 - Incomplete. Diagnostic call-back scheduled at UK HealthCare, Lexington.""",
  None, "R1 L0", ["asym L p"], ['0']),

I("US hospital lay-language summary for patients (less common)", True,
  "'This is called BI-RADS 4A' (right); 'Left breast - normal (BI-RADS 1)'; explanatory 'A score of BI-RADS 5 would mean ... NOT your result' not counted; 'calcium spots'",
"""Your breast imaging results (summary for patients)
What we found: Right breast - a small group of calcium spots that we want to look at more closely with a needle biopsy. This is called BI-RADS 4A (low suspicion). Left breast - normal (BI-RADS 1).
What this means: most biopsies like this are benign. A score of BI-RADS 5 would mean highly suspicious; this is NOT your result.
Breast density: heterogeneously dense (category C).""",
  'c', "R4A L1", ["calc R p d:grouped"]),

I("US academic centre, weekend resident preliminary read (less common)", True,
  "'BI-RADS 4B L' side after the number; right axilla-only limited US with a normal node; '?correlate'",
"""*** PRELIMINARY - resident read, attending review pending ***
Impression: L breast 2:00 N4, 1.1 cm irregular hypoechoic mass w/ angular margins, no internal flow, ?correlate to the palpable lump. Recommend US-guided bx. BI-RADS 4B L.
R axilla (limited US, pt request): normal-appearing LN with fatty hilum.""",
  None, "L4B", ["mass L p", "ln R p"]),

I("Japanese municipal breast screening result sheet (Yokohama), English copy (less common)", True,
  "'Right: Category 1' / 'Left: Category 3 - ...' (screening categories without the word BI-RADS); Japanese judgement line",
"""Results of breast cancer screening (mammography, 2 views) - Yokohama City
Right: Category 1
Left: Category 3 - calcifications, clustered, amorphous, upper region
Judgement: detailed examination required (seimitsu kensa).""",
  None, "R1 L3", ["calc L p m:amorphous d:grouped"]),

I("HL7 v2 OBX result segment as received by a clinic EHR (less common)", True,
  "HL7 pipes and '~' line separators; 'RIGHT BREAST: ... BI-RADS 4C.' / 'LEFT BREAST: NEGATIVE. BI-RADS 1.'; density",
"""OBX|1|FT|MGDXB^MG BREAST DX BILAT W TOMO^L||IMPRESSION:~RIGHT BREAST: 6 MM CLUSTER OF FINE LINEAR CALCIFICATIONS, 9:00 MIDDLE DEPTH. STEREOTACTIC BIOPSY RECOMMENDED. BI-RADS 4C.~LEFT BREAST: NEGATIVE. BI-RADS 1.~DENSITY: C.||||||F|||20260302""",
  'c', "R4C L1", ["calc R p m:fine_linear d:grouped"]),

I("US hospital cancer registry abstract, imaging text field (less common)", True,
  "registrar's abstract 'BI-RADS 5' for the left, 'R breast BI-RADS 1'; cT/cN staging and FNA result not findings",
"""Cancer registry abstract - Text: Imaging
Laterality: 2 (Left). 03/2026 dx mammo + US: 2.4 cm spiculated mass L UOQ with pleomorphic calcs, BI-RADS 5; R breast BI-RADS 1. US: abnormal L axillary LN, FNA+ (cN1). Clinical T: cT2.""",
  None, "L5 R1", ["mass L p", "calc L p m:fine_pleomorphic", "ln L p"]),

I("Text message from a Pacific Islands screening clinic (Auckland) (less common)", True,
  "SMS: 'normal on both sides (BI-RADS 1)' -> both 1; no findings",
"""SMS from Pasifika Women's Health: Talofa Mele, your mammogram from 4 Mar is normal on both sides (BI-RADS 1). Your next screen is due Mar 2028. Reply STOP to opt out.""",
  None, "B1", []),

I("US community hospital, raw speech recognition with homophones (less common)", True,
  "dictation errors 'BI-RADS to' (2) and 'BI-RADS category for a' (4A); numbered items with sides",
"""IMPRESSION: 1. Right breast mass at 2 o'clock is a simple cyst. BI-RADS to, benign.
2. Left breast, there are new grouped amorphous calcifications in the upper outer quadrant. BI-RADS category for a. Recommend stereotactic biopsy.""",
  None, "R2 L4A", ["mass R p", "calc L p m:amorphous d:grouped"]),

I("US teleradiology final report with discrepancy from the overnight preliminary read (less common)", True,
  "one-breast exam (left US); quoted overnight prelim 'BI-RADS 2' replaced; 'BI-RADS 4B left'",
"""LEFT BREAST ULTRASOUND - FINAL REPORT (discrepancy with preliminary read)
Preliminary (overnight locum, 02:10): "Left breast 3:00 - 2.2 cm simple cyst, BI-RADS 2."
Final (breast imager, 09:30): the left breast 3:00 lesion is complex cystic and solid, with a thick septation and internal vascularity. BI-RADS 4B left. US-guided biopsy recommended. Discrepancy communicated to Dr. Holt; patient recalled from the ED.""",
  None, "L4B", ["mass L p"]),

I("Vietnamese private clinic (Hanoi), ultrasound", False,
  "'BIRADS 3 both sides' closing a both-breasts item; normal left node",
"""KET LUAN (Conclusion):
- Both breasts: multiple small solid nodules, largest 9 mm at right 10h, oval, parallel, circumscribed. BIRADS 3 both sides.
- Left axilla: lymph node 8 mm with normal fatty hilum.
Follow-up ultrasound after 6 months.""",
  None, "B3", ["mass B p", "ln L p"]),

I("Bosnian cantonal hospital (Sarajevo)", False,
  "range written 'BI-RADS 3/4a' -> 4A on the right; 'left breast BI-RADS 2'; dense breasts",
"""Conclusion: Dense breast parenchyma (ACR C). In the right breast, lower inner quadrant, a 7 mm partially indistinct hypoechoic nodule, new compared to 2024 - BI-RADS 3/4a, biopsy advised. In the left breast a few simple cysts - left breast BI-RADS 2.""",
  'c', "R4A L2", ["mass R p", "mass L p"]),

I("Manitoba rural family physician's visit note, Assessment & Plan quoting the mammogram (less common)", True,
  "physician quoting 'BI-RADS 3 L', 'R BI-RADS 2'; earlier 'BI-RADS 0' call-back in the note excluded",
"""A&P:
1. Abnormal mammogram - called back (BI-RADS 0) from BreastCheck mobile 2 mo ago. Diagnostic mammo + US Brandon 02/26: L breast 6 mm oval circumscribed mass 4 o'clock, probably benign, BI-RADS 3 L - 6 mo US f/u ordered. R breast benign calcifications, BI-RADS 2 R.
2. HTN - stable on ramipril.""",
  None, "L3 R2", ["mass L p", "calc R p"]),

I("US rural health clinic EHR health-maintenance row (less common)", True,
  "health-maintenance table row 'Result: BI-RADS 2 (R), BI-RADS 3 (L)'; previous row's 'BI-RADS 1' excluded",
"""Health Maintenance - Mammogram
Last done: 02/18/2026 | Result: BI-RADS 2 (R), BI-RADS 3 (L) - L 8 mm oval mass 1:00 (likely FA); R stable benign calcs | Next due: L breast US 08/2026
Prior: 01/2025 | Result: BI-RADS 1""",
  None, "R2 L3", ["mass L p", "calc R p s"]),

I("BreastScreen NT mobile visit (Tiwi Islands), Darwin reading centre", False,
  "both negative 'BI-RADS 1 bilaterally'; fatty breasts ACR A",
"""BreastScreen NT - mobile service, Tiwi Islands visit. Read in Darwin.
Result: both breasts normal. Fatty breasts (ACR A). BI-RADS 1 bilaterally. Routine 2-year rescreen.""",
  'a', "B1", []),

I("Thai private hospital (Bangkok), follow-up", False,
  "'BIRADS 4a (Rt)' bracket after the number; 'BIRADS 2 (Lt)'; 'previous BIRADS 3 (2025)' excluded; growing mass",
"""IMPRESSION:
- Rt breast 11 o'clock oval mass, now 1.2 cm (previously 0.8 cm, previous BIRADS 3 in 2025), interval growth : BIRADS 4a (Rt). Suggest US-guided core biopsy.
- Lt breast simple cysts : BIRADS 2 (Lt).
- ACR density : b""",
  'b', "R4A L2", ["mass R p", "mass L p"]),

I("Chinese provincial hospital (Guangzhou), mammography, translated", False,
  "semicolon items 'right breast ..., BI-RADS 4c class; left breast ..., BI-RADS 2 class'; misspelling",
"""Diagnostic opinion: Bilateral breast hyperplasia (density type c); right breast upper outer quadrant segmental fine pleomorphic calcificaton, BI-RADS 4c class, biopsy suggested; left breast benign coarse calcification, BI-RADS 2 class; bilateral axillary lymph nodes not enlarged.""",
  'c', "R4C L2", ["calc R p m:fine_pleomorphic d:segmental", "calc L p m:coarse", "ln B a"]),
]
