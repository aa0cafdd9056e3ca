# Finding phrases for held_out_28: (group, text, finding codes[, cats, overall]).
_P = [
# abbreviations
("abbrev", "ILN R UOQ 5mm", ["ln R p"]),
("abbrev", "L ALN cortex 5 mm, hilum preserved", ["ln L p"]),
("abbrev", "AD L 12:00", ["ad L p"]),
("abbrev", "coarse calcs R", ["calc R p m:coarse"]),
("abbrev", "MC cluster L UOQ", ["calc L p d:grouped"]),
("abbrev", "focal asym R LIQ", ["asym R p"]),
("abbrev", "NME L 3:00, segmental, clumped", ["other L p"]),
("abbrev", "BPE moderate, symmetric", []),
("abbrev", "ILNs bilat", ["ln B p"]),
("abbrev", "dev asym L", ["asym L p"]),
("abbrev", "FAs bilat, benign appearing", ["mass B p"]),
("abbrev", "Skin thkg R breast", ["skin R p"]),
("abbrev", "ax LAD L, matted", ["ln L p"]),
# typos
("typo", "architectual distortion R", ["ad R p"]),
("typo", "microcalcfications L, grouped", ["calc L p d:grouped"]),
("typo", "assymetry L UIQ", ["asym L p"]),
("typo", "lyph node R axilla", ["ln R p"]),
("typo", "fibroadnoma L 4:00", ["mass L p"]),
("typo", "spiculted mass R 11:00", ["mass R p"]),
("typo", "calcificatoins, amorphous, L", ["calc L p m:amorphous"]),
("typo", "intramamary LN L", ["ln L p"]),
("typo", "pleomorhpic calcs R UOQ", ["calc R p m:fine_pleomorphic"]),
("typo", "skin thickenning L", ["skin L p"]),
("typo", "nippel retraction R", ["skin R p"]),
("typo", "hematomma L breast 2:00", ["other L p"]),
("typo", "distrotion R UOQ", ["ad R p"]),
("typo", "segmnetal calcs L", ["calc L p d:segmental"]),
("typo", "clustred microcalcs R", ["calc R p d:grouped"]),
("typo", "complicted cyst L 3:00", ["mass L p"]),
# split / joined
("split", "micro calcifications L UOQ", ["calc L p"]),
("split", "archdistortion R", ["ad R p"]),
("split", "lymph-node L axilla", ["ln L p"]),
("split", "intra mammary node R", ["ln R p"]),
("split", "fibro adenoma R 10:00", ["mass R p"]),
("split", "skinthickening L", ["skin L p"]),
("split", "microcalcs,fine linear,R", ["calc R p m:fine_linear"]),
# reversed order
("reversed", "retraction of the nipple, L", ["skin L p"]),
("reversed", "distortion, architectural, R 1:00", ["ad R p"]),
("reversed", "thickening of skin R breast", ["skin R p"]),
("reversed", "calcifications, amorphous, regional, L", ["calc L p m:amorphous d:regional"]),
("reversed", "ectasia of ducts, subareolar R", ["other R p"]),
("reversed", "nodes, axillary, enlarged, L", ["ln L p"]),
# negations
("negated", "no susp calcs", ["calc N a"]),
("negated", "No AD R", ["ad R a"]),
("negated", "L: no mass, no calcs", ["mass L a", "calc L a"]),
("negated", "no enlarged ALN bilat", ["ln B a"]),
("negated", "neg for skin thickening L", ["skin L a"]),
("negated", "no new asym", ["asym N a"]),
("negated", "R: no dominant mass", ["mass R a"]),
("negated", "no MC, no AD L", ["calc L a", "ad L a"]),
# stable
("stable", "stable FA L 3:00 x3 yrs, BR2", ["mass L p s"], "L2", "2"),
("stable", "benign calcs R unchanged", ["calc R p s"]),
("stable", "ILN L unchanged since 2022", ["ln L p s"]),
("stable", "post-op scar R, stable", ["other R p s"]),
("stable", "oil cyst L, no change", ["mass L p s"]),
("stable", "asym R UOQ stable vs prior", ["asym R p s"]),
# side letters and clock faces
("clock", "R 10:00 irreg mass 8mm - BR4A", ["mass R p"], "R4A", "4A"),
("clock", "L 2 o'clock cyst 4cmFN", ["mass L p"]),
("clock", "RUOQ cluster calcs", ["calc R p d:grouped"]),
("clock", "LLIQ 7mm oval circumscribed mass", ["mass L p"]),
("clock", "L 6:00 N3 hypoechoic lesion", ["mass L p"]),
("clock", "R 12:00 AD", ["ad R p"]),
# morphology / distribution of calcifications
("morph", "punctate calcs, regional, L", ["calc L p m:punctate d:regional"]),
("morph", "lucent-centred calcs R", ["calc R p m:rim"]),
("morph", "fine pleomorphic calcs in linear distrib L", ["calc L p m:fine_pleomorphic d:linear"]),
("morph", "dermal calcs bilat", ["calc B p m:skin"]),
("morph", "vasc calcs L", ["calc L p m:vascular"]),
("morph", "rod-like calcs bilat (secretory)", ["calc B p m:large_rod_like"]),
("morph", "milk of calcium L, layering on ML", ["calc L p m:milk_of_calcium"]),
# hedged
("hedged", "? distortion L, CC only", ["ad L q"]),
]
ITEMS = []
for p in _P:
    it = dict(group=p[0], text=p[1], f=p[2], overall=None)
    if len(p) > 3:
        it["cats"], it["overall"] = p[3], p[4]
    ITEMS.append(it)
