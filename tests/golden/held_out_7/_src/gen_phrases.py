import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import expected, write_jsonl

# (group, text, density, overall, by_breast, findings)
P = [
# dataset label rows
("dataset", "R_CC | Lesion: Mass | Bi-Rads: 4c", None, "4C", "R4C", ["mass R p"]),
("dataset", "L_MLO | Lesion: Calcification | Bi-Rads: 2", None, "2", "L2", ["calc L p"]),
("dataset", "R_MLO | Lesion: Asymmetry | Bi-Rads: 3", None, "3", "R3", ["asym R p"]),
("dataset", "L_CC | Lesion: Distortion | Bi-Rads: 4a", None, "4A", "L4A", ["ad L p"]),
("dataset", "side=L; massshape=irregular; massmargin=spiculated; calcfind=; asses=S (suspicious, BI-RADS 4)", None, "4", "L4", ["mass L p"]),
("dataset", "side=R; massshape=; calcfind=punctate; calcdistri=grouped; asses=P (probably benign, BI-RADS 3)", None, "3", "R3", ["calc R p m:punctate d:grouped"]),
("dataset", "side=B; massshape=; calcfind=; asses=N (negative, BI-RADS 1)", None, "1", "B1", []),
("dataset", "Right | DM | Mass, irregular, spiculated | Malignant", None, None, "", ["mass R p"]),
("dataset", "Left | DM | Calcifications, amorphous, segmental | Benign", None, None, "", ["calc L p m:amorphous d:segmental"]),
("dataset", "RCC  birads=5  finding=spiculated mass + microcalcification", None, "5", "R5", ["mass R p", "calc R p"]),
("dataset", "Lesion 1 | side: L | type: architectural distortion | conspicuity: subtle", None, None, "", ["ad L p"]),
("dataset", "view: LCC | class: benign | box: mass", None, None, "", ["mass L p"]),
# audit / recall spreadsheets, worklists, pick lists
("worklist", "Recall reason: Rt calcs UOQ", None, None, "", ["calc R p"]),
("worklist", "Recall reason: LT ASYM", None, None, "", ["asym L p"]),
("worklist", "Recall reason: well-defined mass, left", None, None, "", ["mass L p"]),
("worklist", "Recall reason: ill defined mass R 11 o'c", None, None, "", ["mass R p"]),
("worklist", "R ax LN cortex 4mm", None, None, "", ["ln R p"]),
("worklist", "Lt IMLN, benign", None, None, "", ["ln L p"]),
("worklist", "Bilat ALNs - normal morphology", None, None, "", ["ln B p"]),
("worklist", "MCs L LOQ, grouped, amorph", None, None, "", ["calc L p m:amorphous d:grouped"]),
("worklist", "R arch dist 12 o'c", None, None, "", ["ad R p"]),
("worklist", "FAD L UOQ", None, None, "", ["asym L p"]),
("worklist", "L FA 8mm, 2 o'c, unch", None, None, "", ["mass L p s"]),
("worklist", "Rt complex cyst 4 o'c", None, None, "", ["mass R p"]),
("worklist", "Ca++ R breast, benign-appearing", None, None, "", ["calc R p"]),
("worklist", "R nipple retraction (new)", None, None, "", ["skin R p"]),
("worklist", "L skin thickening post RT", None, None, "", ["skin L p"]),
("worklist", "R seroma, lumpectomy bed", None, None, "", ["other R p"]),
("worklist", "L duct ectaisa, retroareolar", None, None, "", ["other L p"]),
("worklist", "R heamatoma post VAB", None, None, "", ["other R p"]),
("worklist", "Finding: Mass | Side: Right | Shape: Oval | Margin: Circumscribed | Assessment: 3", None, "3", "R3", ["mass R p"]),
("worklist", "Finding: Calcification | Side: Left | Morphology: Fine linear branching | Distribution: Linear | Assessment: 5", None, "5", "L5", ["calc L p m:fine_linear d:linear"]),
("worklist", "Finding: Lymph node | Location: Left axilla | Cortex: 6 mm | Assessment: 4A", None, "4A", "L4A", ["ln L p"]),
("worklist", "Abnormality: microcalcification; Side: R; Mammographic opinion: M4", None, None, "", ["calc R p"]),
("worklist", "Abnormality: spiculated mass; Side: L; M5 U5", None, None, "", ["mass L p"]),
("worklist", "Abnormality: asymmetric density; Side: R; M3", None, None, "", ["asym R p"]),
("worklist", "L breast: 2 cysts (5 & 9 mm)", None, None, "", ["mass L p", "mass L p"]),
("worklist", "R breast multiple FAs", None, None, "", ["mass R p"]),
("worklist", "Axillary LAP L", None, None, "", ["ln L p"]),
("worklist", "Intramammary node R UOQ", None, None, "", ["ln R p"]),
("worklist", "Skin calcs L", None, None, "", ["calc L p m:skin"]),
("worklist", "R vasc calcs", None, None, "", ["calc R p m:vascular"]),
("worklist", "Milk-of-calcium calcs L, teacup on ML", None, None, "", ["calc L p m:milk_of_calcium"]),
("worklist", "Dystrophic calcs R lumpectomy site", None, None, "", ["calc R p m:dystrophic"]),
("worklist", "Rod-like calcs bilat (secretory)", None, None, "", ["calc B p m:large_rod_like"]),
("worklist", "Coarse heterogenous calcs, L, regional", None, None, "", ["calc L p m:coarse_heterogeneous d:regional"]),
("worklist", "Rim calcs R (oil cyst)", None, None, "", ["calc R p m:rim", "mass R p"]),
# misspelt lexicon words
("misspelt", "Lt breast microcalcifiactions", None, None, "", ["calc L p"]),
("misspelt", "R archtiectural distortion", None, None, "", ["ad R p"]),
("misspelt", "Assymetrical density L", None, None, "", ["asym L p"]),
("misspelt", "L fibroadeonma 3 o'c", None, None, "", ["mass L p"]),
("misspelt", "Rt axillary lymphadenophathy", None, None, "", ["ln R p"]),
("misspelt", "L intramammry LN", None, None, "", ["ln L p"]),
("misspelt", "pleomorhpic calcs R", None, None, "", ["calc R p m:fine_pleomorphic"]),
("misspelt", "Spiculted mass L 2 o'c", None, None, "", ["mass L p"]),
("misspelt", "R nipple retractoin", None, None, "", ["skin R p"]),
("misspelt", "skin thikening R", None, None, "", ["skin R p"]),
("misspelt", "L segmantal amorphous calcs", None, None, "", ["calc L p m:amorphous d:segmental"]),
("misspelt", "Asmmetry R LIQ", None, None, "", ["asym R p"]),
# split / joined words
("split", "L lymphnode, axillary tail", None, None, "", ["ln L p"]),
("split", "R clustered calci- fications", None, None, "", ["calc R p d:grouped"]),
("split", "Lymph adenopathy R", None, None, "", ["ln R p"]),
("split", "Fibro-adenomas bilat", None, None, "", ["mass B p"]),
# reversed order
("reversed", "Calcification of the left breast, punctate, scattered", None, None, "", ["calc L p m:punctate d:diffuse"]),
("reversed", "Enlarged nodes of the right axilla", None, None, "", ["ln R p"]),
("reversed", "Retraction of the skin, L lower inner", None, None, "", ["skin L p"]),
("reversed", "Thickening of the areolar skin, right", None, None, "", ["skin R p"]),
("reversed", "Ducts dilated, R subareolar", None, None, "", ["other R p"]),
("reversed", "Mass of the right breast, lobulated", None, None, "", ["mass R p"]),
("reversed", "Nodes, left axilla, enlarged, cortex 5 mm", None, None, "", ["ln L p"]),
# adjective forms
("adjective", "Microcalcified cluster L UOQ", None, None, "", ["calc L p d:grouped"]),
("adjective", "Calcific foci R, benign", None, None, "", ["calc R p"]),
("adjective", "Cystic lesion L 10 o'c", None, None, "", ["mass L p"]),
("adjective", "Parenchymal distortion L UOQ", None, None, "", ["ad L p"]),
("adjective", "Dimpled skin L", None, None, "", ["skin L p"]),
# negated and no change
("negated", "No change L FA", None, None, "", ["mass L p s"]),
("negated", "R IMLN unchanged", None, None, "", ["ln R p s"]),
("negated", "Calcs: nil (R)", None, None, "", ["calc R a"]),
("negated", "AD - not seen, L", None, None, "", ["ad L a"]),
("negated", "No interval change bilat benign calcs", None, None, "", ["calc B p s"]),
("negated", "L: no suspicious mass or calcs", None, None, "", ["mass L a", "calc L a"]),
("negated", "R asymmetry - no longer seen", None, None, "", ["asym R a"]),
# hedged
("hedged", "?distorsion R 12 o'c", None, None, "", ["ad R q"]),
("hedged", "Possible L axillary LAD", None, None, "", ["ln L q"]),
("hedged", "R mass cannot be excluded (dense)", None, None, "", ["mass R q"]),
# category / density bearing
("category", "BI-RADS® 4B - R 10 o'c irregular mass", None, "4B", "R4B", ["mass R p"]),
("category", "prev BR3, now BR2 - L FA stable 2y", None, "2", "L2", ["mass L p s"]),
("category", "ACR c; L simple cyst 6 mm (BI-RADS 2)", "c", "2", "L2", ["mass L p"]),
# no finding
("none", "Bx clip L, satisfactory position", None, None, "", []),
("none", "Hx R WLE 2019 + RT", None, None, "", []),
]


def rows():
    return [{"id": "ph7_%03d" % i, "text": t, "expected": expected(d, o, bb, c)}
            for i, (g, t, d, o, bb, c) in enumerate(P, 1)]


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    r = rows()
    write_jsonl(os.path.join(here, "..", "phrases", "phrases.jsonl"), r)
    print("phrases:", len(r), "findings:", sum(len(x["expected"]["findings"]) for x in r))
