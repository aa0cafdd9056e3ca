# Each item: n, source, form, cats, overall, find, text (phrases carry no density)
PHRS = []
PACS = "PACS key-image annotation list"
LETTER = "breast-surgery clinic letter, one-line imaging summary"
AUDIT = "radiology audit spreadsheet, 'finding' column"
ARB = "screening unit arbitration log"
CARD = "medical student's flashcards"


def add(n, source, form, find, text, cats="", overall=None, extra=None):
    PHRS.append({"n": n, "setting": source, "form": form, "cats": cats, "overall": overall,
                 "extra_cats": extra or [], "find": find, "text": text})


add(1, PACS, "glued 'RtUOQ'; 'spic'", ["mass R p"], "RtUOQ spic mass 14mm")
add(2, PACS, "glued 'LtLIQ'; 'grp microcalc' -> grouped", ["calc L p d:grouped"], "LtLIQ grp microcalc")
add(3, PACS, "'AD' with view label 'R MLO'", ["ad R p"], "R MLO: AD, tomo only")
add(4, PACS, "'FND' (nodular density) with its US correlate: one mass", ["mass L p"], "L 3:00 FND -> cyst on US")
add(5, PACS, "'IMLN' with glued 'RtUOQ'", ["ln R p"], "IMLN RtUOQ, benign")
add(6, PACS, "'? asym vs overlap' hedged", ["asym L q"], "L CC ? asym vs overlap")
add(7, PACS, "'Ca++' with morphology word", ["calc R p m:coarse"], "Ca++ R subareolar, coarse")
add(8, PACS, "'Lt ALN' with size", ["ln L p"], "Lt ALN 22mm, no hilum")
add(9, LETTER, "mass + 'suspicious ALN', clock 'Lt 2 o'clock'; the line's own '(BIRADS 5)'", ["mass L p", "ln L p"],
    "Imaging: 2.1cm irregular mass Lt 2 o'clock with suspicious ALN (BIRADS 5)", cats="L5", overall="5")
add(10, LETTER, "'FA' unchanged -> stable", ["mass R p s"], "US: FA R 7 o'clock 18mm, unchanged since 2023")
add(11, LETTER, "negation 'no suspicious microcalc'", ["calc R a"], "Mammo: no suspicious microcalc, R breast")
add(12, LETTER, "present calcs + negated mass", ["calc R p m:fine_linear d:segmental", "mass R a"],
    "Imaging - segmental fine linear calcs Rt breast, no mass")
add(13, LETTER, "reversed 'retraction of Lt nipple' + negated mass", ["skin L p", "mass L a"],
    "Imaging: retraction of Lt nipple, no underlying mass")
add(14, LETTER, "'complex cyst' with 'L 4 o'c'", ["mass L p"], "US: complex cyst L 4 o'c, aspirated")
add(15, LETTER, "'thickened skin Rt breast'", ["skin R p"], "Imaging: thickened skin Rt breast, ?inflammatory")
add(16, LETTER, "MRI mass; 'no other lesion' names no kind", ["mass L p"], "MRI: 9mm enhancing mass L 12:00, no other lesion")
add(17, AUDIT, "typo 'pleomorpihc' (transposed); reversed order", ["calc L p m:fine_pleomorphic d:grouped"],
    "calcs, pleomorpihc, clustered, L")
add(18, AUDIT, "typo 'architectual' (dropped r)", ["ad R p"], "architectual distortion R")
add(19, AUDIT, "typo 'asymetry'; reversed; glued 'LtUIQ'", ["asym L p"], "asymetry, developing, LtUIQ")
add(20, AUDIT, "typo 'fibroadnoma' (dropped e)", ["mass R p"], "fibroadnoma R 9:00")
add(21, AUDIT, "joined 'lymphnode'; reversed order", ["ln R p"], "lymphnode axillary, enlarged, R")
add(22, AUDIT, "'microcalc' + glued 'RtUOQ' + 'amorph'", ["calc R p m:amorphous"], "microcalc RtUOQ amorph")
add(23, AUDIT, "two negations with a slash 'no AD / no mass L'", ["ad L a", "mass L a"], "no AD / no mass L")
add(24, AUDIT, "typo 'spiculted' (dropped a)", ["mass L p"], "spiculted mass L 1:00")
add(25, ARB, "one reader only, arbitrated to recall", ["ad R p"], "R AD (R1 only) - arbitrated: recall")
add(26, ARB, "'calc clusters x2' one finding, grouped", ["calc L p d:grouped"], "L calc clusters x2 - arb: benign, no recall")
add(27, ARB, "'focal asym, unchanged since rd 2' -> stable", ["asym L p s"], "Lt focal asym, unchanged since rd 2 - arb: no recall")
add(28, ARB, "'Bilat IMLN'", ["ln B p"], "Bilat IMLN - not recalled")
add(29, ARB, "'? distortion' hedged, view label 'RCC'", ["ad R q"], "R ? distortion RCC only - arb: recall")
add(30, ARB, "negation 'no microcalc on review'", ["calc L a"], "L - no microcalc on review, arb: no recall")
add(31, ARB, "'New' mass with glued quadrant 'LUOQ'", ["mass L p"], "New L mass 8mm LUOQ - recall")
add(32, ARB, "nipple retraction 'known, unchanged' -> stable skin", ["skin R p s"], "Rt nipple retraction (known, unchanged) - no recall")
add(33, CARD, "'eggshell Ca++' -> rim", ["calc L p m:rim"], "Card 12: eggshell Ca++ L breast -> benign (rim)")
add(34, CARD, "'R ax LN, cortex 6mm'", ["ln R p"], "Card 13: R ax LN, cortex 6mm -> suspicious")
add(35, CARD, "'fine linear branching microcalcs' with 'linear distribution'", ["calc R p m:fine_linear d:linear"],
    "Card 14: fine linear branching microcalcs in a linear distribution, Rt -> think DCIS")
add(36, CARD, "reversed 'thickening of the skin, L breast'", ["skin L p"], "Card 15: thickening of the skin, L breast = ?IBC")
add(37, CARD, "three negations 'in either breast' -> both", ["mass B a", "calc B a", "ad B a"],
    "Card 16: normal screen = no mass, no calc, no AD in either breast")
add(38, CARD, "oil cyst -> mass", ["mass L p"], "Card 17: oil cyst L, fat-containing, benign")
add(39, CARD, "seroma at the lumpectomy site -> other", ["other R p"], "Card 18: seroma at R lumpectomy site")
add(40, CARD, "duct ectasia -> other; 'Lt subareolar'", ["other L p"], "Card 19: duct ectasia, Lt subareolar")
