from common import write
CEM = ["contrast_enhanced_mammography"]
R = []

R.append(dict(id="cem16_01_malaysia_penang_checkbox_form_two_lesions_4b", mods=CEM, purpose="diagnostic",
density="c", bpe="minimal/symmetric", overall="4B", bb="R4B L3", rec=["bx", "sif"], f=[
 "mass R p sh=irregular mg=indistinct md=equal ie=heterogeneous @11:00 dp=middle z=13",
 "mass L p sh=oval mg=circumscribed ie=homogeneous @6:00 z=5"], text="""
___ SPECIALIST HOSPITAL PENANG - BREAST IMAGING
CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - STRUCTURED REPORT

Exam: Bilateral CEM, CC and MLO, low-energy and recombined images. Iohexol 350, 1.5 mL/kg.
Indication: 52F, Rt breast thickening on clinical exam. Screening MMG 2024 normal.

Breast composition (LE):  [ ] a   [ ] b   [x] c   [ ] d
BPE:                      [x] minimal   [ ] mild   [ ] moderate   [ ] marked      [x] symmetric   [ ] asymmetric

LESION 1:  Side [x] Rt  [ ] Lt     Location: 11 o'clock, middle depth     Size: 13 mm
  LE finding:     [x] mass   [ ] calcifications   [ ] asymmetry   [ ] architectural distortion   [ ] none
  Shape:          [ ] oval   [ ] round   [x] irregular
  Margin:         [ ] circumscribed   [ ] obscured   [ ] microlobulated   [x] indistinct   [ ] spiculated
  Density:        [ ] fat-containing   [ ] low   [x] equal   [ ] high
  RC enhancement: [ ] none   [x] mass   [ ] non-mass
  Internal:       [ ] homogeneous   [x] heterogeneous   [ ] rim
  Category:       [ ] 3   [ ] 4A   [x] 4B   [ ] 4C   [ ] 5

LESION 2:  Side [ ] Rt  [x] Lt     Location: 6 o'clock     Size: 5 mm
  LE correlate:   [ ] yes   [x] no
  RC enhancement: [ ] none   [x] mass   [ ] non-mass
  Shape:          [x] oval   [ ] round   [ ] irregular
  Margin:         [x] circumscribed   [ ] obscured   [ ] microlobulated   [ ] indistinct   [ ] spiculated
  Internal:       [x] homogeneous   [ ] heterogeneous   [ ] rim
  Category:       [x] 3   [ ] 4A   [ ] 4B   [ ] 4C   [ ] 5

ASSESSMENT:      Right [x] 4B      Left [x] 3
RECOMMENDATION:  [x] US-guided biopsy Rt 11 o'clock   [x] 6-month follow-up Lt   [ ] annual screening
"""))

R.append(dict(id="cem16_02_jordan_amman_key_value_lesions_le_rc_calcs_nme_5", mods=CEM, purpose="diagnostic",
density="b", bpe="mild/symmetric", overall="5", bb="R5 L2", rec=["bx", "oth"], f=[
 "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @10:00 dp=posterior z=22",
 "calc R p m=fine_pleomorphic d=segmental @12:00 z=35",
 "nme R p nd=segmental ie=clumped @12:00 z=35",
 "mass L p sh=oval mg=circumscribed md=equal @2:00 z=6",
 "ln R p z=18"], text="""
___ HOSPITAL - AMMAN, JORDAN
DEPARTMENT OF RADIOLOGY - BREAST UNIT

Examination: Contrast enhanced mammography (CEM), both breasts, with delayed CC views.
Clinical data: 56 years old female, hard lump right breast, bloody discharge right nipple.

Breast density (ACR): B.
BPE: mild, symmetrical.

Lesion 1
Side: R
Clock: 10
Depth: posterior
Size: 22 mm
LE: high density, irreg, spic
RC: heterogeneous enhancement, washout on late CC

Lesion 2
Side: R
Clock: 12
Extent: 35 mm
LE: fine pleomorphic calcs, segmental
RC: segmental NME, clumped

Lesion 3
Side: L
Clock: 2
Size: 6 mm
LE: oval, circ, equal density
RC: no enhancement

Axilla: Rt axillary LN 18 mm, enhancing, loss of fatty hilum.

CONCLUSION:
R: BI-RADS 5 (lesions 1 and 2, likely multicentric malignancy)
L: BI-RADS 2 (lesion 3, benign-appearing mass)
Recommend US-guided biopsy of lesion 1 and stereotactic biopsy of lesion 2, then tumour board.
"""))

R.append(dict(id="cem16_03_india_chennai_aligned_columns_le_rc_table_4b", mods=CEM, purpose="diagnostic",
density="c", bpe="mild/symmetric", overall="4B", bb="R4A R2 L4A L4B", rec=["bx"], f=[
 "calc R p m=amorphous d=grouped @10:00 q=uo z=6",
 "mass R p sh=oval mg=circumscribed md=low @7:00 z=10",
 "nme L p nd=focal ie=homogeneous @11:00 q=ui z=12",
 "mass L p sh=oval ie=rim @3:00 z=8"], text="""
___ SCANS & LABS, CHENNAI
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - BOTH BREASTS

Clinical: 48 yrs, F/H/O breast cancer (sister). Screening mammogram elsewhere showed calcifications right breast; CESM for further evaluation.
Technique: CC and MLO low energy (LE) and recombined (RC) images after IV non-ionic contrast.

Breast composition: heterogeneously dense (ACR c).
Background parenchymal enhancement: mild, symmetrical.

Findings:
Site            LE                                      RC                          Size    BI-RADS
R UOQ 10:00     grouped amorphous calcifications        no enhancement              6 mm    4A
R 7:00          oval circumscribed low density mass     no enhancement              10 mm   2
L UIQ 11:00     no LE correlate                         focal NME, homogeneous      12 mm   4A
L 3:00          no LE correlate                         oval mass, rim enhancement  8 mm    4B

Both axillae: normal.

Impression: Right BI-RADS 4A. Left BI-RADS 4B.
Advice: Stereotactic biopsy of the right calcifications; US-guided or CEM-guided biopsy of both left lesions.
"""))

R.append(dict(id="cem16_04_us_community_dictated_cem_fiber_glandular_speculated_5", mods=CEM, purpose="diagnostic",
density="b", bpe="mild/symmetric", overall="5", bb="L5 R4A", rec=["bx"], f=[
 "mass L p sh=irregular mg=spiculated md=high ie=heterogeneous @2:00 z=15",
 "calc R p m=amorphous d=grouped @7:00",
 "ln L a"], text="""
EXAM: CONTRAST ENHANCED MAMMOGRAPHY BILATERAL DIAGNOSTIC
DATE: 12/01/2026
HISTORY: 63-year-old female with a palpable left breast lump.
COMPARISON: Screening mammogram 10/2025.
TECHNIQUE: Bilateral CC and MLO low energy and recombined images were obtained after intravenous injection of 100 mL Omnipaque 350.

FINDINGS:
There are scattered areas of fiber glandular density. Background parenchymal enhancement is mild and symmetric.

Left breast: At the site of the palpable marker at 2 o'clock there is a 1.5 cm high density irregular mass with speculated margins. On the recombined images the mass shows heterogeneous enhancement. No suspicious left axillary adenopathy.

Right breast: At 7 o'clock there are a morphous calcifications in a grouped distribution spanning 5 mm, new from 10/2025, without associated enhancement.

IMPRESSION:
1. Left breast 2 o'clock mass highly suggestive of malignancy. By rads 5. Ultrasound guided biopsy recommended.
2. Right breast new grouped a morphous calcifications. By rads 4A. Stereotactic biopsy recommended.

Voice recognition was used in the preparation of this report.
"""))

R.append(dict(id="cem16_05_nigeria_abuja_cem_plus_us_category_per_modality_bi3", mods=["contrast_enhanced_mammography", "ultrasound"], purpose="diagnostic",
density="b", bpe="minimal/symmetric", overall="3", bb="L3 R1 R2", rec=["sif"], f=[
 "mass L p sh=oval mg=circumscribed md=equal ie=homogeneous or=parallel ep=hypoechoic va=absent @4:00 z=13",
 "mass R p @10:00 z=5",
 "calc B a"], text="""
___ DIAGNOSTICS, ABUJA
BREAST IMAGING REPORT: CONTRAST ENHANCED MAMMOGRAPHY AND BREAST ULTRASOUND

Clinical details: 44-year-old woman, left breast lump, 6 weeks. No prior imaging.

CEM (bilateral, LE + RC):
ACR category B. Background parenchymal enhancement minimal, symmetric.
Left breast: oval circumscribed equal-density mass at 4 o'clock, 12 mm, with mild homogeneous enhancement on recombined images.
Right breast: no abnormal enhancement.
No suspicious calcifications in either breast.
CEM: BI-RADS 3 (left), BI-RADS 1 (right).

ULTRASOUND (both breasts):
Left breast 4 o'clock, 3 cm from nipple: oval circumscribed hypoechoic mass, parallel to the skin, 13 x 8 mm, no internal vascularity - the CEM mass; features of fibroadenoma.
Right breast 10 o'clock: 5 mm simple cyst (not seen on CEM).
US: BI-RADS 3 (left), BI-RADS 2 (right).

RECOMMENDATION: Short-interval follow-up ultrasound of the left breast in 6 months.
"""))

R.append(dict(id="cem16_06_korea_busan_east_asian_english_fine_linear_calcs_linear_nme_4c", mods=CEM, purpose="diagnostic",
density="c", bpe="moderate/symmetric", overall="4C", bb="L4C R2", rec=["bx"], f=[
 "calc L p m=fine_linear d=linear q=uo z=18",
 "nme L p nd=linear ie=clumped q=uo z=20",
 "mass R p sh=round mg=circumscribed @9:00 z=9",
 "skin B a"], text="""
___ National University Hospital, Busan - Department of Radiology
Contrast-enhanced mammography (CEM), both breasts

Clinical information: 49-year-old female. Screening detected calcifications in left breast, recall for further evaluation.

Low-energy images:
Breast parenchymal pattern is heterogeneously dense (C).
In the left upper outer quadrant, fine linear branching calcifications are noted in linear distribution, extent about 18mm.
In the right breast, 9mm round circumscribed mass at 9 o'clock, which was confirmed as cyst on previous ultrasonography.
No skin thickening is seen.

Recombined images:
Background parenchymal enhancement is moderate and symmetric.
Clumped linear non-mass enhancement is noted along the calcifications in the left upper outer quadrant, about 20mm.
The right breast mass shows no enhancement.

Conclusion:
Left: BI-RADS 4C, suspicious calcifications with linear non-mass enhancement. Stereotactic biopsy is recommended.
Right: BI-RADS 2, benign cyst.
"""))

R.append(dict(id="cem16_07_us_academic_terse_worklist_cem_recall_asymmetry_4a", mods=CEM, purpose="diagnostic",
density="b", bpe="minimal/symmetric", overall="4A", bb="L3 L4A R2", rec=["bx", "sif"], f=[
 "asym L p q=uo",
 "ad L a",
 "mass L p sh=oval mg=circumscribed md=equal ie=homogeneous @6:00 z=8",
 "calc R p s d=diffuse"], text="""
CEM BILAT DX | 58F | recall L focal asym (screen MG 11/2026) | prior MG 2024, no prior CEM
Comp: b | BPE: minimal, symmetric
L UOQ ant: focal asym persists on LE, no enh on RC, no distortion -> BR3, 6mo diagnostic MG
L 6:00 post: 8mm oval circ mass, equal dens, homogeneous enh on RC; new vs 2024 -> BR4A, US-guided bx
R: scattered benign calcs, stable vs 2024. No abnl enh. -> BR2
FINAL: L BR4A (highest), R BR2
"""))

R.append(dict(id="cem16_08_kuwait_cesm_prose_regional_nme_mass_called_node_4a", mods=CEM, purpose="diagnostic",
density="d", bpe="moderate/symmetric", overall="4A", bb="R4A L2", rec=["ai", "bx"], f=[
 "nme R p nd=regional ie=heterogeneous q=uo z=45",
 "ln L p q=uo z=6",
 "skin B a"], text="""
___ HOSPITAL, KUWAIT - BREAST IMAGING UNIT
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) OF BOTH BREASTS

Clinical history: 39 years old lady, right breast pain and fullness for 2 months, no palpable lump. Ultrasound done elsewhere was reported as negative.

Technique: Standard CC and MLO low-energy and recombined images following injection of iodinated contrast.

Findings:
The breasts are extremely dense (ACR D), which lowers the sensitivity of the low-energy images.
Background parenchymal enhancement is moderate and symmetric.
In the right upper outer quadrant there is an area of regional non-mass enhancement with heterogeneous internal pattern, measuring about 45 mm, with no correlate on the low-energy images.
In the left upper outer quadrant there is a 6 mm oval circumscribed enhancing mass with a fatty hilum, consistent with an intramammary lymph node.
No skin thickening or nipple retraction bilaterally.

Impression:
Regional non-mass enhancement of the right breast - BI-RADS 4A for the right breast and BI-RADS 2 for the left breast.
Recommend breast MRI for further characterization and extent, and biopsy (MRI-guided or CEM-guided) of the right breast.
"""))

if __name__ == "__main__":
    print(write(R), "cem")
