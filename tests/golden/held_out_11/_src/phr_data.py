# (num, group, text, density, overall, by_breast, findings)
PHR = []
def add(n, group, text, density, overall, bb, findings):
    PHR.append((n, group, text, density, overall, bb, findings))

G = "dataset label row"
add(1, G, "mdb023 G CIRC B 538 681 29", None, None, "", ["mass N p"])
add(2, G, "mdb209 G CALC M 647 503 87", None, None, "", ["calc N p"])
add(3, G, "mdb117 D ARCH B 325 460 40", None, None, "", ["ad N p"])
add(4, G, "mdb081 F ASYM B 492 473 131", None, None, "", ["asym N p"])
add(5, G, "mdb148 F SPIC M 314 572 47", None, None, "", ["mass N p"])
add(6, G, "D1-0173 | LeftRight: L | abnormality: calcification | classification: Malignant | subtype: HER2-enriched", None, None, "", ["calc L p"])
add(7, G, "D2-0412 | LeftRight: R | abnormality: both | classification: Malignant | subtype: Luminal B", None, None, "", ["calc R p", "mass R p"])
add(8, G, "D1-0308 | LeftRight: R | abnormality: mass | classification: Benign", None, None, "", ["mass R p"])
add(9, G, "site_id=1 laterality=L view=CC BIRADS=0 density=C difficult_negative_case=False", "c", "0", "L0", [])
add(10, G, "site_id=2 laterality=R view=MLO BIRADS=2 density=B cancer=0", "b", "2", "R2", [])

G = "worklist / audit / pick list"
add(11, G, "Recall reason: R UOQ µcalcs, new", None, None, "", ["calc R p"])
add(12, G, "Recall reason: L asym. density 6 o'c (CC only)", None, None, "", ["asym L p"])
add(13, G, "Screen-detected: Lt stellate mass 11mm, UOQ", None, None, "", ["mass L p"])
add(14, G, "Finding: Calcifications | Side: Left | Morphology: Fine linear branching | Distribution: Segmental | BI-RADS: 5", None, "5", "L5", ["calc L p m:fine_linear d:segmental"])
add(15, G, "Finding: Mass | Side: Right | Shape: Oval | Margin: Circumscribed | Assessment: 3 - Probably benign", None, "3", "R3", ["mass R p"])
add(16, G, "Finding: Lymph node | Location: Left axilla | Cortex: 5 mm, eccentric | BI-RADS 4A", None, "4A", "L4A", ["ln L p"])
add(17, G, "Lesion 2: R 8 o'c 4cmFN 7x5x6mm hypoechoic, parallel, circumscribed - ?FA", None, None, "", ["mass R p"])
add(18, G, "Rt NAC retraction, new", None, None, "", ["skin R p"])
add(19, G, "L breast sk thickening, diffuse (post RT)", None, None, "", ["skin L p"])
add(20, G, "Ax LAD R, 3 nodes, largest 22mm", None, None, "", ["ln R p"])
add(21, G, "ILN L LIQ, benign", None, None, "", ["ln L p"])
add(22, G, "Bx target: L calcs UOQ, regional amorphous", None, None, "", ["calc L p m:amorphous d:regional"])
add(23, G, "VAB site L 2 o'c - post-bx haematoma 14mm", None, None, "", ["other L p"])
add(24, G, "Seroma, R lumpectomy cavity, 3.4cm", None, None, "", ["other R p"])
add(25, G, "R subareolar duct ectsaia w/ inspissated debris", None, None, "", ["other R p"])
add(26, G, "B/L benign vasc calcs", None, None, "", ["calc B p m:vascular"])
add(27, G, "Rt dermal calcs, medial", None, None, "", ["calc R p m:skin"])
add(28, G, "L milk of calcium, layering on ML", None, None, "", ["calc L p m:milk_of_calcium"])
add(29, G, "Lt secretory calcs (large rod-like), subareolar", None, None, "", ["calc L p m:large_rod_like"])
add(30, G, "Audit 2026-10 | R | 12mm IDC | screen: spic mass | M5 | BR5", None, "5", "R5", ["mass R p"])
add(31, G, "Audit 2026-10 | L | DCIS gr3 | screen: pleo calcs, linear | M4 | BR4B", None, "4B", "L4B", ["calc L p m:fine_pleomorphic d:linear"])
add(32, G, "MDT list: L breast AD 10 o'c, tomo only, for VAB", None, None, "", ["ad L p"])
add(33, G, "R breast complex cystic & solid mass 2 o'c - BR4A", None, "4A", "R4A", ["mass R p"])
add(34, G, "L FA 14mm 3 o'c + 2nd FA 6mm 5 o'c", None, None, "", ["mass L p", "mass L p"])
add(35, G, "Bilat simple cysts (multiple), largest 19mm R", None, None, "", ["mass B p"])
add(36, G, "Lt axillary LNs - cortical thickening 4mm, fatty hila preserved", None, None, "", ["ln L p"])
add(37, G, "Rt focal asymm. UIQ, persists on spot", None, None, "", ["asym R p"])
add(38, G, "Global assymetry L, stable since 2021", None, None, "", ["asym L p s"])
add(39, G, "Developping asym R 12 o'c", None, None, "", ["asym R p"])
add(40, G, "Pick list - Calcification distribution: clustered; morphology: coarse (popcorn); side: L", None, None, "", ["calc L p m:coarse d:grouped"])
add(41, G, "Pick list - Associated features: skin retraction; side: R", None, None, "", ["skin R p"])
add(42, G, "R breast oil cyst w/ rim calc, 2 o'c", None, None, "", ["mass R p", "calc R p m:rim"])
add(43, G, "Lt mass 6 o'c, irreg, angular margins, 9mm, non-parallel", None, None, "", ["mass L p"])
add(44, G, "Tracking: R dystrophic calcs, lumpectomy site", None, None, "", ["calc R p m:dystrophic"])
add(45, G, "L suture calcs, lumpectomy site", None, None, "", ["calc L p m:suture"])

G = "misspelt lexicon word"
add(46, G, "Microcalicifications R UOQ, grouped", None, None, "", ["calc R p d:grouped"])
add(47, G, "L architectual distortion 1 o'c", None, None, "", ["ad L p"])
add(48, G, "Assymetric density R MLO", None, None, "", ["asym R p"])
add(49, G, "Lt axillary lymphadenopthy", None, None, "", ["ln L p"])
add(50, G, "Fibroadenmoa L 4 o'c 11mm", None, None, "", ["mass L p"])
add(51, G, "Nipple retracton R", None, None, "", ["skin R p"])
add(52, G, "Skin thikcening L periareolar", None, None, "", ["skin L p"])
add(53, G, "R intramammery LN", None, None, "", ["ln R p"])
add(54, G, "Calsifications L, segmentel, fine pleomorphic", None, None, "", ["calc L p m:fine_pleomorphic d:segmental"])
add(55, G, "Circumscirbed oval mass Rt 9 o'c", None, None, "", ["mass R p"])
add(56, G, "Distortoin R UOQ on tomo", None, None, "", ["ad R p"])
add(57, G, "axillery node L, abnormal", None, None, "", ["ln L p"])

G = "split / hyphenated / joined"
add(58, G, "Micro calcs L, punctate", None, None, "", ["calc L p m:punctate"])
add(59, G, "R intra mammary lymph node", None, None, "", ["ln R p"])
add(60, G, "Archi-tectural distortion, L 3 o'c", None, None, "", ["ad L p"])
add(61, G, "Lt fibro adenomas x2 (8mm, 12mm)", None, None, "", ["mass L p", "mass L p"])

G = "reversed order"
add(62, G, "Lymph node, intramammary, R UOQ", None, None, "", ["ln R p"])
add(63, G, "Nipple, retraction, left", None, None, "", ["skin L p"])
add(64, G, "Architecure distorted, R 10 o'c", None, None, "", ["ad R p"])
add(65, G, "Calcificaitons of the left breast - amorphous, in a linear distribution", None, None, "", ["calc L p m:amorphous d:linear"])
add(66, G, "Oedema of the skin, R breast", None, None, "", ["skin R p"])
add(67, G, "Asymmetry, global, right", None, None, "", ["asym R p"])

G = "adjective form"
add(68, G, "Microcalcific cluster R UOQ", None, None, "", ["calc R p d:grouped"])
add(69, G, "Oedematous skin, L breast", None, None, "", ["skin L p"])
add(70, G, "Nodal enlargment, L axilla", None, None, "", ["ln L p"])
add(71, G, "Architecturally distorted area R 11 o'c", None, None, "", ["ad R p"])
add(72, G, "Asymmetric fibroglandular density L UIQ", None, None, "", ["asym L p"])
add(73, G, "Calcific focus in R FA", None, None, "", ["calc R p", "mass R p"])

G = "negated / no change"
add(74, G, "No suspicious microcalcs, L", None, None, "", ["calc L a"])
add(75, G, "R: nil AD, nil mass", None, None, "", ["ad R a", "mass R a"])
add(76, G, "Axillae: no LAD", None, None, "", ["ln B a"])
add(77, G, "L focal asymmetry - effaced on spot compression", None, None, "", ["asym L a"])
add(78, G, "No change R FA 9mm (3y)", None, None, "", ["mass R p s"])
add(79, G, "L grouped coarse calcs - unchanged since 2023", None, None, "", ["calc L p s m:coarse d:grouped"])
add(80, G, "No interval change in the R IMLN", None, None, "", ["ln R p s"])
add(81, G, "Skin not thickened, R", None, None, "", ["skin R a"])

G = "hedged"
add(82, G, "?AD R 12 o'c, CC only", None, None, "", ["ad R q"])
add(83, G, "Possible small L intramammary LN", None, None, "", ["ln L q"])
add(84, G, "R mass not excluded - dense tissue, US advised", None, None, "", ["mass R q"])

G = "category / density bearing"
add(85, G, "BI-RADS 4(b) | L | irregular mass 2 o'c", None, "4B", "L4B", ["mass L p"])
add(86, G, "Cat. 3 R - ovoid mass, likely FA", None, "3", "R3", ["mass R p"])
add(87, G, "BIRADS 1/2 (R/L) - L benign IMLN", None, "2", "R1 L2", ["ln L p"])
add(88, G, "Upgraded 3 -> 4A: L calcs now pleomorphic (BI-RADS 4A)", None, "4A", "L4A", ["calc L p m:fine_pleomorphic"])

G = "no finding"
add(89, G, "R marker clip in situ, post VAB, no residual", None, None, "", [])
add(90, G, "Bilat subpectoral implants, intact", None, None, "", [])
