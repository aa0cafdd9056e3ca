# Finding phrases ph15_001 - ph15_090.  P(group, less_common, text, density, by_breast, findings, extra)
def P(group, lc, text, dens=None, bb="", finds=(), extra=()):
    return dict(group=group, lc=lc, text=text, dens=dens, bb=bb, finds=list(finds), extra=extra)

L = 'dataset / annotation label rows'
C = 'billing / coding lines'
W = 'worklists, registries, audit rows, pick lists, navigator and tracking lists'
M = 'misspelt lexicon words'
S = 'split / joined / hyphenated words'
R = 'reversed order'
A = 'adjective forms'
N = 'negated and "no change"'
H = 'hedged'
K = 'category / density bearing'
Z = 'no finding'

PHRASES = [
# --- dataset / annotation labels (less common)
P(L, True, "T3\tCalcification 112 131\tmicrocalcifications\nA2\tLaterality T3 Left\nA3\tMorphology T3 Pleomorphic\nA4\tDistribution T3 Segmental",
  finds=["calc L p m:fine_pleomorphic d:segmental"]),
P(L, True, "T7\tLymph_node 201 223\tenlarged axillary node\nA7\tLaterality T7 Right\nT8\tAsymmetry 240 249\tasymmetry\nA8\tLaterality T8 Right\nA9\tNegated T8",
  finds=["ln R p", "asym R a"]),
P(L, True, "Transpara | 2026-02-11 | L CC/MLO | region 1: calcifications, region score 9 | exam score 9",
  finds=["calc L p"]),
P(L, True, "Lunit INSIGHT MMG | R | mass | abnormality score 91% | L: 4%",
  finds=["mass R p"]),
P(L, True, "Finding 1 > Finding type: Calcification cluster > Laterality: Left breast > Calcification type: Amorphous > Assessment category: BI-RADS 4B",
  bb="L4B", finds=["calc L p m:amorphous d:grouped"]),
P(L, True, "Overall Assessment > Laterality: Right > Assessment category: 2 - Benign | Laterality: Left > Assessment category: 1 - Negative",
  bb="R2 L1"),
P(L, True, "UDIAT-B | 000137.png | Benign | Fibroadenoma",
  finds=["mass N p"]),
P(L, True, "LIBRA v1.0.4 | PD%: 31.6 | radiologist density: heterogeneously dense (BI-RADS c) | side: L",
  dens='c'),
P(L, True, "CRF 3 | screen-detected abnormality type = 1 (mass) | side = 2 (left) | BI-RADS at assessment = 4A",
  bb="L4A", finds=["mass L p"]),
P(L, True, "CRF 3 | abnormality type = 3 (architectural distortion) | side = 1 (right) | BI-RADS at assessment = 5 | pathology = IDC",
  bb="R5", finds=["ad R p"]),
P(L, True, '{"laterality": "R", "lesion": "asymmetry", "birads": "3"}',
  bb="R3", finds=["asym R p"]),
P(L, True, "AI flag review | L UOQ | AI score 72 | reader: benign vascular calcs, no recall",
  finds=["calc L p m:vascular"]),
# --- billing / coding lines (less common)
P(C, True, "R92.333 Mammographic heterogeneous density, bilateral breasts", dens='c'),
P(C, True, "R92.342 Mammographic extreme density, left breast", dens='d'),
P(C, True, "R92.1 Mammographic calcification found on diagnostic imaging of breast - RT",
  finds=["calc R p"]),
P(C, True, "77066 + 77062 | Dx: R92.8 Other abnormal and inconclusive findings on diagnostic imaging of breast (L developing asymmetry)",
  finds=["asym L p"]),
P(C, True, "Z90.12; Z85.3 | 77065 RT dx mammo - stable R coarse calcs",
  finds=["calc R p s m:coarse"]),
P(C, True, "CPT 19083-LT US-guided core bx, first lesion - target: 12 mm irreg hypoechoic mass 2:00, BI-RADS 4B",
  bb="L4B", finds=["mass L p"]),
P(C, True, "G0279 + 77067 screening bilat - finding: L IMLN, benign",
  finds=["ln L p"]),
P(C, True, "C50.411 Malignant neoplasm of upper-outer quadrant of right female breast - known, BI-RADS 6",
  bb="R6"),
# --- worklists, registries, audit rows, pick lists (ordinary)
P(W, False, "Recall list wk 12 | L | MCC UOQ, new | BR0", bb="L0", finds=["calc L p d:grouped"]),
P(W, False, "MDT list: 58F R 10H 2.1cm spic mass + R ax LN cortex 6mm | BR5 | core done",
  bb="R5", finds=["mass R p", "ln R p"]),
P(W, False, "Follow-up tracker: L 3:00 FA 9mm - 6/12 US due 09/2026 (BR3)", bb="L3", finds=["mass L p"]),
P(W, False, "Lnn. axill. rechts (R) enlarged, hilum effaced", finds=["ln R p"]),
P(W, False, "Pick list > Associated features > Skin thickening > Side: Both", finds=["skin B p"]),
P(W, False, "Worklist: Rt nipple inversion - longstanding, no underlying mass", finds=["skin R p", "mass R a"]),
P(W, False, "Biopsy log #2231 | L 1:00 | tomo-guided VAB | target: AD | 9G x 12 | clip placed", finds=["ad L p"]),
P(W, False, "Audit: interval ca R | 2024 screen read normal | retrospective: subtle focal asym R UIQ", finds=["asym R p"]),
P(W, False, "Rad-path: L US mass 2:00 (BR4A) - path fibrocystic change - concordant benign", bb="L4A", finds=["mass L p"]),
P(W, False, "Tele-mammo queue (CAH, Rugby ND): bilat benign calcs, unch from 2023", finds=["calc B p s"]),
P(W, False, "Resident prelim list: R 11:00 oval circ mass 6mm, ?FA, BR3", bb="R3", finds=["mass R p"]),
P(W, False, "Nav list: pt called re L asym - diag booked 3/14", finds=["asym L p"]),
P(W, False, "Registry: R breast 2 o'clock ILC, presented as AD on DBT", finds=["ad R p"]),
P(W, False, "Structured report pick: Calcificaions | Morphology: Coarse heterogeneous | Distribution: Regional | Laterality: Left",
  finds=["calc L p m:coarse_heterogeneous d:regional"]),
P(W, False, "Post-op seroma L, 4 cm, decreasing", finds=["oth L p"]),
P(W, False, "Duct ectasia, R subareolar, benign", finds=["oth R p"]),
P(W, False, "R lumpectomy bed: fat necrosis + dystrophic calcs, both unchanged",
  finds=["oth R p s", "calc R p s m:dystrophic"]),
P(W, False, "Haematoma L 12:00 post VAB (4 cm), clip 3 mm lateral", finds=["oth L p"]),
P(W, False, "Overnight locum wet read: L breast US - 2.4 cm abscess collection w/ surrounding skin oedema",
  finds=["oth L p", "skin L p"]),
P(W, False, "PACS note: R axillary tail 5 mm IMLN (fatty hilum) - benign", finds=["ln R p"]),
P(W, False, "Audit 2025-11 | R | calc, fine linear branching, linear | BR4C | B5b",
  bb="R4C", finds=["calc R p m:fine_linear d:linear"]),
P(W, False, "Check-up worklist (Korea): Lt. 2H 1cm, 0.8cm nodule, Cat.3", bb="L3", finds=["mass L p"]),
P(W, False, "Clinic list (Hanoi): BIRADS 2 hai ben - multiple cysts both breasts", bb="B2", finds=["mass B p"]),
P(W, False, "Registry (Suva): L breast mass 5cm + peau d'orange + matted L ax LNs",
  finds=["mass L p", "skin L p", "ln L p"]),
P(W, False, "BSQ assessment: L 2:00 spicullated mass 9 mm, synthesis 4", finds=["mass L p"]),
# --- misspelt lexicon words
P(M, False, "Mircocalcifications R, grouped", finds=["calc R p d:grouped"]),
P(M, False, "Archtectural distortion L UOQ", finds=["ad L p"]),
P(M, False, "Spculated mass R 10 o'c", finds=["mass R p"]),
P(M, False, "Asymmetery, focal, L", finds=["asym L p"]),
P(M, False, "Lymphadenapthy L axilla", finds=["ln L p"]),
P(M, False, "Fibroaedenoma R, 2.3 cm", finds=["mass R p"]),
P(M, False, "Intramammay lymph node, L", finds=["ln L p"]),
P(M, False, "Calcifications, pleomorhic, segmental, L", finds=["calc L p m:fine_pleomorphic d:segmental"]),
P(M, False, "R nipple retarction", finds=["skin R p"]),
P(M, False, "Skin thickneing, L periareolar", finds=["skin L p"]),
P(M, False, "Punctuate calcs R, clustered", finds=["calc R p m:punctate d:grouped"]),
P(M, False, "Amorphos calcifications L", finds=["calc L p m:amorphous"]),
# --- split / joined / hyphenated
P(S, False, "Fibro-adenomata L (x2, 8 & 11 mm, 2 and 4 o'c)", finds=["mass L p", "mass L p"]),
P(S, False, "Axillarylymph node R, cortex 4 mm", finds=["ln R p"]),
P(S, False, "Micro- calcifications L, 4 mm cluster", finds=["calc L p d:grouped"]),
P(S, False, "Skin- thickening B/L post RT", finds=["skin B p"]),
# --- reversed order
P(R, False, "Inversion of the left nipple, new", finds=["skin L p"]),
P(R, False, "Calcifications, R, along the surgical bed - dystrophic", finds=["calc R p m:dystrophic"]),
P(R, False, "Enlargement of the intramammary node, L", finds=["ln L p"]),
P(R, False, "Density, assymmetric, R UOQ, persistent", finds=["asym R p"]),
P(R, False, "Oedema of the breast skin, L, with trabecular thickening", finds=["skin L p"]),
P(R, False, "Ectasia of ducts, retroareolar, R", finds=["oth R p"]),
# --- adjective forms
P(A, False, "Asymmetrically dense tissue, R UIQ", finds=["asym R p"]),
P(A, False, "Calcified axillary node L", finds=["ln L p", "calc L p"]),
P(A, False, "Ductal dilatation L, 3 mm", finds=["oth L p"]),
P(A, False, "Distortive change, L UOQ, DBT-only", finds=["ad L p"]),
P(A, False, "Retracted skin over R 6 o'c mass", finds=["skin R p", "mass R p"]),
P(A, False, "Nodular lesion, hypoechoic, L 4 o'c", finds=["mass L p"]),
# --- negated and "no change"
P(N, False, "Calcs R: not seen on mag views (artefact)", finds=["calc R a"]),
P(N, False, "No intramammary or axillary nodes of concern, bilat", finds=["ln B a"]),
P(N, False, "Asymmetry L - effaced on rolled CC", finds=["asym L a"]),
P(N, False, "R mass: no change x 3 yrs (FA)", finds=["mass R p s"]),
P(N, False, "No interval change in L architectural distortion at the surgical site", finds=["ad L p s"]),
P(N, False, "Skin thickening R, resolved after antibiotics", finds=["skin R a"]),
P(N, False, "No new calcs L", finds=["calc L a"]),
P(N, False, "L FA unch. 2y, BR2", bb="L2", finds=["mass L p s"]),
# --- hedged
P(H, False, "Possible subtle AD, R UOQ, 1 view", finds=["ad R q"]),
P(H, False, "R mass can't be excluded - extremely dense", finds=["mass R q"]),
P(H, False, "?L axillary LN, cortex borderline", finds=["ln L q"]),
# --- category / density bearing
P(K, False, "BIRADS 4a (Rt) - tomo only", bb="R4A"),
P(K, False, "Final cat.: R 3 | L 2 (prev R 4A)", bb="R3 L2"),
P(K, False, "BI-RADS: 0 - pending US, L", bb="L0"),
P(K, False, "Dense (ACR D), BI-RADS 1 bilat", dens='d', bb="B1"),
# --- no finding
P(Z, False, "Bilateral implants, intact, no findings"),
P(Z, False, "Nurse nav: L bx path benign FA, concordant, back to screening"),
]
