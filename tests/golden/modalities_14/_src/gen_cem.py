"""Contrast-enhanced mammography reports (7): text + compact gold."""
from common import write

R = []

R.append(dict(
    id="cem14_01_us_academic_v2025_cem_recall_le_rc_fine_linear_washout_4c",
    style="US academic, v2025 CEM headings, low-energy and recombined sections", less=False,
    text="""
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL, DIAGNOSTIC
DATE: 01/29/2026
INDICATION: 57F recalled from screening DBT (L breast calcifications and possible mass). 
TECHNIQUE: Iohexol 350, 1.5 mL/kg IV. Bilateral CC and MLO low-energy (LE) and recombined (RC) images starting 2 min post injection; delayed L CC at 7 min. No immediate reaction.
COMPARISON: Screening DBT 01/12/2026; mammograms 2023, 2024.

BREAST COMPOSITION: c. The breasts are heterogeneously dense, which may obscure small masses.
BACKGROUND PARENCHYMAL ENHANCEMENT: mild, symmetric.

LOW-ENERGY:
L 12:00 middle depth, 6 cm FN: irregular, equal density mass with indistinct margins, 14 mm. Fine linear branching calcifications in a linear distribution extend 20 mm anterior to the mass toward the nipple.
R: no suspicious mass, calcifications or distortion.

RECOMBINED:
The L 12:00 mass enhances heterogeneously (15 mm) and shows washout on the delayed CC. Faint linear enhancement along the calcifications.
R: no suspicious enhancement.

IMPRESSION:
L 12:00 mass with fine linear calcifications and washout, highly suspicious. BI-RADS 4C (left). R BI-RADS 1.
Recommend US-guided core biopsy of the mass and stereotactic biopsy of the anterior calcifications.
""",
    mods="cem", purpose="diagnostic", density="c", bpe="mild/symmetric", overall="4C", bb="L4C R1",
    f=["mass L p sh=irregular mg=indistinct md=equal ie=heterogeneous kd=washout @12:00 dp=middle z=15",
       "calc L p m=fine_linear d=linear z=20",
       "nme L p nd=linear",
       "mass R a", "calc R a", "ad R a"],
    rec=["biopsy"]))

R.append(dict(
    id="cem14_02_au_private_cem_extremely_dense_obscured_high_density_rim_4b",
    style="Australia private, terse CEM with numbered conclusion", less=False,
    text="""
CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BILATERAL
Clinical: 48yo. R breast lump 9 o'clock. Extremely dense breasts on last screen (BreastScreen 2024).
Omnipaque 350, 90 mL. LE + recombined CC/MLO. No reaction.

ACR D - extremely dense.
BPE moderate, symmetric.

Right: Corresponding to the skin marker at 9 o'clock, an oval high density mass with obscured margins, ~21 mm on LE. On recombined images it shows rim enhancement, 22 mm. No calcs. Axilla: 15 mm node with thickened cortex.
Left: No LE abnormality. RC: segmental NME in the lower inner quadrant, 30 mm, clumped, no LE correlate.

Conclusion:
1. R 9 o'clock rim-enhancing mass + abnormal R axillary node. BI-RADS 4B. US + core bx of mass and node.
2. L LIQ segmental NME - BI-RADS 4A. Second-look US; if negative, CEM-guided or MRI-guided biopsy.
""",
    mods="cem", purpose="diagnostic", density="d", bpe="moderate/symmetric", overall="4B", bb="R4B L4A",
    f=["mass R p sh=oval mg=obscured md=high ie=rim @9:00 z=22",
       "calc R a",
       "ln R p z=15",
       "nme L p nd=segmental ie=clumped q=li z=30"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(
    id="cem14_03_canada_bc_cem_post_bct_diffuse_nme_oil_cyst_fat_containing_bi2",
    style="Canada (British Columbia), post-treatment diagnostic CEM, side paragraphs", less=False,
    text="""
DIAGNOSTIC CONTRAST-ENHANCED MAMMOGRAM (PERSONAL HISTORY)

History: 66 y.o., R breast cancer 2024, lumpectomy + radiation (completed 07/2025). MRI contraindicated (pacemaker). Annual post-treatment imaging.
Comparison: CEM 09/2025, mammograms 2023-2024.

Breast density: scattered areas of fibroglandular density (B).
Background parenchymal enhancement: minimal on the left; the right breast is discussed below.

RIGHT: Post-lumpectomy scar at 10 o'clock with architectural distortion, unchanged. Adjacent 10 mm oval, circumscribed, fat-containing mass = oil cyst, unchanged, non-enhancing. Diffuse non-mass enhancement throughout the irradiated right breast, less than on 09/2025, in keeping with resolving post-radiation change, with diffuse skin thickening, also decreasing.
LEFT: No suspicious mass, calcifications or enhancement.

IMPRESSION: Expected post-treatment change R breast. No evidence of recurrence. BI-RADS 2.
Next CEM in 12 months.
""",
    mods="cem", purpose="diagnostic", density="b", bpe="minimal/-", overall="2", bb="",
    f=["ad R p s @10:00",
       "mass R p s sh=oval mg=circumscribed md=fat_containing z=10",
       "nme R p nd=diffuse",
       "skin R p",
       "mass L a", "calc L a"],
    rec=["routine_screening"]))

R.append(dict(
    id="cem14_04_india_bengaluru_cesm_roman_numeral_birads_segmental_calcs_5",
    style="India (Bengaluru) corporate hospital CESM, Roman-numeral BIRADS, sizes in cm", less=False,
    text="""
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - BOTH BREASTS

Clinical: 52 yrs, lump left breast x 2 months.

Low energy images:
Both breasts show heterogeneously dense fibroglandular parenchyma (ACR C).
Left breast: A high density irregular mass with spiculated margins is seen in the upper outer quadrant measuring 2.5 x 2.2 cm, with fine pleomorphic microcalcifications in a segmental distribution extending over 4.0 cm towards the nipple. Nipple retraction +.
Left axilla: two enlarged nodes with loss of fatty hila, largest 1.8 cm.
Right breast: No mass / architectural distortion / suspicious calcification.

Recombined images:
BPE - mild, symmetric.
The left UOQ mass shows intense heterogeneous enhancement (2.7 cm). Segmental clumped non-mass enhancement extends from the mass along the calcifications, total extent 4.5 cm.
Right breast: no abnormal enhancement.

IMPRESSION:
Left breast UOQ malignant-looking mass with segmental calcifications and NME, nipple retraction and axillary nodes - BIRADS V.
Right breast - BIRADS I.
Adv: USG guided biopsy of mass and axillary node. Oncosurgery opinion.
""",
    mods="cem", purpose="diagnostic", density="c", bpe="mild/symmetric", overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous q=uo z=27",
       "calc L p m=fine_pleomorphic d=segmental z=40",
       "nme L p nd=segmental ie=clumped z=45",
       "skin L p",
       "ln L p z=18",
       "mass R a", "ad R a", "calc R a"],
    rec=["biopsy", "surgical_consultation"]))

R.append(dict(
    id="cem14_05_us_community_cem_telegraphic_numbered_lesions_both_breasts_4a",
    style="US community, telegraphic CEM with lesions numbered across both breasts", less=False,
    text="""
CEM BILAT DX
Hx 61F. Screening DBT 12/2025 callback: R mass, L calcs. Prior mammo 2023 avail.
Technique: std CEM, Omnipaque 350. LE + RC, CC/MLO bilat. Tol well.
Density: scattered FGT (b). BPE: minimal.

Findings
R1 - R UOQ 11:00, MD: 9 mm round equal-density mass, margins not circumscribed. RC: homogeneous enhancement, 9 mm.
R2 - R 6:00 AD: 7 mm oval low-density mass, circumscribed, NON-enhancing. Unchanged vs 2023.
L1 - L 3:00: grouped amorphous calcs over 6 mm. No assoc enhancement on RC.
L2 - L UIQ: 8 mm faint focal NME, RC only, no LE correlate. ?BPE.
No suspicious axillary LN.

Imp
R1 suspicious - BI-RADS 4A, US + US-guided bx.
R2 benign - BI-RADS 2.
L1 - BI-RADS 4A, stereo bx.
L2 probably benign - BI-RADS 3, CEM f/u 6 mo.
""",
    mods="cem", purpose="diagnostic", density="b", bpe="minimal/-", overall="4A", bb="R4A R2 L4A L3",
    f=["mass R p sh=round mg=not_circumscribed md=equal ie=homogeneous @11:00 q=uo z=9",
       "mass R p s sh=oval mg=circumscribed md=low @6:00 z=7",
       "calc L p m=amorphous d=grouped @3:00 z=6",
       "nme L p nd=focal q=ui z=8",
       "ln B a"],
    rec=["biopsy", "additional_imaging", "short_interval_followup"]))

R.append(dict(
    id="cem14_06_canada_calgary_cem_plus_targeted_us_fibroadenoma_bi3",
    style="Canada (Alberta), one report for CEM and same-day targeted US", less=True,
    text="""
CONTRAST-ENHANCED MAMMOGRAPHY AND RIGHT BREAST ULTRASOUND
Reason: 43F, palpable R breast lump 7 o'clock, 4 weeks. No FHx.

CEM:
Breast composition: heterogeneously dense (c).
BPE: mild, symmetrical.
R 7 o'clock at the BB marker: oval, equal density mass with circumscribed margins, 16 mm. Recombined: homogeneous enhancement, no washout.
L breast: Scattered benign-appearing calcifications. No abnormal enhancement.

US (R breast, targeted):
R 7:00 4 cm FN: oval, parallel, circumscribed, hypoechoic mass 16 x 8 x 12 mm with posterior acoustic enhancement and internal vascularity (two vessels). SWE: soft, 22 kPa. Corresponds to the palpable lump and CEM mass.
R axilla: normal.

IMPRESSION:
1. R 7:00 palpable mass with benign features on CEM and US, most likely fibroadenoma. BI-RADS 3 (right). Follow-up US at 6 months; biopsy is an option given palpability, discussed with pt.
2. L BI-RADS 2.
""",
    mods="cem us", purpose="diagnostic", density="c", bpe="mild/symmetric", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed md=equal ie=homogeneous or=parallel ep=hypoechoic pf=enhancement va=internal el=soft @7:00 z=16",
       "calc L p d=diffuse"],
    rec=["short_interval_followup", "biopsy"]))

R.append(dict(
    id="cem14_07_jamaica_private_cem_problem_solving_marked_bpe_possible_nme_bi2",
    style="Jamaica (Kingston) private imaging centre, problem-solving CEM", less=False,
    text="""
CONTRAST ENHANCED MAMMOGRAM - BOTH BREASTS

Clinical history: 39 yrs. US elsewhere 12/2025: R 10 o'clock 9 mm "hypoechoic lesion" (BI-RADS 0). CEM requested for problem solving.

Low energy: The breasts are heterogeneously dense (category C). At R 10 o'clock, posterior depth, an oval equal density mass with circumscribed margins, 9 mm. No calcifications or architectural distortion in either breast.
Recombined: Marked symmetric background parenchymal enhancement. The R 10 o'clock mass does not enhance - consistent with a cyst.
Possible subtle focal non-mass enhancement L 2 o'clock, 6 mm, likely part of the background enhancement given its symmetry with the right.
Benign-appearing left intramammary lymph node.

IMPRESSION: Benign non-enhancing R 10 o'clock mass (cyst), corresponding to the outside US finding. BI-RADS 2.
Note: marked BPE lowers sensitivity. Routine annual screening.
""",
    mods="cem", purpose="diagnostic", density="c", bpe="marked/symmetric", overall="2", bb="",
    f=["mass R p sh=oval mg=circumscribed md=equal @10:00 dp=posterior z=9",
       "calc B a", "ad B a",
       "nme L q nd=focal @2:00 z=6",
       "ln L p"],
    rec=["routine_screening"]))

if __name__ == "__main__":
    print(write(R), "cem reports")
