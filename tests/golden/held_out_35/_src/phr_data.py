# held_out_35 finding phrases: (source group, form, text, cats, overall, findings)
ITEMS = []
SRC = {
    "vindr": "public dataset label export (VinDr-Mammo style finding_categories row)",
    "cbis": "public dataset label export (CBIS-DDSM style description row)",
    "inb": "public dataset label export (INbreast style ROI label)",
    "reg": "tumour-registry abstraction sheet",
    "mdt": "breast MDT (multidisciplinary meeting) worklist line",
    "bx": "biopsy booking list",
}


def add(id, src, form, text, f, cats="", overall=None):
    ITEMS.append(dict(id=id, setting=SRC[src], form=form, text=text, cats=cats, overall=overall, f=f))


# VinDr-Mammo style: laterality, view, finding_categories as their CSV writes them
add("ph35_001", "vindr", "list label 'Suspicious Calcification' with laterality letter", "L | CC | ['Suspicious Calcification']", ["calc L p"])
add("ph35_002", "vindr", "'Focal Asymmetry' title case", "R | MLO | ['Focal Asymmetry']", ["asym R p"])
add("ph35_003", "vindr", "two labels in one list: mass + skin thickening", "L | MLO | ['Mass', 'Skin Thickening']", ["mass L p", "skin L p"])
add("ph35_004", "vindr", "'Nipple Retraction' -> skin", "R | CC | ['Nipple Retraction']", ["skin R p"])
add("ph35_005", "vindr", "'Suspicious Lymph Node' in the axillary view", "L | MLO | ['Suspicious Lymph Node']", ["ln L p"])
add("ph35_006", "vindr", "'No Finding' names no kind -> nothing", "R | CC | ['No Finding']", [])
add("ph35_007", "vindr", "'Architectural Distortion' with the row's own 'BI-RADS 4' category", "L | CC | ['Architectural Distortion'] | BI-RADS 4", ["ad L p"], "L4", "4")
add("ph35_008", "vindr", "'Global Asymmetry' with underscore-joined laterality field", "laterality=R_breast | Global Asymmetry", ["asym R p"])
add("ph35_009", "vindr", "'Skin Retraction' -> skin", "L | MLO | ['Skin Retraction']", ["skin L p"])
add("ph35_010", "vindr", "mass + suspicious calcification with 'BI-RADS 5'", "R | CC | ['Mass', 'Suspicious Calcification'] | BI-RADS 5", ["mass R p", "calc R p"], "R5", "5")
# CBIS-DDSM style
add("ph35_011", "cbis", "'PLEOMORPHIC-FINE_LINEAR_BRANCHING' hyphen between two morphologies, SEGMENTAL", "LEFT_CC calcification PLEOMORPHIC-FINE_LINEAR_BRANCHING SEGMENTAL", ["calc L p m:fine_linear,fine_pleomorphic d:segmental"])
add("ph35_012", "cbis", "'PUNCTATE-AMORPHOUS' and 'CLUSTERED' -> grouped", "RIGHT_MLO calcification PUNCTATE-AMORPHOUS CLUSTERED", ["calc R p m:amorphous,punctate d:grouped"])
add("ph35_013", "cbis", "'LUCENT_CENTER' -> rim, 'DIFFUSELY_SCATTERED' -> diffuse", "LEFT_MLO calcification LUCENT_CENTER DIFFUSELY_SCATTERED", ["calc L p m:rim d:diffuse"])
add("ph35_014", "cbis", "'ROUND_AND_REGULAR' -> round, REGIONAL", "RIGHT_CC calcification ROUND_AND_REGULAR REGIONAL", ["calc R p m:round d:regional"])
add("ph35_015", "cbis", "'LARGE_RODLIKE' -> large_rod_like, LINEAR", "LEFT_CC calcification LARGE_RODLIKE LINEAR", ["calc L p m:large_rod_like d:linear"])
add("ph35_016", "cbis", "mass row: shape 'IRREGULAR-ARCHITECTURAL_DISTORTION' gives a mass and a distortion", "RIGHT_MLO mass IRREGULAR-ARCHITECTURAL_DISTORTION SPICULATED", ["mass R p", "ad R p"])
add("ph35_017", "cbis", "'FINE_LINEAR_BRANCHING' alone with underscores, LINEAR", "RIGHT_MLO calcification FINE_LINEAR_BRANCHING LINEAR", ["calc R p m:fine_linear d:linear"])
add("ph35_018", "cbis", "'COARSE-VASCULAR' two types hyphen-joined -> [coarse, vascular]; distribution 'N/A' -> null", "LEFT_MLO calcification COARSE-VASCULAR N/A", ["calc L p m:coarse,vascular"])
# INbreast style
add("ph35_019", "inb", "file stem with side letter then ROI label 'Distortion'", "MG_L_MLO_ANON: Distortion", ["ad L p"])
add("ph35_020", "inb", "ROI label 'Calcification' (several points) on a right CC", "MG_R_CC_ANON: Calcification", ["calc R p"])
add("ph35_021", "inb", "ROI label 'Spiculated Region' on a mass row -> mass", "MG_L_CC_ANON: Mass (Spiculated Region)", ["mass L p"])
add("ph35_022", "inb", "ROI label 'Asymmetry'", "MG_R_MLO_ANON: Asymmetry", ["asym R p"])
# tumour-registry abstraction
add("ph35_023", "reg", "registry laterality code '2 - Left' with the imaging size field", "Laterality: 2 - Left | Imaging: spiculated mass 21 mm, UOQ", ["mass L p"])
add("ph35_024", "reg", "reversed order 'Calcs, pleomorphic, segmental, R breast'", "Dx imaging: calcs, pleomorphic, segmental, R breast (no mass)", ["calc R p m:fine_pleomorphic d:segmental", "mass R a"])
add("ph35_025", "reg", "negation 'no abnormal LN' with laterality code '1 - Right'", "Laterality 1 - Right | Clin/imaging axillary nodes: negative - no abnormal LN", ["ln R a"])
add("ph35_026", "reg", "typo 'archtectural' (dropped i)", "Imaging finding: L breast archtectural distortion, 12 o'clock", ["ad L p"])
add("ph35_027", "reg", "'Skin involvement: yes - skin thickening, L' field", "Skin involvement (imaging): yes - skin thickening, L breast", ["skin L p"])
# MDT worklist
add("ph35_028", "mdt", "mass + ipsilateral node abbreviations with clock face 'L 2 o'c'", "Mrs K, 54 - L 2 o'c 12mm irreg mass + ipsilat ax LN cortex 5mm - for US core", ["mass L p", "ln L p"])
add("ph35_029", "mdt", "negation 'no suspicious calcs' beside a stable FA", "R 7:00 FA unchanged x3 yrs, no susp calcs - discharge", ["mass R p s", "calc R a"])
add("ph35_030", "mdt", "typo 'asymmetery' with 'dev.' and view label with side 'LCC'", "dev. asymmetery LCC only, ? real - for tomo", ["asym L q"])
add("ph35_031", "mdt", "post-biopsy hematoma -> other; clip not a finding", "R 10:00 post-VAB haematoma, clip in place, path B2", ["other R p"])
add("ph35_032", "mdt", "reversed order 'Retraction of nipple, L' with a retroareolar mass", "Retraction of nipple, L + retroareolar mass 25mm - B5 on core", ["skin L p", "mass L p"])
add("ph35_033", "mdt", "'bilat' simple cysts and 'no LAD either side'", "bilat simple cysts, largest R 11mm; no LAD either side - routine", ["mass B p", "ln B a"])
add("ph35_034", "mdt", "fat necrosis -> other, 'stable since' -> stable", "L 4:00 fat necrosis, stable since 2023 - no action", ["other L p s"])
# biopsy booking list
add("ph35_035", "bx", "clock with minutes and FN, 'hypoechoic lesion' -> mass", "R 10:30 4cmFN hypoechoic lesion 9mm - US CNB 14G", ["mass R p"])
add("ph35_036", "bx", "stereo VAB for 'amorph calcs' in 'LUIQ'", "Stereo VAB 9G: LUIQ amorph calcs, grouped, 7mm", ["calc L p m:amorphous d:grouped"])
add("ph35_037", "bx", "typo 'calcificaitons' (transposed) with 'fine linear'", "Tomo-guided bx L 1:00 fine linear calcificaitons, segmental", ["calc L p m:fine_linear d:segmental"])
add("ph35_038", "bx", "node FNA 'R axilla LN, cortex 4mm'", "FNA R axilla LN, cortex 4mm, no fatty hilum", ["ln R p"])
add("ph35_039", "bx", "'distortion (tomo only)' with '?' -> possible", "DBT-guided VAB R 12:00 ? distortion (tomo only)", ["ad R q"])
add("ph35_040", "bx", "cancelled: 'no mass seen on repeat US' -> absent mass", "CANCELLED - L 3:00 no mass seen on repeat US (was 5mm nodule)", ["mass L a"])
