ITEMS = []

ITEMS.append(dict(id="cem22_01_belgium_cedm_dual_energy_subtracted_right_irregular_washout_left_benign_4c",
mods="cem", purpose="diagnostic", density="c", bpe="mild/symmetric", overall="4C", bb="R=4C L=2",
f=["mass R p sh=irregular mg=indistinct md=high ie=heterogeneous kd=washout q=uo z=16",
   "calc R a",
   "calc L p m=coarse d=diffuse",
   "mass L a", "nme L a"],
rec=["biopsy"],
text="""
CHU - Service de Radiologie, Unite Senologique
CONTRAST-ENHANCED DIGITAL MAMMOGRAPHY (CEDM), BILATERAL - report in English at patient request

Indication: 58 y, new focal asymmetry right UOQ on screening. MRI not possible (claustrophobia).
Technique: dual-energy acquisition CC and MLO both breasts, 2 min after iohexol 350 (1.5 ml/kg);
low-energy (LE) and dual-energy subtracted images; additional late right CC at 8 min.

Low-energy images: heterogeneously dense breasts (ACR c). In the right upper
outer quadrant, an irregular high-density mass with indistinct margins, 16 mm, corresponding to the screening
finding. No associated calcifications on the right. Left: scattered coarse (popcorn) calcifications of
involuting fibroadenomas.

Subtracted images: mild symmetric background enhancement. The right UOQ mass enhances heterogeneously and
shows washout on the late right CC. Left breast: no enhancing mass or non-mass enhancement.

CONCLUSION:
Right: suspicious enhancing mass UOQ - BI-RADS 4C.
Left: benign calcifications - BI-RADS 2.
US-guided core biopsy of the right mass is planned.
"""))

ITEMS.append(dict(id="cem22_02_singapore_impression_first_supplemental_cem_negative_bilateral_bi1",
mods="cem", purpose="screening", density="d", bpe="minimal/symmetric", overall="1", bb="R=1 L=1",
f=["mass B a", "calc B a", "ad B a", "nme B a"],
rec=["routine_screening"],
text="""
KK WOMEN'S AND CHILDREN'S HOSPITAL - BREAST IMAGING
EXAM: CEM BOTH BREASTS (SUPPLEMENTAL SCREENING)

IMPRESSION: NEGATIVE. BI-RADS 1 BILATERALLY. Next screening in 12 months.

Clinical: 46F, extremely dense breasts, sister with breast ca at 44. Asymptomatic.
Prior: Mammogram 2025 (BI-RADS 1).

FINDINGS
Low-energy: The breasts are extremely dense (ACR d). No masses, suspicious calcifications or architectural
distortion.
Recombined: Background parenchymal enhancement minimal and symmetrical. No enhancing mass or non-mass
enhancement in either breast.
"""))

ITEMS.append(dict(id="cem22_03_oman_le_coarse_heterogeneous_grouped_calcs_no_enhancement_4a_right_round_calcs",
mods="cem", purpose="diagnostic", density="b", bpe="minimal/symmetric", overall="4A", bb="L=4A R=2",
f=["calc L p m=coarse_heterogeneous d=grouped q=ui z=6",
   "calc R p m=round d=diffuse",
   "mass B a",
   "nme B a"],
rec=["biopsy"],
text="""
ROYAL HOSPITAL MUSCAT - BREAST IMAGING UNIT
Contrast-Enhanced Mammography (CEM), both breasts

Reason: recalled from screening for left breast calcifications. Prior: screening mammogram Jan 2026 (BI-RADS 0).

LE images:
Scattered areas of fibroglandular density (ACR b).
Left breast upper inner quadrant: a group of coarse heterogeneous calcifications spanning 6 mm, new compared
with 2023 (not seen then).
Right breast: a few round calcifications scattered throughout the breast, benign.

Recombined images:
BPE minimal, symmetric. No enhancement at the site of the left calcifications. No enhancing masses or
non mass enhancement in either breast.

IMPRESSION
1. Left UIQ grouped coarse heterogeneous calcifications without enhancement - BI-RADS 4A. Stereotactic
   vacuum-assisted biopsy advised.
2. Right benign round calcifications - BI-RADS 2.
"""))

ITEMS.append(dict(id="cem22_04_us_community_hard_wrapped_worklist_left_regional_nme_plain_4_right_node",
mods="cem", purpose="diagnostic", density="c", bpe="moderate/symmetric", overall="4", bb="L=4 R=1",
f=["nme L p nd=regional ie=heterogeneous q=lo z=45",
   "asym L p q=lo",
   "calc L a",
   "ln R p s",
   "mass B a"],
rec=["biopsy", "additional_imaging"],
text="""
RIVERBEND IMAGING CENTER   DX CEM BILAT   ACC# RB2026-031177
READ: 03/19/2026 14:52   RAD: M. OKAFOR MD

HX: 61F recalled from screening, L breast global vs focal asym LOQ. Pt
declines MRI.
COMPARISON: screening mammo 02/27/2026, 2024, 2023.

FINDINGS: Low energy images: heterogeneously dense (C). In the L lower
outer quadrant there is a focal asymmetry, persisting on the CEM views,
without calcs. Recombined images: moderate symmetric BPE. Corresponding
to the L LOQ asymmetry there is regional non-mass enhancement with
heterogeneous internal enhancement measuring approx 45 mm AP. No
enhancing masses bilaterally. Normal appearing R intramammary LN upper
outer, unchanged since 2023.

IMPRESSION: L LOQ focal asymmetry with corresponding regional NME,
suspicious, BI-RADS 4.
R breast neg, BI-RADS 1.

REC: targeted US L LOQ for US-guided bx; stereo or CEM-guided bx if no US correlate.
"""))

ITEMS.append(dict(id="cem22_05_bahrain_v2025_conspicuity_right_focal_nme_4a_left_enhancing_fa_stable_2",
mods="cem", purpose="diagnostic", density="c", bpe="moderate/symmetric", overall="4A", bb="R=4A L=2",
f=["nme R p nd=focal ie=clumped @12:00 z=11",
   "mass L p s sh=oval mg=circumscribed md=equal ie=homogeneous @4:00 z=13",
   "calc B a"],
rec=["additional_imaging", "biopsy"],
text="""
King Hamad University Hospital - Radiology Department
CONTRAST-ENHANCED MAMMOGRAM (CEM) - BILATERAL
Report structured according to ACR BI-RADS v2025 (CEM)

Clinical: 49F, right breast pain at 12 o'clock, no palpable lump. Known left fibroadenoma (biopsied 2022).

BREAST COMPOSITION: c. Heterogeneously dense.
BACKGROUND PARENCHYMAL ENHANCEMENT: moderate; symmetric.

LOW-ENERGY:
Right - no mammographic abnormality at the painful site.
Left - oval circumscribed equal-density mass at 4 o'clock, 13 mm, unchanged from 2022 and 2024 (the known
biopsied fibroadenoma).
No suspicious calcifications in either breast.

RECOMBINED:
Right - focal non-mass enhancement at 12 o'clock, 11 mm, clumped internal enhancement; lesion conspicuity
moderate; no low-energy correlate.
Left - the 4 o'clock mass enhances homogeneously, low conspicuity, unchanged.

ASSESSMENT:
Right breast: BI-RADS 4A - focal NME without LE correlate.
Left breast: BI-RADS 2 - stable biopsy-proven fibroadenoma.

RECOMMENDATION: Targeted ultrasound right 12 o'clock and biopsy of the NME (US-guided if a correlate is
found, otherwise CEM- or MRI-guided).
"""))

ITEMS.append(dict(id="cem22_06_austria_translated_staging_left_spiculated_skin_retraction_nodes_6_right_clear",
mods="cem", purpose="diagnostic", density="b", bpe="mild/asymmetric", overall="6", bb="L=6 R=1",
f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous @3:00 z=28",
   "calc L p m=fine_pleomorphic d=segmental",
   "skin L p",
   "ln L p",
   "mass R a", "nme R a", "calc R a"],
rec=["other"],
text="""
Medizinische Universitat - Universitatsklinik fur Radiologie
Kontrastmittel-Mammographie (KM-Mammographie) beidseits / Contrast-enhanced mammography, bilateral
[Patient copy, translated]

Clinical information: histologically confirmed invasive lobular-ductal carcinoma left breast 3 o'clock
(US-guided core biopsy 05.03.2026). Staging; MRI contraindicated (cardiac device).

Low-energy images: scattered fibroglandular densities, ACR b. Left breast, 3 o'clock, retroareolar to
middle third: irregular, spiculated high-density mass of 28 mm containing the biopsy marker, with fine
pleomorphic microcalcifications extending 4 cm towards the nipple in a segmental distribution. Retraction of
the skin over the lesion. Left axilla: two rounded lymph nodes with loss of the fatty hilum.
Recombined images: background enhancement mild, asymmetric (left > right). The mass shows strong heterogeneous
enhancement. The calcifications show no additional enhancement beyond the mass.
Right breast: no masses, non-mass enhancement or suspicious microcalcifications.

Assessment:
Left: known carcinoma with segmental calcifications (extent approx. 6 cm) and suspicious axillary nodes -
BI-RADS 6.
Right: BI-RADS 1.
Presentation at the interdisciplinary tumour board.
"""))

ITEMS.append(dict(id="cem22_07_finland_translated_post_nac_no_residual_enhancement_stable_calcs_6",
mods="cem", purpose="diagnostic", density="c", bpe="minimal/-", overall="6", bb="R=6 L=1",
f=["calc R p s m=fine_pleomorphic d=grouped @10:00",
   "mass R a", "nme R a",
   "ln R p",
   "mass L a"],
rec=["surgical_consultation"],
text="""
HUS Diagnostiikkakeskus - Rintasyovan kuvantaminen
KONTRASTITEHOSTEINEN MAMMOGRAFIA / CONTRAST-ENHANCED MAMMOGRAPHY (translation)

Background: right breast HER2-positive carcinoma 10 o'clock, status after neoadjuvant chemotherapy (6 cycles).
Response evaluation before surgery. Baseline CEM 09/2025.

Findings:
Breast density ACR c. Background enhancement minimal.
Right breast: the previously enhancing 31 mm tumour at 10 o'clock no longer enhances; no residual enhancing
mass or non-mass enhancement at the tumour bed. Clip in place. The fine pleomorphic microcalcifications in a
grouped distribution at the tumour site are unchanged in number and extent compared with the baseline.
The right axillary lymph node that was enlarged at baseline is now of normal size with a fatty hilum.
Left breast: no masses.

Statement:
Complete radiological response on CEM; residual calcifications may still contain tumour.
BI-RADS 6, right. BI-RADS 1, left.
Referral back to the breast surgeon for operative planning.
"""))
