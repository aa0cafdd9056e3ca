# (n, setting, form, text, density, overall, cats, findings)
IMPS = []
A = IMPS.append

A((1, "Swedish county hospital (Uppsala), screening one-liner",
   "'BI-RADS 1 dx et sin' (Latin side abbreviations)",
   "Mammografiscreening, both breasts: no signs of malignancy. BI-RADS 1 dx et sin.",
   None, "1", "R1 L1", []))
A((2, "Finnish central hospital (Tampere), mammography one-liner",
   "side between label and number: 'BI-RADS right 1 / left 2'",
   "Bilateral mammography: benign-appearing calcifications on the left, otherwise normal. BI-RADS right 1 / left 2.",
   None, "2", "R1 L2", ["calc L p"]))
A((3, "Czech regional hospital (Brno), mammography + ultrasound, translated",
   "Latin 'l. sin.' / 'l. dx.' (lateris sinistri / dextri) after the category",
   "Conclusion: MG + USG bilat.: simple cyst l. sin. at 3 o'clock, 12 mm. BI-RADS 2 l. sin., BI-RADS 1 l. dx.",
   None, "2", "R1 L2", ["mass L p"]))
A((4, "Greek private diagnostic centre (Athens), negative one-liner",
   "'mammary glands'; '(BI-RADS 1 R/L)' both sides in a slash bracket",
   "Conclusion: Both mammary glands without pathological findings (BI-RADS 1 R/L).",
   None, "1", "R1 L1", []))
A((5, "Turkish university hospital (Ankara), ultrasound",
   "'Contralateral breast BI-RADS 1' (side only by reference to the other)",
   "IMPRESSION: Irregular hypoechoic mass with angular margins at 10 o'clock in the right breast, 14 mm, BI-RADS 4C. Contralateral breast BI-RADS 1.",
   None, "4C", "R4C L1", ["mass R p"]))
A((6, "Lebanese university medical centre (Beirut), mammography, French-trained",
   "French 'ACR n' beside 'BI-RADS n' per side (same number)",
   "Conclusion:\nRight breast: ACR 2 (BI-RADS 2) - benign intramammary lymph node.\nLeft breast: ACR 4 (BI-RADS 4) - grouped amorphous microcalcifications in the upper outer quadrant; stereotactic biopsy recommended.",
   None, "4", "R2 L4", ["ln R p", "calc L p m:amorphous d:grouped"]))
A((7, "Saudi tertiary hospital (Jeddah), bilateral ultrasound",
   "'BI-RADS 2 and 3 for the right and left breasts, respectively'",
   "IMPRESSION: Bilateral simple cysts and a 9 mm complicated cyst in the left breast at 5 o'clock. BI-RADS 2 and 3 for the right and left breasts, respectively.",
   None, "3", "R2 L3", ["mass B p", "mass L p"]))
A((8, "Indian private hospital (Thrissur, Kerala), ultrasound",
   "roman with lower-case letter 'BIRADS IVc'; 'Rt breast -' / 'Lt breast -' dashes",
   "Impression: Rt breast - well defined oval hypoechoic lesion at 9 o'clock, likely fibroadenoma - BIRADS III. Lt breast - irregular hypoechoic lesion at 2 o'clock with internal microcalcifications - BIRADS IVc. Kindly correlate with FNAC/biopsy.",
   None, "4C", "R3 L4C", ["mass R p", "mass L p", "calc L p"]))
A((9, "Sri Lankan teaching hospital (Kandy), UK-trained consultant, ultrasound",
   "RCR 'U2' / 'U4' and 'M1 bilaterally' only -> overall null",
   "Conclusion: Right breast U2 - two simple cysts at 10 o'clock. Left breast U4 - 11 mm solid mass at 1 o'clock, for core biopsy. M1 bilaterally.",
   None, None, "", ["mass R p", "mass L p"]))
A((10, "Thai private hospital (Chiang Mai), mammography + ultrasound",
   "equals signs 'BI-RADS category: Right = 2, Left = 4A'",
   "Final assessment: BI-RADS category: Right = 2, Left = 4A.\nRight: stable benign calcifications.\nLeft: new oval mass with indistinct margin, 8 mm, at 2 o'clock. US-guided biopsy is advised.",
   None, "4A", "R2 L4A", ["calc R p s", "mass L p"]))
A((11, "Vietnamese university hospital (Hue), ultrasound, Vietnamese English",
   "elliptical second side 'the left is BI-RADS 1'",
   "Conclusion: Right breast: multiple fibroadenomas, the largest 15 mm at 8 o'clock, BI-RADS 3; the left is BI-RADS 1.",
   None, "3", "R3 L1", ["mass R p"]))
A((12, "Japanese municipal screening centre (Osaka), mammography, Japanese English",
   "national JSMG category beside BI-RADS: 'Rt: cat. 2 (JSMG) = BI-RADS 2'",
   "Summary:\nRt: cat. 2 (JSMG) = BI-RADS 2. Fibroadenoma with coarse calcification, C area.\nLt: cat. 1 = BI-RADS 1.",
   None, "2", "R2 L1", ["mass R p", "calc R p m:coarse"]))
A((13, "Korean university hospital (Seoul), ultrasound",
   "'BI-RADS: Rt C4a, Lt C2' (C-prefixed categories), numbered lesions",
   "Conclusion: BI-RADS: Rt C4a, Lt C2.\n1. Rt 11 o'clock, 3 cm FN: 9 mm irregular hypoechoic mass, not parallel -> US-guided CNB.\n2. Lt 3 o'clock: 6 mm simple cyst.",
   None, "4A", "R4A L2", ["mass R p", "mass L p"]))
A((14, "Australian regional private radiology (Dubbo, NSW), ultrasound",
   "Australian U/M grades only ('U2', 'M1 U1') -> overall null",
   "Comment: Right breast - 14 mm simple cyst at 2 o'clock, benign (U2). Left breast - normal (M1 U1). Overall benign; return to routine BreastScreen.",
   None, None, "", ["mass R p"]))
A((15, "Canadian (Quebec) regional hospital (Rimouski), bilingual French-English",
   "'BI-RADS 5 gauche / left' and 'Droite / right: BI-RADS 1'",
   "IMPRESSION: Masse spiculée / spiculated mass, left breast 12:00, 15 mm: BI-RADS 5 gauche / left. Droite / right: BI-RADS 1.",
   None, "5", "L5 R1", ["mass L p"]))
A((16, "Mexican private hospital (Guadalajara), bilingual Spanish-English lines",
   "'Mama derecha (right breast): ... - BI-RADS 2' per side",
   "Mama derecha (right breast): quistes simples / simple cysts - BI-RADS 2.\nMama izquierda (left breast): microcalcificaciones pleomórficas agrupadas / grouped pleomorphic microcalcifications, 6 mm - BI-RADS 4B.",
   None, "4B", "R2 L4B", ["mass R p", "calc L p m:fine_pleomorphic d:grouped"]))
A((17, "Colombian private clinic (Medellin), mammography + ultrasound, translated",
   "summary pair 'ACR BI-RADS: Right 2 - Left 5' before the descriptions",
   "ACR BI-RADS: Right 2 - Left 5.\nLeft breast: irregular spiculated mass at 2 o'clock, 24 mm, with retraction of the overlying skin; enlarged left axillary lymph node with thickened cortex.\nRight breast: secretory calcifications.",
   None, "5", "R2 L5", ["mass L p", "skin L p", "ln L p", "calc R p m:large_rod_like"]))
A((18, "Argentine private diagnostic centre (Rosario), mammography + ultrasound, translated",
   "'BI-RADS 2 bilateral, except the ... nodule in the left breast, which is classified BI-RADS 3'",
   "CONCLUSION: BI-RADS 2 bilateral, except the new 9 mm oval circumscribed nodule in the left breast at 7 h, which is classified BI-RADS 3. Control in 6 months.",
   None, "3", "R2 L3", ["mass L p"]))
A((19, "South African private practice (Bloemfontein), mammography + ultrasound",
   "'BIRADS 4B on the right (...)' then 'The left is BIRADS 1.'",
   "Impression: BIRADS 4B on the right (architectural distortion in the upper outer quadrant, no sonographic correlate). The left is BIRADS 1.",
   None, "4B", "R4B L1", ["ad R p"]))
A((20, "Zimbabwean central hospital (Harare), UK-trained consultant, triple assessment",
   "RCR 'M5 U5' / 'M1' only -> overall null",
   "Conclusion: Left breast M5 U5 - 30 mm spiculated mass at 3 o'clock with matted left axillary nodes. Right breast M1. Core biopsies taken.",
   None, None, "", ["mass L p", "ln L p"]))
A((21, "Swedish university hospital (Lund), benign one-liner",
   "'BI-RADS 2 dx/sin'; stable bilateral oil cysts",
   "Bilateral mammography: benign findings, bilateral oil cysts unchanged since 2023. BI-RADS 2 dx/sin.",
   None, "2", "R2 L2", ["mass B p s"]))
A((22, "Finnish university hospital (Oulu), mammography, table pasted from the RIS",
   "horizontal table: a 'Right / Left' header row over a 'BI-RADS' row",
   "Assessment      Right    Left\nBI-RADS         1        4A\nLeft: new 7 mm group of amorphous calcifications at 2 o'clock; vacuum-assisted biopsy recommended.",
   None, "4A", "R1 L4A", ["calc L p m:amorphous d:grouped"]))
A((23, "Czech screening centre (Olomouc), negative one-liner, bilingual heading",
   "'Zaver / Conclusion'; 'BI-RADS 1 bilat.'; one absent kind",
   "Závěr / Conclusion: Bilat. no focal lesions, no suspicious microcalcifications. BI-RADS 1 bilat.",
   None, "1", "R1 L1", ["calc B a"]))
A((24, "Greek public hospital (Thessaloniki), mammography",
   "category closing each side line after a dash, '- BI-RADS 0' / '- BI-RADS 2'",
   "Conclusion:\nRight breast: developing asymmetry at 12 o'clock; further evaluation with spot compression and ultrasound - BI-RADS 0.\nLeft breast: scattered benign calcifications - BI-RADS 2.",
   None, "0", "R0 L2", ["asym R p", "calc L p d:diffuse"]))
A((25, "Turkish state hospital (Izmir), ultrasound negative one-liner, bilingual heading",
   "'SONUC/CONCLUSION'; 'BI-RADS 1 (bilateral)'",
   "SONUÇ/CONCLUSION: Bilateral breast ultrasound within normal limits. BI-RADS 1 (bilateral).",
   None, "1", "R1 L1", []))
A((26, "Lebanese private hospital (Tripoli), staging mammography",
   "category first with the side, reason in brackets: 'Left breast BI-RADS 6 (...)'",
   "Impression: Left breast BI-RADS 6 (known biopsy-proven carcinoma: 18 mm irregular mass at 3 o'clock, clip in place). Right breast BI-RADS 2 (stable fibroadenoma).",
   None, "6", "L6 R2", ["mass L p", "mass R p s"]))
A((27, "Saudi military hospital (Riyadh), UK-trained consultant, mammography + ultrasound",
   "'Opinion:' with RCR and BI-RADS on one line per side: 'R - M3 U4, BI-RADS 4A: ...'",
   "Opinion:\nR - M3 U4, BI-RADS 4A: indistinct 8 mm mass at 10 o'clock.\nL - M2 U2, BI-RADS 2 (simple cyst at 4 o'clock).",
   None, "4A", "R4A L2", ["mass R p", "mass L p"]))
A((28, "Indian government medical college (Kozhikode, Kerala), negative one-liner",
   "'Both breasts - no mass, no calcification. BIRADS I bilateral.'",
   "Impression: Both breasts - no mass, no calcification. BIRADS I bilateral.",
   None, "1", "R1 L1", ["mass B a", "calc B a"]))
A((29, "Sri Lankan national cancer institute (Maharagama), ultrasound",
   "numbered items '(1)' '(2)' with roman categories after a dash",
   "IMPRESSION: (1) Rt breast 2 o'clock hypoechoic solid lesion, 14 mm, with posterior acoustic shadowing - BIRADS IV. (2) Lt breast - few tiny simple cysts - BIRADS II.",
   None, "4", "R4 L2", ["mass R p", "mass L p"]))
A((30, "Thai university hospital (Bangkok), negative one-liner",
   "'(BI-RADS category 1, right and left)'",
   "Impression: Negative mammogram and ultrasound of both breasts (BI-RADS category 1, right and left).",
   None, "1", "R1 L1", []))
A((31, "Vietnamese oncology hospital (Hanoi), ultrasound, Vietnamese English",
   "'Right breast: normal; BI-RADS 1.' after the left; normal bilateral nodes described",
   "Conclusion: Left breast: complex cystic and solid mass at 4 o'clock, 20 mm, BI-RADS 4B. Right breast: normal; BI-RADS 1. Axillary lymph nodes bilaterally with normal fatty hilum.",
   None, "4B", "L4B R1", ["mass L p", "ln B p"]))
A((32, "Japanese general hospital (Sapporo), mammography, Japanese English",
   "numbers without the label then '(BI-RADS)': 'Rt: 4A, Lt: 1 (BI-RADS)'; 'Lt: NP'",
   "Findings: Rt C area: 6 mm irregular mass, new. Lt: NP.\nImpression: Rt: 4A, Lt: 1 (BI-RADS).",
   None, "4A", "R4A L1", ["mass R p"]))
A((33, "Korean private clinic (Busan), benign ultrasound one-liner",
   "'Category 2, both breasts.' without the BI-RADS label",
   "Conclusion: Bilateral multiple small cysts. Category 2, both breasts.",
   None, "2", "R2 L2", ["mass B p"]))
A((34, "Australian regional public hospital (Mount Gambier, SA), negative one-liner",
   "'BI-RADS 1 R & L'; three absent kinds",
   "Comment: Both breasts normal. No mass, distortion or suspicious calcification. BI-RADS 1 R & L.",
   None, "1", "R1 L1", ["mass B a", "ad B a", "calc B a"]))
A((35, "Canadian (Quebec) university hospital (Sherbrooke), bilingual ultrasound",
   "'BI-RADS 3 a droite / right (...) ; BI-RADS 1 a gauche / left'",
   "CONCLUSION : BI-RADS 3 à droite / right (nodule probablement bénin / probably benign nodule, 7 mm, 10 h) ; BI-RADS 1 à gauche / left. Contrôle dans 6 mois / follow-up in 6 months.",
   None, "3", "R3 L1", ["mass R p"]))
A((36, "Mexican public hospital (IMSS, Puebla), negative one-liner, bilingual",
   "'BI-RADS 1 en ambas mamas (both breasts)'",
   "Impresión diagnóstica / Impression: mastografía bilateral sin alteraciones / normal bilateral mammogram. BI-RADS 1 en ambas mamas (both breasts).",
   None, "1", "R1 L1", []))
A((37, "Colombian university hospital (Bogota), mammography",
   "per-side lines with the category last; 'No axillary adenopathy bilaterally'",
   "Impression:\nLeft breast: segmental fine linear branching calcifications in the upper outer quadrant, BI-RADS 4C.\nRight breast: no suspicious findings, BI-RADS 1.\nNo axillary adenopathy bilaterally.",
   None, "4C", "L4C R1", ["calc L p m:fine_linear d:segmental", "ln B a"]))
A((38, "Argentine private clinic (Cordoba), benign one-liner, bilingual heading",
   "'Conclusion/Conclusion'; 'BI-RADS 2 both breasts'; present and absent kinds",
   "Conclusión / Conclusion: Bilateral benign-appearing calcifications, no suspicious nodules. BI-RADS 2 both breasts.",
   None, "2", "R2 L2", ["calc B p", "mass B a"]))
A((39, "South African academic hospital (Johannesburg), triple assessment",
   "RCR 'P3 M4 U4' with BI-RADS in brackets per side",
   "Triple assessment: Left P3 M4 U4 (BI-RADS 4B) - irregular mass at 2 o'clock, 17 mm. Right P1 M1 U1 (BI-RADS 1).",
   None, "4B", "L4B R1", ["mass L p"]))
A((40, "Zimbabwean private radiology (Bulawayo), ultrasound",
   "numbered list; item 3 'Bilateral reactive axillary nodes - BIRADS 2' raises the left from 1 to 2",
   "IMPRESSION:\n1. Right breast: fibroadenoma 25 mm at 11 o'clock - BIRADS 3.\n2. Left breast: normal - BIRADS 1.\n3. Bilateral reactive axillary nodes - BIRADS 2.",
   None, "3", "R3 L2", ["mass R p", "ln B p"]))
