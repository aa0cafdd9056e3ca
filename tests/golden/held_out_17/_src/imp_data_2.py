# Impression blocks 031-060
from imp_data_1 import add, D

add("BreastCheck assessment clinic (Cork, Ireland)", False,
    "UK-style RCR scores only ('M4 U4', 'M1'), no BI-RADS -> overall null; biopsy clip not a finding", """
Assessment clinic summary
L breast 3 o'c: 9mm irregular mass, M4 U4, core biopsy performed today (14G x3). Clip placed.
R breast: normal. M1.
Result to follow at MDM.
""", None, "", [], ["mass L p"])

add("Scottish symptomatic breast clinic (Glasgow)", False,
    "RCR 'M5 U5 - BI-RADS 5' on the right line; 'Left breast: M1 U1 (BI-RADS 1).'; clinical 'P4 right'", """
Conclusion:
Right breast 11 o'clock: 24mm spiculated mass with associated skin retraction and an abnormal-looking right axillary node (cortex 6mm). M5 U5 - BI-RADS 5. US-guided core of mass and FNA of node done.
Left breast: M1 U1 (BI-RADS 1).
P4 right.
""", None, "R5 L1", [], ["mass R p", "skin R p", "ln R p"])

add("Breast Test Wales assessment outcome (Cardiff) (less common)", True,
    "programme outcome form; screening line repeats the recalled calcifications; 'M4'; 'BI-RADS equivalent: L 4B / R 1'", """
Breast Test Wales - assessment outcome
Screening: R normal, L recalled (microcalcification).
Assessment: L UOQ 9mm cluster of fine pleomorphic calcifications on magnification views. M4. Stereotactic VAB arranged.
R: no assessment required.
BI-RADS equivalent (requested by private insurer): L 4B / R 1.
""", None, "L4B R1", [], ["calc L p m:fine_pleomorphic d:grouped"])

add("Northern Ireland symptomatic clinic (Belfast), letter to the GP (less common)", True,
    "letter; unsided '(M1 U2, BI-RADS 2)' in a whole-patient sentence -> untied; presenting lump in the history not a finding", """
Dear Dr McAllister,
Thank you for referring this 48 year old lady with a lump in the left breast. Mammography showed dense breast tissue (ACR C) with no mammographic abnormality. Ultrasound of the left breast lump at 2 o'clock shows a 15 mm simple cyst, which was aspirated to dryness. Clinically and radiologically benign (M1 U2, BI-RADS 2). No further imaging is required and she has been discharged back to your care.
Yours sincerely,
Consultant Radiologist
""", "c", "", ["2"], ["mass L p"])

add("New Zealand private radiology (Christchurch), post-treatment surveillance", False,
    "'Right breast: Benign. ... BI-RADS 2.' / 'Left breast: Negative. BI-RADS 1.'; stable scar; unchanged dystrophic calcification", """
IMPRESSION:
Right breast: Benign. Stable post-lumpectomy scar at 10 o'clock. Dystrophic calcification at the scar, unchanged. BI-RADS 2.
Left breast: Negative. BI-RADS 1.
Breast density: scattered fibroglandular (b).
""", "b", "R2 L1", [], ["other R p s", "calc R p s m:dystrophic"])

add("Malaysian private hospital (Kuala Lumpur), mammography + ultrasound", False,
    "numbered; 'BIRADS 4B.' closing the right item; left 'benign cysts' in words only, no category; absent nodes", """
IMPRESSION:
1. Bilateral breast density: heterogeneously dense (ACR C).
2. Right breast 10 o'clock hypoechoic lesion with angular margins, 8x6 mm, taller-than-wide. BIRADS 4B.
3. Left breast benign cysts.
4. No suspicious axillary lymph nodes.
Recommendation: US guided biopsy right breast lesion.
""", "c", "R4B", [], ["mass R p", "mass L p", "ln B a"])

add("Indonesian private hospital (Surabaya), breast ultrasound, bilingual heading", False,
    "'- Right breast: ... BI-RADS 3.'; 'FAM (fibroadenoma mammae)'; 'No axillary lymphadenopathy bilaterally'", """
KESAN / Impression:
- Right breast: solid nodule at 9 o'clock, 12x8mm, oval, circumscribed, parallel, suggestive of FAM (fibroadenoma mammae). BI-RADS 3.
- Left breast: within normal limits. BI-RADS 1.
- No axillary lymphadenopathy bilaterally.
""", None, "R3 L1", [], ["mass R p", "ln B a"])

add("Philippine private hospital (Davao), mammography + ultrasound", False,
    "dash items 'Left breast mass ..., BIRADS 4C.' / 'Right breast benign calcifications, BIRADS 2.'; mammographic mass + US correlate one mass", """
IMPRESSION:
Bilateral mammogram with ultrasound correlation:
- Left breast mass, 2 o'clock, 1.3 cm, irregular, corresponding to the sonographic hypoechoic mass with posterior shadowing, BIRADS 4C.
- Right breast benign calcifications, BIRADS 2.
- Scattered fibroglandular densities.
""", "b", "L4C R2", [], ["mass L p", "calc R p"])

add("Hong Kong public hospital (Kowloon), mammography", False,
    "'Rt breast:' / 'Lt breast:' lines ending 'BI-RADS 2' / 'BI-RADS 4B' without a full stop; clustered -> grouped", """
Impression:
Rt breast: Stable 8mm nodule at 1 o'clock, likely fibroadenoma. BI-RADS 2
Lt breast: Suspicious clustered microcalcification at UOQ, new. BI-RADS 4B
Suggest stereotactic biopsy of Lt breast calcification.
""", None, "R2 L4B", [], ["mass R p s", "calc L p d:grouped"])

add("Cambodian NGO hospital (Phnom Penh), breast ultrasound", False,
    "one line: 'BIRADS 5 left breast' / 'BIRADS 1 right breast' after the number; '12h' clock", """
CONCLUSION: Left breast 12h: irregular hypoechoic mass 3.1 x 2.4cm with posterior shadowing and skin thickening, left axillary lymph nodes enlarged with loss of hilum. BIRADS 5 left breast. Right breast normal, BIRADS 1 right breast.
""", None, "L5 R1", [], ["mass L p", "skin L p", "ln L p"])

add("Myanmar general hospital (Yangon), breast ultrasound", False,
    "'(BI-RADS - II) Both breasts.'; 'fibrocystic changes' as a label; present cysts + absent solid mass", """
Impression: Bilateral fibrocystic changes with multiple small cysts in both breasts, largest 5mm in right breast. No solid mass. (BI-RADS - II) Both breasts.
Advice - follow up after 1 year.
""", None, "B2", [], ["mass B p", "mass B a"])

add("Mongolian national cancer centre (Ulaanbaatar), staging", False,
    "'Right breast cancer (BI-RADS 6), known, biopsy proven'; 'Left breast: ..., BI-RADS 1.'", """
Conclusion: Right breast cancer (BI-RADS 6), known, biopsy proven IDC at 10 o'clock, mass 2.5 cm, with axillary lymph node metastasis - pre-chemotherapy staging. Left breast: no focal lesion, BI-RADS 1.
""", None, "R6 L1", [], ["mass R p", "ln R p"])

add("Mauritian private clinic (Port Louis), French/English (less common)", True,
    "French usage 'ACR 4' for the right category beside 'Overall: BI-RADS 4'; bilingual density line; stable punctate + round", """
IMPRESSION:
Seins de densité type C / Breast density ACR C.
Left breast: group of punctate and round calcifications at the UOQ, stable since 2021. BI-RADS 2.
Right breast: architectural distortion at 11 h, not seen on the previous exam, sonographically occult. ACR 4.
Overall: BI-RADS 4.
""", "c", "L2 R4", ["4"], ["calc L p s m:punctate,round d:grouped", "ad R p"])

add("Cypriot private imaging centre (Nicosia), mammography + ultrasound", False,
    "column table RIGHT/LEFT with MMG, US and Final rows (final R 3, L 2); descriptions below", """
IMPRESSION
            RIGHT        LEFT
MMG         BI-RADS 1    BI-RADS 2
US          BI-RADS 3    BI-RADS 2
Final       3            2
Right: 7mm oval circumscribed mass at 7 o'clock (US only), probably fibroadenoma. Left: simple cysts.
Density: C.
""", "c", "R1 R3 R3 L2 L2 L2", [], ["mass R p", "mass L p"])

add("Estonian regional hospital (Tallinn), mammography + ultrasound", False,
    "one paragraph; right mass 'BI-RADS 5' and right nodes 'BI-RADS 4' -> right 5; 'Left breast ..., BI-RADS 1.'", """
Conclusion: In the right breast, upper outer quadrant, a 17 mm spiculated mass with pleomorphic microcalcifications, BI-RADS 5. Right axillary lymph nodes with thickened cortex up to 4 mm, BI-RADS 4. Left breast without pathological findings, BI-RADS 1. ACR B.
""", "b", "R5 R4 L1", [], ["mass R p", "calc R p m:fine_pleomorphic", "ln R p"])

add("US VA medical center, women's health screening", False,
    "all capitals; unsided 'BI-RADS 1: NEGATIVE.' on a bilateral screen -> untied; no findings", """
IMPRESSION:
NEGATIVE BILATERAL SCREENING MAMMOGRAM. NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY.
BI-RADS 1: NEGATIVE.
BREAST DENSITY: ALMOST ENTIRELY FATTY.
RESULTS LETTER MAILED TO VETERAN. NEXT SCREENING PER VA WOMEN'S HEALTH.
""", "a", "", ["1"], [])

add("US Indian Health Service clinic, contract radiologist", False,
    "numbered 'Left breast: ... BI-RADS 0.' / 'Right breast: Benign. ... BI-RADS 2.'; developing asymmetry not present before", """
IMPRESSION:
1. Left breast: Developing asymmetry in the lower inner quadrant, not present on the 2022 exam. Diagnostic mammogram and ultrasound recommended. BI-RADS 0.
2. Right breast: Benign. Stable intramammary lymph node. BI-RADS 2.
3. Density: Scattered areas of fibroglandular density.
Patient to be notified via the facility mammography coordinator.
""", "b", "L0 R2", [], ["asym L p", "ln R p s"])

add("US mobile mammography coach, final report", False,
    "'BI-RADS 0 Incomplete - Right.' side after the number; 'Left: BI-RADS 1 Negative.'; possible mass", """
MOBILE SCREENING UNIT - FINAL REPORT
IMPRESSION: Possible mass right breast, posterior depth, seen on MLO only. Recommend diagnostic work-up. BI-RADS 0 Incomplete - Right.
Left: BI-RADS 1 Negative.
Density: B
""", "b", "R0 L1", [], ["mass R q"])

add("US breast-surgeon office ultrasound (less common)", True,
    "surgeon's own targeted right ultrasound; unsided 'BI-RADS 3.' tied by the one-breast exam", """
Office breast ultrasound (performed and interpreted by surgeon):
Targeted US right breast 10:00, 4 cm FN: 1.4 x 0.9 cm oval hypoechoic solid mass, parallel, circumscribed, no internal flow. Consistent with fibroadenoma. BI-RADS 3.
Plan: discussed options; repeat US in 6 months vs excision per patient preference.
""", None, "R3", [], ["mass R p"])

add("US patient-portal results summary (less common)", True,
    "lay text: 'BI-RADS 0 (needs more imaging) for the left breast' / 'right breast looked normal (BI-RADS 1)'; 'an area' names no kind", """
Your Mammogram Results
Your recent screening mammogram showed an area in your left breast that needs a closer look. This is common, and most call-backs turn out to be nothing serious. Your radiologist's assessment: BI-RADS 0 (needs more imaging) for the left breast. Your right breast looked normal (BI-RADS 1).
Your breast tissue is heterogeneously dense. Dense tissue can make it harder to find cancer on a mammogram.
""", "c", "L0 R1", [], [])

add("US community hospital, raw voice recognition (less common)", True,
    "dictation errors 'specular' (spiculated) and 'Bi-Rads to' (2); numbered items with sides; absent right nodes", """
IMPRESSION:
1. Right breast 2 o'clock irregular mass with specular margins corresponding to the palpable abnormality, highly suggestive of malignancy. BI-RADS 5.
2. Left breast: benign appearing cyst at 4 o'clock. Bi-Rads to.
3. No right axillary lymphadenopathy.
""", None, "R5 L2", [], ["mass R p", "mass L p", "ln R a"])

add("US community hospital, all-caps telegraphic impression (less common)", True,
    "telegraphic 'BIRADS 2 R / 1 L'; 'L NEG.'; density letter", """
IMP: BILAT DX MAMMO + US. R 9:00 5MM SIMPLE CYST - BENIGN. L NEG. BIRADS 2 R / 1 L. DENSITY C. RTN 1 YR SCREEN.
""", "c", "R2 L1", [], ["mass R p"])

add("US structured-reporting software output (less common)", True,
    "auto-generated field rows; 'Right Breast Assessment: 2 - Benign' / 'Left Breast Assessment: 4C - ...' without the word BI-RADS; 'Overall Assessment: 4C'", """
ASSESSMENT SUMMARY (auto-generated)
Breast Composition: C - Heterogeneously dense
Finding #1 | Laterality: Left | Type: Calcifications | Morphology: Fine linear branching | Distribution: Linear | Location: 3:00, 6 cm FN | Change: New
Finding #2 | Laterality: Right | Type: Mass | Shape: Oval | Margin: Circumscribed | Location: 7:00 | Change: Stable
Right Breast Assessment: 2 - Benign
Left Breast Assessment: 4C - High suspicion for malignancy
Overall Assessment: 4C
Recommendation: Stereotactic biopsy, left
""", "c", "R2 L4C", ["4C"], ["calc L p m:fine_linear d:linear", "mass R p s"])

add("US teleradiology group, screening tomosynthesis", False,
    "'BI-RADS 1 right breast, BI-RADS 1 left breast'; three absent kinds; benign-appearing nodes present", """
IMPRESSION: Bilateral screening tomosynthesis. No suspicious masses, architectural distortion, or calcifications. Benign-appearing bilateral axillary lymph nodes. BI-RADS 1 right breast, BI-RADS 1 left breast. Density: scattered fibroglandular (B). Read remotely; results transmitted to facility.
""", "b", "R1 L1", [], ["mass B a", "ad B a", "calc B a", "ln B p"])

add("US community hospital, report with next-day addendum (less common)", True,
    "addendum 'Assessment changed to BI-RADS 2, right breast' replaces 'BI-RADS 0'; 'Left remains BI-RADS 1'; asymmetry unchanged", """
IMPRESSION: Right breast: Indeterminate focal asymmetry at 12:00, BI-RADS 0. Left breast: Negative, BI-RADS 1.
ADDENDUM (next day): Prior outside mammograms from 2021 and 2023 have been received and reviewed. The right breast focal asymmetry is unchanged over 3 years and is benign. Assessment changed to BI-RADS 2, right breast. Left remains BI-RADS 1.
""", None, "R2 L1", [], ["asym R p s"])

add("New Zealand breast MDM outcome, imaging summary (Wellington) (less common)", True,
    "MDM note: '(U5, BI-RADS 5)' after the left mass; 'Right: ... BI-RADS 1.'; pathology and plan not findings", """
Breast MDM outcome - imaging summary:
Left 3 o'clock 16 mm irregular mass (U5, BI-RADS 5) - core bx: grade 2 IDC, ER+. Left axilla: one node with cortical thickening 4 mm, FNA negative.
Right: mammogram and US normal. BI-RADS 1.
Plan: WLE + SLNB.
""", None, "L5 R1", [], ["mass L p", "ln L p"])

add("US academic centre, second-opinion interpretation of outside images (less common)", True,
    "outside report's 'BI-RADS 3, left' not today's; 'BI-RADS 4A, left.'; 'Right breast: ..., BI-RADS 1'; mass enlarged", """
SECOND OPINION INTERPRETATION of outside mammogram (outside report: BI-RADS 3, left).
IMPRESSION: We agree there is a 9 mm oval circumscribed mass in the left breast at 3 o'clock. However, comparison with the outside 2022 exam, which was not available to the original reader, shows it has enlarged from 5 mm. BI-RADS 4A, left. Right breast: no suspicious findings, BI-RADS 1.
""", None, "L4A R1", [], ["mass L p"])

add("UAE insurer prior-authorisation request (Al Ain) (less common)", True,
    "form; ICD-10 line names the same lump; 'US right breast shows ... BI-RADS 4C'; left not examined", """
PRIOR AUTHORIZATION REQUEST
Diagnosis (ICD-10): N63.10 Unspecified lump in the right breast, unspecified quadrant
Clinical/radiology summary: US right breast shows a 2 cm irregular hypoechoic mass at 10 o'clock with microlobulated margins, BI-RADS 4C. Left breast not examined.
Procedure requested: US-guided core needle biopsy, right breast (CPT 19083).
""", None, "R4C", [], ["mass R p"])

add("Malaysian private hospital (Penang), radiology-pathology correlation addendum (less common)", True,
    "earlier '(BI-RADS 4B at the diagnostic visit)' excluded; 'Revised assessment: BI-RADS 2, right breast.'", """
ADDENDUM - radiology-pathology correlation:
Histology of the US-guided biopsy of the right breast 11 o'clock mass (BI-RADS 4B at the diagnostic visit): fibroadenoma. Concordant benign.
Revised assessment: BI-RADS 2, right breast. Return to annual screening.
""", None, "R2", [], ["mass R p"])

add("Saudi hospital (Dhahran, Eastern Province), mammography", False,
    "range 'BI-RADS 3-4A' -> 4A on the left; 'Right breast: benign skin calcifications. BI-RADS 2.'", """
IMPRESSION:
Left breast: cluster of amorphous calcifications at 12 o'clock, posterior depth, 5 mm. BI-RADS 3-4A; stereotactic biopsy favoured over follow-up given family history.
Right breast: benign skin calcifications. BI-RADS 2.
ACR C.
""", "c", "L4A R2", [], ["calc L p m:amorphous d:grouped", "calc R p m:skin"])
