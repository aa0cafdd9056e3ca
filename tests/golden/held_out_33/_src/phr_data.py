# held_out_33 finding phrases: id, setting, form, text, cats, overall, f
ITEMS = []
LOG = "radiology resident's procedure log (US academic program, PGY-4 breast rotation)"
AUDIT = "screening programme recall audit export (pipe-separated RIS rows)"
TECH = "ultrasound technologist's worksheet (US outpatient imaging center)"
RPC = "pathology-radiology concordance meeting list (tertiary breast centre)"


def add(setting, form, text, f, cats="", overall=None):
    ITEMS.append(dict(id="ph33_%03d" % (len(ITEMS) + 1), setting=setting, form=form, text=text,
                      cats=cats, overall=overall, f=f))


add(LOG, "procedure then side letter, clock and FN; 'irreg'", "US CNB L 10:00 6cmFN irreg hypoechoic mass", ["mass L p"])
add(LOG, "'stereo VAB' with quadrant abbreviation RUOQ; 'amorph calcs' grouped", "stereo VAB RUOQ grouped amorph calcs", ["calc R p m:amorphous d:grouped"])
add(LOG, "'Lt ax LN' with cortex size", "FNA Lt ax LN, cortex 6mm", ["ln L p"])
add(LOG, "cyst aspiration; 'complicated cyst' -> mass", "cyst asp R 3:00 - complicated cyst 14mm, sent for cytology", ["mass R p"])
add(LOG, "phrase carrying its own category '- BIRADS 4C'", "US bx rt breast 11:00 mass - BIRADS 4C", ["mass R p"], "R4C", "4C")
add(LOG, "'AD' abbreviation with side letter; 'no US correlate' gives nothing", "tomo-guided bx L AD 1:00, no US correlate", ["ad L p"])
add(LOG, "wire localisation; 'fine linear branching calcs, segmental'", "wire loc R 9:00 fine linear branching calcs, segmental", ["calc R p m:fine_linear d:segmental"])
add(LOG, "seroma -> other; side from 'L lumpectomy bed'", "seroma drainage L lumpectomy bed, 40 mL", ["other L p"])
add(LOG, "'FA' -> mass; reversed order 'path f/u'", "US CNB R 12:00 FA (path f/u)", ["mass R p"])
add(LOG, "clip not a finding; 'no residual mass' absent", "clip placement only L 4:00, no residual mass", ["mass L a"])

add(AUDIT, "'RT | MASS | MLO ONLY' side word, kind, view", "RT | MASS | MLO ONLY | RECALL", ["mass R p"])
add(AUDIT, "'CALC | CLUSTER | PLEOMORPHIC' columns", "LT | CALC | CLUSTER | PLEOMORPHIC | RECALL", ["calc L p m:fine_pleomorphic d:grouped"])
add(AUDIT, "'ASYM (DEV)' developing asymmetry", "LT | ASYM (DEV) | CC+MLO | RECALL", ["asym L p"])
add(AUDIT, "'DISTORTION?' question mark -> possible", "RT | DISTORTION? | CC ONLY | RECALL", ["ad R q"])
add(AUDIT, "'NO ABN' names no kind -> no finding", "BILAT | NO ABN | - | ROUTINE", [])
add(AUDIT, "'LN AX ENLARGED' reversed order", "RT | LN AX ENLARGED | MLO | RECALL", ["ln R p"])
add(AUDIT, "'SKIN THICKEN.' abbreviation -> skin", "LT | SKIN THICKEN. | CC+MLO | RECALL", ["skin L p"])
add(AUDIT, "'CALC | VASC' -> vascular; 'not recalled'", "RT | CALC | VASC | benign - not recalled", ["calc R p m:vascular"])
add(AUDIT, "'UNCHANGED SINCE ROUND 2' -> stable", "LT | MASS | UNCHANGED SINCE ROUND 2 | NOT RECALLED", ["mass L p s"])
add(AUDIT, "'ARCH DIST | SPIC' abbreviations", "RT | ARCH DIST | SPIC | RECALL", ["ad R p"])

add(TECH, "'solid hypoechoic oval parallel' with three measurements", "Lt 2 o'clock 3cm FN solid hypoechoic oval parallel 7x4x6mm", ["mass L p"])
add(TECH, "'anechoic simple cyst' with 'RT 7:00'", "RT 7:00 anechoic simple cyst 5 mm", ["mass R p"])
add(TECH, "'L axilla: LN w/ normal fatty hilum' described normal node", "L axilla: LN w/ normal fatty hilum", ["ln L p"])
add(TECH, "'FA-like nodule, no change since 2023' -> stable mass", "R 10:00 FA-like nodule, no change since 2023", ["mass R p s"])
add(TECH, "negation 'no solid masses seen' with side", "RT breast: no solid masses seen", ["mass R a"])
add(TECH, "'complex cystic/solid mass w/ vasc flow'", "L 6:00 complex cystic/solid mass w/ vasc flow", ["mass L p"])
add(TECH, "'no abnl nodes' abbreviation negation", "Rt ax: no abnl nodes", ["ln R a"])
add(TECH, "dilated ducts (other) beside a negated intraductal mass", "L 12:00 dilated ducts retroareolar, no intraductal mass", ["other L p", "mass L a"])
add(TECH, "'hypoechoic lesion w/ shadowing, taller than wide' -> mass", "R 3:00 hypoechoic lesion w/ shadowing, taller than wide", ["mass R p"])
add(TECH, "palpable area with 'no mass' -> absent mass", "L 9:00 palp area: normal fibroglandular tissue, no mass", ["mass L a"])

add(RPC, "'BR5' category with arrow to pathology", "R 11:00 mass, spiculated, BR5 -> IDC gr 2, concordant", ["mass R p"], "R5", "5")
add(RPC, "calcs 'fine pleomorphic, segmental' with 'L UOQ'", "L UOQ calcs, fine pleomorphic, segmental -> DCIS high grade, concordant", ["calc L p m:fine_pleomorphic d:segmental"])
add(RPC, "'distortion (tomo only)' -> architectural distortion", "L 1:00 distortion (tomo only) -> radial scar, for VAE", ["ad L p"])
add(RPC, "reversed order 'Retraction of R nipple' + mass", "Retraction of R nipple, R 6:00 mass -> ILC, concordant", ["skin R p", "mass R p"])
add(RPC, "typo 'fibroadenomna' -> mass", "Lt 4:00 fibroadenomna -> FA, concordant, back to screening", ["mass L p"])
add(RPC, "reversed order 'Calcs of L breast, grouped amorphous'", "Calcs of L breast, grouped amorphous -> FEA, excision advised", ["calc L p m:amorphous d:grouped"])
add(RPC, "'R ax node, cortex 4mm' -> lymph node", "R ax node, cortex 4mm -> reactive, concordant", ["ln R p"])
add(RPC, "hematoma (other) and 'no residual mass' after VAB", "L 2:00 post VAB: hematoma 2cm, no residual mass", ["other L p", "mass L a"])
add(RPC, "reversed order with typo 'asymetry, focal, R LOQ'", "asymetry, focal, R LOQ -> PASH, concordant", ["asym R p"])
add(RPC, "typo 'calcifcations', 'punctate, regional'; 'discordant'", "R 8 o'clock calcifcations, punctate, regional -> benign, discordant, re-bx", ["calc R p m:punctate d:regional"])
