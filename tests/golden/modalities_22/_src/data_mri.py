ITEMS = []

ITEMS.append(dict(id="mri22_01_switzerland_translated_sequence_by_sequence_right_irregular_washout_4c",
mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4C", bb="R=4C L=1",
f=["mass R p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout @11:00 dp=posterior z=13",
   "mass L a", "nme L a",
   "ln B p"],
rec=["additional_imaging", "biopsy"],
text="""
Kantonsspital - Institut fur Radiologie
MR-MAMMOGRAPHIE BEIDSEITS / BILATERAL BREAST MRI (English version of the report)

Indication: Dense breasts, equivocal architectural change right upper breast on tomosynthesis, further work-up.
Technique: 1.5 T, dedicated 16-channel breast coil. T2 TSE, DWI (b 50/800), dynamic T1 3D gradient echo
before and 5 times after Gadobutrol 0.1 mmol/kg, subtractions, MIP.

Fibroglandular tissue: heterogeneous (ACR c).
Background parenchymal enhancement: mild, symmetric.

T2:
Right breast at 11 o'clock, posterior third, a 13 mm lesion of low-to-intermediate T2 signal, not cystic.
Left breast: no T2-bright or suspicious lesion.

DWI:
The right 11 o'clock lesion shows restricted diffusion (ADC 0.82 x 10-3 mm2/s).

Dynamic contrast-enhanced series:
The same right lesion is an irregular mass with irregular margins and heterogeneous internal enhancement,
strong early enhancement (fast) and washout on the delayed phase.
Left breast: no mass or non-mass enhancement.

Axillae: a few normal-appearing lymph nodes on both sides.

Assessment:
Suspicious mass right breast 11 o'clock, corresponding to the equivocal finding on tomosynthesis.
BI-RADS right 4C, left 1.

Recommendation: second-look ultrasound and ultrasound-guided core biopsy; if not visible on ultrasound,
MR-guided vacuum biopsy.
"""))

ITEMS.append(dict(id="mri22_02_singapore_high_risk_screening_template_negative_minimal_bpe_unsided_bi1",
mods="mri", purpose="screening", fgt="b", bpe="minimal/symmetric", overall="1", bb="",
f=["mass B a", "nme B a", "focus B a", "ln B a"],
rec=["routine_screening"],
text="""
NATIONAL CANCER CENTRE SINGAPORE - DIAGNOSTIC IMAGING
MRI BREASTS (HIGH-RISK SCREENING) WITH AND WITHOUT CONTRAST

Clinical: BRCA1 carrier, age 38. Annual surveillance.
Comparison: MRI 20/02/2025.

FGT        : b - scattered fibroglandular tissue
BPE        : minimal, symmetric
Masses     : nil
NME        : nil
Foci       : nil
Nodes      : no enlarged or abnormal axillary / internal mammary nodes
Skin/nipple: normal
Implants   : n/a
Other      : incidental 5 mm hepatic cyst segment VIII (unchanged)

IMPRESSION: No MRI evidence of malignancy. BI-RADS 1: Negative.
Continue yearly MRI alternating with mammography as per high-risk protocol.
"""))

ITEMS.append(dict(id="mri22_03_croatia_translated_six_month_followup_decreasing_regional_nme_marked_bpe_bi3",
mods="mri", purpose="diagnostic", fgt="d", bpe="marked/symmetric", overall="3", bb="L=3 R=1",
f=["nme L p nd=regional ie=heterogeneous ki=medium kd=persistent q=uo",
   "mass B a"],
rec=["short_interval_followup"],
text="""
KLINICKI BOLNICKI CENTAR - KLINIKA ZA RADIOLOGIJU
MAGNETSKA REZONANCA DOJKI (translation)

Reason for examination: control after 6 months, non-mass enhancement of the left breast described on the
previous MRI (BI-RADS 3). Examination performed on day 9 of the cycle.

Findings:
The breasts are extremely dense on MRI, with an extreme amount of fibroglandular tissue (d). Background
parenchymal enhancement is marked and symmetric.
In the upper outer quadrant of the left breast there is still a regional area of heterogeneous non-mass
enhancement, now smaller in extent (approx. 30 x 18 mm, previously 45 x 25 mm), with a moderate initial rise
and progressive (persistent) curve in the late phase.
No focal masses are demonstrated in either breast. Axillae without pathological findings.

Conclusion:
Regression of the regional NME of the left breast, most likely hormonally-dependent enhancement.
BI-RADS 3 left, BI-RADS 1 right. Control MRI in 6 months, scheduled in the second week of the cycle.
"""))

ITEMS.append(dict(id="mri22_04_hungary_translated_paget_areolar_thickening_retroareolar_linear_clumped_nme_4b",
mods="mri", purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4B", bb="R=4B L=1",
f=["skin R p",
   "nme R p nd=linear ie=clumped ki=fast kd=plateau q=sa z=32",
   "mass R a",
   "ln B a"],
rec=["biopsy"],
text="""
Orszagos Onkologiai Intezet - Diagnosztikai Radiologiai Osztaly
Breast MRI, contrast-enhanced (translated from Hungarian)

Clinical question: eczematous change and crusting of the right nipple for 3 months, Paget's disease?
Mammography elsewhere: negative (report only).

Composition: scattered fibroglandular tissue (b). Background enhancement minimal and symmetric.

Right breast: the right nipple-areolar complex is thickened and enhances avidly compared with the left,
i.e. skin thickening of the areola with enhancement. From the nipple base, in the retroareolar region, a
linear non-mass enhancement extends posteriorly along a duct for 32 mm, with clumped internal pattern; kinetics
rapid initial enhancement then plateau. No enhancing mass in the right breast.
Left breast: no pathological enhancement.
No axillary lymphadenopathy on either side.

Opinion: thickened, enhancing right nipple-areolar complex with linear clumped retroareolar NME, suspicious for
Paget's disease with underlying DCIS. BI-RADS 4B (right). Left: BI-RADS 1.
Recommendation: punch biopsy of the nipple and MR- or stereo-guided biopsy of the NME.
"""))

ITEMS.append(dict(id="mri22_05_belgium_followup_right_focus_resolved_new_left_oval_septations_bi3",
mods="mri", purpose="screening", fgt="b", bpe="mild/symmetric", overall="3", bb="R=2 L=3",
f=["focus R a",
   "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @3:00 dp=middle z=7",
   "mass R p s sh=round mg=circumscribed @9:00 z=5",
   "nme B a"],
rec=["short_interval_followup"],
text="""
AZ Sint-Jan - Dienst Medische Beeldvorming
MRI BOTH BREASTS - annual surveillance (lifetime risk 28%, IBIS)

Comparison: MRI of 11/2024.

Amount of fibroglandular tissue: scattered (b). BPE: mild, symmetrical.

Right: the 4 mm focus at 2 o'clock noted last year is no longer visualised. Small round circumscribed
T2-hyperintense non-enhancing cyst at 9 o'clock (5 mm), unchanged.
Left: new since 11/2024, at 3 o'clock at mid-depth, an oval mass of 7 mm with circumscribed margins and
dark internal septations, slow initial enhancement and a persistent curve. Probably a small fibroadenoma.
No non-mass enhancement in either breast. Nodes unremarkable.

CONCLUSION
New probably benign mass left breast: BI-RADS 3 (left). Right breast: BI-RADS 2 (stable cyst).
Short-term follow-up MRI of the left breast in 6 months.
"""))

ITEMS.append(dict(id="mri22_06_tunisia_translated_inflammatory_left_diffuse_nme_skin_oedema_nodes_5",
mods="mri", purpose="diagnostic", fgt="c", bpe="moderate/asymmetric", overall="5", bb="L=5 R=1",
f=["nme L p nd=diffuse ie=heterogeneous ki=fast kd=washout",
   "skin L p",
   "mass L a",
   "ln L p",
   "mass R a"],
rec=["biopsy", "other"],
text="""
INSTITUT SALAH AZAIEZ - SERVICE D'IMAGERIE MEDICALE
IRM MAMMAIRE / BREAST MRI (translated from the French original)

Clinical information: 44 year old, red, swollen, warm left breast for 6 weeks not improving on antibiotics.

Results:
Glandular tissue heterogeneously fibroglandular (type c). Background enhancement moderate, asymmetric (more
on the left, in the context).
Left breast: diffuse non-mass enhancement involving the whole left breast, heterogeneous internal pattern,
with rapid uptake and wash-out on the late sequences. Diffuse skin thickening with subcutaneous oedema of the
left breast, enhancing. No discrete mass individualised within the enhancement.
Left axilla: several enlarged lymph nodes with thick cortex and loss of the fatty hilum, the largest 24 mm.
Right breast: no mass. Right axilla normal.

Conclusion:
Appearance highly suggestive of inflammatory carcinoma of the left breast with axillary lymph node involvement.
BI-RADS 5 left. BI-RADS 1 right.
Proposal: biopsy of the left breast and of a left axillary node, then multidisciplinary staff meeting.
"""))

ITEMS.append(dict(id="mri22_07_uruguay_translated_post_bct_surveillance_stable_scar_fat_necrosis_l2_r1",
mods="mri", purpose="screening", fgt="a", bpe="minimal/symmetric", overall="2", bb="L=2 R=1",
f=["other L p s @12:00",
   "other L p",
   "mass B a", "nme B a"],
rec=["routine_screening"],
text="""
HOSPITAL DE CLINICAS - DEPARTAMENTO CLINICO DE IMAGENOLOGIA
BREAST MRI WITH GADOLINIUM (translation for the patient)

History: left conservative surgery and radiotherapy 2021 (IDC, pT1cN0). Annual surveillance.
Compared with MRI 2025.

Breast composition: almost entirely fatty (a). Background enhancement minimal, symmetric.

Left breast: post-surgical scar at 12 o'clock without enhancement, unchanged compared with
the previous study. Adjacent to it, a small area of fat necrosis with a fat signal centre on the non fat-saturated
T1 images, consistent with benign fat necrosis.
No suspicious masses or non-mass enhancement in either breast.
Axillary regions without changes.

IMPRESSION:
Post-treatment changes of the left breast, benign. BI-RADS 2 - left breast.
Right breast: BI-RADS 1.
Continue annual surveillance (mammography + MRI).
"""))

ITEMS.append(dict(id="mri22_08_serbia_translated_staging_ad_numbered_left_index_6_second_mass_4c_right_focus",
mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4C", bb="L=4C R=2",
f=["mass L p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @2:00 z=22",
   "mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=plateau @5:00 z=9",
   "ln L p",
   "focus R p ki=medium kd=persistent @10:00 z=4",
   "skin L a"],
rec=["additional_imaging", "biopsy", "other"],
text="""
INSTITUT ZA ONKOLOGIJU I RADIOLOGIJU SRBIJE
MR MAMOGRAFIJA / BREAST MRI - preoperative staging (translation)

Referral: histologically verified invasive carcinoma of the left breast, UOQ (core biopsy 02/2026, NST, G2).
Protocol: T2, STIR, DWI, DCE T1 FS (1 pre + 6 post-contrast), subtraction, MIP.

Breast parenchyma heterogeneous, fibroglandular tissue category c. Background enhancement mild, symmetric.

Left breast:
ad 1) at 2 o'clock, 6 cm from the nipple, the known carcinoma: irregular mass with spiculated margins and rim
enhancement, 22 x 19 x 17 mm, fast initial enhancement, wash-out. Biopsy clip in the lesion. Skin not thickened.
ad 2) at 5 o'clock (lower inner quadrant), separate from the index lesion by 5 cm, a second irregular mass with
irregular margins and heterogeneous enhancement, 9 mm, fast / plateau.
ad 3) left axilla: one lymph node with asymmetric cortical thickening up to 4 mm.
Right breast:
ad 4) at 10 o'clock a solitary 4 mm focus, medium initial enhancement with persistent curve; benign appearance.

Conclusion:
ad 1) known carcinoma of the left breast - BI-RADS 6
ad 2) second lesion of the left breast, suspicious for multicentric disease - BI-RADS 4C
ad 3) suspicious left axillary lymph node
ad 4) benign focus right breast - BI-RADS 2
Recommended: second-look US with biopsy of lesion 2 and of the node; presentation at the oncology board.
"""))

ITEMS.append(dict(id="mri22_09_ecuador_translated_birads_legend_footer_right_focus_plateau_3_left_cysts_2",
mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="3", bb="R=3 L=2",
f=["focus R p ki=fast kd=plateau @7:00 z=4",
   "mass L p",
   "nme B a",
   "ln B p"],
rec=["short_interval_followup"],
text="""
SOLCA - NUCLEO DE QUITO
SERVICIO DE IMAGEN - RESONANCIA MAGNETICA DE MAMAS (English translation)

Patient: 51 y. Reason: problem solving, dense breasts, mammography BI-RADS 0 for the left breast asymmetry
(resolved on spot compression views at our centre).

TECHNIQUE: Dynamic contrast-enhanced breast MRI at 3T.

FINDINGS:
Heterogeneous fibroglandular tissue (c). Mild symmetric background parenchymal enhancment.
RIGHT BREAST: at 7 o'clock a single 4 mm enhancing focus, distinct from the background, with fast uptake
and plateau curve; no T2 correlate.
LEFT BREAST: multiple simple cysts, hyperintense on T2 and non-enhancing, the largest 11 mm at 1 o'clock.
No non-mass enhancement in either breast.
Axillary lymph nodes of normal morphology bilaterally.

CONCLUSION:
Indeterminate focus right breast, probably benign: BI-RADS 3 right. Follow-up MRI in 6 months.
Simple cysts left breast: BI-RADS 2 left.

---------------------------------------------------------------------------------------------
BI-RADS legend: 0 incomplete | 1 negative | 2 benign | 3 probably benign (short follow-up) |
4 suspicious (biopsy) | 5 highly suggestive of malignancy | 6 known biopsy-proven malignancy
This report was produced with the support of a voice dictation system. Please inform us of any error.
"""))
