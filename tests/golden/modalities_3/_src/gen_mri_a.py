"""MRI reports mri3_01 - mri3_06 (texts and compact gold)."""

R = []

R.append(dict(
    id="mri3_01_austria_kaiser_score_spiculated_washout",
    text="""
INSTITUT FÜR RADIOLOGIE - WIEN
MR-MAMMOGRAPHIE BEIDSEITS / BILATERAL BREAST MRI (English report)

Clinical question: Screening mammogram 02/2026 (elsewhere): new focal asymmetry in the left upper outer
quadrant, ultrasound inconclusive. Problem solving.

Technique: 1.5 T, prone, dedicated 16-channel breast coil. T2 TSE, DWI (b 0/800), dynamic T1 3D GRE
before and 5 x after gadoterate (0.1 mmol/kg), subtraction, MIP. Evaluation with the Kaiser score.

Findings:
Amount of fibroglandular tissue: b (scattered fibroglandular tissue).
Background parenchymal enhancement: mild, symmetric.

Left breast: in the upper outer quadrant at 2 o'clock, middle depth, an irregular mass of 14 mm with
spiculated margins (root sign), heterogeneous internal enhancement, fast initial enhancement and washout
in the delayed phase. ADC 0.9 x 10^-3 mm2/s. Kaiser score 11. It corresponds to the mammographic
asymmetry.

Right breast: focus of 4 mm at 10 o'clock with a persistent curve, Kaiser score 2.

No suspicious axillary lymph nodes on either side.

Assessment:
Left: BI-RADS 5 (Kaiser score 11).
Right: BI-RADS 2 (Kaiser score 2).

Recommendation: Second-look ultrasound with ultrasound-guided core biopsy; if not visible, MR-guided
vacuum-assisted biopsy.

OA Dr. M. Huber
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="mild/symmetric",
    overall="5", bb="L5 R2",
    f=[
        "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 q=upper_outer dp=middle z=14",
        "focus R p kd=persistent @10:00 z=4",
        "ln B a",
    ],
    rec=["additional_imaging", "biopsy"],
))

R.append(dict(
    id="mri3_02_russia_translated_mammary_glands_septations",
    text="""
MEDICAL DIAGNOSTIC CENTRE, MOSCOW
MAGNETIC RESONANCE IMAGING OF THE MAMMARY GLANDS WITH DYNAMIC CONTRAST ENHANCEMENT
(translated from Russian)

Indication: palpable formation in the right mammary gland. For clarification of ultrasound data.
Scanner 1.5 T. Programme: T1, T2, STIR, DWI, dynamic contrast study (gadobutrol 7.5 ml).

Description:
The mammary glands are symmetrical. Fibroglandular tissue: type C (heterogeneous fibroglandular
tissue). Background enhancement of the parenchyma is moderate, symmetrical.
In the right mammary gland, in the upper outer quadrant at 10 o'clock, a formation of oval shape with
even, clear contours is determined, measuring 18 x 12 mm, with non-enhancing internal septa (dark
internal septations). The time-signal intensity curve is type I (progressive growth).
In both mammary glands cysts up to 8 mm are determined, hyperintense on T2, without contrast
enhancement.
In the left mammary gland, in the upper outer quadrant, an intramammary lymph node of 6 mm with a
fatty hilum.
Regional (axillary) lymph nodes are not enlarged.
The skin and nipples are unchanged.

Conclusion:
MR picture of a fibroadenoma of the right mammary gland (BI-RADS 2). Cysts of both mammary glands
(BI-RADS 2).
Recommended: routine screening mammography according to age.

Radiologist: I. V. Sokolova
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="c", bpe="moderate/symmetric",
    overall="2", bb="R2 L2",
    f=[
        "mass R p sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @10:00 q=upper_outer z=18",
        "mass B p z=8",
        "ln L p q=upper_outer z=6",
        "ln B a",
    ],
    rec=["routine_screening"],
))

R.append(dict(
    id="mri3_03_us_fax_ocr_highrisk_linear_clumped_nme",
    text="""
03/06/2026 11:47  FROM: 555-0142 NORTHSIDE IMAGING        TO: 555-0199            P. 1/2

NORTHSIDE IMAGING ASSOCIATES
BREAST MRI REPORT

PATIENT: DOE, MARY          DOB: 04/11/1979          MRN: 0045521
EXAM: MRI BREAST BILATERAL W/WO CONTRAST             DATE OF SERVICE: 03/05/2026

INDICATION: High-risk screening. BRCA1 mutation carrier. Annual MRI alternating with mammography.
COMPARISON: MRI 03/2025 and 03/2024.
TECHNIQUE: 3T. Axial T2, DWI, axial T1 pre and dynamic post contrast (gadobutrol 7 mL), subtractions,
MIPs.

FINDINGS:
Amount of fibroglandular tissue: Heterogeneous fibrogIandular tissue.
Background parenchymal enhancement: Mild, symmetric.

Left breast: There is new linear non-mass enhancernent at 6:00, middle depth, 5 cm from the nipple,
extending over 2.2 cm, with clumped internal enhancement. Kinetics: medium initial enhance-
ment with plateau delayed enhancement.
Multiple bilateral enhancing foci are again seen, scattered in both breasts, stable since 2024 and
compatible with background parenchymal enhancement.
Right breast: possible new 4 mm focus at 10:00, seen only on the first post-contrast phase; may
represent background enhancement.

03/06/2026 11:48  FROM: 555-0142 NORTHSIDE IMAGING        TO: 555-0199            P. 2/2

No suspicious mass in either breast. No axillary adenopathy.
The visualized portions of the chest are unremarkable.

IMPRESSION:
1. New left breast 6:00 linear clumped non-mass enhancement, 2.2 cm. BI-RADS 4B: Moderate suspicion
for malignancy. MRI-guided biopsy is recommended.
2. Stable bilateral foci, compatible with background enhancement. Possible 4 mm focus at right 10:00,
to be reviewed at the next screening MRI.

Dictated by: K. Wright, MD
""",
    mods=["mri"], purpose="screening", density=None, fgt="c", bpe="mild/symmetric",
    overall="4B", bb="L4B",
    f=[
        "nme L p ie=clumped nd=linear ki=medium kd=plateau @6:00 dp=middle z=22",
        "focus B p s",
        "focus R q @10:00 z=4",
        "mass B a",
        "ln B a",
    ],
    rec=["biopsy"],
))

R.append(dict(
    id="mri3_04_egypt_dce_dwi_pectoralis_invasion_typos",
    text="""
RADIOLOGY DEPARTMENT - PRIVATE SCAN CENTRE, CAIRO
DYNAMIC CONTRAST-ENHANCED MRI OF BOTH BREASTS WITH DIFFUSION WEIGHTED IMAGING

Clinical data: 44 years old female, left breast large hard mass with nipple retraction, for
evaluation.

Technique: 1.5 T, prone position. Axial T1, axial STIR, DWI (b 50, 800), dynamic post-contrast
fat-suppressed 3D T1 (6 phases) with subtraction.

Findings:
- Fibroglandular tissue: scattered fibroglandular tissue (b).
- Background parenchymal enhancment: minimal.

Left breast:
- A large irregular mass lesion is seen occupying the upper outer quadrant, measuring 4.6 x 3.8 x 4.2
  cm, with irregular margins and rim enhancment (peripheral enhancement). It shows rapid initial
  enhancement and washout (type III) curve, with restricted diffusion (ADC 0.78 x 10-3 mm2/s).
- The mass extends posteriorly with loss of the retromammary fat plane and enhancement of the
  underlying pectoralis major muscle, denoting pectoral muscle invasion.
- Retracted nipple and thickened overlying skin (6 mm).
- Multiple left axillary lymph nodes with thick cortex and effaced fatty hila, the largest 2 cm
  (level I).

Right breast:
- No enhancing masses or non-mass enhancement.
- Right axilla: normal.

Impression:
Left breast malignant-looking mass with pectoral muscle invasion, nipple retraction, skin thickening
and axillary nodal involvement (BI-RADS 5).
Right breast: negative (BI-RADS 1).

Advice: Tru-cut biopsy and MDT discussion.
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="minimal/-",
    overall="5", bb="L5 R1",
    f=[
        "mass L p sh=irregular mg=irregular ie=rim ki=fast kd=washout q=upper_outer z=46",
        "other L p",
        "skin L p",
        "skin L p",
        "ln L p z=20",
        "mass R a",
        "nme R a",
    ],
    rec=["biopsy", "other"],
))

R.append(dict(
    id="mri3_05_us_implant_late_seroma_bia_alcl",
    text="""
MRI BILATERAL BREAST WITHOUT AND WITH CONTRAST (IMPLANT AND PERI-IMPLANT FLUID EVALUATION)

CLINICAL INDICATION: 54-year-old woman with textured silicone implants placed in 2014 (cosmetic,
subpectoral) presenting with progressive left breast swelling for 6 weeks. Evaluate for implant rupture
and peri-implant fluid; BIA-ALCL in the differential.

COMPARISON: Outside ultrasound 02/12/2026 showed a left peri-implant fluid collection.

TECHNIQUE: 1.5T. Axial and sagittal silicone-selective (water-suppressed) and silicone-suppressed
sequences, axial T2, pre- and post-contrast axial 3D fat-suppressed T1 with subtraction.

FINDINGS:
Breast composition: scattered areas of fibroglandular tissue.
Background parenchymal enhancement: minimal, symmetric.

IMPLANTS:
Right: subpectoral single-lumen silicone implant. Intact. No subcapsular line, keyhole or linguine
sign. No extracapsular silicone.
Left: subpectoral single-lumen silicone implant. Intact; no intracapsular or extracapsular rupture.
There is a large peri-implant fluid collection within the capsule, up to 3.2 cm thick, surrounding the
implant anteriorly and laterally. Mild smooth enhancement of the capsule. No enhancing capsular mass.

No suspicious enhancing mass or non-mass enhancement in either breast.
Left axilla: mildly prominent lymph node, 12 mm, with preserved fatty hilum. Right axilla normal.

IMPRESSION:
1. Intact bilateral silicone implants.
2. Large left late peri-implant effusion without an enhancing capsular mass. Although most often benign,
BIA-ALCL must be excluded. BI-RADS 4: Suspicious.
3. Right breast: BI-RADS 2.

RECOMMENDATION: Ultrasound-guided aspiration of the left peri-implant fluid for cytology, flow
cytometry and CD30 immunohistochemistry. Plastic surgery consultation.
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="minimal/symmetric",
    overall="4", bb="L4 R2",
    f=[
        "impl R p ir=none",
        "impl L p ir=none",
        "other L p z=32",
        "mass L a",
        "mass B a",
        "nme B a",
        "ln L p z=12",
    ],
    rec=["biopsy", "surgical_consultation"],
))

R.append(dict(
    id="mri3_06_indonesia_dextra_sinistra_regional_nme",
    text="""
RUMAH SAKIT SWASTA - JAKARTA
INSTALASI RADIOLOGI
MRI MAMMAE DENGAN KONTRAS / BREAST MRI WITH CONTRAST

Klinis: Wanita 45 th. Nyeri mammae sinistra. USG: area hipoekoik mammae sinistra. Problem solving.

Teknik: MRI 1.5T, T1, T2 FS, DWI, dynamic post-contrast (gadolinium) with subtraction.

Hasil / Findings:
Fibroglandular tissue: heterogeneous fibroglandular (c).
Background parenchymal enhancement: mild, asymmetric (sinistra > dextra).

Mammae dextra:
- Oval mass with circumscribed margins at 8 o'clock, size 7 x 6 mm, homogeneous enhancement, medium
  initial phase and persistent delayed phase.
- No non-mass enhancement.

Mammae sinistra:
- Regional non-mass enhancement in the upper outer quadrant, extent approx. 4.5 cm, heterogeneous
  internal enhancement, slow initial and persistent delayed kinetics. Correlates with the hypoechoic
  area on USG.
- No enhancing mass.

Axilla dextra et sinistra: lymph nodes of normal appearance, fatty hilum preserved.

Kesan / Impression:
- Mammae sinistra: regional heterogeneous NME, BI-RADS 4A.
- Mammae dextra: small oval circumscribed mass, probably fibroadenoma, BI-RADS 3.

Saran / Suggestion:
- Biopsy of the lesion of mammae sinistra (MRI-guided or second-look USG-guided).
- Follow-up MRI of mammae dextra in 6 months.

dr. R. Wibowo, Sp.Rad
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="c", bpe="mild/asymmetric",
    overall="4A", bb="L4A R3",
    f=[
        "mass R p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @8:00 z=7",
        "nme R a",
        "nme L p ie=heterogeneous nd=regional ki=slow kd=persistent q=upper_outer z=45",
        "mass L a",
        "ln B p",
    ],
    rec=["biopsy", "additional_imaging", "short_interval_followup"],
))
