"""Contrast-enhanced mammography reports (cem2_NN). Gold in the compact form described in common.py."""

CEM = []

CEM.append(dict(id="cem2_01_v2025_screening_composition_line", text="""
CONTRAST-ENHANCED MAMMOGRAPHY (CEM), BILATERAL - SCREENING
Reported with the ACR BI-RADS(R) Atlas v2025 (CEM as a separate modality)

Indication: 46-year-old, intermediate risk (atypical ductal hyperplasia 2022). MRI contraindicated (pacemaker). Annual supplemental screening.
Technique: Dual-energy CC and MLO views of both breasts beginning 2 minutes after intravenous iohexol 350 (1.5 mL/kg). Low-energy (LE) and recombined (RC) images reviewed. No adverse reaction.
Comparison: CEM 2024-06-10.

Breast composition: b.

Low-energy images: No suspicious masses, calcifications or architectural distortion. Stable benign vascular calcifications in the left breast.
Recombined images: Background parenchymal enhancement: minimal. Symmetric. No enhancing mass. No non-mass enhancement.

ASSESSMENT: BI-RADS 2 - Benign.
MANAGEMENT: Annual CEM.
""",
    mods="cem", purpose="scr", density="b", bpe="minimal/symmetric", overall="2", bb="",
    f=["mass B a", "calc B a", "ad B a",
       "calc L p s m=vascular",
       "nme B a"],
    rec="rs"))

CEM.append(dict(id="cem2_02_montreal_cesm_spiculated_low_density", text="""
DIAGNOSTIC CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM), BILATERAL
Montreal

History: 52-year-old woman with a palpable lump in the left breast at 1 o'clock, marked with a BB.
Technique: CC and MLO low-energy and recombined images of both breasts after iodinated contrast (iopromide 370).

LOW-ENERGY IMAGES:
Breast density: scattered areas of fibroglandular density (B).
Left breast 1:00, under the BB: 17 mm irregular high-density mass with spiculated margins. Fine pleomorphic calcifications extend 10 mm anteriorly from the mass in a linear distribution.
Left breast 6:00, posterior depth: 9 mm oval circumscribed low-density mass.
Right breast: no suspicious findings.

RECOMBINED IMAGES:
BPE: mild, symmetric.
The left 1:00 mass enhances intensely and heterogeneously and measures 21 mm. Linear non-mass enhancement extends 15 mm from the mass toward the nipple, corresponding to the calcifications.
The left 6:00 mass does not enhance.
No enhancing lesion in the right breast.

IMPRESSION:
1. Left 1:00 spiculated enhancing mass with associated calcifications and linear NME: highly suggestive of malignancy. BI-RADS 5.
2. Left 6:00 non-enhancing circumscribed low-density mass, likely a cyst; targeted ultrasound at the time of biopsy.
3. Right breast negative. BI-RADS 1.
RECOMMENDATION: Ultrasound-guided core biopsy of the left 1:00 mass.
""",
    mods="cem", purpose="dia", density="b", bpe="mild/symmetric", overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous @1:00 z=21",
       "calc L p m=fine_pleomorphic d=linear",
       "nme L p nd=linear z=15",
       "mass L p sh=oval mg=circumscribed md=low @6:00 dp=posterior z=9"],
    rec="bx ai"))

CEM.append(dict(id="cem2_03_spain_translated_two_right_nodules", text="""
BILATERAL CONTRAST-ENHANCED MAMMOGRAPHY (CEM)
(Translated from Spanish - Hospital Universitario, Madrid)

Clinical data: 57 years. Suspicious lesion in the right breast on the population screening programme (reported BI-RADS 4). Assessment.
Technique: Low-energy and recombined CC and MLO projections after intravenous iodinated contrast.

Low-energy study:
Breasts with heterogeneously dense fibroglandular tissue (type c).
Right breast: nodule in the upper outer quadrant (UOQ), 12 mm, irregular, with indistinct margins, isodense.
Second nodule in the lower inner quadrant (LIQ) of the right breast, 8 mm, oval, circumscribed, hyperdense.
Left breast: oval, circumscribed, isodense nodule of 10 mm in the lower outer quadrant, unchanged since 2021 (fibroadenoma). Grouped round and punctate calcifications in the upper inner quadrant, benign-appearing, stable since 2022.
Right axilla: 15 mm lymph node with loss of the fatty hilum.

Recombined study:
Background enhancement: moderate, symmetric.
The right UOQ nodule shows intense heterogeneous enhancement with washout on the late image.
The right LIQ nodule shows homogeneous enhancement.
The left nodule and the left calcifications do not enhance.

Conclusion:
Right breast: BI-RADS 5 (UOQ nodule) and BI-RADS 4A (LIQ nodule). Suspicious right axillary lymph node.
Left breast: BI-RADS 2.
Ultrasound-guided core biopsy of both right nodules and of the right axillary node.
""",
    mods="cem", purpose="dia", density="c", bpe="moderate/symmetric", overall="5", bb="R5 L2",
    f=["mass R p sh=irregular mg=indistinct md=equal ie=heterogeneous kd=washout q=upper_outer z=12",
       "mass R p sh=oval mg=circumscribed md=high ie=homogeneous q=lower_inner z=8",
       "mass L p s sh=oval mg=circumscribed md=equal q=lower_outer z=10",
       "calc L p s m=punctate,round d=grouped q=upper_inner",
       "ln R p z=15"],
    rec="bx"))

CEM.append(dict(id="cem2_04_ireland_staging_prose_satellite", text="""
CONTRAST-ENHANCED MAMMOGRAPHY - STAGING
Symptomatic Breast Unit, Dublin

Clinical: 64F. Biopsy-proven grade 3 IDC of the right breast at 10 o'clock (M4, U5). For local staging; MRI not tolerated (claustrophobia).
CEM: standard CC and MLO low-energy and recombined images of both breasts.

Report:
Breast composition on the low-energy images is fatty with scattered fibroglandular tissue (ACR b). The known right 10 o'clock carcinoma is seen as a 19 mm irregular spiculated high-density mass with the biopsy clip at its centre. On the recombined images it shows rim enhancement and measures 22 mm. A second, 7 mm oval mass with homogeneous enhancement lies 2 cm medial to it at 11 o'clock, without a low-energy correlate, probably a satellite. Background enhancement is moderate and asymmetric, more on the right.
The left breast is unremarkable, with no mass or calcification of concern and no abnormal enhancement. Normal left axillary lymph nodes on the MLO view.

Impression:
Right breast: 22 mm index cancer at 10 o'clock (BI-RADS 6) and a probable 7 mm satellite at 11 o'clock (BI-RADS 4B).
Left breast: BI-RADS 1.
Second-look ultrasound and biopsy of the 11 o'clock lesion; discuss at MDT.
""",
    mods="cem", purpose="dia", density="b", bpe="moderate/asymmetric", overall="4B", bb="R4B L1",
    f=["mass R p sh=irregular mg=spiculated md=high ie=rim @10:00 z=22",
       "mass R p sh=oval ie=homogeneous @11:00 z=7",
       "mass L a", "calc L a",
       "ln L p"],
    rec="ai bx ot"))

CEM.append(dict(id="cem2_05_israel_pipe_table_axillary_node_typo", text="""
CEM REPORT | Bilateral | Diagnostic
Tel Aviv

Referral: 48 y, new right axillary lump, dense breasts.
Technique: CEM, CC + MLO both breasts, LE + RC.

Breast composition (LE): d - extremely dense
BPE (RC): marked | symmetric

| Side | Site | Finding | LE | RC | Size | BI-RADS |
|---|---|---|---|---|---|---|
| R | 8:00 | mass | oval, circumscribed, equal density | homogeneous enhancement | 11 mm | 3 |
| R | axilla | lymph node | enlarged, dense, no fatty hilum | enhancing | 23 mm | 4B |
| L | 12:00 | NME | no LE correlate | focal, heterogenous | 14 mm | 4A |
| L | UOQ | calcifications | diffuse punctate, benign | no enhancement | - | 2 |

Final: R 4B / L 4A
Plan: targeted US of the right axilla and right 8:00 with core biopsy of the node; CEM-guided or MRI-guided biopsy of the left 12:00 NME.
""",
    mods="cem", purpose="dia", density="d", bpe="marked/symmetric", overall="4B", bb="R4B L4A",
    f=["mass R p sh=oval mg=circumscribed md=equal ie=homogeneous @8:00 z=11",
       "ln R p z=23",
       "nme L p nd=focal ie=heterogeneous @12:00 z=14",
       "calc L p m=punctate d=diffuse q=upper_outer"],
    rec="ai bx"))

CEM.append(dict(id="cem2_06_us_dictation_asymmetry_no_enhancement_typos", text="""
CONTRAST ENHANCED MAMMOGRAM BILATERAL DIAGNOSTIC

INDICATION: 53-year-old female recalled from screening for a right breast asymmetry. Diagnostic evaluation with contrast-enhanced mammography per breast center protocol.
COMPARISON: Screening mammogram 03/03/2025, 02/12/2024.
TECHNIQUE: Bilateral CC and MLO dual-energy images 2 minutes after Omnipaque 350.

FINDINGS:
Low energy images: The breasts are heterogenously dense, which may obscure small masses. In the right breast upper outer quadrant posterior depth there is a focal asymmetry that persists on the low energy CC and MLO views. No associated calcifications or architectural distorsion.
Recombined images: Mild symmetric background parenchymal enhancment. There is no enhancement corresponding to the right breast focal asymmetry. In the left breast at 3 o'clock there is a 5 mm oval circumscribed mass with homogeneous enhancement, without low energy correlate.

IMPRESSION:
1. Persistent right breast focal asymmetry without enhancement, probably benign. BI-RADS 3. Six month follow-up diagnostic mammogram.
2. Left breast 3 o'clock 5 mm enhancing mass. Targeted left breast ultrasound is recommended. BI-RADS 0.
""",
    mods="cem", purpose="dia", density="c", bpe="mild/symmetric", overall="0", bb="R3 L0",
    f=["asym R p q=upper_outer dp=posterior",
       "calc R a", "ad R a",
       "mass L p sh=oval mg=circumscribed ie=homogeneous @3:00 z=5"],
    rec="si ai"))

CEM.append(dict(id="cem2_07_nz_assessment_calcs_magnification_no_enhancement", text="""
CONTRAST MAMMOGRAPHY AND MAGNIFICATION VIEWS
BreastScreen Aotearoa Assessment Clinic, Christchurch

Reason for assessment: Screen-detected calcifications, left breast upper outer quadrant (round 5).
Technique: Bilateral contrast mammography (low-energy and recombined CC/MLO) followed by left CC and ML magnification views.

Findings:
Low-energy images: heterogeneously dense breasts (c). Left UOQ: a 12 mm group of calcifications.
Magnification views: the calcifications are amorphous, with a few fine pleomorphic forms, in a grouped distribution over 12 mm.
Recombined images: BPE minimal. No enhancement associated with the calcifications. No enhancing lesion elsewhere in either breast.
Right: stable rim calcification in the lower inner quadrant.

Conclusion:
Left UOQ grouped amorphous and fine pleomorphic calcifications without associated enhancement (absence of enhancement does not exclude DCIS): BI-RADS 4B.
Right: benign. BI-RADS 2.
Stereotactic vacuum-assisted biopsy of the left breast calcifications.
""",
    mods="cem+mag", purpose="dia", density="c", bpe="minimal/-", overall="4B", bb="L4B R2",
    f=["calc L p m=amorphous,fine_pleomorphic d=grouped q=upper_outer z=12",
       "calc R p s m=rim q=lower_inner"],
    rec="bx"))

CEM.append(dict(id="cem2_08_poland_cesm_nipple_retraction_possible_nme_typos", text="""
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM)
(Translated from Polish - Krakow)

Indication: 70-year-old woman. Right nipple retraction for 2 months. Problem-solving examination.

Low-energy images:
Breast composition: type A, almost entirely fatty.
Right breast: retroareolar 15 mm irregular high-density mass with indistinct margins, with associated nipple retraction and thickening of the areolar skin. No suspicious calcyfications.
Left breast: no masses, no suspicious calcyfications. Benign-appearing lymph node in the left axillary tail.

Recombined images:
Background enhancement minimal, symmetric.
The retroareolar mass on the right enhances heterogeneously. Possible linear non-mass enhancement extending about 20 mm posteriorly from the mass, equivocal.
Left breast: no pathological enhancement.

Conclusion:
Right retroareolar mass with nipple retraction, highly suspicious: BI-RADS 5. Possible linear NME posterior to the mass should be taken into account when planning surgery.
Left breast: BI-RADS 2.
Core needle biopsy of the right breast mass; breast MRI to assess the extent.
""",
    mods="cem", purpose="dia", density="a", bpe="minimal/symmetric", overall="5", bb="R5 L2",
    f=["mass R p sh=irregular mg=indistinct md=high ie=heterogeneous z=15",
       "skin R p", "skin R p",
       "calc R a",
       "mass L a", "calc L a",
       "ln L p q=axillary_tail",
       "nme R q nd=linear z=20"],
    rec="bx ai"))

CEM.append(dict(id="cem2_09_south_africa_cem_targeted_us_rim_enhancing", text="""
CONTRAST-ENHANCED MAMMOGRAM AND TARGETED LEFT BREAST ULTRASOUND
Durban

Clinical: 45-year-old with a lump in the left breast at 3 o'clock. Sister had breast cancer at 41.

CEM:
Low-energy: breast composition c (heterogeneously dense). Left 3:00: 20 mm oval equal-density mass with obscured margins. Scattered benign-appearing calcifications in the right breast.
Recombined: BPE mild, symmetric. The left 3:00 mass shows thick irregular rim enhancement. No other enhancing lesion.

Ultrasound (left breast and axilla):
Left 3:00, 4 cm FN: 20 x 14 x 16 mm oval, complex cystic and solid mass with a thick wall, internal vascularity in the solid component and posterior acoustic enhancement. It corresponds to the rim-enhancing mass on CEM.
Left axilla: one lymph node with cortical thickening of 4 mm.

Impression:
Left 3:00 complex cystic and solid mass with rim enhancement, suspicious. BI-RADS 4C.
Right breast: benign calcifications. BI-RADS 2.
Recommend US-guided core biopsy of the solid component and FNA of the left axillary node.
""",
    mods="cem+us", purpose="dia", density="c", bpe="mild/symmetric", overall="4C", bb="L4C R2",
    f=["mass L p sh=oval mg=obscured md=equal ep=complex_cystic_solid pf=enhancement v=internal ie=rim @3:00 z=20",
       "calc R p d=diffuse",
       "ln L p"],
    rec="bx"))

CEM.append(dict(id="cem2_10_belgium_v2025_segmental_clumped_nme", text="""
Contrast-enhanced mammography (CEM) - diagnostic
(Translated from French - Brussels) - BI-RADS v2025 lexicon

Indication: 39 years, spontaneous bloody discharge from the left nipple for 1 month.
Technique: Low-energy and recombined images, CC and MLO, both breasts.

Breast composition: C.

Low-energy images: no suspicious mass in either breast. Fine linear branching calcifications in the upper inner quadrant of the left breast over 35 mm, in a segmental distribution.
Recombined images: BPE mild, symmetric. Segmental non-mass enhancement with clumped internal enhancement in the left upper inner quadrant over 48 mm, corresponding to and exceeding the calcifications. Lesion conspicuity: moderate.
Right breast: no abnormal enhancement. No suspicious calcifications.

Conclusion:
Left: segmental clumped NME with fine linear calcifications, highly suspicious of extensive DCIS. BI-RADS 4C.
Right: BI-RADS 1.
Stereotactic vacuum-assisted biopsy and surgical consultation.
""",
    mods="cem", purpose="dia", density="c", bpe="mild/symmetric", overall="4C", bb="L4C R1",
    f=["mass B a",
       "calc L p m=fine_linear d=segmental q=upper_inner z=35",
       "nme L p nd=segmental ie=clumped q=upper_inner z=48",
       "calc R a"],
    rec="bx sc"))
