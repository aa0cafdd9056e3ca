# Impression blocks 001-030: (origin, less_common, forms, text, density, cats, extra, findings)
D = []
def add(origin, less, forms, text, density, cats, extra, f):
    D.append(dict(origin=origin, less=less, forms=forms, text=text.strip("\n"), density=density,
                  cats=cats, extra=extra, f=f))

add("Kerala private hospital (Kochi), mammography + sonomammography", False,
    "side headers in capitals closing with Roman 'BI-RADS V' / 'BI-RADS II'; density 'ACR category C'", """
IMPRESSION:
Bilateral digital mammography with sonomammography.
Breast composition - ACR category C (heterogeneously dense).
RIGHT BREAST: Irregular hypoechoic lesion with spiculated margins at 10 o' clock position, 4 cm from nipple, measuring 1.8 x 1.5 cm, with few enlarged right axillary nodes showing loss of fatty hilum - BI-RADS V.
LEFT BREAST: Few benign calcifications. No focal lesion. - BI-RADS II.
Suggested: USG guided biopsy of right breast lesion.
""", "c", "R5 L2", [], ["mass R p", "ln R p", "calc L p"])

add("Bengaluru diagnostic chain, breast ultrasound", False,
    "dash list; Roman '(BIRADS III)' / '(BIRADS II)' closing sided items; normal nodes both axillae", """
IMPRESSION:
- Well defined oval hypoechoic lesion in left breast at 2 o'clock, measuring 11 x 7 mm, likely fibroadenoma (BIRADS III).
- Simple cyst in right breast at 9 o'clock measuring 6 mm (BIRADS II).
- Bilateral axillary lymph nodes with preserved fatty hila.
Suggested follow up USG after 6 months.
""", None, "L3 R2", [], ["mass L p", "mass R p", "ln B p"])

add("Pune private imaging chain, mammography", False,
    "summary row 'BI-RADS Assessment: Right - 1, Left - 4A'; 'no associated mass' absent", """
IMPRESSION:
Cluster of fine pleomorphic microcalcifications in the upper outer quadrant of left breast spanning 11 mm, no associated mass.
Right breast - no abnormality.
BI-RADS Assessment: Right - 1, Left - 4A.
Advised: stereotactic biopsy.
""", None, "R1 L4A", [], ["calc L p m:fine_pleomorphic d:grouped", "mass L a"])

add("Sri Lankan teaching hospital (Kandy), breast ultrasound", False,
    "'BIRADS 4B right.' / 'BIRADS 2 left.' side after the number; unsided negated nodes on a bilateral exam", """
Conclusion: Complex cystic and solid lesion in the right breast at 7 o'clock, 22x18mm, with internal vascularity. BIRADS 4B right.
Left breast shows a few simple cysts, largest 8mm. BIRADS 2 left.
No axillary lymphadenopathy.
""", None, "R4B L2", [], ["mass R p", "mass L p", "ln B a"])

add("Saudi private hospital (Jeddah), mammography + ultrasound", False,
    "'OPINION:' heading; 'Right breast: BI-RADS 2 (benign) - ...' category first; 'previously biopsied'; stable mass", """
OPINION:
Bilateral breast examination (MMG + US):
Right breast: BI-RADS 2 (benign) - oval circumscribed mass at 12 o'clock, previously biopsied as fibroadenoma, unchanged since 2022.
Left breast: BI-RADS 1 (negative).
Breast density: B.
""", "b", "R2 L1", [], ["mass R p s"])

add("UAE government hospital (Sharjah), screening mammography", False,
    "comparison line with prior '(BI-RADS 1)' excluded; left 'BI-RADS 2' on its line; unsided 'Overall assessment: BI-RADS 0'", """
IMPRESSION:
Compared with prior study of 2023 (BI-RADS 1).
New focal asymmetry in the right breast upper inner quadrant, seen on CC view only. No associated calcifications.
Left breast: stable benign-appearing calcifications, BI-RADS 2.
Overall assessment: BI-RADS 0 - Incomplete. Recall for spot compression views and ultrasound.
""", None, "L2", ["0"], ["asym R p", "calc R a", "calc L p s"])

add("Qatar national screening programme (Doha), screening result", False,
    "'R: BI-RADS 1' / 'L: BI-RADS 0 - ...' label lines; standard density caveat sentence", """
Result: RECALL FOR ASSESSMENT
R: BI-RADS 1
L: BI-RADS 0 - architectural distortion left breast at 1 o'clock, middle depth, seen on tomosynthesis only.
Breast composition: heterogeneously dense (ACR c), which may obscure small masses.
""", "c", "R1 L0", [], ["ad L p"])

add("Iranian university hospital (Mashhad), breast ultrasound, translated", False,
    "'BIRADS: 4b' / 'BIRADS: 2' closing side paragraphs; duct ectasia; nodes 'bilaterally'", """
Impression:
Right breast: A 14*10 mm irregular hypoechoic mass with non-circumscribed margin at 10 o'clock, 3 cm from nipple, non parallel. BIRADS: 4b
Left breast: Few ducts ectasia in retroareolar region. BIRADS: 2
Axillae: reactive appearing lymph nodes bilaterally with normal cortical thickness.
""", None, "R4B L2", [], ["mass R p", "other L p", "ln B p"])

add("Turkish private imaging centre (Izmir), mammography, bilingual heading", False,
    "'BI-RADS 4A (left)' / 'BI-RADS 2 (right)' side in brackets after the number; new calcifications; vascular calcifications", """
SONUÇ / CONCLUSION:
Bilateral breast parenchyma ACR type B.
In the left breast upper outer quadrant, grouped amorphous microcalcifications over an area of 8 mm, new compared with the examination dated 14.03.2024. BI-RADS 4A (left).
Right breast: benign vascular calcifications. BI-RADS 2 (right).
No pathologic lymph node in bilateral axillae.
""", "b", "L4A R2", [], ["calc L p m:amorphous d:grouped", "calc R p m:vascular", "ln B a"])

add("Ugandan national referral hospital (Kampala), breast ultrasound", False,
    "'- BIRADS 5.' closing the left line; 'Rt breast normal ... BIRADS 1.'; misspelling 'heterogenous'; skin thickening + nipple retraction", """
IMPRESSION: Large irregular heterogenous mass L breast UOQ approx 5.2cm with overlying skin thickening and nipple retraction, and matted L axillary nodes. Features highly suspicious for malignancy - BIRADS 5.
Rt breast normal sonographic appearance. BIRADS 1.
Advise: core biopsy.
""", None, "L5 R1", [], ["mass L p", "skin L p", "skin L p", "ln L p"])

add("Tanzanian cancer institute (Dar es Salaam), mammography", False,
    "numbered; '..., BI-RADS 5.' closing a right item; 'Left breast: ... no mass. BI-RADS 1.'; density words", """
CONCLUSION:
1. Right breast mass at 12 o'clock with microcalcifications and ipsilateral axillary lymphadenopathy, BI-RADS 5.
2. Left breast: fibroglandular tissue, no mass. BI-RADS 1.
Breast density: scattered areas of fibroglandular density.
""", "b", "R5 L1", [], ["mass R p", "calc R p", "ln R p", "mass L a"])

add("Zambian university teaching hospital (Lusaka), breast ultrasound", False,
    "'BI-RADS 2 bilaterally' on its own line; present cysts + absent solid lesion both breasts; 'Normal axillae' (no kind)", """
Impression:
Bilateral breast cysts, the largest on the left at 3 o'clock measuring 2.1 x 1.4cm, simple. No solid lesion seen.
BI-RADS 2 bilaterally.
Normal axillae.
""", None, "B2", [], ["mass B p", "mass B a"])

add("Zimbabwean central hospital (Harare), breast ultrasound", False,
    "capital side labels with 'BIRADS 4C' / 'BIRADS 1' at line end, no full stop; nodes 'Not enlarged bilaterally'", """
IMPRESSION
LEFT breast: Ill-defined hypoechoic mass 3 o'clock 18mm with posterior acoustic shadowing. Suspicious. BIRADS 4C
RIGHT breast: No abnormality detected. BIRADS 1
Axillary nodes: Not enlarged bilaterally.
""", None, "L4C R1", [], ["mass L p", "ln B a"])

add("Botswana referral hospital (Gaborone), mammography", False,
    "'Negative mammogram' in words, no category; three absent kinds 'in either breast'; density D", """
Impression: Extremely dense breasts (ACR D), which lowers the sensitivity of mammography. No suspicious mass, calcification or distortion in either breast. Negative mammogram. Suggest supplementary ultrasound given density.
""", "d", "", [], ["mass B a", "calc B a", "ad B a"])

add("Malawian central hospital (Blantyre), breast ultrasound", False,
    "'BIRADS 2 (Rt). BIRADS 1 (Lt).' side in brackets after the number; abscess collection; absent mass on the right line", """
US BREASTS: IMPRESSION
Right breast abscess collection at 8 o'clock measuring 35x20mm. No solid mass.
Left breast normal.
BIRADS 2 (Rt). BIRADS 1 (Lt).
Rec. US guided aspiration and clinical correlation.
""", None, "R2 L1", [], ["other R p", "mass R a"])

add("Namibian private radiology practice (Windhoek), screening mammography", False,
    "'ACR BI-RADS 2: Benign findings, both breasts.'; stable diffuse coarse calcifications; 'no new' absent", """
IMPRESSION:
Stable bilateral scattered coarse calcifications, unchanged from 2022. No new mass or suspicious calcification.
Breast composition B.
ACR BI-RADS 2: Benign findings, both breasts. Routine screening in 1 year.
""", "b", "B2", [], ["calc B p s m:coarse d:diffuse", "mass B a", "calc B a"])

add("Ghanaian teaching hospital (Kumasi), mammography", False,
    "numbered; 'BI-RADS 5.' closing a right item with four lesions; 'Left breast: benign. BI-RADS 2.'", """
IMPRESSION:
1. Spiculated high density mass in the right upper outer quadrant with associated architectural distortion and pleomorphic calcifications. Enlarged right axillary node. BI-RADS 5.
2. Left breast: benign. BI-RADS 2.
3. Density: heterogeneously dense.
""", "c", "R5 L2", [], ["mass R p", "ad R p", "calc R p m:fine_pleomorphic", "ln R p"])

add("South African academic hospital (Pretoria), breast ultrasound", False,
    "'Left:' / 'Right:' paragraphs with category after the description; 'Overall: BI-RADS 3'; plural fibroadenomata one finding", """
IMPRESSION:
Left: Multiple oval circumscribed parallel hypoechoic masses in keeping with fibroadenomata, the largest 14mm at 2:00. BI-RADS 3, short interval follow-up in 6 months.
Right: Intramammary lymph node at 10:00. BI-RADS 2.
Overall: BI-RADS 3.
""", None, "L3 R2", ["3"], ["mass L p", "ln R p"])

add("Mexican private hospital (Guadalajara), mammography + ultrasound, translated", False,
    "'Global classification: BI-RADS 4C'; 'adenopathy'; 'Right breast: without evidence of malignancy. BI-RADS 1.'", """
IMPRESSION:
Breasts with heterogeneous density (ACR C).
Left breast: irregular mass with indistinct margins at 11 hrs, 15 x 12 mm, with ipsilateral axillary adenopathy with cortical thickening of 5 mm. BI-RADS 4C.
Right breast: without evidence of malignancy. BI-RADS 1.
Global classification: BI-RADS 4C.
""", "c", "L4C R1", ["4C"], ["mass L p", "ln L p"])

add("Peruvian private clinic (Lima), mammography + ultrasound, Spanish headings", False,
    "per-modality lines 'Mamografía: BI-RADS 2, ... right breast' / 'Ecografía: ... left breast ... BI-RADS 2'; 'Global: BI-RADS 2'", """
CONCLUSIONES:
- Mamografía: BI-RADS 2, benign calcifications in the right breast.
- Ecografía: simple cyst in left breast at 4 hrs, 7 mm. BI-RADS 2.
- Global: BI-RADS 2.
""", None, "R2 L2", ["2"], ["calc R p", "mass L p"])

add("Uruguayan private clinic (Montevideo), certified translation of the report (less common)", True,
    "translator's heading and note; 'BI-RADS 2 left.' / 'BI-RADS 1 right.' after the number; stable nodule", """
[Certified translation from Spanish - page 2 of 2]
DIAGNOSTIC IMPRESSION:
ACR b. Nodule in the left breast, upper inner quadrant, 9 mm, unchanged for 3 years, compatible with fibroadenoma. BI-RADS 2 left.
Right breast without changes. BI-RADS 1 right.
[Translator's note: "nódulo" has been rendered as "nodule" throughout.]
""", "b", "L2 R1", [], ["mass L p s"])

add("Colombian private clinic (Medellín), mammography + ultrasound", False,
    "'Right breast: ... BI-RADS 3.' / 'Left breast: no findings. BI-RADS 1.'; 'no correlate' (no kind)", """
IMPRESSION:
Right breast: focal asymmetry at 9 o'clock, posterior third, which persists on spot compression; ultrasound shows no correlate. BI-RADS 3.
Left breast: no findings. BI-RADS 1.
Control in 6 months.
""", None, "R3 L1", [], ["asym R p"])

add("Panamanian private hospital (Panama City), mammography + ultrasound", False,
    "'BI-RADS 2 bilateral'; oil cyst; calcified axillary node (node + calcification); fatty breasts", """
IMPRESSION:
Bilateral mammography and breast ultrasound.
Fatty breasts (ACR A).
Bilateral benign findings: oil cyst in the right breast (post-trauma) and a calcified lymph node in the left axilla.
BI-RADS 2 bilateral.
""", "a", "B2", [], ["mass R p", "ln L p", "calc L p"])

add("Swedish university hospital (Stockholm), tomosynthesis, English report", False,
    "one paragraph; unsided '(BI-RADS 5)' under the 'Right breast:' label in force; 'Left breast: unremarkable (BI-RADS 1)'", """
Conclusion: Bilateral mammography with tomosynthesis, compared to 2023. Right breast: new 7 mm spiculated mass laterally at 10 o'clock with surrounding distortion, highly suspicious. Recommend ultrasound and core biopsy (BI-RADS 5). Left breast: unremarkable (BI-RADS 1).
""", None, "R5 L1", [], ["mass R p", "ad R p"])

add("BreastScreen Norway assessment (Bergen), recall outcome", False,
    "only the recalled breast categorised ('BI-RADS 2.'); 'Right breast: not recalled.'; screen-detected density = the cyst", """
Assessment conclusion (Mammografiprogrammet, recall):
Left breast: the screen-detected density at 2 o'clock is a 12 mm simple cyst on ultrasound. No suspicious findings. BI-RADS 2.
Right breast: not recalled.
Result: benign, back to routine screening in 2 years.
""", None, "L2", [], ["mass L p"])

add("Dutch teaching hospital (Amsterdam), tomosynthesis + ultrasound", False,
    "'Right: BI-RADS 1.'; 'BI-RADS 4a' closing the left paragraph; 'no sonographic correlate'; 'ACR c'", """
Conclusion:
Right: BI-RADS 1.
Left: architectural distortion in the upper outer quadrant, only visible on tomosynthesis, no sonographic correlate. BI-RADS 4a; advice tomosynthesis-guided vacuum-assisted biopsy.
ACR c.
""", "c", "R1 L4A", [], ["ad L p"])

add("German private practice (Berlin), mammography + ultrasound, translated 'Beurteilung'", False,
    "prior '(then classified BI-RADS 3)' excluded; 'Now BI-RADS 2.'; 'Left: ..., BI-RADS 1'; stable lesion", """
Assessment (Beurteilung):
Mammography and breast ultrasound bilateral. ACR density type C.
Right: 6 mm round, circumscribed hypoechoic lesion at 8 o'clock, no change compared to previous examination 2024 (then classified BI-RADS 3). Now BI-RADS 2.
Left: involutive changes, no focal lesion, BI-RADS 1.
Next control in 12 months.
""", "c", "R2 L1", [], ["mass R p s"])

add("Spanish private hospital (Madrid), mammography", False,
    "'BI-RADS 4A.' closing the right line; left 'BI-RADS 2 (benign calcified fibroadenoma, stable)'; new calcifications", """
IMPRESSION:
Dense breasts (ACR D).
Right breast: grouped coarse heterogeneous microcalcifications in the UOQ, 6 mm, new with respect to previous study of 2023. BI-RADS 4A.
Left breast: no significant changes. BI-RADS 2 (benign calcified fibroadenoma, stable).
""", "d", "R4A L2", [], ["calc R p m:coarse_heterogeneous d:grouped", "mass L p s", "calc L p s"])

add("Portuguese private clinic (Porto), mammography + ultrasound", False,
    "category first 'Left breast: BI-RADS 3 - probable fibroadenoma ...'; 'Right breast: BI-RADS 1.'; 'Breast pattern: type B'", """
Conclusion:
Left breast: BI-RADS 3 - probable fibroadenoma, oval, 11 mm, at the junction of the outer quadrants; ultrasound control in 6 months recommended.
Right breast: BI-RADS 1.
Breast pattern: type B (scattered fibroglandular).
""", "b", "L3 R1", [], ["mass L p"])

add("Greek private diagnostic centre (Thessaloniki), mammography", False,
    "'BI-RADS 4B R.' / 'BI-RADS 1 L.' side letter after the number; regional amorphous calcifications", """
IMPRESSION
Bilateral mammography: breast density ACR B. Regional amorphous calcifications in the right breast, UOQ, spanning 25 mm. BI-RADS 4B R.
Left breast: normal. BI-RADS 1 L.
Stereotactic VAB recommended.
""", "b", "R4B L1", [], ["calc R p m:amorphous d:regional"])
