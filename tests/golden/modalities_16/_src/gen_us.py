from common import write
US = ["ultrasound"]
R = []

R.append(dict(id="us16_01_korea_seoul_checkbox_form_two_lesions_both_breasts_4c", mods=US, purpose="diagnostic",
overall="4C", bb="R3 L4C", rec=["bx", "sif"], f=[
 "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 z=14",
 "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @10:00 z=6",
 "ln B a"], text="""
SEOUL ___ UNIVERSITY HOSPITAL  |  DEPARTMENT OF RADIOLOGY
BREAST ULTRASONOGRAPHY - STRUCTURED REPORT (BI-RADS)

Exam: Bilateral whole breast US, diagnostic        Date: 2026-12-02
Clinical info: 46F, palpable lump Lt breast x 2 weeks. Mammography: outside, not available.

[LESION 1]
Side:           [ ] Rt   [x] Lt
Location:       2 o'clock, 3 cm from nipple
Size:           14 x 9 x 8 mm
Shape:          [ ] oval  [ ] round  [x] irregular
Orientation:    [ ] parallel  [x] not parallel
Margin:         [ ] circumscribed  [x] not circumscribed -> [ ] indistinct [x] angular [ ] microlobulated [ ] spiculated
Echo pattern:   [ ] anechoic [ ] hyperechoic [ ] complex cystic and solid [x] hypoechoic [ ] isoechoic [ ] heterogeneous
Posterior:      [ ] no posterior features [ ] enhancement [x] shadowing [ ] combined
Vascularity:    [ ] absent [x] internal [ ] rim
Elastography:   [ ] soft [ ] intermediate [x] hard
Category:       [ ] 3  [ ] 4A  [ ] 4B  [x] 4C  [ ] 5

[LESION 2]
Side:           [x] Rt   [ ] Lt
Location:       10 o'clock, 5 cm from nipple
Size:           6 x 4 x 3 mm
Shape:          [x] oval  [ ] round  [ ] irregular
Orientation:    [x] parallel  [ ] not parallel
Margin:         [x] circumscribed  [ ] not circumscribed
Echo pattern:   [ ] anechoic [ ] hyperechoic [ ] complex cystic and solid [x] hypoechoic [ ] isoechoic [ ] heterogeneous
Posterior:      [x] no posterior features [ ] enhancement [ ] shadowing [ ] combined
Vascularity:    [x] absent [ ] internal [ ] rim
Elastography:   [x] soft [ ] intermediate [ ] hard
Category:       [x] 3  [ ] 4A  [ ] 4B  [ ] 4C  [ ] 5

Suspicious axillary lymph node:  [ ] Yes  [x] No

FINAL ASSESSMENT:  Rt: BI-RADS 3    Lt: BI-RADS 4C
RECOMMENDATION:    [x] US-guided core needle biopsy (Lt 2 o'clock)  [x] Follow-up US in 6 months (Rt)  [ ] Routine screening
Reading radiologist: ___ (Breast Imaging)
"""))

R.append(dict(id="us16_02_nigeria_lagos_key_value_lesion_list_three_lesions_bi5", mods=US, purpose="diagnostic",
overall="5", bb="R5 R2 L3", rec=["bx", "sif"], f=[
 "mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 z=23",
 "mass R p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement @7:00 z=8",
 "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @3:00 z=11",
 "ln R p z=18",
 "skin B a"], text="""
LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
DEPARTMENT OF RADIATION BIOLOGY, RADIOTHERAPY AND RADIODIAGNOSIS

BREAST ULTRASOUND SCAN
Clinical info: 38yr old woman, right breast lump x 3/12. No previous imaging. Mammogram not done.
Technique: Both breasts and axillae scanned with 12 MHz linear transducer.

FINDINGS:
Background echotexture: heterogeneous, predominantly fibroglandular.

Lesion 1
Side: R
Clock: 10
Dist from nipple: 4cm
Size: 2.3 x 1.6cm
Shape: irreg
Margin: spic
Orientation: not parallel
Echo: hypoechoic
Posterior: shadowing
Vascularity: internal

Lesion 2
Side: R
Clock: 7
Size: 0.8 x 0.5cm
Shape: oval
Margin: circ
Orientation: parallel
Echo: anechoic
Posterior: enhancement
Dx: simple cyst

Lesion 3
Side: L
Clock: 3
Size: 1.1 x 0.7cm
Shape: oval
Margin: circ
Orientation: parallel
Echo: hypoechoic
Posterior: none
Vascularity: nil
Dx: ? fibroadenoma

Axilla: R - 2 enlarged nodes, largest 1.8cm, loss of fatty hilum. L - normal.
Skin: not thickened.

IMPRESSION:
1. Right breast 10 o'clock spiculated mass, highly suggestive of malignancy - BIRADS 5.
2. Right breast simple cyst - BIRADS 2.
3. Left breast probable fibroadenoma - BIRADS 3.
4. Suspicious right axillary lymphadenopathy.

RECOMMENDATION: US guided core biopsy of the right breast mass and FNAC of the right axillary node.
Follow up scan of the left breast in 6 months.

Dr. ___ , Consultant Radiologist
"""))

R.append(dict(id="us16_03_japan_tokyo_aligned_column_lesion_table_followup_4b", mods=US, purpose="diagnostic",
overall="4B", bb="R2 L4B", rec=["bx", "sif"], f=[
 "mass R p s sh=oval mg=circumscribed ep=hypoechoic pf=none va=absent @10:00 z=8",
 "mass R p s sh=round mg=circumscribed ep=anechoic pf=enhancement @8:00 z=5",
 "mass L p sh=irregular mg=indistinct ep=hypoechoic pf=shadowing va=internal @1:00 z=12",
 "mass L p sh=oval mg=circumscribed ep=isoechoic pf=none va=absent @4:00 z=4",
 "ln B a"], text="""
BREAST ULTRASONOGRAPHY REPORT
___ Breast Center, Tokyo

Patient: 51 y.o. female    Exam date: 2026/12/01
Purpose: Follow-up of right breast masses (known since 2024). Also new induration of left breast by palpation.
Comparison: US 2025/06/12

Findings:
Mammary gland is heterogeneous. Following masses are detected.

No.  Side  Location  Size(mm)  Shape      Margin          Echo level   Posterior   Vascularity  Change      Category
1    R     10:00     8x5       oval       circumscribed   hypoechoic   none        absent       no change   2
2    R     8:00      5x5       round      circumscribed   anechoic     enhancement  -           no change   2
3    L     1:00      12x9      irregular  indistinct      hypoechoic   shadowing   internal     new         4B
4    L     4:00      4x3       oval       circumscribed   isoechoic    none        absent       new         3

No.2 is simple cyst. No.1 is considered fibroadenoma, stable for 2 years.
No axillary lymphadenopathy in both side.

Conclusion:
Right: Category 2 (benign, stable).
Left: Category 4B (No.3), Category 3 (No.4).
Overall BI-RADS 4B.

Recommendation: US-guided CNB for No.3. Follow-up US for No.4 after 6 months.
"""))

R.append(dict(id="us16_04_us_community_dictated_speech_recognition_slips_4c", mods=US, purpose="diagnostic",
overall="4C", bb="R4C L2", rec=["bx"], f=[
 "mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal @11:00 z=12",
 "mass L p @4:00 z=4",
 "ln R a"], text="""
EXAM: US BREAST BILATERAL LIMITED
DATE: 12/03/2026

HISTORY: 52-year-old female recalled from screening mammogram for a right breast mass and a left breast asymmetry.

COMPARISON: Screening mammogram 11/18/2026.

TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the right breast 11 o'clock and the left upper outer quadrant.

FINDINGS:
Right breast: At the 11 o'clock position 5 cm from the nipple there is an irregular hypo echoic mass with speculated margins measuring 1.2 x 0.9 x 1.0 cm. Orientation is not parallel. There is posterior a coustic shadowing. Internal vascularity is present on color Doppler. This corresponds to the mammographic finding.
No suspicious right axillary lymph notes are identified.

Left breast: In the left upper outer quadrant (area of screening recall) no sonographic abnormality is seen. Incidental 4 mm simple cyst at 4 o'clock.

IMPRESSION:
1. Suspicious right breast mass at 11 o'clock. BI-RADS for C. Ultrasound guided biopsy is recommended and will be scheduled.
2. Left breast: benign, simple cyst. BI-RADS 2.

Dictated but not read. Electronically signed by ___, MD 12/03/2026 16:42
"""))

R.append(dict(id="us16_05_saudi_riyadh_addendum_after_radiologist_second_look_4a", mods=US, purpose="diagnostic",
overall="4A", bb="L4A R2", rec=["bx", "cc"], f=[
 "mass L p sh=oval mg=microlobulated or=parallel ep=hypoechoic pf=none va=internal @3:00 z=5",
 "mass R p",
 "ln B a"], text="""
KING ___ HOSPITAL & RESEARCH CENTRE - RIYADH
BREAST IMAGING SECTION

EXAMINATION: U/S BOTH BREASTS
CLINICAL DATA: 45 Y female, Lt breast focal pain at 3 o'clock, no palpable mass. Mammogram done same day, reported separately.

FINDINGS:
Both breasts show predominantly fibroglandular echotexture.
Left breast: At 3 o'clock, 2 cm FN, there is small hypoechoic oval lesion measuring 5 x 3 mm, parallel orientation, no posterior acoustic features. Margin not well assessed due to small size. Likely fibroadenoma / complicated cyst.
Right breast: Multiple small simple cysts, largest 7 mm.
No suspicious axillary lymph nodes on either side.

IMPRESSION:
Left breast 3 o'clock small probably benign lesion - BI-RADS 3.
Right breast simple cysts - BI-RADS 2.
Recommend clinical correlation for the site of pain.

---------------------------------------------------------------
ADDENDUM (04/12/2026):
The patient was re-scanned by the consultant breast radiologist (second-look) because of persistent focal pain. The left 3 o'clock lesion is again seen. On careful evaluation the margins are microlobulated and it shows internal vascularity on colour Doppler.
Assessment revised: Left breast BI-RADS 4A. Right breast remains BI-RADS 2.
US-guided core biopsy of the left lesion is recommended.
"""))

R.append(dict(id="us16_06_philippines_manila_terse_one_line_per_lesion_worklist_4a", mods=US, purpose="diagnostic",
overall="4A", bb="R3 L4A", rec=["bx", "sif"], f=[
 "mass R p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement @12:00 z=6",
 "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @8:00 z=9",
 "mass L p sh=round mg=indistinct or=not_parallel ep=hypoechoic va=internal @2:00 z=7",
 "ln L p",
 "skin B a", "other B a"], text="""
BREAST UTZ (BILATERAL) - 09 Dec 2026 - ___ Medical Center, Manila
Hx: 41F, mastalgia, fam hx (+) mother Ca breast at 50. No prior imaging.

R 12:00 3cmFN  0.6x0.4cm oval circ parallel anechoic, post enh -> simple cyst. BR2
R 8:00  4cmFN  0.9x0.6cm oval circ parallel hypoechoic, no vascularity -> FA? BR3
L 2:00  6cmFN  0.7x0.7cm round indistinct hypoechoic, not parallel, +internal vascularity -> BR4A
L axilla: node w/ preserved fatty hilum, cortex 2mm - normal.
No skin thickening. No dilated ducts.

Final: R BR3 / L BR4A.
Plan: UTZ-guided bx L 2:00; R 8:00 f/u UTZ 6 mos.
"""))

R.append(dict(id="us16_07_china_shanghai_east_asian_english_nodules_cdfi_4c", mods=US, purpose="diagnostic",
overall="4C", bb="L4C R2", rec=["bx"], f=[
 "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 z=15",
 "calc L p",
 "mass R p mg=circumscribed ep=anechoic pf=enhancement",
 "ln B a"], text="""
Shanghai ___ Hospital  Ultrasound Department
Examination: Color Doppler ultrasound of bilateral breasts and axillae
Clinical diagnosis: left breast mass found by self-examination

Ultrasound findings:
The glandular layer of bilateral breasts is thick, echo distribution is uneven.
Left breast: A hypoechoic nodule is seen at 2 o'clock, 3cm from the nipple, size about 15x10mm, irregular shape, unclear margin (indistinct), aspect ratio >1 (not parallel), posterior echo attenuation (shadowing). Several tiny strong echogenic foci (microcalcifications) are seen inside the nodule. CDFI: blood flow signals can be detected inside the nodule (internal vascularity). Elastography: hard, score 4.
Right breast: Several anechoic cystic nodules are seen, the larger one about 6x4mm at 10 o'clock, with circumscribed margin and posterior echo enhancement.
No enlarged lymph nodes found in both axillae.

Ultrasound conclusion:
1. Solid nodule of left breast, BI-RADS 4c, suggest biopsy.
2. Multiple cysts of right breast, BI-RADS 2.

Reporting physician: ___   Reviewing physician: ___
"""))

R.append(dict(id="us16_08_kenya_nairobi_combined_mammo_spot_us_category_per_modality_5", mods=["mammography", "spot_compression", "ultrasound"], purpose="diagnostic",
density="c", overall="5", bb="L5 R2", rec=["bx", "oth"], f=[
 "mass L p sh=irregular mg=spiculated md=high or=not_parallel ep=hypoechoic pf=shadowing va=internal @1:00 q=uo dp=posterior z=23",
 "calc L p m=fine_pleomorphic d=linear",
 "skin L p",
 "ln L p",
 "calc R p d=diffuse",
 "mass R a", "ad R a"], text="""
THE ___ UNIVERSITY HOSPITAL, NAIROBI - DEPARTMENT OF IMAGING
COMBINED BREAST IMAGING REPORT

Examinations: Bilateral diagnostic mammogram (CC, MLO, spot compression left) and bilateral breast ultrasound.
Indication: 47 yrs, left breast lump noted by patient 1 month ago. No previous breast imaging.

MAMMOGRAM
Breast composition: heterogeneously dense (ACR C), which may obscure small masses.
Left breast: There is a high density irregular mass with spiculated margins in the upper outer quadrant, posterior depth, measuring 21 mm, with associated fine pleomorphic microcalcifications extending anteriorly in a linear distribution. Skin retraction overlying the mass.
Right breast: Scattered benign-appearing calcifications. No mass or architectural distortion.
Mammogram: BI-RADS 5 (left), BI-RADS 2 (right).

ULTRASOUND
Left 1 o'clock, 5 cm from nipple: irregular hypoechoic mass, not parallel, spiculated margins, posterior acoustic shadowing, internal vascularity on Doppler, measuring 23 x 18 mm, corresponding to the mammographic mass.
Left axilla: one lymph node with eccentric cortical thickening up to 5 mm.
Right breast and axilla: normal sonographic appearance.
Ultrasound: BI-RADS 5 (left).

OVERALL ASSESSMENT: BI-RADS 5 - highly suggestive of malignancy, left breast.

RECOMMENDATION: US-guided core biopsy of the left breast mass and the left axillary node. Discuss at the breast MDT after histology.
"""))

R.append(dict(id="us16_09_egypt_cairo_v2025_tick_form_nonmass_lesion_and_mass_4b", mods=US, purpose="diagnostic",
overall="4B", bb="R4B L3", rec=["bx", "sif"], f=[
 "nme R p ep=hypoechoic va=internal el=intermediate z=25",
 "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @4:00 z=8",
 "ln B a"], text="""
AIN SHAMS UNIVERSITY HOSPITALS - Women's Imaging Unit
BREAST ULTRASOUND FORM (BI-RADS v2025)

Side examined: Bilateral          Date: 3/12/2026
Indication: Rt bloody nipple discharge, 2 months. Mammography: not yet done.

RIGHT BREAST
Finding type:        Mass ( )    Non-mass lesion (✓)
Location:            9-10 o'clock, from retroareolar region to 3 cm FN
Extent:              25 mm
Echogenicity:        hypoechoic (✓)   heterogeneous ( )
Associated features: calcifications ( )   architectural distortion ( )   duct changes ( )
Vascularity:         absent ( )   internal (✓)   rim ( )
Elasticity:          soft ( )   intermediate (✓)   hard ( )
Category:            4B

LEFT BREAST
Finding type:        Mass (✓)    Non-mass lesion ( )
Location:            4 o'clock, 2 cm FN
Size:                8 x 6 mm
Shape:               oval (✓)   round ( )   irregular ( )
Orientation:         parallel (✓)   not parallel ( )
Margin:              circumscribed (✓)   not circumscribed ( )
Echo pattern:        anechoic ( )   hypoechoic (✓)   isoechoic ( )   complex cystic & solid ( )
Posterior features:  none ( )   enhancement (✓)   shadowing ( )   combined ( )
Vascularity:         absent (✓)   internal ( )   rim ( )
Comment:             probable fibroadenoma
Category:            3

AXILLAE: No abnormal lymph nodes.

FINAL: Right breast BI-RADS 4B, Left breast BI-RADS 3.
Recommend US-guided core biopsy of the right non-mass lesion; follow-up US of the left breast in 6 months.
"""))

R.append(dict(id="us16_10_pakistan_karachi_pipe_table_rows_both_breasts_node_row_4b", mods=US, purpose="diagnostic",
overall="4B", bb="R4B L3", rec=["bx", "sif"], f=[
 "mass R p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=none @11:00 z=18",
 "mass R p sh=oval mg=circumscribed ep=anechoic pf=enhancement @7:00 z=6",
 "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @12:00 z=9",
 "ln L p z=14",
 "skin B a"], text="""
___ HOSPITAL KARACHI - RADIOLOGY DEPARTMENT
ULTRASOUND BOTH BREASTS

Clinical: 49 years female. Rt breast lump. Mammogram not done (pt reluctant).

Findings:
Fibroglandular background bilaterally. Following lesions noted:

| # | Side | Clock  | FND  | Size (mm) | Description                                                               | BI-RADS |
|---|------|--------|------|-----------|---------------------------------------------------------------------------|---------|
| 1 | Rt   | 11     | 3 cm | 18x12     | irregular, microlobulated, hypoechoic, not parallel, no post. features    | 4B      |
| 2 | Rt   | 7      | 2 cm | 6x5       | oval, circumscribed, anechoic, post. enhancement - simple cyst            | 2       |
| 3 | Lt   | 12     | 1 cm | 9x4       | oval, circumscribed, parallel, hypoechoic, no internal vascularity        | 3       |
| 4 | Lt   | axilla | -    | 14        | lymph node, cortex 2.5 mm, fatty hilum preserved - reactive               | -       |

No skin thickening or nipple retraction.

Impression:
Rt breast BI-RADS 4B (lesion 1).
Lt breast BI-RADS 3 (lesion 3), probably fibroadenoma.

Advice: USG guided trucut biopsy of lesion 1. Follow up USG of Lt breast after 6 months.
"""))

R.append(dict(id="us16_11_thailand_bangkok_followup_stable_resolved_questionable_nodule_bi3", mods=US, purpose="diagnostic",
overall="3", bb="R3 L2", rec=["sif"], f=[
 "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none @10:00 z=7",
 "mass R q ep=hypoechoic @2:00 z=3",
 "mass L a",
 "mass L p"], text="""
___ INTERNATIONAL HOSPITAL, BANGKOK - BREAST CENTER
ULTRASOUND OF BOTH BREASTS (FOLLOW-UP)

Comparison: 12 June 2026.

Findings:
Right breast:
- The previously seen oval circumscribed hypoechoic mass at 10 o'clock is unchanged in size (7 x 5 mm), parallel orientation, no posterior acoustic feature.
- Questionable 3 mm hypoechoic nodule at 2 o'clock, could be a prominent fat lobule; not reproducible on orthogonal view.
Left breast:
- The complicated cyst at 5 o'clock seen previously is no longer visualized.
- Few simple cysts at 1-2 o'clock, largest 4 mm.
Both axillae: unremarkable.

IMPRESSION:
1. Stable probably benign right breast mass, BI-RADS 3 (first 6-month follow-up).
2. Left breast simple cysts, BI-RADS 2.

RECOMMENDATION: Next follow-up ultrasound in 6 months.
"""))

R.append(dict(id="us16_12_us_community_dictated_implant_us_step_latter_intracapsular_bi3", mods=US, purpose="diagnostic",
overall="3", bb="L3 R2", rec=["ai", "sif"], f=[
 "impl L p ir=intracapsular",
 "impl R p ir=none",
 "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic @3:00 z=5",
 "ln B a"], text="""
EXAMINATION: BILATERAL BREAST ULTRASOUND, IMPLANT EVALUATION
CLINICAL HISTORY: 57 year old with bilateral silicone implants placed 2009, new left breast contour change.
COMPARISON: None.

FINDINGS:
Bilateral retro pectoral silicone implants.
Left: The left implant demonstrates multiple parallel echogenic lines within the implant lumen, a step latter sign, consistent with intra capsular rupture. No snowstorm artifact to suggest extra capsular silicone.
At 3 o'clock 4 cm from the nipple there is a 5 x 3 x 4 mm oval circumscribe hypo echoic mass with parallel orientation.
Right: The right implant is intact with normal anechoic lumen.
No silicone laden lymph nodes in either axilla.

IMPRESSION:
1. Left implant intra capsular rupture. Breast MRI without contrast (silicone protocol) is recommended for confirmation.
2. Probably benign left breast mass at 3 o'clock, likely fibroadenoma. Short-term follow-up ultrasound in 6 months.
BI-RADS 3 left. BI-RADS 2 right.

This report was generated using voice recognition software; minor transcription errors may occur.
"""))

if __name__ == "__main__":
    print(write(R), "us")
