"""CEM reports cem3_01 - cem3_04 (texts and compact gold)."""

R = []

R.append(dict(
    id="cem3_01_france_angiomammography_acr_classification",
    text="""
CABINET D'IMAGERIE MÉDICALE - LYON
ANGIOMAMMOGRAPHIE (MAMMOGRAPHIE AVEC INJECTION DE PRODUIT DE CONTRASTE, CEM)
Compte rendu - English translation

Indication: 57-year-old woman recalled after organised screening (dépistage organisé, 01/2026), where a
right breast opacity was classified ACR 4 at first reading.

Technique: dual-energy contrast-enhanced mammography, CC and MLO views of both breasts, starting 2
minutes after injection of iohexol (1.5 ml/kg); low-energy and recombined images.

Results:
Low-energy images: heterogeneously dense breasts (type C of the ACR classification), which may lower
sensitivity.
Right breast: in the upper outer quadrant at 10 o'clock, an irregular, high-density mass with
spiculated margins, 15 mm. Associated grouped fine pleomorphic microcalcifications within and around
the mass, over 12 mm.
Left breast: known oval, circumscribed mass of equal density in the lower outer quadrant (4 o'clock),
11 mm, stable since 2021 (fibroadenoma).

Recombined images: background parenchymal enhancement is mild and symmetric.
Right: intense heterogeneous enhancement of the mass, 17 mm. No other suspicious enhancement.
Left: the known fibroadenoma does not enhance. No abnormal enhancement.
Axillae: no suspicious lymph node.

Conclusion:
Right breast: spiculated enhancing mass with microcalcifications, upper outer quadrant: ACR 5.
Left breast: stable fibroadenoma: ACR 2.
Ultrasound-guided core biopsy (échobiopsie) of the right lesion. A breast MRI for local staging will
be discussed after histology.

Dr F. Martin
""",
    mods=["cem"], purpose="diagnostic", density="c", fgt=None, bpe="mild/symmetric",
    overall="5", bb="R5 L2",
    f=[
        "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous @10:00 q=upper_outer z=17",
        "calc R p m=fine_pleomorphic d=grouped",
        "mass L p s sh=oval mg=circumscribed md=equal @4:00 q=lower_outer z=11",
        "ln B a",
    ],
    rec=["biopsy", "additional_imaging"],
))

R.append(dict(
    id="cem3_02_india_cesm_regional_amorphous_low_density_masses",
    text="""
IMAGING & DIAGNOSTIC CENTRE, MUMBAI
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - BOTH BREASTS

Clinical: 48 yrs. Left breast pain and thickening. Outside USG: ?altered echotexture left UOQ.

Technique: Dual energy CC & MLO views of both breasts acquired 2 min after IV injection of non-ionic
contrast (Iohexol 350, 1.5 ml/kg). Low-energy (LE) and recombined (RC) images reviewed.

LE images:
Breast composition: ACR b - scattered areas of fibroglandular density.
Left breast: regional amorphous microcalcifications in the upper outer quadrant, spanning approx.
3.5 cm.
Right breast: two oval, low-density masses with circumscribed margins, at 9 o'clock (11 mm) and at 7
o'clock (8 mm).
No architectural distortion in either breast.

RC images:
BPE: minimal, symmetrical.
Left breast: regional non-mass enhancement with heterogeneous internal enhancement in the upper outer
quadrant, corresponding to the calcifications, approx. 4 cm.
Right breast: the two masses do not enhance - likely cysts.
Bilateral axillary lymph nodes with fatty hila.

IMPRESSION:
* Left breast: regional amorphous microcalcifications with corresponding regional heterogeneous NME,
  UOQ - BI-RADS 4B. Stereotactic / CESM-guided biopsy recommended.
* Right breast: two non-enhancing circumscribed masses, likely cysts - BI-RADS 2. Correlation with USG
  advised.

Dr. S. Iyer, MD (Radiodiagnosis)
""",
    mods=["cem"], purpose="diagnostic", density="b", fgt=None, bpe="minimal/symmetric",
    overall="4B", bb="L4B R2",
    f=[
        "calc L p m=amorphous d=regional q=upper_outer z=35",
        "mass R p sh=oval mg=circumscribed md=low @9:00 z=11",
        "mass R p sh=oval mg=circumscribed md=low @7:00 z=8",
        "ad B a",
        "nme L p ie=heterogeneous nd=regional q=upper_outer z=40",
        "ln B p",
    ],
    rec=["biopsy", "additional_imaging"],
))

R.append(dict(
    id="cem3_03_germany_cesm_pacemaker_round_mass_linear_nme_typos",
    text="""
RADIOLOGIE - MÜNCHEN
Kontrastmittel-Mammographie (CESM) beidseits / Contrast-enhanced mammography, both sides

Fragestellung / Question: 39 y. Extremely dense breasts, equivocal palpable finding left at 1 o'clock.
MRI not possible (cardiac pacemaker).
Technik / Technique: CC and MLO both sides, 2 min after i.v. iopromide; low-energy and recombined
(subtraction) images.

Befund / Findings:
Low-energy: extremely dense parenchyma (ACR d), limiting sensitivity. No suspicious
microcalcifications. No architectural distortion.
Recombined: moderate, asymmetric background enhancement (left > right).
Left, 1 o'clock, 3 cm from the nipple: round mass with not circumscribed margins, 9 mm, homogenous
enhancment. Corresponds to the palpable finding.
Right, retroareolar: linear non-mass enhancement along a duct, 25 mm, homogeneous.
Axillae: lymph nodes of normal appearance on both sides.

Beurteilung / Assessment:
Round enhancing mass left at 1 o'clock: BI-RADS 4 left.
Linear NME right retroareolar: BI-RADS 3 right.

Empfehlung / Recommendation: targeted ultrasound and US-guided core biopsy left at 1 o'clock.
Follow-up CESM of the right breast in 6 months.

Dr. med. K. Weber
""",
    mods=["cem"], purpose="diagnostic", density="d", fgt=None, bpe="moderate/asymmetric",
    overall="4", bb="L4 R3",
    f=[
        "calc B a",
        "ad B a",
        "mass L p sh=round mg=not_circumscribed ie=homogeneous @1:00 z=9",
        "nme R p ie=homogeneous nd=linear z=25",
        "ln B p",
    ],
    rec=["additional_imaging", "biopsy", "short_interval_followup"],
))

R.append(dict(
    id="cem3_04_us_cem_spot_compression_distortion_no_enhancement",
    text="""
DIAGNOSTIC CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL, WITH ADDITIONAL SPOT COMPRESSION VIEWS

HISTORY: 56-year-old woman recalled from screening DBT 02/18/2026 for a possible right breast
distortion.
COMPARISON: Screening DBT 02/18/2026; screening mammograms 2024 and 2023.
TECHNIQUE: Bilateral CC and MLO contrast-enhanced mammography after IV iohexol 350 (1.5 mL/kg),
followed by right CC and ML spot compression views (low-energy technique).

BREAST COMPOSITION: Heterogeneously dense (c).

FINDINGS:
Right: The architectural distortion at 11:00, middle depth, 7 cm from the nipple, persists on the spot
compression views and measures 12 mm. On recombined images there is no associated enhancement.
Left: Grouped punctate and round calcifications in the upper inner quadrant, unchanged since 2023.
Recombined images: Minimal symmetric background parenchymal enhancement. No enhancing mass or
non-mass enhancement in either breast.

IMPRESSION:
1. Persistent right breast architectural distortion at 11:00 without enhancement. Absence of
enhancement does not exclude malignancy; biopsy is recommended. BI-RADS 4A right.
2. Stable benign left breast calcifications. BI-RADS 2 left.

RECOMMENDATION: Tomosynthesis-guided vacuum-assisted biopsy of the right breast distortion.

Electronically signed: M. O'Brien, MD
""",
    mods=["cem", "spot"], purpose="diagnostic", density="c", fgt=None, bpe="minimal/symmetric",
    overall="4A", bb="R4A L2",
    f=[
        "ad R p @11:00 dp=middle z=12",
        "calc L p s m=punctate,round d=grouped q=upper_inner",
        "mass B a",
        "nme B a",
    ],
    rec=["biopsy"],
))
