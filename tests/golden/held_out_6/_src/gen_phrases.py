"""Writes phrases/phrases.jsonl (ph6_001-080): finding phrases as worklists, registries and dataset labels
carry them. Each row: (group, text, density, overall, by_breast, findings)."""
from common import expected, write_jsonl

P = [
# --- dataset label rows (CMMD-like, MIAS-like class codes with an explicit side, OPTIMAM-like) ---
("label", "L | calcification | Malignant", None, None, "", ["calc L p"]),
("label", "R | mass | Benign", None, None, "", ["mass R p"]),
("label", "LeftRight: L; abnormality: mass + calcification; classification: Malignant", None, None, "", ["calc L p", "mass L p"]),
("label", "side=R class=CIRC severity=B (well-defined/circumscribed mass)", None, None, "", ["mass R p"]),
("label", "side=L class=ARCH severity=M (architectural distortion)", None, None, "", ["ad L p"]),
("label", "side=R class=ASYM severity=B (asymmetry)", None, None, "", ["asym R p"]),
("label", "side=L class=NORM", None, None, "", []),
("label", "RCC; lesion type: calcification cluster; BI-RADS 4B", None, "4B", "R4B", ["calc R p d:grouped"]),
("label", "LMLO - Focal asymmetry - BI-RADS 3 - Density B", "b", "3", "L3", ["asym L p"]),
("label", "R | Architectural Distortion; Suspicious Calcification | BI-RADS 5", None, "5", "R5", ["ad R p", "calc R p"]),
# --- worklist phrases with abbreviations ---
("worklist", "Lt UOQ spic mass 14mm", None, None, "", ["mass L p"]),
("worklist", "Rt breast 10 o'c complicated cyst", None, None, "", ["mass R p"]),
("worklist", "L ax LN cortex 4 mm", None, None, "", ["ln L p"]),
("worklist", "R IMLN, benign", None, None, "", ["ln R p"]),
("worklist", "B/L simple cysts", None, None, "", ["mass B p"]),
("worklist", "Lt AD on tomo, no US correlate", None, None, "", ["ad L p"]),
("worklist", "R grp fine pleo calcs 8mm UIQ", None, None, "", ["calc R p m:fine_pleomorphic d:grouped"]),
("worklist", "bilat vasc calcs", None, None, "", ["calc B p m:vascular"]),
("worklist", "L FA 2:00, stable", None, None, "", ["mass L p s"]),
("worklist", "Rt nipple retraction", None, None, "", ["skin R p"]),
("worklist", "L skin thickening post XRT", None, None, "", ["skin L p"]),
("worklist", "R dev asym LOQ", None, None, "", ["asym R p"]),
("worklist", "Lt breast 3 cm segmental amorph calcs", None, None, "", ["calc L p m:amorphous d:segmental"]),
("worklist", "R seroma at lumpectomy site", None, None, "", ["other R p"]),
("worklist", "L post-bx haematoma 12mm", None, None, "", ["other L p"]),
("worklist", "R subareolar duct ectasia", None, None, "", ["other R p"]),
("worklist", "L 6:00 oil cyst w/ rim calc", None, None, "", ["mass L p", "calc L p m:rim"]),
("worklist", "Rt axillary LAD, matted", None, None, "", ["ln R p"]),
("worklist", "L MCs linear distn 15mm", None, None, "", ["calc L p d:linear"]),
("worklist", "R 12:00 irreg hypoechoic SOL, 9x7mm", None, None, "", ["mass R p"]),
("worklist", "Lt breast fat necrosis", None, None, "", ["other L p"]),
("worklist", "R regional coarse heterog calcs", None, None, "", ["calc R p m:coarse_heterogeneous d:regional"]),
("worklist", "L milk of calcium, layering on ML view", None, None, "", ["calc L p m:milk_of_calcium"]),
("worklist", "R sutural calcifications", None, None, "", ["calc R p m:suture"]),
("worklist", "Rt breast large rod-like calcs", None, None, "", ["calc R p m:large_rod_like"]),
# --- misspelt lexicon words ---
("typo", "L grouped pleomophic calcs", None, None, "", ["calc L p m:fine_pleomorphic d:grouped"]),
("typo", "Rt breast fibroadenomaa", None, None, "", ["mass R p"]),
("typo", "Left architectual distortion", None, None, "", ["ad L p"]),
("typo", "R focal asymmmetry", None, None, "", ["asym R p"]),
("typo", "Bilat axillary lymphadenopahty", None, None, "", ["ln B p"]),
("typo", "L intramammary lymph ndoe", None, None, "", ["ln L p"]),
("typo", "Rt spiculatd mass", None, None, "", ["mass R p"]),
("typo", "L punctate microcalcificaitons", None, None, "", ["calc L p m:punctate"]),
("typo", "R nipple retracton", None, None, "", ["skin R p"]),
("typo", "L skin thickeing", None, None, "", ["skin L p"]),
("typo", "R segmentl fine linear calcs", None, None, "", ["calc R p m:fine_linear d:segmental"]),
("typo", "Lt dystrohpic calcification", None, None, "", ["calc L p m:dystrophic"]),
# --- split / joined words ---
("split", "R micro-calcifications, clustered", None, None, "", ["calc R p d:grouped"]),
("split", "L intra mammary LN", None, None, "", ["ln L p"]),
("split", "Rt fibro adenoma", None, None, "", ["mass R p"]),
("split", "L skin-thickening", None, None, "", ["skin L p"]),
("split", "R axillary lymphnodes", None, None, "", ["ln R p"]),
# --- reversed order ---
("reversed", "Retraction of the left nipple", None, None, "", ["skin L p"]),
("reversed", "Distortion of the architecture, R UOQ", None, None, "", ["ad R p"]),
("reversed", "Thickening of the skin of the right breast", None, None, "", ["skin R p"]),
("reversed", "Calcifications, amorphous, grouped - L", None, None, "", ["calc L p m:amorphous d:grouped"]),
("reversed", "Dilatation of the left retroareolar ducts", None, None, "", ["other L p"]),
# --- adjective forms ---
("adjective", "Asymmetric density, left breast", None, None, "", ["asym L p"]),
("adjective", "Distorted architecture R breast", None, None, "", ["ad R p"]),
("adjective", "Calcified L fibroadenoma", None, None, "", ["mass L p", "calc L p"]),
("adjective", "Nodal enlargement, right axilla", None, None, "", ["ln R p"]),
("adjective", "Left nipple inverted", None, None, "", ["skin L p"]),
# --- negated / hedged / pseudo-negated ---
("negated", "No suspicious calcs L", None, None, "", ["calc L a"]),
("negated", "R: nil mass, nil AD", None, None, "", ["mass R a", "ad R a"]),
("negated", "No ax LAD bilat", None, None, "", ["ln B a"]),
("negated", "L asymmetry resolved on spot views", None, None, "", ["asym L a"]),
("hedged", "?R AD, for tomo", None, None, "", ["ad R q"]),
("hedged", "Possible L intracystic mass", None, None, "", ["mass L q"]),
("hedged", "Rt skin thickening - cannot exclude", None, None, "", ["skin R q"]),
("hedged", "L probable FA", None, None, "", ["mass L p"]),
("pseudo", "No change in R grouped coarse calcs", None, None, "", ["calc R p s m:coarse d:grouped"]),
("pseudo", "L cyst, not seen in 2024", None, None, "", ["mass L p"]),
# --- category / density bearing ---
("category", "BIRADS\u2122 4A L 1:00 irreg mass", None, "4A", "L4A", ["mass L p"]),
("category", "R FA - BI-RADS\u00ae 3", None, "3", "R3", ["mass R p"]),
("category", "Cat 5 Rt, spic mass + pleo calcs", None, "5", "R5", ["mass R p", "calc R p m:fine_pleomorphic"]),
("category", "L BIRADS IVb - AD", None, "4B", "L4B", ["ad L p"]),
("category", "BI-RADS R 2 / L 0 - L focal asymmetry", None, "0", "R2 L0", ["asym L p"]),
("category", "ACR C; bilat benign calcs; BIRADS 2 B/L", "c", "2", "B2", ["calc B p"]),
# --- no finding ---
("none", "Bilat implants, intact", None, None, "", []),
("none", "L biopsy clip in place", None, None, "", []),
]

rows = []
for i, (grp, text, dens, overall, bb, codes) in enumerate(P, 1):
    rows.append({"id": "ph6_%03d" % i, "text": text, "expected": expected(dens, overall, bb, codes)})
assert len(rows) == 80, len(rows)
write_jsonl("phrases/phrases.jsonl", rows)
print("phrases", len(rows), sum(len(r["expected"]["findings"]) for r in rows))
