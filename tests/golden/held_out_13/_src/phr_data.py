# phrases ph13_001 .. ph13_090: (group, text, density, overall, by_breast, findings)
P = []


def add(group, text, density, overall, bb, f):
    P.append(dict(group=group, text=text, density=density, overall=overall, bb=bb, f=f))


g = "dataset"
add(g, "C_0145_1.LEFT_MLO.OVERLAY: ABNORMALITY 1 LESION_TYPE CALCIFICATION TYPE PLEOMORPHIC DISTRIBUTION SEGMENTAL ASSESSMENT 5 SUBTLETY 4 PATHOLOGY MALIGNANT",
    None, "5", "L5", ["calc L p m:fine_pleomorphic d:segmental"])
add(g, "B_3087_1.RIGHT_CC.OVERLAY: ABNORMALITY 1 LESION_TYPE MASS SHAPE OVAL MARGINS CIRCUMSCRIBED ASSESSMENT 3 SUBTLETY 5 PATHOLOGY BENIGN",
    None, "3", "R3", ["mass R p"])
add(g, "BCDR-D01 | patient_id 0213 | laterality R | view CC | lesion_type: microcalcification | pathology: benign",
    None, None, "", ["calc R p"])
add(g, "case_047 | side: left | finding: mass | tissue: heterogeneous | shape: irregular | margin: not circumscribed - spiculated | echogenicity: hypoechoic | posterior: shadowing | calcifications: no | BIRADS: 4c | classification: malignant",
    None, "4C", "L4C", ["mass L p", "calc L a"])
add(g, "bus_0318-r | tumor: nodule | histology: fibroadenoma | pathology: benign | BIRADS: 3 | side: right",
    None, "3", "R3", ["mass R p"])
add(g, "IMG_112 | side: Left | view: MLO | background: G (fatty-glandular) | abnormality: ARCH (architectural distortion) | severity: M",
    None, None, "", ["ad L p"])
add(g, "anon_patientid=04312 exam_year=2 laterality=Right viewposition=MLO rad_recall=1 rad_timing=2 x_cancer_laterality=Right",
    None, None, "", [])
add(g, "DBT-P00417 | view: lmlo | label: Benign | box class: mass",
    None, None, "", ["mass L p"])
add(g, "BI-RADS=4, Age=58, Mass shape=irregular, Mass margin=ill-defined, Mass density=low, Severity=malignant",
    None, "4", "", ["mass N p"])
add(g, "{laterality: 'L', view: 'CC', finding: 'Architectural Distortion', birads: '4B', density: 'C'}",
    "c", "4B", "L4B", ["ad L p"])

g = "worklist/registry/pick list/audit/billing"
add(g, "ICD-10 R92.1 Mammographic calcification found on diagnostic imaging of breast - R", None, None, "", ["calc R p"])
add(g, "R92.0 mammographic microcalcification found on diagnostic imaging of breast (left)", None, None, "", ["calc L p"])
add(g, "N60.01 Solitary cyst of right breast", None, None, "", ["mass R p"])
add(g, "D24.2 Benign neoplasm of left breast [FA on US]", None, None, "", ["mass L p"])
add(g, "N64.53 Retraction of nipple - LT", None, None, "", ["skin L p"])
add(g, "R59.0 Localized enlarged lymph nodes (R axilla)", None, None, "", ["ln R p"])
add(g, "N60.41 Mammary duct ectasia of right breast", None, None, "", ["other R p"])
add(g, "77065 / R92.8 - focal asymmetry L, recall", None, None, "", ["asym L p"])
add(g, "Pre-auth: 19081 stereo bx LT - grp amorph calcs, BIRADS 4B", None, "4B", "L4B", ["calc L p m:amorphous d:grouped"])
add(g, "Registry | C50.4 R | imaging: 21mm spic mass + 2 abn ax nodes | cT2N1", None, None, "", ["mass R p", "ln R p"])
add(g, "Referral audit | L | arch. distortion | BI-RADS 0 | outcome: B3 on core", None, "0", "L0", ["ad L p"])
add(g, "Van 3 recall list | R | new calcs UOQ | mag views booked", None, None, "", ["calc R p"])
add(g, "VA CBOC tele-mammo | LT | dev asym 12 o'clock | diag f/u", None, None, "", ["asym L p"])
add(g, "Befund 1: Herdbefund (mass) | Seite/side: rechts/right | Form: oval | Rand: umschrieben | BI-RADS 3", None, "3", "R3", ["mass R p"])
add(g, "Lymph nodes: axillary | abnormal | Left | cortex 6 mm", None, None, "", ["ln L p"])
add(g, "Skin: thickening | Right | diffuse, post RT", None, None, "", ["skin R p"])
add(g, "Assoc. features: nipple retraction + skin thickening | Side: L", None, None, "", ["skin L p", "skin L p"])
add(g, "2nd look US R 10 o'c: 5mm hypoechoic nodule = the MRI mass", None, None, "", ["mass R p"])
add(g, "Tumour board | L | 32mm mass, skin thickening | BIRADS 5 | core: IDC", None, "5", "L5", ["mass L p", "skin L p"])
add(g, "2nd opinion log | outside: BR4 | our read: R FA, BR3", None, "3", "R3", ["mass R p"])
add(g, "Recall reason: Lt fine linear calcs, segemntal", None, None, "", ["calc L p m:fine_linear d:segmental"])
add(g, "US list | bilat simple cysts, largest 14mm L", None, None, "", ["mass B p"])
add(g, "Follow-up tracker | R | probably benign mass 6mm 7 o'c | BR3 | due 11/2026", None, "3", "R3", ["mass R p"])
add(g, "Audit | screen-detected | LT | 9mm stellate mass | M5 | BR5", None, "5", "L5", ["mass L p"])
add(g, "Discharge problem list: R breast haematoma post core bx", None, None, "", ["other R p"])
add(g, "Surgeon clinic list | Lt | 2 cm FA, US-confirmed | discharged", None, None, "", ["mass L p"])
add(g, "Calcifications | Morphology: coarse heterogenous | Distribution: regional | Side: R", None, None, "", ["calc R p m:coarse_heterogeneous d:regional"])
add(g, "Lymph node: intramammary | L UOQ | benign", None, None, "", ["ln L p"])
add(g, "Finding: Asymetry - global | Laterality: Left", None, None, "", ["asym L p"])
add(g, "Finding: Architectural distortion | Laterality: Right | Visible on: DBT only", None, None, "", ["ad R p"])
add(g, "Mobile van QA | RMLO | skin calcs (dermal), benign", None, None, "", ["calc R p m:skin"])
add(g, "Recall list | L | 2 masses, 4 & 7 o'c (8mm, 11mm)", None, None, "", ["mass L p", "mass L p"])
add(g, "Registry | R | DCIS | imaging: segmental fine pleomorfic calcs 45mm", None, None, "", ["calc R p m:fine_pleomorphic d:segmental"])
add(g, "Insurance summary | L breast MRI | 9mm enhancing mass 3 o'c, BI-RADS 4", None, "4", "L4", ["mass L p"])
add(g, "Worklist | bilat | vasc calcs (BAC) - letter to cardiology", None, None, "", ["calc B p m:vascular"])

g = "misspelt"
add(g, "Pleomrophic calcs L UIQ", None, None, "", ["calc L p m:fine_pleomorphic"])
add(g, "Architetural distortion R 11 o'c", None, None, "", ["ad R p"])
add(g, "Spiculeted mass L", None, None, "", ["mass L p"])
add(g, "Lympadenopathy R axilla", None, None, "", ["ln R p"])
add(g, "Fibroadenom L 2 o'c 9mm", None, None, "", ["mass L p"])
add(g, "Asymmettry, focal, R UOQ", None, None, "", ["asym R p"])
add(g, "Calcificatoins, punctate, L", None, None, "", ["calc L p m:punctate"])
add(g, "Intramammarry LN, R", None, None, "", ["ln R p"])
add(g, "Mikrocalcifications grouped R", None, None, "", ["calc R p d:grouped"])
add(g, "Retracion of L nipple", None, None, "", ["skin L p"])
add(g, "Skin tickening L", None, None, "", ["skin L p"])
add(g, "Amorphus calcs, regional, L", None, None, "", ["calc L p m:amorphous d:regional"])

g = "split/joined"
add(g, "Lymph-node R axilla, fatty hilum", None, None, "", ["ln R p"])
add(g, "Macro-calcifications, coarse, R", None, None, "", ["calc R p m:coarse"])
add(g, "Architecturaldistortion L", None, None, "", ["ad L p"])
add(g, "Intra-mammary node L", None, None, "", ["ln L p"])

g = "reversed"
add(g, "Calcifications of milk of calcium type, bilat", None, None, "", ["calc B p m:milk_of_calcium"])
add(g, "Distortion, architectural, L UOQ", None, None, "", ["ad L p"])
add(g, "Thickening of the periareolar skin, L", None, None, "", ["skin L p"])
add(g, "Dilatation of retroareolar ducts R", None, None, "", ["other R p"])
add(g, "Asymmetry of the left upper outer quadrant, devloping", None, None, "", ["asym L p"])
add(g, "Node, axillary, right, cortex 4mm", None, None, "", ["ln R p"])

g = "adjective"
add(g, "Microcalcified focus L", None, None, "", ["calc L p"])
add(g, "Asymmetrical tissue R retroareolar", None, None, "", ["asym R p"])
add(g, "Distortional change L 1 o'c (DBT)", None, None, "", ["ad L p"])
add(g, "Nodal disease, R axilla", None, None, "", ["ln R p"])
add(g, "Ectatic ducts L subareolar", None, None, "", ["other L p"])
add(g, "Fibroadenomatous nodule L 3 o'c", None, None, "", ["mass L p"])

g = "negated/no change"
add(g, "No suspicious calcs, R", None, None, "", ["calc R a"])
add(g, "L: no mass, no distortion", None, None, "", ["mass L a", "ad L a"])
add(g, "No abnormal nodes bilat", None, None, "", ["ln B a"])
add(g, "R asymmetry - not seen on tomo (summation)", None, None, "", ["asym R a"])
add(g, "Nipple not retracted, L", None, None, "", ["skin L a"])
add(g, "No change in R intramammary node (3 yrs)", None, None, "", ["ln R p s"])
add(g, "L calcifed FA, unchanged", None, None, "", ["mass L p s", "calc L p s"])
add(g, "Bilat coarse calcs - no interval change", None, None, "", ["calc B p s m:coarse"])

g = "hedged"
add(g, "?mass R 10 o'c, dense tissue", None, None, "", ["mass R q"])
add(g, "Possible distortion L (CC only)", None, None, "", ["ad L q"])
add(g, "Suspected L axillary lymphadenopathy", None, None, "", ["ln L q"])

g = "category/density"
add(g, "BIRADS® 4A - R nodule 7mm", None, "4A", "R4A", ["mass R p"])
add(g, "Density: ACR C | BI-RADS: 2 | L benign calcs", "c", "2", "L2", ["calc L p"])
add(g, "Final: R 1 / L 3 (FA)", None, "3", "R1 L3", ["mass L p"])
add(g, "BI-RADS 3 -> 2 at 24 months, R FA stable", None, "2", "R2", ["mass R p s"])

g = "no finding"
add(g, "Implants, subpectoral, intact", None, None, "", [])
add(g, "Bx clip L 2 o'c in expected position", None, None, "", [])
