# Impression blocks imp15_001 - imp15_030.  I(origin, less_common, forms, text, density, by_breast, findings, extra)
def I(origin, lc, forms, text, dens, bb, finds, extra=()):
    return dict(origin=origin, lc=lc, forms=forms, text=text.strip('\n'), dens=dens, bb=bb, finds=finds, extra=extra)

BLOCKS = [
I("Japanese general hospital (Osaka), English report for a foreign resident", False,
  "'Category 1' / 'Category 3' without BI-RADS per modality and side; left gets MMG 1 + US 3 -> 3; stated 'Overall: BI-RADS 3'",
"""Impression:
MMG) Breast composition: scattered fibroglandular. Rt: no abnormal findings, Category 1. Lt: no abnormal findings, Category 1.
US) Lt. breast 2 o'clock, 9mm oval circumscribed hypoechoic mass, parallel orientation. Suspect fibroadenoma. Category 3.
Rt: no mass.
Overall: BI-RADS 3, follow up US after 6 months.""",
  'b', "R1 L1 L3", ["mass L p", "mass R a"], ['3']),

I("Korean university hospital (Seoul), English report", False,
  "numbered; 'BI-RADS category 4c' after a right item; 'Left breast: ... BI-RADS category 2'; density after the list",
"""CONCLUSION:
1. Right breast, 10 o'clock, 1.7 cm irregular hypoechoic mass with angular margin and posterior shadowing: BI-RADS category 4c. US-guided CNB recommended.
2. Left breast: a few small cysts, BI-RADS category 2.
3. No abnormal lymph node in both axillae.
* Breast parenchymal composition: heterogeneously dense (c).""",
  'c', "R4C L2", ["mass R p", "mass L p", "ln B a"]),

I("Chinese tertiary hospital (Shanghai), translated ultrasound conclusion", False,
  "numbered; '(BI-RADS 4a)' / '(BI-RADS 2)' closing sided items; 'hyperplasia' diagnosis; normal nodes",
"""Diagnostic impression:
1. Left breast hypoechoic nodule at 3 o'clock (BI-RADS 4a), suggest biopsy.
2. Right breast hyperplasia with multiple cysts (BI-RADS 2).
3. Bilateral axillary lymph nodes visible, cortex not thickened.""",
  None, "L4A R2", ["mass L p", "mass R p", "ln B p"]),

I("Vietnamese private hospital (Ho Chi Minh City), bilingual heading", False,
  "dash list with side labels; '12h' clock; 'BIRADS 4B' / 'BIRADS 2'; density ACR C",
"""KET LUAN / CONCLUSION:
- Right breast: cluster of microcalcifications at upper outer quadrant, suspicious. BIRADS 4B.
- Left breast: simple cyst 6mm at 12h. BIRADS 2.
- Breast density: ACR C.
Recommend: stereotactic biopsy right breast.""",
  'c', "R4B L2", ["calc R p d:grouped", "mass L p"]),

I("Thai university hospital (Chiang Mai)", False,
  "'Rt breast - ... BIRADS 1' / 'Lt breast - ... BIRADS 5' line ends without punctuation; stated overall; misspelling",
"""IMPRESSION :
Both breasts show heterogeneously dense parenchyma (ACR c).
Rt breast - No suspicious mass or microcalcification. BIRADS 1
Lt breast - Irregular spiculated mass size 1.4 x 1.2 cm at 1 o'clock, 3 cm FN with archtectural distortion. Few enlarged Lt axillary lymph nodes, loss of fatty hila. BIRADS 5
Overall BIRADS 5""",
  'c', "R1 L5", ["mass R a", "calc R a", "mass L p", "ad L p", "ln L p"], ['5']),

I("Czech private mammography centre (Prague)", False,
  "'BI-RADS 2 right, BI-RADS 1 left' side after the number in one sentence; stable mass; ACR B",
"""Zaver / Conclusion:
Mammography and ultrasound of both breasts: involutive changes, ACR B. In the right breast at 11 o'clock a 12 mm oval well-defined hypoechoic lesion, unchanged in comparison to 2023 - most probably fibroadenoma. BI-RADS 2 right, BI-RADS 1 left. Axillae without lymphadenopathy. Control in 1 year in the screening programme.""",
  'b', "R2 L1", ["mass R p s", "ln B a"]),

I("Romanian private clinic (Cluj-Napoca)", False,
  "'- BI-RADS 4B left' after the description; '(BI-RADS 1)' after 'Right breast'; joined 'lymphnodes'; misspelling",
"""CONCLUSION: Left breast with a nodular formation of 15/11 mm, irregular contour, in the supero-external quadrant, with suspect microcalcificatios inside - BI-RADS 4B left. Right breast without significant lesions (BI-RADS 1). Axillary lymphnodes of normal aspect bilateral.
Recommendation: biopsy under echographic guidance.""",
  None, "L4B R1", ["mass L p", "calc L p", "ln B p"]),

I("Ukrainian diagnostic centre (Kyiv), ultrasound", False,
  "'(BI-RADS 2)' after a left cyst, '- BI-RADS 4A' after a right lesion; 'mastopathy' diagnosis; nodes 'not enlarged'",
"""Ultrasound of both breasts.
Conclusion: Sonographic signs of diffuse fibrocystic mastopathy. Cyst of the left breast 8 mm at 2 o'clock (BI-RADS 2). Solid lesion of the right breast at 9 o'clock 11x7 mm, with unclear contours - BI-RADS 4A. Regional lymph nodes are not enlarged.
Recommended: core biopsy of the right breast lesion, consultation of mammologist.""",
  None, "L2 R4A", ["mass L p", "mass R p", "ln B a"]),

I("Hungarian screening centre (Budapest), second reading", False,
  "'BI-RADS 4A left' / 'Right side: ... - BI-RADS 1'; new calcifications; ACR density D",
"""Opinion: Bilateral mammography, ACR density D. In the left breast, retromamillary region, a 6 mm group of amorphous microcalcifications, new compared to the 2024 screening. BI-RADS 4A left. Right side: no pathological finding - BI-RADS 1.
Vacuum-assisted biopsy is suggested.""",
  'd', "L4A R1", ["calc L p m:amorphous d:grouped"]),

I("Lithuanian university hospital (Vilnius)", False,
  "'R breast - ... BI-RADS 2.' / 'L breast - ... BI-RADS 2.'; post-operative scar; negation in both breasts",
"""Impression: R breast - post-operative scar after sectoral resection (2019), without signs of recurrence. BI-RADS 2.
L breast - benign-appearing calcifications, stable. BI-RADS 2.
No suspicious masses in both breasts.""",
  None, "R2 L2", ["oth R p", "calc L p s", "mass B a"]),

I("Bulgarian oncology centre (Sofia)", False,
  "'Left breast ...: ... - BI-RADS 5'; 'Right breast - BI-RADS 1'; 'opacity' as mass; misspelling 'lymhp'",
"""CONCLUSION: Bilateral mammography - fibroglandular tissue with scattered density (ACR B). Left breast, lower inner quadrant: spiculated opacity 18 mm with retraction of the overlaying skin - BI-RADS 5. Enlarged lymhp node in the left axilla, 16 mm, without hilum. Right breast - BI-RADS 1.
Reccomendation: core biopsy, oncological committee.""",
  'b', "L5 R1", ["mass L p", "skin L p", "ln L p"]),

I("Egyptian private imaging centre (Alexandria), ultrasound", False,
  "dash list; Roman '(BIRADS III)' / '(BIRADS I)'; normal nodes both axillae; misspelling",
"""Impression:
- Right breast: Well defined oval hypoechoic lesion at 8 o'clock measuring 1.2 x 0.8 cm, likely fibroadenema (BIRADS III).
- Left breast: No sonographic abnormality (BIRADS I).
- Both axillae show few lymph nodes with preserved fatty hila.
Follow up after 6 months advised.""",
  None, "R3 L1", ["mass R p", "ln B p"]),

I("Moroccan private radiology practice (Casablanca), translated from French", False,
  "French usage 'ACR 5' / 'ACR 2' = BI-RADS category on side lines; density as 'type c'; calcified fibroadenoma, stable",
"""CONCLUSION :
Right breast : Mass of the supero-external quadrant, irregular, with spiculated contours, measuring 22 mm, associated with microcalcifications. ACR 5.
Left breast : Calcified fibroadenoma, stable. ACR 2.
Right axillary adenopathy of suspicious aspect.
Breast density type c.""",
  'c', "R5 L2", ["mass R p", "calc R p", "mass L p s", "calc L p s", "ln R p"]),

I("Barbados public hospital (Bridgetown)", False,
  "numbered 'Left breast: ... BI-RADS 4C.' / 'Right breast: ... BI-RADS 2.'; outside previous 'BI-RADS 1' excluded",
"""IMPRESSION:
1. Left breast: 2 cm irregular mass at 3 o'clock with indistinct margins and an abnormal left axillary node. BI-RADS 4C.
2. Right breast: benign calcifications. BI-RADS 2.
3. Previous mammogram (2022, outside facility) was reported as BI-RADS 1.
Recommend ultrasound guided core biopsy of the left breast mass and the left axillary node.""",
  None, "L4C R2", ["mass L p", "ln L p", "calc R p"]),

I("Bahamas private imaging centre (Nassau), left mammogram after right mastectomy", False,
  "post-mastectomy one-breast exam; unsided 'BI-RADS 1 - Negative.'; density words",
"""LEFT MAMMOGRAM (status post right mastectomy 2020)
IMPRESSION: Scattered areas of fibroglandular density. No suspicious mass, calcification or distortion in the left breast. BI-RADS 1 - Negative.
Continue annual mammography.""",
  'b', "L1", ["mass L a", "calc L a", "ad L a"]),

I("Puerto Rico private breast centre (San Juan), Spanish/English", False,
  "bilingual side labels 'Mama derecha / Right breast'; 'BI-RADS 3 izquierda'; new mass",
"""IMPRESION / IMPRESSION:
Mama derecha / Right breast: quiste simple a las 10 / simple cyst at 10:00, 7 mm. BI-RADS 2.
Mama izquierda / Left breast: masa solida ovalada circunscrita a las 4, 9 mm, nueva / new oval circumscribed solid mass at 4:00, 9 mm. BI-RADS 3 izquierda.
Seguimiento en 6 meses / 6-month follow-up, left breast.""",
  None, "R2 L3", ["mass R p", "mass L p"]),

I("Guyanese public hospital (Georgetown), breast ultrasound", False,
  "'BIRADS 2 both breasts'; present + absent mass; absent nodes",
"""Impression: Bilateral breast ultrasound. Multiple bilateral simple cysts, largest 1.4 cm right 10 o'clock. No solid mass. No axillary lymphadenopathy. BIRADS 2 both breasts.""",
  None, "B2", ["mass B p", "mass B a", "ln B a"]),

I("Fijian public hospital (Suva)", False,
  "category closing the left line '... BIRADS 5.'; 'Rt breast normal. BIRADS 1.'; palpable lump = imaging mass; misspelling",
"""IMPRESSION
Lt breast lump (clinically palpable) corresponds to a 3.2 x 2.8 cm irregular hypoechoic mass at 2 o'clock, with skin thickening over it. Lt axilliary nodes enlarged. BIRADS 5.
Rt breast normal. BIRADS 1.
For tru-cut biopsy.""",
  None, "L5 R1", ["mass L p", "skin L p", "ln L p"]),

I("Samoan hospital (Apia), read by New Zealand teleradiology", False,
  "'BI-RADS 0 right' side after the number; 'Left breast: BI-RADS 1.'; developing asymmetry, not present before",
"""Impression (teleradiology, reported from Auckland):
Right breast: developing asymmetry, upper outer quadrant, not present in 2023. Recommend diagnostic views and US - BI-RADS 0 right.
Left breast: BI-RADS 1.
Density: ACR B.""",
  'b', "R0 L1", ["asym R p"]),

I("Guam hospital (Tamuning)", False,
  "word-only side lines then 'BI-RADS: R 2 / L 3'; stable intramammary node",
"""IMPRESSION:
RIGHT: BENIGN. Stable intramammary lymph node, upper outer quadrant.
LEFT: PROBABLY BENIGN. 7 mm oval circumscribed mass at 6 o'clock, no prior on this side; short-interval follow-up.
BI-RADS: R 2 / L 3.
ACR density C.""",
  'c', "R2 L3", ["ln R p s", "mass L p"]),

I("Tongan hospital (Nuku'alofa), ultrasound", False,
  "'BIRADS 3 R, BIRADS 3 L'; two fibroadenomas with own clock/size; misspelling",
"""USS BOTH BREASTS - Impression: Bilateral fibroadenoams (R 1.5cm at 9 o'clock, L 2.1cm at 3 o'clock), benign features. BIRADS 3 R, BIRADS 3 L. Repeat scan 6/12.""",
  None, "R3 L3", ["mass R p", "mass L p"]),

I("Papua New Guinea general hospital (Port Moresby)", False,
  "unsided '(BIRADS 5)' closing the left line; 'Right breast - no focal lesion'",
"""Impression: Large left breast mass, 6 cm, with peau d'orange of the overlying skin and matted left axillary nodes. Findings highly suggestive of carcinoma (BIRADS 5).
Right breast - no focal lesion.""",
  None, "L5", ["mass L p", "skin L p", "ln L p"]),

I("US rural critical-access hospital (Montana), remote radiologist", False,
  "numbered; 'BI-RADS 0: Incomplete' closing the left item; 'Overall BI-RADS 0'; right 'negative' in words only",
"""IMPRESSION:
1. Focal asymmetry, left breast, posterior depth, central, seen on the CC view only. Additional imaging recommended. BI-RADS 0: Incomplete - Need additional imaging evaluation.
2. Right breast negative.
Overall BI-RADS 0. Patient will be called back; nearest diagnostic site Billings.
Breast density: The breasts are heterogeneously dense, which may obscure small masses.""",
  'c', "L0", ["asym L p"], ['0']),

I("US rural critical-access hospital (North Dakota), screening", False,
  "all capitals; unsided 'BI-RADS 2 - BENIGN.' on a screening exam; misspelling",
"""IMPRESSION: NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY. STABLE BENIGN CALCIFCIATIONS LEFT BREAST.
BI-RADS 2 - BENIGN.
DENSITY: SCATTERED FIBROGLANDULAR.
Letter mailed to pt. Results to Dr. Haugen, Rugby clinic.""",
  'b', "", ["calc L p s"], ['2']),

I("US rural critical-access hospital (West Virginia), tomosynthesis screening", False,
  "'BI-RADS 0 right breast' / 'BI-RADS 2 left breast' after the number; comparison category excluded",
"""Impression:
Right breast: 5 mm group of punctate calcifications, new, upper outer quadrant; magnification views recommended. BI-RADS 0 right breast.
Left breast: post-lumpectomy changes, stable. Benign. BI-RADS 2 left breast.
Comparison: 2024 screening (BI-RADS 2).""",
  None, "R0 L2", ["calc R p m:punctate d:grouped", "oth L p s"]),

I("US locum tenens read, Kansas critical-access hospital", False,
  "category first 'BI-RADS 4A right - ...' / 'BI-RADS 2 left - ...'; mammographic mass + US correlate one mass",
"""IMPRESSION (locum radiologist):
BI-RADS 4A right - 8 mm indistinct mass right breast 7:00 on ultrasound, corresponds to the screening-detected mammographic mass. Recommend US-guided biopsy.
BI-RADS 2 left - stable oil cyst at the lumpectomy site.
Unable to reach the ordering provider by phone; result faxed to Dr. Pruitt's office 16:40.""",
  None, "R4A L2", ["mass R p", "mass L p s"]),

I("US academic centre, resident preliminary read with attending addendum (less common)", True,
  "prelim 'BI-RADS 3' replaced by the attending's 'Changed to BI-RADS 4A right'; 'Left BI-RADS 1 unchanged'",
"""PRELIMINARY REPORT (resident, not yet reviewed by attending):
Right breast 10:00, 4 cm FN: 6 mm oval circumscribed hypoechoic mass, likely fibroadenoma. BI-RADS 3.
Left breast: no sonographic abnormality. BI-RADS 1.
---
ATTENDING ADDENDUM: I have reviewed the images and agree, except that the right breast mass has an angular margin on the cine clips. Changed to BI-RADS 4A right; US-guided biopsy recommended. Left BI-RADS 1 unchanged.""",
  None, "R4A L1", ["mass R p"]),

I("BC Cancer Breast Screening result letter (British Columbia) (less common)", True,
  "result line '(BI-RADS 0)' unsided; 'Right: ... (BI-RADS 0)' / 'Left: Normal (BI-RADS 1)'; density letter",
"""BC Cancer Breast Screening - Screening Result
Result: ABNORMAL - further tests required (BI-RADS 0)
Right: calcifications, new - recall for magnification views (BI-RADS 0)
Left: Normal (BI-RADS 1)
Breast density: C (heterogeneously dense). Your doctor will arrange the further tests.""",
  'c', "R0 L1", ["calc R p"], ['0']),

I("Nova Scotia Breast Screening Program, diagnostic assessment (Halifax)", False,
  "'Rt breast: ... BIRADS 2.' / 'Lt breast: ... BIRADS 1.'; two cysts with own clock/size; resolved asymmetry",
"""Nova Scotia Breast Screening Program
Diagnostic assessment - impression:
Rt breast: 2 simple cysts (10:00 and 11:00, 8 and 5 mm) account for the screen-detected masses. BIRADS 2.
Lt breast: asymmetry resolves on spot compression - no persistent abnormality. BIRADS 1.
Return to screening in 2 years.""",
  None, "R2 L1", ["mass R p", "mass R p", "asym L a"]),

I("Saskatchewan Screening Program for Breast Cancer, mobile unit read in Regina", False,
  "'BI-RADS 0, pending ultrasound' on the left; 'BI-RADS 2 (benign secretory calcifications)'",
"""SPBC mobile screening - Regina reading centre
Impression: Left breast: new 9 mm obscured mass, lower inner quadrant. BI-RADS 0, pending ultrasound at Pasqua Hospital. Right breast: benign. BI-RADS 2 (benign secretory calcifications).
Density: B.""",
  'b', "L0 R2", ["mass L p", "calc R p m:large_rod_like"]),
]
