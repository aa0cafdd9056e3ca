# Finding phrases: (group, less_common, text, density, cats, extra, findings)
P = []
def add(group, less, text, f, density=None, cats="", extra=()):
    P.append(dict(group=group, less=less, text=text, density=density, cats=cats, extra=list(extra), f=f))

G1 = "structured-field / RIS finding rows"
add(G1, True, "Finding: Calcification | Side: L | Morph: Amorphous | Dist: Grouped | Loc: UOQ", ["calc L p m:amorphous d:grouped"])
add(G1, True, "Type=Mass; Laterality=R; Clock=10:00; Dist FN=4cm; Size=8mm; Shape=oval; Margin=circ", ["mass R p"])
add(G1, True, "Lesion 2 [Lt] axillary LN - cortex 4 mm, hilum preserved", ["ln L p"])
add(G1, True, "Side: Bilateral  Finding: calcifications, benign, scattered", ["calc B p d:diffuse"])
add(G1, True, "Laterality: Right / Feature: Skin thickening / Assoc: post XRT", ["skin R p"])
add(G1, True, "Finding: Asymmetry (focal) - R - MLO only - Change: New", ["asym R p"])
add(G1, True, "AD | L | 1:00 | tomo only | 9mm", ["ad L p"])

G2 = "worklists and tracking lists"
add(G2, False, "Seroma L lumpectomy bed", ["other L p"])
add(G2, True, "Audit row #114 | R | fat necrosis | benign concordant", ["other R p"])
add(G2, False, "Oil cyst L 6:00, lucent", ["mass L p"])
add(G2, False, "Milk of calcium R, layering on ML", ["calc R p m:milk_of_calcium"])
add(G2, False, "Fine linear branching calcs in segmental distribution, L", ["calc L p m:fine_linear d:segmental"])
add(G2, True, "Tracking: R coarse popcorn calc, degenerating FA - no f/u", ["calc R p m:coarse", "mass R p"])
add(G2, True, "Reader 2 note: dermal calcs medial R, tangential view confirms", ["calc R p m:skin"])
add(G2, True, "Screen read (mobile coach): vascular calcs bilat", ["calc B p m:vascular"])
add(G2, False, "Secretory calcs L, rod-like", ["calc L p m:large_rod_like"])
add(G2, False, "Punctate calcs, regional, R UOQ", ["calc R p m:punctate d:regional"])
add(G2, False, "Round and punctate calcifications L, clustered", ["calc L p m:punctate,round d:grouped"])
add(G2, False, "Fine pleomorphic calcs, linear, L 12 o'clock", ["calc L p m:fine_pleomorphic d:linear"])
add(G2, False, "Coarse heterogeneous calcs R, grouped", ["calc R p m:coarse_heterogeneous d:grouped"])
add(G2, False, "Dystrophic calcs L, post-trauma", ["calc L p m:dystrophic"])
add(G2, False, "Suture calcs R", ["calc R p m:suture"])
add(G2, False, "Intramammary LN R UOQ", ["ln R p"])
add(G2, False, "IMLN L 3:00 w/ fatty hilum", ["ln L p"])
add(G2, True, "MDT list: R ax nodes enlarged, loss of fatty hila", ["ln R p"])
add(G2, False, "Nipple retraction L", ["skin L p"])
add(G2, False, "Skin + trabecular thickening R (oedema)", ["skin R p"])
add(G2, False, "Duct ectasia, retroareolar, B/L", ["other B p"])
add(G2, True, "VAB log: R 10:00 post-procedure haematoma, 2cm", ["other R p"])
add(G2, True, "Sono worklist (Kochi): Rt 3 o'c complicated cyst w/ debris", ["mass R p"])
add(G2, True, "Rad-path: L 2:00 clustered microcysts, concordant", ["mass L p"])
add(G2, False, "Spiculated mass L UOQ w/ assoc calcs", ["mass L p", "calc L p"])
add(G2, False, "Developing asymmetry L central", ["asym L p"])
add(G2, False, "Global asymmetry R, no palpable correlate", ["asym R p"])
add(G2, True, "DBT SCR - R asym - recall BR0", ["asym R p"], cats="R0")

G3 = "misspelt lexicon words"
add(G3, False, "Calcifcations L UOQ, grouped", ["calc L p d:grouped"])
add(G3, False, "Microcalcifiations R retroareolar", ["calc R p"])
add(G3, False, "Archtitectural distorsion L 12:00", ["ad L p"])
add(G3, False, "Asymetry R LIQ", ["asym R p"])
add(G3, False, "Lymphadenopthy, L axilla", ["ln L p"])
add(G3, False, "Fibroadnoma R 9 o'c 1.2cm", ["mass R p"])
add(G3, False, "Speculated mass R 2:00", ["mass R p"])
add(G3, False, "Pleomorpic calcs, L", ["calc L p m:fine_pleomorphic"])
add(G3, False, "Amorphus microcalcs R UOQ", ["calc R p m:amorphous"])
add(G3, False, "Skin thickenning L lower", ["skin L p"])
add(G3, False, "Nipple retration R", ["skin R p"])
add(G3, False, "Intramamary lymph node L", ["ln L p"])
add(G3, False, "Hypoechoeic mass L 4:00", ["mass L p"])
add(G3, False, "Assymetry, focal, L", ["asym L p"])
add(G3, False, "Segemental calcs R", ["calc R p d:segmental"])
add(G3, False, "Calcificatoins, punctate, B/L", ["calc B p m:punctate"])
add(G3, False, "Duct ectsia L subareolar", ["other L p"])
add(G3, False, "Lymph nods R axilla, enlarged", ["ln R p"])
add(G3, False, "Distrotion L UOQ on tomo", ["ad L p"])

G4 = "split / joined / hyphenated words"
add(G4, False, "Micro calcifications L, clustered", ["calc L p d:grouped"])
add(G4, False, "Lymphnode R axilla, normal", ["ln R p"])
add(G4, False, "Fibro adenoma L 2 o'c", ["mass L p"])
add(G4, False, "Intra-mammary node R", ["ln R p"])
add(G4, False, "Skinthickening B/L", ["skin B p"])
add(G4, False, "Hypo-echoic mass R 8:00", ["mass R p"])

G5 = "reversed order"
add(G5, False, "Retraction of the left nipple", ["skin L p"])
add(G5, False, "Thickening of the skin, R breast, inferior", ["skin R p"])
add(G5, False, "Distortion of the architecture L UOQ", ["ad L p"])
add(G5, False, "Calcifications, pleomorphic fine, L", ["calc L p m:fine_pleomorphic"])
add(G5, False, "Dilatation of the ducts, R retroareolar", ["other R p"])
add(G5, False, "Enlargement of L axillary nodes", ["ln L p"])

G6 = "adjective forms"
add(G6, False, "Calcified mass R, benign", ["mass R p", "calc R p"])
add(G6, False, "Distorted architecture L 1:00", ["ad L p"])
add(G6, False, "Asymmetrically dense area R UIQ", ["asym R p"])
add(G6, False, "Thickened skin L, diffuse", ["skin L p"])
add(G6, False, "Retracted nipple R", ["skin R p"])
add(G6, False, "Ectatic ducts B/L", ["other B p"])

G7 = "negated and 'no change'"
add(G7, False, "No suspicious calcs B/L", ["calc B a"])
add(G7, False, "No ax LAD L", ["ln L a"])
add(G7, False, "R mass - unchanged since 2021 (FA)", ["mass R p s"])
add(G7, False, "Stable L IMLN", ["ln L p s"])
add(G7, False, "Asymmetry R resolved on spot comp", ["asym R a"])
add(G7, False, "No new calcs R", ["calc R a"])
add(G7, False, "Benign calcs L, no change x2y", ["calc L p s"])
add(G7, False, "No skin thickening or nipple retraction, L", ["skin L a"])

G8 = "hedged"
add(G8, False, "?AD R 11:00 on CC", ["ad R q"])
add(G8, False, "Possible mass L retroareolar, obscured", ["mass L q"])
add(G8, False, "Questionable asym L UOQ", ["asym L q"])
add(G8, False, "Subtle distortion R can't be excluded", ["ad R q"])

G9 = "category / density bearing"
add(G9, True, "Final BI-RADS: R2 / L4A - grouped amorphous calcs L", ["calc L p m:amorphous d:grouped"], cats="R2 L4A")
add(G9, True, "ACR C, BI-RADS 1 bilat", [], density="c", cats="B1")
add(G9, True, "Simple cyst L 2:00 - BIRADS II", ["mass L p"], cats="L2")
add(G9, True, "Spic mass R 10:00 + ax LN - BR5", ["mass R p", "ln R p"], cats="R5")

G10 = "no finding"
add(G10, True, "Clip L 12:00 in expected position", [])
add(G10, True, "Implants, retropectoral, intact B/L", [])
