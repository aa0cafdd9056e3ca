from common import write
MRI = ["mri"]
R = []

R.append(dict(id="mri16_01_us_academic_mammo_us_mri_one_document_category_per_modality_4c", mods=["mammography", "ultrasound", "mri"], purpose="diagnostic",
density="c", fgt="c", bpe="mild/symmetric", overall="4C", bb="L4C R1 R4A", rec=["ai", "bx"], f=[
 "mass L p sh=irregular mg=spiculated md=equal or=not_parallel ep=hypoechoic pf=shadowing ie=heterogeneous ki=fast kd=washout @2:00 dp=middle z=27",
 "calc B a",
 "ln L p",
 "nme R p nd=linear ie=clumped ki=medium kd=persistent @7:00 z=15",
 "ln B a"], text="""
UNIVERSITY MEDICAL CENTER - BREAST IMAGING
MULTIMODALITY BREAST IMAGING: STAGING SUMMARY

EXAMS: Bilateral diagnostic mammogram (11/30/2026); targeted left breast ultrasound (11/30/2026); bilateral breast MRI with and without contrast (12/02/2026).
HISTORY: 61-year-old woman with a palpable left breast mass.

MAMMOGRAM:
The breasts are heterogeneously dense (c). Left breast 2:00, middle depth: 2.4 cm equal density irregular mass with spiculated margins, corresponding to the palpable lump. No suspicious calcifications in either breast. Right breast: no suspicious findings.
Mammogram assessment: Left BI-RADS 4C. Right BI-RADS 1.

ULTRASOUND:
Left 2:00, 6 cm from the nipple: 2.6 x 2.0 x 1.9 cm irregular hypoechoic mass with spiculated margins, not parallel, with posterior shadowing; this is the mammographic mass. Left axilla: normal-appearing lymph nodes with fatty hila.
Ultrasound assessment: BI-RADS 4C.

MRI:
Amount of fibroglandular tissue: heterogeneous (c). BPE: mild, symmetric.
Left: The known 2:00 irregular spiculated mass measures 2.7 cm, with heterogeneous internal enhancement and fast initial / washout delayed kinetics. No additional lesions in the left breast.
Right: 15 mm linear clumped non-mass enhancement at 7:00, medium initial and persistent delayed kinetics. No mammographic or sonographic correlate.
No suspicious axillary or internal mammary lymph nodes.
MRI assessment: Left BI-RADS 4C. Right BI-RADS 4A.

OVERALL: BI-RADS 4C.

RECOMMENDATIONS: US-guided core biopsy of the left 2:00 mass. Second-look ultrasound of the right 7:00 NME; MRI-guided biopsy if no correlate.
"""))

R.append(dict(id="mri16_02_taiwan_taipei_checkbox_form_mass_focus_segmental_nme_4b", mods=MRI, purpose="diagnostic",
fgt="b", bpe="mild/symmetric", overall="4B", bb="R4B L2", rec=["bx", "sif"], f=[
 "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=medium kd=persistent @3:00 z=11",
 "focus R p ki=fast kd=plateau @6:00 z=5",
 "nme R p nd=segmental ie=clumped ki=slow kd=persistent q=uo z=30",
 "ln B a"], text="""
___ MEMORIAL HOSPITAL, TAIPEI - DEPARTMENT OF MEDICAL IMAGING
BREAST MRI STRUCTURED REPORT (ACR BI-RADS)

Exam: Bilateral breast MRI, dynamic contrast-enhanced        Date: 2026/12/02
Indication: Evaluation of Lt breast mass detected on outside US. 43 y/o.

Amount of FGT:   [ ] a   [x] b   [ ] c   [ ] d
BPE:             [ ] minimal   [x] mild   [ ] moderate   [ ] marked      Symmetry: [x] symmetric   [ ] asymmetric

Lesion #1   Side: Lt   Location: 3 o'clock   Size: 11 mm
  Type:                  [x] mass   [ ] NME   [ ] focus
  Shape:                 [x] oval   [ ] round   [ ] irregular
  Margin:                [x] circumscribed   [ ] irregular   [ ] spiculated
  Internal enhancement:  [ ] homogeneous   [ ] heterogeneous   [ ] rim enhancement   [x] dark internal septations
  Kinetics:              initial [ ] slow [x] medium [ ] fast     delayed [x] persistent [ ] plateau [ ] washout
  Assessment:            BI-RADS 2 (fibroadenoma; corresponds to the US lesion)

Lesion #2   Side: Rt   Location: 6 o'clock   Size: 5 mm
  Type:                  [ ] mass   [ ] NME   [x] focus
  Kinetics:              initial [ ] slow [ ] medium [x] fast     delayed [ ] persistent [x] plateau [ ] washout
  Assessment:            BI-RADS 3

Lesion #3   Side: Rt   Location: upper outer quadrant   Size: 30 mm
  Type:                  [ ] mass   [x] NME   [ ] focus
  Distribution:          [ ] focal   [ ] linear   [x] segmental   [ ] regional   [ ] multiple regions   [ ] diffuse
  Internal enhancement:  [ ] homogeneous   [ ] heterogeneous   [x] clumped   [ ] clustered ring
  Kinetics:              initial [x] slow [ ] medium [ ] fast     delayed [x] persistent [ ] plateau [ ] washout
  Assessment:            BI-RADS 4B

Abnormal axillary lymph node:   [ ] Rt   [ ] Lt   [x] none

FINAL ASSESSMENT:  Right BI-RADS 4B     Left BI-RADS 2
RECOMMENDATION:    MRI-guided biopsy of Rt lesion #3. Rt lesion #2: follow-up MRI in 6 months.
"""))

R.append(dict(id="mri16_03_indonesia_jakarta_high_risk_mri_addendum_after_second_look_us_4b", mods=MRI, purpose="screening",
fgt="b", bpe="minimal/symmetric", overall="4B", bb="L4B R1", rec=["ai", "bx"], f=[
 "mass L p sh=irregular mg=irregular ie=homogeneous ki=fast kd=washout @10:00 dp=middle z=6",
 "mass R a", "nme R a",
 "ln B a"], text="""
___ HOSPITAL JAKARTA - RADIOLOGY
MRI BREAST BILATERAL WITH CONTRAST

Indication: High-risk screening. BRCA2 carrier, 39 years old. Prior MRI 11/2025: BI-RADS 2.
Technique: 3T, T2, DWI, dynamic T1 fat-saturated pre and 5 post-contrast series.

Findings:
Amount of FGT: scattered (b). BPE: minimal, symmetric.
Left breast: New 6 mm irregular mass at 10 o'clock, middle depth, with irregular margins, homogeneous enhancement, fast initial rise and washout.
Right breast: No mass or non-mass enhancement.
Axillae: No lymphadenopathy.

Impression:
New 6 mm irregular enhancing mass, left breast 10 o'clock. BI-RADS 4A left, BI-RADS 1 right.
Recommend second-look ultrasound; if a correlate is found, US-guided biopsy, otherwise MRI-guided biopsy.

ADDENDUM 04/12/2026 (after second-look ultrasound):
Second-look ultrasound was performed today and is reported separately. A 6 mm sonographic correlate is present at left 10 o'clock. The assessment is amended: Left breast BI-RADS 4B. Right breast BI-RADS 1.
US-guided core biopsy is booked for 07/12/2026.
"""))

R.append(dict(id="mri16_04_us_community_dictated_staging_speech_errors_by_rads_6", mods=MRI, purpose="diagnostic",
fgt="b", bpe="minimal/symmetric", overall="6", bb="L6 R2", rec=["bx"], f=[
 "mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 dp=middle z=21",
 "ln L p",
 "focus B p",
 "mass R a", "nme R a"], text="""
EXAM: MRI BILATERAL BREASTS WITH AND WITHOUT CONTRAST
CLINICAL INDICATION: Newly diagnosed left breast invasive ductal carcinoma at 2 o'clock (US-guided biopsy 11/20/2026). Extent of disease.
COMPARISON: Diagnostic mammogram and ultrasound 11/14/2026.
TECHNIQUE: Standard bilateral breast MRI protocol with 7 mL gadobutrol IV.

FINDINGS:
There is scattered fibro glandular tissue. Background parenchymal enhancement is minimal and symmetric.
Multiple tiny scattered foci of enhancement are present in both breasts, compatible with benign background foci.

Left breast: At 2 o'clock middle depth there is a 2.1 cm irregular mass with speculated margins and hetero genius internal enhancement, demonstrating rapid initial enhancement and wash out delayed kinetics. The biopsy clip is within the mass. This represents the known malignancy. No additional suspicious enhancement in the left breast.
Left axilla: one level 1 lymph node with cortical thickening to 6 mm.

Right breast: No suspicious mass or non-mass enhancement.

IMPRESSION:
1. Known left breast malignancy at 2 o'clock measuring 2.1 cm, by rads 6.
2. Suspicious left axillary lymph node. Recommend ultrasound guided biopsy of the node.
3. Right breast by rads 2, benign foci.

Dictated using voice recognition. Signed ___, MD.
"""))

R.append(dict(id="mri16_05_qatar_doha_aligned_columns_lesion_table_four_lesions_5", mods=MRI, purpose="diagnostic",
fgt="c", bpe="moderate/symmetric", overall="5", bb="L5 L4C R3 R4A", rec=["ai", "bx", "oth"], f=[
 "mass L p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @12:00 z=16",
 "nme L p nd=segmental ie=clumped ki=medium kd=plateau q=ui z=42",
 "mass R p sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @10:00 z=7",
 "focus R p ki=fast kd=washout q=lo z=4",
 "ln L p z=15",
 "skin B a"], text="""
___ MEDICAL CORPORATION, DOHA - WOMEN'S IMAGING
MRI BOTH BREASTS (DYNAMIC CONTRAST-ENHANCED)

Clinical: 44 years. Palpable left breast mass. Mammogram and US at outside centre, images not available.
Technique: 1.5T, axial T2, STIR, DWI, DCE (1 pre + 6 post), subtraction and MIP.

Amount of FGT: heterogeneous fibroglandular tissue (c). BPE: moderate, symmetric.

Lesion  Side  Site    Type    Size    Shape/Margin or Distribution   Internal enh.   Kinetics (init/delayed)   BI-RADS
1       L     12:00   mass    16 mm   irregular / spiculated         rim             fast / washout            5
2       L     UIQ     NME     42 mm   segmental                      clumped         medium / plateau          4C
3       R     10:00   mass    7 mm    oval / circumscribed           homogeneous     slow / persistent         3
4       R     LOQ     focus   4 mm    -                              -               fast / washout            4A

Left axilla: two morphologically abnormal level I nodes, the largest 15 mm, with loss of the fatty hilum.
No skin thickening or nipple retraction. No chest wall invasion.

IMPRESSION:
- Left breast: BI-RADS 5 (lesion 1), with suspicious segmental NME (lesion 2) and abnormal axillary nodes.
- Right breast: BI-RADS 4A (lesion 4); lesion 3 probably benign.

RECOMMENDATIONS: Second-look US for lesions 3 and 4. Biopsy of lesions 1, 2 and 4 (US or MRI guided). Discussion at the breast MDT.
"""))

R.append(dict(id="mri16_06_us_community_terse_one_line_per_lesion_high_risk_screen_4b", mods=MRI, purpose="screening",
fgt="c", bpe="mild/symmetric", overall="4B", bb="L4B R2", rec=["bx"], f=[
 "focus R p kd=persistent @9:00 z=4",
 "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @6:00 z=9",
 "nme L p nd=linear ie=clumped ki=fast kd=plateau @1:00 z=12",
 "mass L a",
 "ln B a"], text="""
MRI BREAST BILAT W/WO | High-risk screen (BRCA1), 34F | Cf MRI 11/2025
FGT c. BPE mild, sym.
R 9:00: 4mm focus, T2 bright, persistent -> benign.
R 6:00: 9mm oval circ mass, nonenhancing dark septations, slow/persistent = FA, unchanged since 2024.
L 1:00: 12mm linear NME, clumped, fast/plateau. NEW.
L: no mass.
No adenopathy.
IMP: New L linear NME - BI-RADS 4B. R benign findings - BI-RADS 2.
Rec: MRI-guided bx L 1:00.
"""))

R.append(dict(id="mri16_07_china_beijing_east_asian_english_tic_type_iii_nipple_5", mods=MRI, purpose="diagnostic",
fgt="c", bpe="mild/symmetric", overall="5", bb="R5 L2", rec=["bx"], f=[
 "mass R p sh=irregular mg=spiculated ie=heterogeneous kd=washout @10:00 q=uo z=25",
 "skin R p",
 "focus L p kd=persistent",
 "ln B a"], text="""
Peking ___ Hospital   Department of Radiology
MRI of bilateral breasts (plain scan + dynamic enhancement + DWI)
Clinical: right breast mass for 1 month, female, 55 years old.

Imaging findings:
The bilateral breasts are mainly heterogeneous fibroglandular tissue (ACR c). Background parenchymal enhancement: mild, symmetric.
Right breast: An irregular mass is seen in the upper outer quadrant at 10 o'clock, about 25x18x20mm, with spiculated margin. It shows slightly long T1 and slightly long T2 signal, high signal on DWI with low ADC value (0.85x10^-3 mm2/s). Heterogeneous enhancement after contrast; the time-signal intensity curve (TIC) is type III (washout). The nipple of the right breast is retracted.
Left breast: A few scattered enhancing foci, the largest about 3mm, TIC type I (persistent).
No enlarged lymph nodes in bilateral axillae.

Impression:
1. Right breast mass, BI-RADS 5. Suggest biopsy for pathology.
2. Left breast foci, BI-RADS 2.
"""))

R.append(dict(id="mri16_08_lebanon_beirut_silicone_mri_linguine_right_mass_left_bi3", mods=MRI, purpose="diagnostic",
fgt="b", bpe="minimal/symmetric", overall="3", bb="R2 L3", rec=["sc", "sif"], f=[
 "impl R p ir=intracapsular",
 "impl L p ir=none",
 "mass L p sh=oval mg=circumscribed ie=homogeneous kd=persistent @4:00 z=8",
 "ln R p z=11"], text="""
___ UNIVERSITY MEDICAL CENTER - BEIRUT
DEPARTMENT OF DIAGNOSTIC RADIOLOGY

MRI OF BOTH BREASTS: SILICONE PROTOCOL AND DYNAMIC CONTRAST STUDY
Clinical history: 50-year-old lady, bilateral cosmetic silicone implants since 2012, change in shape of the right breast.

Findings:
Bilateral subglandular silicone implants.
Right implant: multiple curvilinear low signal intensity lines floating within the silicone (linguine sign), in keeping with intracapsular rupture. No free silicone outside the fibrous capsule.
Left implant: intact. Few radial folds.
Amount of fibroglandular tissue: scattered (b). Background parenchymal enhancement minimal and symmetric.
Left breast: an 8 mm oval circumscribed mass at 4 o'clock with homogeneous enhancement and persistent kinetics. No previous MRI for comparison.
Right breast: no suspicious enhancement.
Right axilla: a lymph node containing silicone signal, measuring 11 mm.

IMPRESSION:
- Intracapsular rupture of the right implant. BI-RADS 2 right breast.
- Probably benign left breast mass, BI-RADS 3. Follow up MRI after 6 months.
Plastic surgery consultation is advised regarding the ruptured implant.
"""))

R.append(dict(id="mri16_09_ghana_accra_pipe_table_lettered_lesions_node_row_4c", mods=MRI, purpose="diagnostic",
fgt="d", bpe="moderate/asymmetric", overall="4C", bb="R3 L4C", rec=["ai", "bx", "sif"], f=[
 "nme R p nd=regional ie=heterogeneous ki=slow kd=persistent @3:00 z=20",
 "mass R p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @8:00 z=6",
 "mass L p sh=irregular mg=irregular ie=rim ki=fast kd=washout @11:00 z=14",
 "ln L p z=22",
 "skin B a"], text="""
___ DIAGNOSTIC IMAGING CENTRE, ACCRA
MRI BREASTS (BILATERAL) - DYNAMIC CONTRAST-ENHANCED

Indication: 42 yrs. Left breast lump. Dense breasts on mammogram; problem solving.
FGT: extreme (d). BPE: moderate, asymmetric (R > L).

| Lesion | Side  | Clock  | Type | Size  | Morphology                              | Kinetics          | BI-RADS |
|--------|-------|--------|------|-------|-----------------------------------------|-------------------|---------|
| A      | Right | 3      | NME  | 20 mm | regional, heterogeneous                 | slow/persistent   | 3       |
| B      | Right | 8      | mass | 6 mm  | oval, circumscribed, homogeneous        | medium/persistent | 3       |
| C      | Left  | 11     | mass | 14 mm | irregular, irregular margins, rim enh.  | fast/washout      | 4C      |
| D      | Left  | axilla | node | 22 mm | loss of fatty hilum, thickened cortex   | -                 | -       |

Comment: No skin thickening.

Conclusion: Right breast BI-RADS 3. Left breast BI-RADS 4C with suspicious left axillary node (D).
Recommendation: Second-look ultrasound and US-guided biopsy of lesion C and node D. Follow-up MRI of the right breast in 6 months.
"""))

R.append(dict(id="mri16_10_iran_tehran_abbreviated_mri_personal_history_new_right_mass_4b", mods=MRI, purpose="screening",
fgt="a", bpe="minimal/symmetric", overall="4B", bb="R4B L2", rec=["ai", "bx"], f=[
 "other L p s q=uo",
 "nme L a",
 "mass R p sh=irregular mg=irregular ie=heterogeneous ki=fast @12:00 dp=posterior z=7",
 "ln B a"], text="""
___ IMAGING CENTER, TEHRAN
ABBREVIATED BREAST MRI (AB-MRI)

History: Annual screening MRI. Personal history of left breast cancer, lumpectomy and radiotherapy in 2023.
Comparison: AB-MRI 10/2025, BI-RADS 2.
Technique: T1 pre-contrast, first post-contrast T1 with subtraction and MIP, T2.

Findings:
Breast composition (FGT): almost entirely fatty (a). BPE: minimal, symmetric.
Left breast: post-surgical scar in the upper outer quadrant without abnormal enhancement, unchanged. No non-mass enhancement in the left breast.
Right breast: new 7 mm irregular mass at 12 o'clock, posterior third, with irregular margins, heterogeneous internal enhancement and fast initial enhancement.
Bilateral axillae: no lymphadenopathy.

Impression:
Right breast: new suspicious mass, BI-RADS 4B.
Left breast: post-treatment changes, BI-RADS 2.
Recommend targeted (second-look) ultrasound and biopsy; if no US correlate, MRI-guided biopsy.
"""))

if __name__ == "__main__":
    print(write(R), "mri")
