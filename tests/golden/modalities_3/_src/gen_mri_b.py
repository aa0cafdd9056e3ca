"""MRI reports mri3_07 - mri3_11 (texts and compact gold)."""

R = []

R.append(dict(
    id="mri3_07_chile_translated_post_bct_seroma_fat_necrosis_duct",
    text="""
CENTRO DE IMAGENOLOGÍA - SANTIAGO DE CHILE
RESONANCIA MAGNÉTICA DE MAMAS / BREAST MRI (translation of the original Spanish report)

Antecedentes / History: 61 years. Right breast cancer, lumpectomy (upper outer quadrant) 07/2025 and
radiotherapy completed 12/2025. Palpable induration at the right surgical scar. Diagnostic study.

Técnica / Technique: 3T. T1, T2, STIR, DWI, dynamic study with gadolinium and subtractions.

Hallazgos / Findings:
Fibroglandular tissue: scattered (ACR b).
Background enhancement: mild and symmetric.

Right breast:
- Postoperative collection (seroma) at the lumpectomy bed in the upper outer quadrant, 3.2 x 2.1 cm,
  without enhancing solid components.
- Adjacent to it, a 9 mm fat-containing lesion with rim enhancement, hyperintense on non-fat-suppressed
  T1, consistent with fat necrosis.
- Diffuse cutaneous and trabecular thickening, post-radiotherapy.
- No enhancing nodules at the surgical bed.

Left breast:
- Focus of 3 mm in the lower inner quadrant, persistent kinetics, nonspecific.
- Duct in the retroareolar region that is hyperintense on precontrast T1, without enhancement,
  consistent with proteinaceous or haemorrhagic content.

Axillae: post-surgical changes in the right axilla (sentinel node biopsy). No adenopathies.

Impresión / Impression:
Post-surgical and post-radiotherapy changes of the right breast: seroma and fat necrosis. No signs of
local recurrence.
Left breast: focus and precontrast hyperintense duct, benign.
BI-RADS 2 bilateral.

Recomendación: annual control with mammography and MRI.

Dra. C. Muñoz, radióloga
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="mild/symmetric",
    overall="2", bb="R2 L2",
    f=[
        "other R p q=upper_outer z=32",
        "other R p ie=rim z=9",
        "skin R p",
        "mass R a",
        "focus L p kd=persistent q=lower_inner z=3",
        "other L p",
        "other R p",
        "ln B a",
    ],
    rec=["routine_screening"],
))

R.append(dict(
    id="mri3_08_denmark_abbreviated_segmental_clustered_ring",
    text="""
Radiologisk Afdeling - Copenhagen
MR mammae, forkortet protokol / Breast MRI, abbreviated protocol (FAST) - English summary

Indication: BRCA2 carrier, 38 years. Annual high-risk screening (national programme).
Sequences: T2, DWI, T1 pre-contrast and first post-contrast (ultrafast) with subtraction and MIP.
No delayed phase (abbreviated protocol); kinetics not assessed.
Comparison: MRI 02/2025.

FGT: d - extreme amount of fibroglandular tissue.
BPE: moderate, symmetric.

Right breast: segmental non-mass enhancement in the upper outer quadrant, pointing toward the nipple,
41 mm, with clustered ring enhancement. New compared with 2025.
Left breast: 11 mm oval circumscribed mass at 3 o'clock, markedly T2 hyperintense, without
enhancement, consistent with a cyst. Unchanged.
Lymph nodes: normal in both axillae.

Conclusion:
Right: BI-RADS 4C - suspicion of DCIS.
Left: BI-RADS 2.

Plan: MR-guided vacuum-assisted biopsy of the right breast. The case goes to the multidisciplinary
conference.

Overlaege H. Nielsen
""",
    mods=["mri"], purpose="screening", density=None, fgt="d", bpe="moderate/symmetric",
    overall="4C", bb="R4C L2",
    f=[
        "nme R p ie=clustered_ring nd=segmental q=upper_outer z=41",
        "mass L p s sh=oval mg=circumscribed @3:00 z=11",
        "ln B p",
    ],
    rec=["biopsy", "other"],
))

R.append(dict(
    id="mri3_09_canada_checkbox_implant_rupture_typo",
    text="""
DIAGNOSTIC IMAGING - CALGARY, AB
BREAST IMPLANT MRI - STRUCTURED REPORT (NON-CONTRAST)

Indication: [X] Screening for silent rupture   [ ] Symptomatic   [ ] Post-operative
Patient: 50 F. Silicone implants 2009. Mammogram 2025 (outside): BI-RADS 2.
Technique: 1.5T, non-contrast. Axial and sagittal silicone-only, water-suppressed and fat-suppressed
T2-weighted sequences.

IMPLANTS
Type:       [X] silicone   [ ] saline   [ ] double lumen
Position:   [X] retroglandular   [ ] subpectoral

RIGHT IMPLANT
Intact:                 [ ] yes   [X] no
Intracapsular rupture:  [X] yes   [ ] no
   Signs: [X] subcapsular line   [X] keyhole / noose sign   [X] linguine sign   [ ] water droplets
Extracapsular silicone: [ ] yes   [X] no

LEFT IMPLANT
Intact:                 [ ] yes   [X] no
Intracapsular rupture:  [X] yes   [ ] no
   Signs: [ ] subcapsular line   [ ] keyhole / noose sign   [X] linguine sign   [X] water droplets
Extracapsular silicone: [X] yes   [ ] no

BREAST PARENCHYMA (limited, non-contrast)
Masses:                 [X] none seen   [ ] present
Axillary lymph nodes:   [ ] normal   [X] silicone-laden (left)

Comments: Extensive intracapsular rupture of the right implnat with collapsed shell. Left implant
rupture with extracapsular extension: a 15 mm silicone granuloma in the left upper outer quadrant and
a silicone-laden left axillary lymph node of 11 mm. No contrast given; evaluation of the parenchyma
is limited.

ASSESSMENT (BI-RADS)
Right:  [ ] 0   [ ] 1   [X] 2   [ ] 3
Left:   [ ] 0   [ ] 1   [X] 2   [ ] 3

RECOMMENDATION: [ ] none   [ ] routine screening   [X] surgical consultation (plastic surgery)
                [ ] other
""",
    mods=["mri"], purpose="screening", density=None, fgt=None, bpe=None,
    overall="2", bb="R2 L2",
    f=[
        "impl R p ir=intracapsular",
        "impl L p ir=extracapsular",
        "other L p q=upper_outer z=15",
        "ln L p z=11",
        "mass B a",
    ],
    rec=["surgical_consultation"],
))

R.append(dict(
    id="mri3_10_czech_ilc_staging_multiple_regions_hamartoma",
    text="""
FAKULTNÍ NEMOCNICE - RADIOLOGICKÁ KLINIKA (BRNO)
MR MAMOGRAFIE / BREAST MRI - PREOPERATIVE STAGING (English translation)

Indication: invasive lobular carcinoma of the right breast (core biopsy 02/2026, upper outer quadrant,
10 o'clock, clip). Preoperative local staging.
Technique: 1.5 T, T2 TSE, DWI, T1 dynamic 3D (1 pre + 5 post, gadobutrol), subtraction.

Description:
Amount of FGT: c.
BPE: marked, symmetric.

Right breast:
- At 10 o'clock (upper outer quadrant), the known carcinoma: irregular mass with not circumscribed,
  spiculated margins, 28 mm, heterogeneous enhancement, fast initial and plateau delayed kinetics;
  clip artefact.
- Non-mass enhancement in multiple regions of the right breast (upper inner and lower outer
  quadrants), heterogeneous, with persistent kinetics, total extent 6 cm; multifocal disease cannot be
  excluded.
- Right axilla: one level I node of 9 mm, normal morphology with fatty hilum.

Left breast:
- At 1 o'clock (upper outer quadrant), an oval circumscribed fat-containing mass of 24 mm with a thin
  capsule and heterogeneous internal structure ("breast within a breast"), consistent with a
  hamartoma.
- Questionable linear non-mass enhancement of 8 mm at 6 o'clock, probably background enhancement.
- Left axilla: no enlarged lymph nodes.

Conclusion:
1. Known right ILC at 10 o'clock, 28 mm - BI-RADS 6.
2. Non-mass enhancement in multiple regions of the right breast - BI-RADS 4B; MR-guided biopsy is
recommended before surgery.
3. Hamartoma of the left breast - BI-RADS 2.
Presentation at the multidisciplinary tumour board.

MUDr. P. Novák
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="c", bpe="marked/symmetric",
    overall="4B", bb="R4B L2",
    f=[
        "mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=plateau @10:00 q=upper_outer z=28",
        "nme R p ie=heterogeneous nd=multiple_regions kd=persistent z=60",
        "ln R p z=9",
        "mass L p sh=oval mg=circumscribed @1:00 q=upper_outer z=24",
        "nme L q nd=linear @6:00 z=8",
        "ln L a",
    ],
    rec=["biopsy", "other"],
))

R.append(dict(
    id="mri3_11_us_resident_prelim_attending_final_downgrade",
    text="""
MRI BREAST BILATERAL W AND WO CONTRAST

*** PRELIMINARY REPORT - RESIDENT READ (NOT FINAL) ***
FGT almost entirely fat. BPE minimal, symmetric. Right breast 9:00 posterior depth 6 mm oval
circumscribed homogeneously enhancing mass, fast initial, persistent delayed. Possible 3 mm focus
left 12:00. No adenopathy.
Impression: Right 9:00 6 mm enhancing mass, indeterminate. BI-RADS 4A. Recommend MRI-guided biopsy.
J. Alvarez, MD (PGY-4)

*** FINAL REPORT ***
INDICATION: 44-year-old woman, lifetime risk 24% (Tyrer-Cuzick), supplemental screening. First breast
MRI.
COMPARISON: Screening mammogram 01/2026 (BI-RADS 1). No prior MRI.
TECHNIQUE: 1.5T. Axial T2, axial T1 non-fat-saturated, dynamic fat-saturated T1 before and four times
after gadoterate, subtractions, MIP.

FINDINGS:
Amount of fibroglandular tissue: almost entirely fat.
Background parenchymal enhancement: minimal, symmetric.
Right breast: at 9:00, posterior depth, 6 x 5 mm oval circumscribed mass with homogeneous enhancement,
fast initial and persistent delayed kinetics, T2 hyperintense.
Left breast: the questioned 3 mm focus at 12:00 on the preliminary read is a vessel seen in cross
section on the MIP; no focus is present. Intramammary lymph node in the upper outer quadrant with a
fatty hilum, 5 mm.
No axillary lymphadenopathy.

IMPRESSION:
Right breast 9:00 6 mm oval circumscribed homogeneously enhancing mass with persistent kinetics, most
likely a fibroadenoma on this baseline MRI. BI-RADS 3: Probably benign. Recommend short-interval
follow-up MRI in 6 months.

ATTENDING ATTESTATION: I have personally reviewed the images. The final report differs from the
preliminary report: the assessment is changed from BI-RADS 4A to BI-RADS 3 and biopsy is not
recommended.
S. Okafor, MD
""",
    mods=["mri"], purpose="screening", density=None, fgt="a", bpe="minimal/symmetric",
    overall="3", bb="R3",
    f=[
        "mass R p sh=oval mg=circumscribed ie=homogeneous ki=fast kd=persistent @9:00 dp=posterior z=6",
        "focus L a",
        "ln L p q=upper_outer z=5",
        "ln B a",
    ],
    rec=["short_interval_followup"],
))
