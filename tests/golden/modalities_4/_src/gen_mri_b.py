"""MRI reports mri4_06 - mri4_09 (texts + compact gold)."""

R = []

R.append(dict(id="mri4_06_us_v2025_abbreviated_lesion_fields_4a", text="""
BREAST MRI - ABBREVIATED PROTOCOL (AB-MR), BILATERAL
Reporting lexicon: ACR BI-RADS v2025

Indication: Supplemental screening. 50-year-old with extremely dense breasts on mammography, no
personal history of breast cancer.
Comparison: None.
Technique: Axial T2 and one pre- and one early post-contrast fat-suppressed T1 acquisition with
subtraction and MIP (gadoterate 0.1 mmol/kg). No delayed phase per abbreviated protocol.

Breast composition (amount of FGT): c - heterogeneous fibroglandular tissue.
Background parenchymal enhancement:
  Level: minimal
  Symmetry: asymmetric (left > right)

Lesion 1
  Location: left breast, 3:00, middle depth, 5 cm from nipple
  Type: mass
  Shape: oval
  Margin: not circumscribed
  Internal enhancement: heterogeneous
  Size: 8 mm
  Kinetics: not assessed (abbreviated protocol)
  Assessment: BI-RADS 4A

Lesion 2
  Location: left breast, 12:00, anterior depth
  Type: focus, 3 mm, bright on T2
  Assessment: benign

Lesion 3
  Location: right breast, upper outer quadrant
  Type: non-mass enhancement
  Distribution: regional
  Internal enhancement: heterogeneous
  Extent: 5.0 cm
  Assessment: BI-RADS 3 (favour asymmetric background enhancement)

Lymph nodes: normal in both axillae.
Non-enhancing findings: none.

FINAL ASSESSMENT
Right: BI-RADS 3 - Probably benign.
Left: BI-RADS 4A - Low suspicion for malignancy.
Overall: BI-RADS 4A.

RECOMMENDATIONS
1. MRI-guided biopsy of left breast lesion 1.
2. Short-interval follow-up breast MRI in 6 months for right breast lesion 3.
""",
    mods=["mri"], purpose="screening", density=None, fgt="c", bpe="minimal/asymmetric",
    overall="4A", bb="R3 L4A",
    f=["mass L p sh=oval mg=not_circumscribed ie=heterogeneous @3:00 dp=middle z=8",
       "focus L p @12:00 dp=anterior z=3",
       "nm R p ie=heterogeneous nd=regional q=upper_outer z=50",
       "ln B p"],
    rec=["biopsy", "short_interval_followup"]))

R.append(dict(id="mri4_07_italy_rm_hamartoma_focal_nme_qse", text="""
ISTITUTO DI RADIOLOGIA - MILANO
RM MAMMARIA BILATERALE CON MEZZO DI CONTRASTO (referto tradotto / translated report)

Quesito clinico: Palpable nodule in the left breast, QSE (quadrante supero-esterno). Mammography and
ultrasound at another centre inconclusive. Problem solving.

Tecnica: 1.5 T; T2 TSE, STIR, DWI, T1 3D dynamic pre- and post-gadolinium (5 phases), subtraction.

Reperto:
Fibroglandular component: heterogeneous (c).
Background parenchymal enhancement (BPE): moderate and symmetric.

Right breast: in the QSE, a 9 mm area of focal non-mass enhancement with homogeneous internal
enhancement and type I (persistent) curve, probably of fibrocystic nature.

Left breast: at the palpable site, in the QSE, an oval mass of 32 mm with fat-containing areas and a
thin pseudocapsule, heterogeneous enhancement of the glandular component, type I curve: hamartoma
(fibroadenolipoma). An intramammary lymph node with fatty hilum is seen in the axillary tail
(prolungamento ascellare) of the left breast.

Axillary cavities: lymph nodes of reactive appearance bilaterally.

Conclusioni:
Hamartoma of the left breast, corresponding to the palpable nodule. Small focal non-mass enhancement
of the right QSE.
MRI finding BI-RADS 3 on the right and BI-RADS 2 on the left.
Si consiglia controllo RM a 6 mesi (follow-up MRI in 6 months is advised).

Dott.ssa F. Colombo - Medico Radiologo
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="c", bpe="moderate/symmetric",
    overall="3", bb="R3 L2",
    f=["nm R p ie=homogeneous nd=focal kd=persistent q=upper_outer z=9",
       "mass L p sh=oval ie=heterogeneous kd=persistent q=upper_outer z=32",
       "ln L p q=axillary_tail",
       "ln B p"],
    rec=["short_interval_followup"]))

R.append(dict(id="mri4_08_dicom_sr_rendered_rim_mass_multiple_regions", text="""
Breast Imaging Report (DICOM SR, TID 4200) - rendered text
Modality: MR   Study: MRI BREAST BILAT W WO CONTRAST   Accession: MR26-0045127   Date: 2026-01-28

1     CONTAINER: Breast Imaging Report
1.1     HAS OBS CONTEXT: Procedure reported = Magnetic resonance imaging of both breasts with contrast
1.2     HAS OBS CONTEXT: Reason for procedure = Extent of disease
1.3     CONTAINS: TEXT: Clinical history = 48F. Right breast 10 o'clock invasive ductal carcinoma on
          outside US-guided core biopsy.
1.4     CONTAINS: CODE: Amount of fibroglandular tissue = Scattered fibroglandular tissue
1.5     CONTAINS: CODE: Background parenchymal enhancement = Mild
1.6     CONTAINS: CODE: Background parenchymal enhancement symmetry = Asymmetric
1.7     CONTAINS: CONTAINER: Finding
1.7.1     HAS CONCEPT MOD: Laterality = Right
1.7.2     CONTAINS: CODE: Finding = Mass
1.7.3     CONTAINS: CODE: Clockface location = 10 o'clock position
1.7.4     CONTAINS: NUM: Long axis = 31 mm
1.7.5     CONTAINS: CODE: Shape = Irregular
1.7.6     CONTAINS: CODE: Margin = Irregular
1.7.7     CONTAINS: CODE: Internal enhancement pattern = Rim enhancement
1.7.8     CONTAINS: CODE: Initial phase = Fast
1.7.9     CONTAINS: CODE: Delayed phase = Washout
1.7.10    CONTAINS: CODE: Associated finding = Nipple retraction
1.7.11    CONTAINS: CODE: Associated finding = Pectoralis muscle invasion
1.8     CONTAINS: CONTAINER: Finding
1.8.1     HAS CONCEPT MOD: Laterality = Right
1.8.2     CONTAINS: CODE: Finding = Non-mass enhancement
1.8.3     CONTAINS: CODE: Distribution = Multiple regions
1.8.4     CONTAINS: CODE: Internal enhancement pattern = Heterogeneous
1.8.5     CONTAINS: CODE: Initial phase = Slow
1.8.6     CONTAINS: CODE: Delayed phase = Persistent
1.8.7     CONTAINS: NUM: Extent = 62 mm
1.9     CONTAINS: CONTAINER: Finding
1.9.1     HAS CONCEPT MOD: Laterality = Right
1.9.2     CONTAINS: CODE: Finding = Axillary adenopathy
1.9.3     CONTAINS: NUM: Short axis = 14 mm
1.10    CONTAINS: CONTAINER: Finding
1.10.1    HAS CONCEPT MOD: Laterality = Left
1.10.2    CONTAINS: CODE: Finding = No suspicious finding
1.11    CONTAINS: CODE: Assessment category (Right breast) = Category 5 - Highly suggestive of malignancy
1.12    CONTAINS: CODE: Assessment category (Left breast) = Category 1 - Negative
1.13    CONTAINS: CODE: Recommended follow-up = Tissue sampling (biopsy) of the right non-mass
          enhancement to define extent
1.14    CONTAINS: TEXT: Impression = Irregular rim-enhancing right breast mass with washout,
          nipple retraction and pectoralis muscle invasion, consistent with the known carcinoma.
          Non-mass enhancement in multiple regions of the right breast, suspicious for additional
          disease. Right axillary adenopathy. Left breast negative.
1.15    HAS OBS CONTEXT: Verifying observer = Kim, Daniel, MD
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="mild/asymmetric",
    overall="5", bb="R5 L1",
    f=["mass R p sh=irregular mg=irregular ie=rim ki=fast kd=washout @10:00 z=31",
       "skin R p",
       "other R p",
       "nm R p ie=heterogeneous nd=multiple_regions ki=slow kd=persistent z=62",
       "ln R p z=14"],
    rec=["biopsy"]))

R.append(dict(id="mri4_09_swiss_mr_mammographie_nachsorge_post_bct", text="""
Institut für Radiologie - Kantonsspital (Schweiz)
MR-Mammographie beidseits - Nachsorge (translated excerpt, original in German)

Klinische Angaben: 62-jährige Patientin. Status nach brusterhaltender Therapie links (BET,
Sentinel, Radiatio) 04/2024 bei invasivem Karzinom. Jährliche Nachsorge.
Voruntersuchung: MR-Mammographie 03/2025.

Technik: 1.5 T, T2 TIRM, DWI, dynamische T1-Serie vor und nach Gadolinium, Subtraktionen.

Befund:
Fibroglandular tissue: a (almost entirely fat).
BPE: minimal.

Links: Postoperative seroma at the lumpectomy site, 18 mm, T2 hyperintense, without enhancement,
smaller than before. Adjacent fat necrosis with central fat signal and thin rim enhancement.
Non-enhancing architectural distortion at the scar, unchanged. Skin thickening after radiotherapy,
unchanged.

Rechts: Multiple tiny foci, stationary (unchanged). No suspicious enhancement.

Axilla: keine Lymphadenopathie beidseits (no lymphadenopathy on either side).

Beurteilung:
Postoperative und postradiogene Veränderungen links ohne Hinweis auf ein Lokalrezidiv.
BI-RADS 2 beidseits (bilateral).

Empfehlung: Weitere jährliche Nachsorge mit Mammographie und Sonographie (annual follow-up).

Dr. med. U. Brunner, Fachärztin Radiologie FMH
""",
    mods=["mri"], purpose=None, density=None, fgt="a", bpe="minimal/-",
    overall="2", bb="R2 L2",
    f=["other L p z=18",
       "other L p ie=rim",
       "ad L p s",
       "skin L p s",
       "focus R p s",
       "ln B a"],
    rec=["routine_screening"]))
