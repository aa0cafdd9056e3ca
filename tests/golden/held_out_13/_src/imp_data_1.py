# impressions imp13_001 .. imp13_030
# (n, origin/style, less_common, forms, text, density, overall, by_breast, findings)
I = []


def add(n, origin, less, forms, text, density, overall, bb, f):
    I.append(dict(n=n, origin=origin, less=less, forms=forms, text=text.strip("\n"),
                  density=density, overall=overall, bb=bb, f=f))


add(1, "German private practice (Munich)", False, "side label closes line; 'ACR density type B'", """
ASSESSMENT:
Right breast: 14 mm irregular, partly spiculated mass at 10 o'clock, 6 cm from the nipple, with a hypoechoic, non-parallel ultrasound correlate. Highly suspicious. BI-RADS 5.
Left breast: Involutive fibroglandular tissue, no suspicious findings. BI-RADS 1.
ACR density type B.
Recommendation: US-guided core needle biopsy right, presentation at the interdisciplinary tumour board.
""", "b", "5", "R5 L1", ["mass R p"])

add(2, "Dutch teaching hospital after national screening referral", False,
    "referral category excluded; side after the number 'BI-RADS 4 left' / 'BI-RADS 1 right'", """
Conclusion:
Referred from the population screening programme (BI-RADS 0, left). On additional views and tomosynthesis the asymmetry in the left upper outer quadrant persists; ultrasound shows a corresponding 9 mm irregular hypoechoic lesion at 2 o'clock, 4 cm from the nipple. BI-RADS 4 left.
Right breast: no abnormalities. BI-RADS 1 right.
Plan: US-guided biopsy left, discussed with the patient.
""", None, "4", "L4 R1", ["asym L p"])

add(3, "Danish university hospital (Aarhus)", False, "side labels; misspelling", """
CONCLUSION
Right breast: Cluster of fine pleomorphic microcalcificatons in the upper outer quadrant, extent approx. 12 mm. BI-RADS 4. Stereotactic vacuum-assisted biopsy is planned.
Left breast: Known fibroadenoma at 1 o'clock, unchanged since 2023. BI-RADS 2.
Breast density ACR B.
""", "b", "4", "R4 L2", ["calc R p m:fine_pleomorphic d:grouped", "mass L p s"])

add(4, "Israeli private imaging institute (Tel Aviv)", False, "'Lt breast - ... BIRADS 3'; density ACR C", """
Summary:
Lt breast - at 3 o'clock a 7mm oval circumscribed hypoechoic nodule, parallel to the skin, probably fibroadenoma. BIRADS 3, f/u US in 6 months.
Rt breast - few simple cysts, the largest 9mm at 11 o'clock. BIRADS 2.
Dense breast tissue (ACR C), sensitivity of mammography is reduced.
""", "c", "3", "L3 R2", ["mass L p", "mass R p"])

add(5, "Israeli hospital breast MRI, BRCA1 surveillance (Haifa)", False, "numbered; MRI, no density", """
IMPRESSION (breast MRI, BRCA1 carrier, annual surveillance):
1. New 6 mm irregular enhancing mass in the right breast at 11 o'clock, middle third - BI-RADS 4. Second-look ultrasound; MRI-guided biopsy if there is no correlate.
2. Left breast: stable 5 mm intramammary lymph node in the upper outer quadrant. BI-RADS 2.
Background parenchymal enhancement: mild, symmetric.
""", None, "4", "R4 L2", ["mass R p", "ln L p s"])

add(6, "Colombian private clinic (Bogota), English report for an international patient", False,
    "'Right breast: BI-RADS 2. ...' category first on the side line; 'ACR breast composition: b'", """
CONCLUSION:
Right breast: BI-RADS 2. Benign findings - fibroadenoma of 11 mm at 12 o'clock, unchanged since 2024.
Left breast: BI-RADS 4A. Solid nodule of 8 mm at 5 o'clock with indistinct margins. Ultrasound-guided biopsy is suggested.
ACR breast composition: b.
""", "b", "4A", "R2 L4A", ["mass R p s", "mass L p"])

add(7, "Chilean private clinic (Santiago), breast ultrasound", False, "side labels; 'No axillary adenopathies'", """
IMPRESSION:
Left breast: complicated cyst with low-level internal echoes at 2 o'clock, 6 mm. BI-RADS 3. Control in 6 months.
Right breast: simple cysts, the largest measuring 11 mm at 10 o'clock. BI-RADS 2.
No axillary adenopathies.
""", None, "3", "L3 R2", ["mass L p", "mass R p", "ln B a"])

add(8, "Argentine private diagnostic centre (Buenos Aires)", False, "side labels; density words + (ACR C); misspelling", """
CONCLUSION:
Heterogeneously dense breasts (ACR C), which may obscure small lesions.
Left breast: grouped amorphous microcalcfications in the upper inner quadrant, 6 mm extent, new compared with the study of 2024. BI-RADS 4B.
Right breast: vascular calcifications. BI-RADS 2.
""", "c", "4B", "L4B R2", ["calc L p m:amorphous d:grouped", "calc R p m:vascular"])

add(9, "Brazilian private laboratory (Sao Paulo), English version", False,
    "'Category BI-RADS(R) 3 on the right ... and category BI-RADS(R) 1 on the left'", """
IMPRESSION: Category BI-RADS® 3 on the right, due to an oval circumscribed nodule of 9 mm at 7 o'clock, probably a fibroadenoma, and category BI-RADS® 1 on the left.
Short-interval control in 6 months is suggested.
""", None, "3", "R3 L1", ["mass R p"])

add(10, "US VA medical center", False, "numbered; stated overall in caps; VA workflow lines", """
IMPRESSION:
1. Right breast 8:00, 6 cm FN: 1.2 cm irregular spiculated mass with associated fine pleomorphic calcifications, highly suggestive of malignancy. BI-RADS 5.
2. Left breast: stable benign-appearing intramammary lymph node, upper outer quadrant. BI-RADS 2.
OVERALL: BI-RADS 5 - HIGHLY SUGGESTIVE OF MALIGNANCY.
Veteran notified of results in person. Women Veterans Program Manager and PACT team notified. Consult placed to General Surgery (community care).
""", None, "5", "R5 L2", ["mass R p", "calc R p m:fine_pleomorphic", "ln L p s"])

add(11, "US Navy medical center (military treatment facility)", False,
    "all capitals; 'BI-RADS 3 LEFT' / 'BI-RADS 1 RIGHT'; dictation slip", """
IMPRESSION:
LEFT BREAST: FOCAL ASYMMETRY LIQ, POSTERIOR DEPTH, PERSISTS ON SPOT CMPRESSION. NO SONOGRAPHIC CORRELATE. PROBABLY BENIGN. BI-RADS 3 LEFT.
RECOMMEND 6 MONTH F/U LEFT DIAGNOSTIC MAMMOGRAM.
RIGHT BREAST: NEGATIVE. BI-RADS 1 RIGHT.
PCM NOTIFIED VIA SECURE MESSAGING. PT IS ACTIVE DUTY, PCS ORDERS PENDING - REPORT COPY TO GAINING MTF.
""", None, "3", "L3 R1", ["asym L p"])

add(12, "US mobile mammography coach (rural screening)", False,
    "'BI-RADS 0: Incomplete - right breast'; possible mass; density", """
MOBILE MAMMOGRAPHY - COACH 2 (site: Grange Co-op lot, County Rd 14)
IMPRESSION:
RIGHT: Possible mass, upper outer quadrant, seen on the CC view only. Recall for diagnostic mammogram and possible ultrasound.
BI-RADS 0: Incomplete - right breast.
LEFT: No suspicious findings. BI-RADS 1.
Breast density: scattered fibroglandular (B).
Recall letter mailed; patient navigator to call.
""", "b", "0", "R0 L1", ["mass R q"])

add(13, "Welsh breast surgeon's clinic letter to the GP quoting the radiology (less common)", True,
    "RCR M5 U5 beside '(BI-RADS 5)'; 'M1, BI-RADS 1' for the right in a letter", """
Dear Dr Hughes,
Re: Mrs A. Price, DOB 03/07/1967
I saw Mrs Price in the one-stop breast clinic today. Imaging (Dr Evans, consultant radiologist) shows a 19 mm spiculated mass at 2 o'clock in the left breast, graded M5 U5 (BI-RADS 5), with a 14 mm left axillary lymph node showing cortical thickening (U4). There is a possible second, smaller mass at 4 o'clock in the same breast, for MRI. The right breast is normal - M1, BI-RADS 1.
I have taken core biopsies of the breast lesion and an FNA of the node and will see her with the results next week.
Yours sincerely,
Ms R. Morgan, Consultant Oncoplastic Breast Surgeon
""", None, "5", "L5 R1", ["mass L p", "ln L p", "mass L q"])

add(14, "telehealth second opinion on outside images (less common)", True,
    "outside category excluded; '(right)' / '(left)' brackets after the number", """
TELEHEALTH SECOND OPINION - outside mammograms of 03/02/2026 uploaded via the portal; patient seen by video.
Outside report: BI-RADS 4, right breast calcifications.
Our review: fine pleomorphic calcifications in the right upper outer quadrant in a segmental distribution spanning 4 cm. We agree that biopsy is needed and subclassify as BI-RADS 4B (right).
Left breast: benign oil cyst, stable since 2023. BI-RADS 2 (left).
Recommendation: stereotactic biopsy, which may be done locally.
""", None, "4B", "R4B L2", ["calc R p m:fine_pleomorphic d:segmental", "mass L p s"])

add(15, "US insurance prior-authorization request (less common)", True,
    "category quoted in a clinical summary; CPT / ICD-10 codes", """
PRIOR AUTHORIZATION REQUEST
Service: CPT 19083 - US-guided core biopsy, left breast, first lesion
Dx: N63.22, R92.8
Clinical summary (diagnostic mammogram and ultrasound 04/14/2026): Left breast 10:00, 8 cm FN, 1.4 cm irregular hypoechoic mass with angular margins, not present on the 2024 screening mammogram. BI-RADS 4C. Right breast negative, BI-RADS 1.
Member has no prior breast biopsy. Expedited review requested.
""", None, "4C", "L4C R1", ["mass L p"])

add(16, "German hospital discharge summary in English for a foreign patient (less common)", True,
    "categories in brackets inside an investigations line; diagnosis and histology lines", """
DISCHARGE SUMMARY - Department of Gynaecology and Breast Centre
Diagnosis: invasive breast carcinoma, right, cT2 cN1 M0
Investigations:
Mammography/US 12.05.2026: right breast 23 mm irregular mass UOQ (BI-RADS 5) with an enlarged right axillary lymph node; left breast simple cyst 8 mm (BI-RADS 2). ACR density C.
Histology (core biopsy 13.05.): invasive carcinoma NST, G2, ER 90 %, PR 60 %, HER2 negative, Ki-67 20 %.
Course: uneventful. Presented at the tumour board on 15.05.; neoadjuvant chemotherapy planned.
""", "c", "5", "R5 L2", ["mass R p", "ln R p", "mass L p"])

add(17, "Welsh NHS symptomatic unit reply to the GP (less common)", True,
    "RCR M1 / U2 beside 'BI-RADS 2 right'; 'no abnormality, BI-RADS 1'", """
Thank you for referring this 39-year-old lady with a lump in the right breast.
Triple assessment today:
Mammography: M1, normal both sides.
Ultrasound: the palpable area at 9 o'clock in the right breast corresponds to an 8 mm simple cyst (U2), aspirated to dryness. BI-RADS 2 right.
Left breast: no abnormality, BI-RADS 1.
I have reassured her and discharged her back to your care.
""", None, "2", "R2 L1", ["mass R p"])

add(18, "Swiss private institute (Zurich), column table (less common)", True,
    "two-column right/left table with ACR and BI-RADS rows; bilingual heading", """
Beurteilung / Assessment:
             right    left
ACR          C        C
BI-RADS      1        4A
Left: new 6 mm group of punctate and amorphous calcifications at 12 o'clock, middle third. Vacuum-assisted biopsy recommended.
""", "c", "4A", "R1 L4A", ["calc L p m:amorphous,punctate d:grouped"])

add(19, "Austrian national screening programme, double reading", False,
    "'BI-RADS 0, pending ultrasound' on the right line; density ACR D", """
RESULT (screening, double reading):
Right breast: 10 mm asymmetry in the lower inner quadrant on the MLO view, not clearly seen on CC. BI-RADS 0, pending ultrasound.
Left breast: BI-RADS 1.
Breast density ACR D (extremely dense); supplementary ultrasound is offered.
""", "d", "0", "R0 L1", ["asym R p"])

add(20, "Belgian hospital (Brussels), francophone radiologist writing English", False,
    "'Right breast: BI-RADS 3 - ...'; clock as '9h'; misspelling", """
Conclusion:
Right breast: BI-RADS 3 - small oval circumscribed nodule at 9h, 5 mm, probably benign (fibroadenmoa). Control at 6 months.
Left breast: BI-RADS 2 - benign coarse calcifications (involution).
ACR type B.
""", "b", "3", "R3 L2", ["mass R p", "calc L p m:coarse"])

add(21, "Finnish central hospital (Helsinki)", False, "'(BI-RADS 5)' closing a left sentence; 'tumour'", """
Conclusion: In the left breast at 4 o'clock there is a 15 mm spiculated tumour, highly suspicious of malignancy (BI-RADS 5). In the left axilla a 12 mm lymph node with thickened cortex, suspicious.
Right breast: BI-RADS 1.
Ultrasound-guided core biopsies of the tumour and the node were taken during the same visit.
""", None, "5", "L5 R1", ["mass L p", "ln L p"])

add(22, "Norwegian university hospital (Oslo)", False, "numbered; two cysts with own clock/size; density", """
Conclusion:
1. Right breast: 2 simple cysts, 12 and 7 mm, at 10 and 11 o'clock. Benign, BI-RADS 2.
2. Left breast: no mammographic or sonographic abnormality. BI-RADS 1.
Density: ACR c.
""", "c", "2", "R2 L1", ["mass R p", "mass R p"])

add(23, "Israeli hospital (Jerusalem)", False,
    "previous '(BIRADS 3)' excluded; 'Downgraded to BIRADS 2 right'; 'BIRADS 1'", """
Impression: Compared with the previous exam from 8/2025 (BIRADS 3), the 8mm oval nodule at 6 o'clock of the right breast is unchanged. Downgraded to BIRADS 2 right.
Left breast normal, BIRADS 1.
Continue annual screening.
""", None, "2", "R2 L1", ["mass R p s"])

add(24, "Turkish private hospital (Istanbul)", False,
    "'BIRADS 4B/C in the left breast:' range -> 4C; 'BIRADS 2 in the right breast'; misspelling", """
CONCLUSION:
BIRADS 4B/C in the left breast: 11 mm irregular hypoechoic mass with microlobualted margins at 1 o'clock and a 13 mm left axillary lymph node with eccentric cortical thickening.
BIRADS 2 in the right breast: simple cyst, 5 mm.
Tru-cut biopsy is recommended.
""", None, "4C", "L4C R2", ["mass L p", "ln L p", "mass R p"])

add(25, "Egyptian university hospital (Cairo)", False,
    "dash list; '(BIRADS 4c)'; split word 'micro-calcifications'; normal nodes both axillae", """
Impression:
- Right breast: suspicious cluster of pleomorphic micro-calcifications at the UOQ (BIRADS 4c).
- Left breast: simple cysts, BIRADS 2.
- Both axillae: few LNs with preserved fatty hila.
Stereotactic biopsy is advised.
""", None, "4C", "R4C L2", ["calc R p m:fine_pleomorphic d:grouped", "mass L p", "ln B p"])

add(26, "Lebanese private hospital (Beirut)", False, "'BI-RADS 2 bilaterally'; negation in either breast", """
CONCLUSION:
Right breast: small simple cyst at 10 o'clock.
Left breast: a few round benign calcifications.
No suspicious mass and no suspicious microcalcifications in either breast.
BI-RADS 2 bilaterally. Routine yearly screening.
""", None, "2", "B2", ["mass R p", "calc L p m:round", "mass B a", "calc B a"])

add(27, "Jordanian private hospital (Amman)", False, "'BI-RADS: Right = 1, Left = 3'; density ACR B", """
IMPRESSION:
Left breast: 8 mm complicated cyst at 3 o'clock, follow-up ultrasound in 6 months is recommended.
Right breast: unremarkable.
BI-RADS: Right = 1, Left = 3.
ACR B.
""", "b", "3", "R1 L3", ["mass L p"])

add(28, "Iranian private imaging centre (Tehran)", False, "'BIRADS: 5.' closing the right sentence; misspelling", """
Impression:
Irregular hypoechoic mass in right breast at 10 o'clock measuring 18x14 mm with posterior shadowing, BIRADS: 5.
Multiple right axillary lymphadenopaties with loss of fatty hilum are seen.
Left breast: BIRADS: 1.
""", None, "5", "R5 L1", ["mass R p", "ln R p"])

add(29, "Thai private hospital, international wing (Bangkok)", False, "dash list; density letter; misspelling", """
IMPRESSION:
- Right breast: stable oval circumscibed mass at 9 o'clock, 6 mm, unchanged for 2 years, likely fibroadenoma. BI-RADS 2.
- Left breast: newly detected 7 mm hypoechoic nodule with indistinct margins at 2 o'clock. BI-RADS 4A.
- Breast composition: heterogeneously dense (c).
""", "c", "4A", "R2 L4A", ["mass R p s", "mass L p"])

add(30, "Indonesian private hospital (Jakarta)", False,
    "'(BIRADS 1)' after 'Right breast normal'; nipple retraction + skin thickening; misspelling", """
Conclusion:
Left breast mass, irregular, spiculated, 22 mm at 12 o'clock with skin thickening and nipple retraction, BIRADS 5.
Left axillary lymphadenophaty.
Right breast normal (BIRADS 1).
""", None, "5", "L5 R1", ["mass L p", "skin L p", "skin L p", "ln L p"])
