"""Batch A: first 12 reports (4 US, 4 MRI, 4 CEM)."""
ITEMS = []
def add(id, text, **g):
    ITEMS.append({"id": id, "text": text, "g": g})

add("us24_01_us_private_practice_lesion_1_2_3_blocks_right_fa_cyst_left_indistinct_4b", """
BAYSIDE WOMEN'S IMAGING, P.C.
BILATERAL BREAST ULTRASOUND - DIAGNOSTIC

Acc#: US-24-118803        Referring: K. Alvarez, MD (OB/GYN)

CLINICAL HISTORY: 46F, palpable lump L breast x 3 wks. Diagnostic mammogram 02/02/2026 performed at an outside facility, report not available at time of dictation.

TECHNIQUE: Real-time handheld sonography of both breasts and axillae with a 15-6 MHz linear transducer, including color Doppler. Images reviewed by the interpreting radiologist.

FINDINGS:
Background echotexture: heterogeneous.

Lesion 1
  Side / Location: Right, 10:00, 4 cm FN
  Size: 0.9 x 0.5 x 0.7 cm
  Shape: Oval
  Orientation: Parallel
  Margin: Circumscribed
  Echo pattern: Hypoechoic
  Posterior features: Enhancement
  Vascularity: Absent
  Assessment: BI-RADS 3

Lesion 2
  Side / Location: Right, 7:00, 2 cm FN
  Size: 0.4 x 0.3 x 0.4 cm
  Simple cyst - anechoic, circumscribed, with posterior acoustic enhancement.
  Assessment: BI-RADS 2

Lesion 3 (site of palpable concern, marked by patient)
  Side / Location: Left, 2:00, 6 cm FN
  Size: 1.6 x 1.3 x 1.4 cm
  Shape: Irregular
  Orientation: Not parallel
  Margin: Indistinct
  Echo pattern: Hypoechoic
  Posterior features: Shadowing
  Vascularity: Internal
  Assessment: BI-RADS 4B

Axillae: No suspicious lymph nodes bilaterally.

IMPRESSION:
1. Left breast 2:00 irregular hypoechoic mass at the palpable site, suspicious. BI-RADS 4B. Ultrasound-guided core biopsy is recommended.
2. Right breast 10:00 probably benign oval mass, likely a fibroadenoma. BI-RADS 3. Follow-up right breast ultrasound in 6 months.
3. Right breast 7:00 simple cyst, benign.

OVERALL ASSESSMENT: BI-RADS 4B - Suspicious

Electronically signed: R. Castellano, MD   02/16/2026 11:52
""", mods="us", purpose="diagnostic", overall="4B", bb="R3 L4B",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @10:00 z=9",
       "mass R p mg=circumscribed ep=anechoic pf=enhancement @7:00 z=4",
       "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal @2:00 z=16",
       "ln B a"],
    rec="sif bx")

add("us24_02_australia_triple_assessment_left_targeted_u4_birads_4b", """
NORTHSIDE BREAST CLINIC - ONE-STOP TRIPLE ASSESSMENT
ULTRASOUND: LEFT BREAST AND AXILLA (TARGETED)

Referrer: Dr P. Nguyen (GP)
Clinical: 52yo. Self-detected L breast lump, 2/12. FHx maternal aunt breast ca age 60. Examined by breast surgeon in clinic today: P4, L 2 o'clock.
Mammography performed today and reported separately (M4 left).

Findings:
Left breast: At 2 o'clock, 5cm from the nipple, corresponding to the palpable abnormality, there is a 17 x 12 x 14mm irregular hypoechoic solid mass with microlobulated margins. It is not parallel to the skin. No posterior acoustic features. Internal vascularity on colour Doppler.
No other solid or cystic lesion in the left breast.
Left axilla: two lymph nodes of normal morphology, cortex under 2mm, fatty hila preserved.

Conclusion:
Suspicious left 2 o'clock mass at the site of the palpable lump.
U4 / BI-RADS 4B

Recommendation: US-guided core biopsy of the left 2 o'clock mass (can be done in clinic today). Triple assessment to be completed and discussed at the breast MDM.

Dr S. Whitfield FRANZCR
""", mods="us", purpose="diagnostic", overall="4B", bb="L4B",
    f=["mass L p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=none va=internal @2:00 z=17",
       "mass L a", "ln L p"],
    rec="bx oth")

add("us24_03_japan_translated_judgement_category_words_left_a_area_hard_4c", """
BREAST ULTRASOUND REPORT (translated from Japanese)
Prefectural Central Hospital, Breast Surgery / Department of Radiology

Purpose: Detailed examination. Abnormality pointed out on municipal breast screening (ultrasound), left breast.
Equipment: 14 MHz linear probe; colour Doppler and strain elastography used.

Findings
[Right breast]
  C area (upper outer), 10 o'clock: cyst 4 mm. Anechoic, posterior echo enhanced.
  No other mass in the right breast.
  Right axilla: no swollen lymph node.
[Left breast]
  A area (upper inner), 11 o'clock direction, 3 cm from the nipple:
    Hypoechoic mass, 12 x 10 x 11 mm.
    Shape: irregular.  Border: indistinct, with halo.
    Orientation: not parallel (D/W ratio 0.92).
    Internal echo: low.
    Posterior echo: attenuated (shadowing).
    Blood flow: penetrating vessels into the mass (Adler grade 2).
    Elastography: Tsukuba elasticity score 5 (hard).
  Left axilla: one lymph node with thin cortex and normal fatty hilum.

Judgement (ACR BI-RADS category)
  Right breast: simple cyst ... category 2
  Left breast: irregular hypoechoic mass, suspicious of invasive carcinoma ... category 4C

Plan: Ultrasound-guided core needle biopsy (CNB) of the left breast mass is recommended.
""", mods="us", purpose="diagnostic", overall="4C", bb="R2 L4C",
    f=["mass R p ep=anechoic pf=enhancement @10:00 q=uo z=4",
       "mass R a", "ln R a",
       "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @11:00 q=ui z=12",
       "ln L p"],
    rec="bx")

add("us24_04_pregnant_24_weeks_right_isoechoic_oval_vascular_mass_4a_left_1", """
ST. CATHERINE'S WOMEN'S HOSPITAL - DEPARTMENT OF RADIOLOGY
EXAM: US BREAST BILATERAL
DATE: 03/02/2026

HX: 31 y/o G2P1 at 24 weeks gestation. Palpable firm lump right breast noted at antenatal visit, approx 1 month. No prior breast imaging. Mammography deferred due to pregnancy.

FINDINGS:
Both breasts show diffuse hypoechoic glandular hypertrophy consistent with pregnancy-related change. No ductal dilatation on either side.

RIGHT: At 9 o'clock, 3 cm FN, corresponding to the palpable lump, there is an oval, circumscribed, parallel mass measuring 23 x 11 x 15 mm. It is isoechoic to the surrounding glandular tissue with posterior acoustic enhancement. Color Doppler demonstrates internal vascularity. Differential includes lactating adenoma and fibroadenoma with gestational growth; given the size and vascularity tissue sampling is advised.

LEFT: No discrete mass.

AXILLAE: Bilateral axillary lymph nodes with preserved fatty hila, largest 9 mm on the right, normal appearance.

IMPRESSION:
1. Right breast 9 o'clock 2.3 cm oval circumscribed mass in a pregnant patient - BI-RADS 4A (low suspicion). Recommend US-guided core biopsy; pregnancy is not a contraindication.
2. Left breast negative - BI-RADS 1.

Dictated by: A. Moreau, MD
""", mods="us", purpose="diagnostic", overall="4A", bb="R4A L1",
    f=["other B a",
       "mass R p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=enhancement va=internal @9:00 z=23",
       "mass L a", "ln B p"],
    rec="bx")

add("mri24_01_canada_preoperative_extent_of_disease_table_left_index_satellite_4b", """
REGIONAL BREAST ASSESSMENT CENTRE - MEDICAL IMAGING (ONTARIO)
MRI BREAST BILATERAL WITH AND WITHOUT GADOLINIUM - PREOPERATIVE STAGING

HISTORY: 58F. Newly diagnosed invasive ductal carcinoma left breast 2 o'clock (US-guided core biopsy 2026-01-20, grade 2, ER+/HER2-). Clip in situ. Assess extent of disease and the contralateral breast.
COMPARISON: Outside mammogram and ultrasound 2026-01-14.
TECHNIQUE: 3T, dedicated 16-channel breast coil. Axial T2 Dixon, DWI, axial T1 fat-sat pre and 5 post-contrast phases (gadobutrol 0.1 mmol/kg), subtractions, MIPs, CAD kinetic analysis.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: mild, symmetric.

LEFT BREAST: The biopsy-proven malignancy at 2 o'clock, middle depth, is an irregular mass with spiculated margins and rim enhancement measuring 24 x 19 x 21 mm. Kinetics: rapid initial rise with washout in the delayed phase. Biopsy clip artifact within the mass.
A second irregular enhancing mass measuring 7 mm lies 14 mm lateral to the index lesion. It enhances heterogeneously with fast initial enhancement and washout, suspicious for a satellite lesion.

PREOPERATIVE EXTENT OF DISEASE (LEFT)
  Parameter                          | Finding
  -----------------------------------|----------------------------------------
  Index lesion                       | 24 mm, 2 o'clock, middle third
  Additional ipsilateral lesions     | Yes - 1 (7 mm, same quadrant)
  Total span of disease (AP/TR/CC)   | 38 x 22 x 25 mm
  Distance to nipple                 | 52 mm
  Nipple retraction                  | No
  Skin involvement                   | No
  Pectoralis / chest wall            | No
  Axillary lymphadenopathy           | No
  Contralateral breast               | Negative

RIGHT BREAST: No suspicious mass or non-mass enhancement.
RIGHT AXILLA: Normal right axillary lymph nodes.

IMPRESSION:
1. Biopsy-proven left breast carcinoma at 2 o'clock, 24 mm; total extent of disease 38 mm. BI-RADS 6.
2. 7 mm left breast satellite mass 14 mm lateral to the index lesion. BI-RADS 4B. Second-look ultrasound and biopsy recommended if this would alter surgical management.
3. Right breast: BI-RADS 1.
Case to be presented at multidisciplinary breast rounds.

Reported by: D. Tremblay, MD FRCPC
""", mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4B", bb="L4B R1",
    f=["mass L p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @2:00 dp=middle z=24",
       "mass L p sh=irregular ie=heterogeneous ki=fast kd=washout z=7",
       "skin L a", "ln L a", "mass R a", "nme R a", "ln R p"],
    rec="ai bx oth")

add("mri24_02_italy_translated_curve_type_iii_right_spiculated_left_linear_clumped_type_ii_4c", """
AZIENDA OSPEDALIERA UNIVERSITARIA - UOC RADIOLOGIA, SENOLOGIA DIAGNOSTICA
BREAST MRI WITH CONTRAST MEDIUM (translation from the Italian original)

Clinical question: 49 years. Suspected architectural distortion at right mammography (external centre), equivocal at ultrasound. Problem solving.
Technique: 1.5 T, dedicated bilateral coil. T2 TSE, STIR, DWI, dynamic T1 3D before and after e.v. gadolinium (0.1 mmol/kg), subtractions and MIP; intensity/time curves drawn on the lesions.

Report:
Fibroglandular component of heterogeneous type (ACR c), with moderate background enhancement, symmetric.
RIGHT BREAST: in the upper outer quadrant, posterior third, a nodular formation is observed with irregular shape and spiculated margins, of 13 mm, with heterogeneous internal enhancement; rapid initial enhancement with intensity/time curve of type III (wash-out).
LEFT BREAST: in the lower inner quadrant, area of non-mass enhancement with linear distribution, 15 mm in length, with clumped internal pattern; curve type II (plateau).
Axillary lymph nodes of normal morphology and dimensions bilaterally.

Conclusions:
Right breast, UOQ: nodular formation with characteristics highly suspicious for malignancy. BI-RADS 4c.
Left breast, LIQ: linear non-mass enhancement of indeterminate nature. BI-RADS 4a.
We advise targeted second-look ultrasound with US-guided biopsy of the right lesion, and MRI-guided vacuum-assisted biopsy of the left finding.

The Radiologist: Dr.ssa F. Bernardi
""", mods="mri", purpose="diagnostic", fgt="c", bpe="moderate/symmetric", overall="4C", bb="R4C L4A",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout q=uo dp=posterior z=13",
       "nme L p nd=linear ie=clumped kd=plateau q=li z=15",
       "ln B p"],
    rec="ai bx")

add("mri24_03_male_brca2_left_retroareolar_irregular_washout_nipple_retraction_node_5", """
DEPARTMENT OF DIAGNOSTIC IMAGING
EXAM: MRI BOTH BREASTS W/WO CONTRAST

CLINICAL INDICATION: 63-year-old male, BRCA2 pathogenic variant carrier. Left retroareolar firmness for 6 weeks. Outside diagnostic mammogram and ultrasound: gynecomastia versus mass on the left, inconclusive.
COMPARISON: None available.
TECHNIQUE: 1.5T, bilateral breast coil, prone. Axial STIR, DWI, axial 3D T1 fat-suppressed before and at 4 time points after 7 mL gadoterate. Subtraction and MIP images. Kinetic analysis.

FINDINGS:
Breast composition: almost entirely fat (a). Background parenchymal enhancement: minimal.

LEFT: In the retroareolar region, eccentric to the nipple, there is an irregular mass with irregular margins measuring 1.8 x 1.5 x 1.6 cm. Internal enhancement is heterogeneous with fast initial enhancement and washout kinetics. There is associated retraction of the left nipple.
Left axilla: one enlarged level I lymph node, 14 mm short axis, with effacement of the fatty hilum.

RIGHT: No enhancing mass. Right axilla unremarkable.

IMPRESSION:
1. Irregular left retroareolar mass with washout kinetics, left nipple retraction and an abnormal left axillary node, highly suggestive of male breast carcinoma. BI-RADS 5.
2. Right breast: no MRI evidence of malignancy. BI-RADS 1.

RECOMMENDATION: Ultrasound-guided core biopsy of the left retroareolar mass and FNA of the left axillary lymph node.
""", mods="mri", purpose="diagnostic", fgt="a", bpe="minimal/-", overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout q=sa z=18",
       "skin L p", "ln L p", "mass R a"],
    rec="bx")

add("mri24_04_us_academic_resident_preliminary_then_attending_final_right_focus_washout_4a", """
UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIOLOGY, BREAST IMAGING SECTION
EXAM: MR BREAST BILATERAL W WO CONTRAST (HIGH-RISK SCREENING)
ACCESSION: MR26-004417

*** PRELIMINARY REPORT - RESIDENT READ, NOT FINAL ***
Prelim by: J. Okafor, MD (PGY-4)   02/10/2026 17:42
Scattered FGT, mild symmetric BPE. 5 mm focus R breast 10:00, persistent kinetics. Known L 4:00 oval mass w dark internal septations, unchanged.
Prelim impression: probably benign focus R breast, BI-RADS 3, 6 mo f/u MRI.

*** FINAL REPORT ***
CLINICAL HISTORY: 41-year-old woman, lifetime risk 27% (Tyrer-Cuzick), annual MRI surveillance. Asymptomatic.
COMPARISON: MRI 02/2025 and 01/2024.
TECHNIQUE: 3T, axial T2, DWI, dynamic axial T1 fat-sat pre and 4 post-contrast (gadobutrol), subtractions, MIP.

FINDINGS:
Amount of fibroglandular tissue: scattered areas of fibroglandular tissue (b).
Background parenchymal enhancement: mild, symmetric.

Right breast: There is a 5 mm focus at 10:00, anterior depth, which is new compared with 02/2025. On review of the kinetic curve it shows fast initial enhancement with washout, not persistent kinetics as stated in the preliminary report. It is T2 hypointense relative to parenchyma.
Left breast: The 9 mm oval circumscribed mass at 4:00 with non-enhancing dark internal septations is unchanged since 01/2024, compatible with a fibroadenoma.
No suspicious non-mass enhancement in either breast. No axillary adenopathy.

IMPRESSION:
1. New 5 mm right breast focus at 10:00 with washout kinetics. BI-RADS 4A. MRI-guided biopsy is recommended.
2. Stable left breast fibroadenoma. BI-RADS 2.

ATTENDING ATTESTATION: I have personally reviewed the images and revised the preliminary interpretation as above. The preliminary assessment and follow-up recommendation are superseded by this final report.
Final read: M. Lindqvist, MD, Breast Imaging   02/11/2026 08:15
""", mods="mri", purpose="screening", fgt="b", bpe="mild/symmetric", overall="4A", bb="R4A L2",
    f=["focus R p ki=fast kd=washout @10:00 dp=anterior z=5",
       "mass L p s sh=oval mg=circumscribed ie=dark_internal_septations @4:00 z=9",
       "nme B a", "ln B a"],
    rec="bx")

add("cem24_01_saudi_recombined_findings_per_quadrant_right_spiculated_node_left_focal_nme_5", """
AL-NOOR SPECIALIST HOSPITAL, RIYADH - BREAST IMAGING UNIT
CONTRAST ENHANCED MAMMOGRAPHY (CEM), BILATERAL

Indication: 47-year-old lady, right breast lump for 2 months.
Technique: Dual-energy CC and MLO views of both breasts starting 2 minutes after IV iohexol 350 (1.5 mL/kg). Low-energy (LE) and recombined (RC) images reviewed. No contrast reaction.

LOW-ENERGY IMAGES:
Heterogeneously dense breasts (ACR C), which may obscure small masses.
Right UOQ: irregular high density mass with spiculated margins, 22 mm, corresponding to the palpable lump. No associated microcalcifications.
Left breast: no suspicious mass, calcifications or architectural distortion.

RECOMBINED IMAGES:
Background parenchymal enhancement: mild, symmetric.
Right breast -
  UOQ: the above mass shows intense heterogeneous enhancement.
  UIQ: no abnormal enhancement.
  LOQ: no abnormal enhancement.
  LIQ: no abnormal enhancement.
  Retroareolar: no abnormal enhancement.
Left breast -
  UOQ: no abnormal enhancement.
  UIQ: focal non-mass enhancement, 11 mm, homogeneous, without low-energy correlate.
  LOQ / LIQ / retroareolar: no abnormal enhancement.

Axillae: right axillary lymph node with thickened cortex and avid enhancement, 16 mm. Left axilla clear.

IMPRESSION:
- Right UOQ spiculated enhancing mass highly suggestive of malignancy, with a suspicious right axillary lymph node: BI-RADS 5.
- Left UIQ focal non-mass enhancement: BI-RADS 4A.
Recommend US-guided core biopsy of the right mass and axillary node. Second-look ultrasound of the left UIQ; CEM-guided biopsy if no sonographic correlate.

Consultant Radiologist: Dr. H. Al-Qahtani
""", mods="cem", purpose="diagnostic", density="c", bpe="mild/symmetric", overall="5", bb="R5 L4A",
    f=["mass R p sh=irregular mg=spiculated md=high ie=heterogeneous q=uo z=22",
       "calc R a", "mass L a", "calc L a", "ad L a",
       "nme L p nd=focal ie=homogeneous q=ui z=11",
       "ln R p"],
    rec="ai bx")

add("cem24_02_us_private_contrast_allergy_premedication_right_amorphous_nme_left_no_enhancement_4b", """
RIVERSIDE BREAST CENTER
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL (DIAGNOSTIC)

HISTORY: 55 y/o F recalled from screening for right breast calcifications. Breast MRI declined (claustrophobia).
CONTRAST / ALLERGY NOTE: Prior mild hives after CT contrast (2021). Premedicated per department protocol (prednisone 50 mg at 13, 7 and 1 h before; diphenhydramine 50 mg 1 h before). Iohexol 350, 1.5 mL/kg IV via R antecubital. No reaction observed; pt discharged in stable condition after 30 min observation.
COMPARISON: Screening mammograms 01/2026, 12/2024, 11/2023.

FINDINGS:
Breast composition: ACR d - the breasts are extremely dense, which lowers the sensitivity of mammography.
Low-energy images: In the right breast upper outer quadrant, posterior depth, there is a group of amorphous calcifications spanning 9 mm, new since 12/2024. In the left breast there are scattered coarse popcorn-type calcifications, unchanged since 2023.
Recombined images: Background parenchymal enhancement is minimal and symmetric. Right: faint focal non-mass enhancement, 10 mm, at the site of the amorphous calcifications. Left: no enhancing mass or non-mass enhancement.

IMPRESSION:
RIGHT: New grouped amorphous calcifications with associated focal non-mass enhancement, upper outer quadrant. Suspicious. BI-RADS 4B. Stereotactic biopsy recommended.
LEFT: Stable benign calcifications. BI-RADS 2.

Electronically signed by T. Brennan, MD on 02/19/2026 at 3:07 PM
""", mods="cem", purpose="diagnostic", density="d", bpe="minimal/symmetric", overall="4B", bb="R4B L2",
    f=["calc R p m=amorphous d=grouped q=uo dp=posterior z=9",
       "nme R p nd=focal q=uo z=10",
       "calc L p s m=coarse d=diffuse",
       "mass L a", "nme L a"],
    rec="bx")

add("cem24_03_mexico_translated_equal_density_enhancing_nodule_right_global_asymmetry_left_bi3", """
HOSPITAL GENERAL - SERVICIO DE IMAGEN MAMARIA (MEXICO CITY)
CONTRAST-ENHANCED MAMMOGRAPHY (translated from Spanish)

Reason for study: 44 years. Dense breasts; indeterminate right nodule on outside ultrasound.
Technique: Low-energy and recombined images in CC and MLO projections after iodinated contrast medium (iopamidol 370, 1.5 ml/kg).

Low-energy image:
Breast pattern: heterogeneously dense (ACR c).
Right breast: oval nodule of equal density, with circumscribed margins, of 9 mm, at 10 o'clock, middle third.
Left breast: global asymmetry in the upper hemisphere.
Both breasts: round benign-appearing calcifications, scattered.

Recombined image:
Mild symmetric background parenchymal enhancement.
The right nodule shows homogeneous enhancement.
The left global asymmetry does not enhance.
No non-mass enhancement in either breast.

Conclusion:
Right breast: probably benign enhancing oval nodule (probable fibroadenoma). BI-RADS 3. Control with ultrasound in 6 months.
Left breast: global asymmetry without enhancement, benign. BI-RADS 2.

Dra. L. Hernandez Ruiz, Radiologist
""", mods="cem", purpose="diagnostic", density="c", bpe="mild/symmetric", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed md=equal ie=homogeneous @10:00 dp=middle z=9",
       "asym L p", "calc B p m=round d=diffuse", "nme B a"],
    rec="sif")

add("cem24_04_pakistan_karachi_cesm_left_indistinct_mass_segmental_pleomorphic_nme_skin_nodes_5", """
DEPARTMENT OF RADIOLOGY, BREAST IMAGING - KARACHI
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) BOTH BREASTS

CLINICAL DETAILS: 39 yrs female, lump Lt breast with skin dimpling x 4 months. No previous imaging.
TECHNIQUE: Low energy and recombined CC and MLO views both sides after IV Omnipaque 350 (1.5 ml/kg). Procedure tolerated well.

FINDINGS:
Both breasts show heterogeneously dense parenchyma (ACR C).

LEFT BREAST:
Low energy: An irregular high density mass with indistinct margins is seen in the upper outer quadrant measuring 3.4 x 2.8 cm. Fine pleomorphic microcalcifications in a segmental distribution extend from the mass towards the nipple. Overlying skin thickening is noted.
Recombined: The mass shows intense heterogenous enhancement. Segmental clumped non mass enhancement corresponding to the calcifications, extent approx 6.5 cm.
Lt axilla: multiple enlarged lymph nodes with loss of fatty hila and avid enhancement, largest 2.1 cm.

RIGHT BREAST:
No mass, suspicious microcalcification or architectural distortion. No abnormal enhancement.
Rt axilla: few normal looking lymph nodes.

Background parenchymal enhancement: moderate, symmetrical.

IMPRESSION:
Lt breast UOQ irregular enhancing mass with segmental pleomorphic microcalcifications, segmental NME, skin thickening and axillary lymphadenopathy - highly suggestive of malignancy. BIRADS 5.
Rt breast: BIRADS 1.

ADVICE: US guided core biopsy of the Lt breast mass and FNAC of Lt axillary node. Refer to breast surgeon.

Dr. Sana Iqbal, FCPS (Radiology)
""", mods="cem", purpose="diagnostic", density="c", bpe="moderate/symmetric", overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=indistinct md=high ie=heterogeneous q=uo z=34",
       "calc L p m=fine_pleomorphic d=segmental",
       "skin L p",
       "nme L p nd=segmental ie=clumped z=65",
       "ln L p",
       "mass R a", "calc R a", "ad R a",
       "ln R p"],
    rec="bx sc")
