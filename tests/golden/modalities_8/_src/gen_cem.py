CEM = []

CEM.append(dict(id="cem8_01_us_academic_palpable_nonenhancing_stable_mass_left_enhancing_4a", tags="ordinary; US academic; 5th + CEM", text="""\
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL DIAGNOSTIC
DATE: 02/26/2026

INDICATION: 54-year-old woman with a palpable lump in the right breast at 9 o'clock.

COMPARISON: Screening mammograms 01/2025 and 01/2024.

TECHNIQUE: Iohexol 350 mgI/mL, 1.5 mL/kg IV. Dual-energy CC and MLO views of both breasts beginning 2 minutes
after injection, with a delayed right CC view at 8 minutes. No adverse reaction.

FINDINGS:
Low-energy images: There are scattered areas of fibroglandular density. At the palpable site in the right breast at
9 o'clock there is an oval equal-density mass with circumscribed margins, 15 mm, unchanged from 01/2025.
No suspicious calcifications or architectural distortion in either breast.

Recombined images: Background parenchymal enhancement is mild and symmetric. The right 9 o'clock mass does not
enhance. Possible faint linear non-mass enhancement in the right upper outer quadrant, likely background
enhancement. In the left breast at 1 o'clock, middle depth, there is a 7 mm irregular mass with heterogeneous
enhancement, not visible on the low-energy images.

IMPRESSION:
1. Right breast: palpable stable non-enhancing circumscribed mass, benign. BI-RADS 2.
2. Left breast 1 o'clock 7 mm enhancing irregular mass. BI-RADS 4A. Targeted ultrasound and ultrasound-guided
biopsy if a correlate is found; otherwise CEM-guided biopsy.

Attending radiologist: J. Alvarez, MD
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
    overall="4A", bb="R2 L4A",
    f=["mass R p s sh=oval mg=circumscribed md=equal @9:00 z=15",
       "calcification B a",
       "architectural_distortion B a",
       "non_mass R q nd=linear q=uo",
       "mass L p sh=irregular ie=heterogeneous @1:00 dp=middle z=7"],
    rec=["additional_imaging", "biopsy"]))

CEM.append(dict(id="cem8_02_uk_nhs_one_stop_cesm_left_rim_washout_satellite_skin_bi5", tags="ordinary; UK NHS one-stop", text="""\
SYMPTOMATIC BREAST CLINIC - CESM
Date: 09/04/2026

Clinical: 44F. Lt breast lump 1/12, skin dimpling. P4.

CESM bilat CC/MLO (Omnipaque 350, 1.5 ml/kg):
Breast density: B (scattered fibroglandular).
LE: Lt UOQ 2 o'c 19mm irregular high density mass, spiculated margins. Overlying skin thickening.
Rt: 8mm oval low density mass 10 o'c, obscured margins, unchanged c/w 2024 screening films.
RC: Lt mass enhances avidly with rim enhancement, 23mm on RC. Washout on the delayed view. Second 6mm
enhancing mass 1cm medial to it, also at 2 o'c, homogeneous, not seen on LE - satellite.
BPE minimal, symmetrical. Rt 10 o'c mass does not enhance. No other abnormal enhancement Rt.

US Lt breast and axilla done same visit - see separate report.

Conclusion:
Lt 2 o'c carcinoma with satellite lesion. M5. BI-RADS 5 Lt.
Rt 10 o'c stable non-enhancing mass, benign. M2. BI-RADS 2 Rt.
US guided core biopsy of both Lt lesions arranged today. FNA of Lt axillary node if abnormal on US (see US report).
MDM.

Dr O. Adeyemi, Consultant Radiologist
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="minimal/symmetric",
    overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated md=high ie=rim kd=washout @2:00 q=uo z=23",
       "skin L p",
       "mass R p s sh=oval mg=obscured md=low @10:00 z=8",
       "mass L p ie=homogeneous @2:00 z=6"],
    rec=["biopsy", "other"]))

CEM.append(dict(id="cem8_03_au_private_v2025_staging_right_mass_linear_nme_fat_mass_4b", tags="ordinary; AU private; v2025 CEM", text="""\
BAYSIDE WOMEN'S IMAGING - BRISBANE
CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BILATERAL

Clinical: 39F, new diagnosis right breast IDC 10 o'clock (US-guided core biopsy, outside practice). Pre-operative
staging; MRI not tolerated (claustrophobia).

BREAST COMPOSITION: c. The breasts are heterogeneously dense.
BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate. Symmetric.

FINDINGS:
Right breast
1. Mass, 10 o'clock, posterior depth, with biopsy marker.
   Low-energy: irregular shape, indistinct margins, high density, 18 mm.
   Recombined: heterogeneous enhancement, 22 mm. Lesion conspicuity: high.
2. Non-mass enhancement extending anteriorly from the mass toward the nipple. Distribution: linear. Internal
   enhancement: heterogeneous. Extent 30 mm. Lesion conspicuity: moderate. No washout on the delayed image.
   No associated calcifications on the low-energy images.
Normal right axillary lymph nodes on the low-energy MLO.
Left breast
3. Mass, 6 o'clock, anterior depth. Low-energy: oval, circumscribed, fat-containing, 12 mm, in keeping with a
   lipoma. Recombined: no enhancement.

ASSESSMENT:
Right breast: known malignancy, BI-RADS 6; additional linear NME suspicious for intraductal extension,
BI-RADS 4B. CEM-guided biopsy of the NME is recommended.
Left breast: BI-RADS 2.
Discussion at the breast MDT.

Dr. M. Kowalczyk FRANZCR
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="moderate/symmetric",
    overall="4B", bb="R4B L2",
    f=["mass R p sh=irregular mg=indistinct md=high ie=heterogeneous @10:00 dp=posterior z=22",
       "non_mass R p ie=heterogeneous nd=linear z=30",
       "calcification R a",
       "lymph_node R p",
       "mass L p sh=oval mg=circumscribed md=fat_containing @6:00 dp=anterior z=12"],
    rec=["biopsy", "other"]))

CEM.append(dict(id="cem8_04_ireland_private_cesm_breastcheck_recall_calcs_focal_clumped_typos", tags="ordinary; IE private; typos", text="""\
FITZWILLIAM BREAST CLINIC
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM)

Referral: Recalled from BreastCheck screening - left breast calcifications. 55 yrs.

Low energy images:
The breasts are extremely dense (ACR d).
Left breast: grouped fine pleomorpic calcificatons at 2 o'clock in the upper outer quadrant, spanning 12 mm.
Scattered benign vascular calcifications in both breasts.

Recombined images:
Background enhancement is mild and symetrical.
Corresponding to the left breast calcifications there is a 15 mm focal area of clumped non-mass enhancement.
No enhancing masses in either breast.

Opinion:
Left 2 o'clock grouped fine pleomorphic calcifications with corresponding focal clumped NME, suspicious for DCIS.
BI-RADS 4C left. Stereotactic vacuum-assisted biopsy advised.
Right BI-RADS 2.

Dr. Niamh O'Rourke
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="d", bpe="mild/symmetric",
    overall="4C", bb="L4C R2",
    f=["calcification L p m=fine_pleomorphic d=grouped @2:00 q=uo z=12",
       "calcification B p m=vascular d=diffuse",
       "non_mass L p ie=clumped nd=focal z=15",
       "mass B a"],
    rec=["biopsy"]))

CEM.append(dict(id="cem8_05_vendor_structured_cem_v2025_left_asymmetry_regional_nme_bi3", tags="less common; vendor structured pick-list; v2025 CEM", text="""\
CONTRAST-ENHANCED MAMMOGRAPHY REPORT (STRUCTURED)
Procedure: [CEM Bilateral Diagnostic]   Contrast: [Iopamidol 370] [1.5 mL/kg]   Reaction: [None]
Indication: [Problem solving] - equivocal asymmetry left breast on screening DBT, dense breasts.
Comparison: [Screening DBT 01/2026]

BREAST COMPOSITION: [d - The breasts are extremely dense, which lowers the sensitivity of mammography]
BACKGROUND PARENCHYMAL ENHANCEMENT: Level [Mild]   Symmetry [Asymmetric - L>R]

LOW-ENERGY FINDINGS
  Right: [No suspicious findings]
  Left:  [Focal asymmetry] [Upper inner quadrant] [Persists]
         Calcifications: [None]
RECOMBINED FINDINGS
  Right: [No enhancing lesion]
  Left:  Lesion 1: [Non-mass enhancement]  Distribution: [Regional]  Internal pattern: [Heterogeneous]
         Size: [45 mm]  Conspicuity: [Low]  Correlates with LE: [Yes - focal asymmetry]
  Delayed kinetics: [Not assessed]

ASSESSMENT:  Right [1 - Negative]   Left [3 - Probably benign]   Overall [3]
RECOMMENDATION: [Short-interval follow-up CEM in 6 months]
Report generated by MammoStruct v4.2 - finalised by: K. Andersson, MD
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="d", bpe="mild/asymmetric",
    overall="3", bb="R1 L3",
    f=["asymmetry L p q=ui",
       "calcification L a",
       "non_mass L p ie=heterogeneous nd=regional z=45"],
    rec=["short_interval_followup"]))

CEM.append(dict(id="cem8_06_nz_private_supplemental_screening_cem_stable_benign_typos_bi2", tags="ordinary; NZ private; typos", text="""\
KOWHAI BREAST IMAGING - WELLINGTON
CONTRAST-ENHANCED MAMMOGRAPHY - SUPPLEMENTAL SCREENING

Clinical: 46F. Dense breasts; mother with breast cancer at 44. Annual CEM in lieu of MRI.
Comparison: CEM 03/2025, mammograms 2023-2024.

Low energy images:
Heterogeneously dense breast tissue (BI-RADS density c).
Right: stable 6 mm oval circumscribed equal-density mass at 7 o'clock, unchanged since 2023.
Left: scattered punctate and round calcifications, stable.
No architectural distortion in either breast.

Recombined images:
Backround paranchymal enhancement: minimal and symmetrical.
The right 7 o'clock mass does not enhance.
No enhancing mass or non-mass enhancement in either breast.

Impression:
Benign findings. No CEM evidence of malignancy. BI-RADS 2.
Recommend annual CEM.

Dr L. Harrington
""",
    mods=["contrast_enhanced_mammography"], purpose="screening", density="c", bpe="minimal/symmetric",
    overall="2", bb="",
    f=["mass R p s sh=oval mg=circumscribed md=equal @7:00 z=6",
       "calcification L p s m=punctate,round d=diffuse",
       "architectural_distortion B a",
       "mass B a",
       "non_mass B a"],
    rec=["routine_screening"]))

CEM.append(dict(id="cem8_07_canada_community_cem_targeted_us_round_microlobulated_washout_4b", tags="ordinary; CA community; CEM + US", text="""\
NORTHSHORE COMMUNITY HOSPITAL - MEDICAL IMAGING (BC)
CEM BILATERAL + TARGETED ULTRASOUND LEFT BREAST

History: 67F. Screening mammogram (BC Cancer Breast Screening) showed a new left breast mass. Recall.
Comparison: Screening mammograms 2022, 2024, 2026.

CEM:
Low-energy: The breasts are almost entirely fatty (a). Left breast 4 o'clock, 6 cm from the nipple: 11 mm round
high-density mass with microlobulated margins, new since 2024. Left intramammary lymph node in the upper outer
quadrant, 5 mm, unchanged.
Recombined: The left 4 o'clock mass shows rim enhancement with washout on the delayed image. Background
parenchymal enhancement is minimal. No other enhancing lesion.
Right: no suspicious findings.

Targeted ultrasound, left breast 4 o'clock:
12 mm round hypoechoic mass with microlobulated margins, not parallel, with internal vascularity, corresponding to
the CEM mass.

Impression:
1. Left breast 4 o'clock 12 mm suspicious mass. BI-RADS 4B. Ultrasound-guided core biopsy recommended.
2. Right breast: BI-RADS 1.

Dr. G. Chen, FRCPC
""",
    mods=["contrast_enhanced_mammography", "ultrasound"], purpose="diagnostic", density="a", bpe="minimal/-",
    overall="4B", bb="L4B R1",
    f=["mass L p sh=round mg=microlobulated md=high or=not_parallel ep=hypoechoic va=internal ie=rim kd=washout @4:00 z=12",
       "lymph_node L p s q=uo z=5"],
    rec=["biopsy"]))
