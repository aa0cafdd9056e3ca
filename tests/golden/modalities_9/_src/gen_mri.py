"""MRI reports of modalities_9 (texts + compact gold)."""

MRI = []

MRI.append(dict(id="mri9_01_netherlands_fast_mri_extreme_fgt_oval_mass_focus_bi3", text="""
[Ziekenhuis] - Afdeling Radiologie en Nucleaire Geneeskunde
Examination: Abbreviated breast MRI (FAST protocol) - supplemental screening, extremely dense breasts
Date: 24-11-2026

Indication: 53-year-old woman with extremely dense breast tissue (ACR d) on population screening mammography
(BI-RADS 1). Supplemental MRI screening.

Technique: 3T. T1-weighted acquisition before and one early acquisition after contrast (first 90 seconds), with
subtraction and MIP; T2-weighted and DWI. No kinetic curves are obtained in this protocol.

Findings:
Amount of fibroglandular tissue: extreme (d).
Background parenchymal enhancement: moderate, symmetric.
Right breast: at 8 o'clock, posterior depth, an oval mass of 7 mm with circumscribed margins and homogeneous
enhancement, high signal on T2. Not visible on the screening mammogram.
Left breast: a 4 mm enhancing focus at 12 o'clock, T2 bright.
Both breasts: no non-mass enhancement, no skin thickening.
Axillae: no enlarged lymph nodes.

Conclusion:
Right breast: oval circumscribed homogeneously enhancing mass, probably benign (fibroadenoma). BI-RADS 3.
Left breast: benign focus. BI-RADS 2.
Advice: follow-up MRI (full protocol) in 6 months.

dr. P. Jansen, radioloog
""", gold=dict(
    mods=["mri"], purpose="screening", fgt="d", bpe="moderate/symmetric", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed ie=homogeneous @8:00 dp=posterior z=7",
       "focus L p @12:00 z=4",
       "non_mass B a",
       "skin B a",
       "lymph_node B a"],
    rec=["short_interval_followup"])))

MRI.append(dict(id="mri9_02_israel_brca2_highrisk_linear_clumped_nme_4a", text="""
[Medical Center] - Breast Imaging Unit, Jerusalem
BILATERAL BREAST MRI WITH AND WITHOUT CONTRAST - HIGH-RISK SCREENING
Date: 29/11/2026

Clinical: BRCA2 carrier, 44 y. Right lumpectomy and radiotherapy 2019 (DCIS). Annual MRI.
Comparison: MRI 11/2025.
Technique: 1.5T. Dynamic study 1 pre + 5 post contrast (gadobutrol), subtractions, T2, DWI.

Findings:
FGT: heterogeneous (c). BPE: mild, symmetric.

Right breast: stable post-lumpectomy scar in the upper outer quadrant without enhancement. No suspicious enhancement.
Left breast: new linear non-mass enhancement at 4 o'clock, middle depth, 18 mm long, directed towards the nipple,
with clumped internal enhancement. Kinetics: medium initial enhancement, persistent delayed phase. Not present in
11/2025.
Both breasts: few scattered foci, unchanged. No enhancing masses. No axillary or internal mammary adenopathy.

Summary:
1. New linear clumped NME, left breast 4 o'clock - BIRADS 4A. MRI-guided biopsy is recommended.
2. Stable right post-surgical changes - BIRADS 2.

Dr. Yael Ben-David, Breast Imaging
""", gold=dict(
    mods=["mri"], purpose="screening", fgt="c", bpe="mild/symmetric", overall="4A", bb="R2 L4A",
    f=["other R p s q=uo",
       "non_mass L p ie=clumped nd=linear ki=medium kd=persistent @4:00 dp=middle z=18",
       "focus B p s",
       "mass B a",
       "lymph_node B a"],
    rec=["biopsy"])))

MRI.append(dict(id="mri9_03_turkey_ankara_staging_multicentric_segmental_typos", text="""
[University Hospital], Ankara - Department of Radiology
DYNAMIC CONTRAST-ENHANCED BREAST MRI (PREOPERATIVE STAGING)

Clinical information: 47 y. Invasive ductal carcinoma, right breast 10 o'clock (tru-cut biopsy, outside centre).
Local staging before surgery.

Findings:
Breast parenchymal pattern: scattered fibroglandular tissue (b). Background parenchymal enhancment: minimal,
symmetrical.

Right breast:
- At 10 o'clock, upper outer quadrant, 4 cm from the nipple, an irregular mass with spiculated margins and
  heterogenous internal enhancement, 27 x 22 x 20 mm, consistent with the known carcinoma. Kinetic analysis: fast
  initial enhancement and washout (type 3 curve). Biopsy marker artefact within the lesion.
- Extending from the mass towards the nipple there is segmental non-mass enhancement with a clumped internal pattern,
  52 mm in length, plateau curve (type 2).
- At 7 o'clock, lower outer quadrant, a second irregular mass with irregular margins and rim enhancement, 9 mm,
  fast/washout kinetics. Multicentric disease is suspected.
- Right axilla: two level I lymph nodes with cortical thickening, the larger 15 mm.
Left breast: no mass or non-mass enhancement. Benign-appearing intramammary lymph node at 3 o'clock (5 mm).
Skin: no thickening in either breast.

Conclusion:
Right breast: known carcinoma at 10 o'clock with associated segmental NME (intraductal extension) and a second
suspicious mass at 7 o'clock (multicentricity). Suspicious right axillary lymph nodes. BI-RADS 6 for the index
lesion and BI-RADS 4C for the 7 o'clock mass.
Left breast: BI-RADS 2.
Recommendation: Second-look ultrasound and US- or MRI-guided biopsy of the 7 o'clock mass. Discussion at the breast
tumour council.

Dr. A. Demir, Radiologist
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4C", bb="R4C L2",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 q=uo z=27",
       "non_mass R p ie=clumped nd=segmental kd=plateau z=52",
       "mass R p sh=irregular mg=irregular ie=rim ki=fast kd=washout @7:00 q=lo z=9",
       "lymph_node R p z=15",
       "mass L a",
       "non_mass L a",
       "lymph_node L p @3:00 z=5",
       "skin B a"],
    rec=["additional_imaging", "biopsy", "other"])))

MRI.append(dict(id="mri9_04_pakistan_karachi_post_nact_residual_focal_nme_bi6", text="""
DEPARTMENT OF RADIOLOGY - [University Hospital], Karachi
MRI BOTH BREASTS (WITH CONTRAST) - POST NEOADJUVANT CHEMOTHERAPY

History: Known case of left breast carcinoma (IDC, HER2 positive). 6 cycles of NACT completed. Response assessment
prior to surgery. Baseline MRI 05/2026: 4.5 cm irregular mass left breast 2 o'clock with enlarged axillary nodes.
Comparison: MRI of 14/05/2026.

Findings:
Amount of fibroglandular tissue: almost entirely fat (a). BPE: minimal.
Left breast: The previously seen 4.5 cm mass at 2 o'clock has shown marked response. At the tumour bed there is now
only a residual area of focal non-mass enhancement measuring 14 mm, with heterogeneous internal enhancement and slow
initial rise followed by persistent delayed enhancement. No residual mass enhancement. Biopsy clip artefact noted.
Left axilla: the previously enlarged nodes have decreased; the largest now measures 8 mm with a normal fatty hilum.
Right breast: No enhancing mass. A 6 mm non-enhancing T2-hyperintense cyst at 9 o'clock, unchanged.
Both breasts: no skin thickening, no nipple retraction.

Impression:
Good partial response to neoadjuvant chemotherapy. Residual focal NME, 14 mm, at the left 2 o'clock tumour bed.
BIRADS VI - Left breast.
BIRADS II - Right breast.
Advise: Surgical consultation. Discussion in the tumour board.

Dr. F. Siddiqui, FCPS, Consultant Radiologist
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="a", bpe="minimal/-", overall="6", bb="R2 L6",
    f=["non_mass L p ie=heterogeneous nd=focal ki=slow kd=persistent @2:00 z=14",
       "mass L a",
       "lymph_node L p z=8",
       "mass R a",
       "mass R p s @9:00 z=6",
       "skin B a"],
    rec=["other", "surgical_consultation"])))

MRI.append(dict(id="mri9_05_malaysia_injected_silicone_granulomas_suspicious_mass_4b", text="""
[Specialist Hospital], Kuala Lumpur - Department of Diagnostic Imaging
MRI BREASTS (WITH CONTRAST)

Clinical history: 61-year-old lady with a history of free silicone injection to both breasts in the 1980s. Lumpy
breasts; mammogram and ultrasound are non-diagnostic due to the silicone. New firmer area in the left breast.
To exclude malignancy.

Technique: Axial STIR, silicone-selective sequence, T1 pre-contrast and dynamic post-contrast series with
subtraction.

Findings:
Innumerable silicone granulomas of varying sizes are scattered throughout both breasts and the pre-pectoral regions,
with high signal on the silicone-selective sequence and no significant enhancement.
Amount of fibroglandular tissue: scattered (b). Background enhancement: mild and symmetrical.
Left breast, 1 o'clock, upper outer quadrant: among the granulomas there is an irregular enhancing mass with
margins that are not circumscribed, 16 mm, with heterogeneous enhancement and rapid initial enhancement followed by
washout. It does not show silicone signal.
Right breast: no enhancing mass.
Silicone-laden lymph nodes in both axillae. No enlarged axillary lymph nodes.

Impression:
1. Extensive bilateral silicone granulomas from previous free silicone injection.
2. Suspicious enhancing mass, left breast 1 o'clock, 16 mm. BIRADS 4B.
3. Right breast: BIRADS 2.
Recommendation: Second-look ultrasound with ultrasound-guided biopsy of the left breast mass.

Dr. Nurul Huda binti Ahmad, Consultant Radiologist
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="4B", bb="R2 L4B",
    f=["other B p",
       "mass L p sh=irregular mg=not_circumscribed ie=heterogeneous ki=fast kd=washout @1:00 q=uo z=16",
       "mass R a",
       "lymph_node B p",
       "lymph_node B a"],
    rec=["additional_imaging", "biopsy"])))

MRI.append(dict(id="mri9_06_kenya_nairobi_problem_solving_septations_marked_bpe_bi2_typo", text="""
[Hospital] Nairobi - Department of Imaging and Diagnostic Radiology
MRI OF BOTH BREASTS WITH DYNAMIC CONTRAST

Indication: 35 years. Left breast lump. Outside ultrasound showed a 2.5 cm solid mass, reported as BIRADS 3-4,
in dense breasts. Problem solving.

Technique: 1.5 T. Axial T1, T2 fat sat, DWI, dynamic T1 fat sat pre and 5 post contrast phases, subtraction.

Findings:
The breasts are heterogeneously fibroglandular (FGT c). Background parenchymal enhancement is marked and symetric.
LEFT BREAST: At the 3 o'clock position, corresponding to the palpable lump, there is an oval mass with circumscribed
margins measuring 26 x 18 mm. It is T2 hyperintense and shows non-enhancing dark internal septations. Kinetics: slow
initial enhancement with persistent delayed pattern (type I curve). ADC 1.6 x 10-3 mm2/s.
RIGHT BREAST: A 3 mm enhancing focus at 11 o'clock, T2 bright, with persistent kinetics - benign appearing.
AXILLAE: Normal lymph nodes bilaterally.

CONCLUSION:
1. Left breast oval circumscribed mass with dark internal septations and type I kinetics, typical of a
   fibroadenoma. BIRADS 2.
2. Benign focus right breast. BIRADS 2.
Recommend: routine annual screening from age 40.

Dr. J. Mwangi, Consultant Radiologist
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="marked/symmetric", overall="2", bb="R2 L2",
    f=["mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @3:00 z=26",
       "focus R p kd=persistent @11:00 z=3",
       "lymph_node B p"],
    rec=["routine_screening"])))

MRI.append(dict(id="mri9_07_brazil_sao_paulo_implants_extracapsular_left_stable_regional_nme", text="""
[Clínica de Diagnóstico por Imagem] - São Paulo
MAGNETIC RESONANCE IMAGING OF THE BREASTS (contrast and silicone protocol)
(translated from Portuguese)

Clinical indication: 45-year-old patient with bilateral aesthetic silicone implants (2012). Change in the shape of
the left breast over the last months. Assessment of implant integrity.
Comparison: MRI 10/2025.

Technique: 1.5 T. T2, STIR, silicone-only sequence and dynamic T1 with gadolinium, subtraction.

Analysis:
Breast parenchyma: predominantly fatty, with scattered fibroglandular tissue (category b).
Background parenchymal enhancement: minimal, symmetric.
Implants: bilateral retroglandular silicone implants.
Right implant: preserved contour and intact shell, without signs of intracapsular or extracapsular rupture.
Left implant: contour irregularity at the lateral aspect, multiple curvilinear hypointense lines within the gel
("linguine sign") and silicone outside the fibrous capsule in the lateral aspect of the left breast, findings
consistent with extracapsular rupture. Silicone-laden lymph node in the left axilla, 11 mm.
Regional non-mass enhancement with heterogeneous internal pattern in the upper inner quadrant of the right breast,
35 mm, with progressive (persistent) delayed kinetics, similar to the examination of 10/2025.
No suspicious nodules in either breast.
Right axilla without adenopathy.

Impression:
- Extracapsular rupture of the left implant.
- Intact right implant.
- Regional non-mass enhancement in the right breast, stable, probably related to background enhancement.
BI-RADS 2.
Evaluation by a plastic surgeon is suggested.

Dra. C. Oliveira - CRM-SP [..]
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="2", bb="",
    f=["implant R p ir=none",
       "implant L p ir=extracapsular",
       "lymph_node L p z=11",
       "non_mass R p s ie=heterogeneous nd=regional kd=persistent q=ui z=35",
       "mass B a",
       "lymph_node R a"],
    rec=["surgical_consultation"])))

MRI.append(dict(id="mri9_08_sweden_preop_lobular_multiple_regions_nipple_retraction", text="""
[Universitetssjukhus] - Bild- och funktionsmedicin, Bröstradiologi
MRI BREASTS, PREOPERATIVE (MR mammae)
Date: 2026-12-01

Referral: 66-year-old woman. Invasive lobular cancer left breast, 12 o'clock, 22 mm on mammography and ultrasound.
Preoperative MRI for extent and for the contralateral breast.

Technique: 1.5 T, standard protocol with dynamic contrast series.

Findings:
Fibroglandular tissue: scattered (b). Background enhancement: mild, symmetrical.
Left breast: The known tumour at 12 o'clock is seen as an irregular mass with spiculated margins and heterogeneous
enhancement, measuring 38 mm on MRI, i.e. larger than on conventional imaging. Fast initial enhancement, plateau in
the delayed phase. Retraction of the nipple. No skin thickening.
Surrounding the tumour there is non-mass enhancement in multiple regions in the the upper half of the left breast,
heterogeneous, total extent 65 mm.
Right breast: No suspicious enhancement. A few small foci, benign.
Axillae: A 12 mm level I lymph node in the left axilla with a thickened cortex. Right axilla normal.

Assessment:
Left: lobular cancer with larger extent on MRI than on conventional imaging, BI-RADS 6. The NME in multiple regions
is suspicious of tumour spread, BI-RADS 4B.
Right: BI-RADS 2.

Proposal: MRI-guided biopsy of the NME in the upper inner part of the left breast, and ultrasound of the left axilla
with FNA. Discussion at the multidisciplinary conference before surgical planning.

Dr. K. Lindqvist, överläkare, breast radiology
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="4B", bb="R2 L4B",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=plateau @12:00 z=38",
       "skin L p",
       "skin L a",
       "non_mass L p ie=heterogeneous nd=multiple_regions z=65",
       "focus R p",
       "lymph_node L p z=12"],
    rec=["additional_imaging", "biopsy", "other"])))

MRI.append(dict(id="mri9_09_india_mumbai_silicone_protocol_intracapsular_possible_left_typos", text="""
[Imaging Centre], Andheri (W), Mumbai
MRI BOTH BREASTS - SILICONE IMPLANT PROTOCOL (NON-CONTRAST)

Clinical details: 39 yr female, bilateral cosmetic silicone implants in 2015 (abroad). Pain right breast x 2 months.
Ultrasound (outside) equivocal for rupture.

Technique: Axial and sagittal T2W, STIR, silicone-only and silicone-suppressed sequences. No IV contrast given.

Observations:
Bilateral subglandular single-lumen silicone implants are seen.
Right implant: multiple low signal curvilinear lines floating within the silicone gel (linguini sign) with a few
small water droplets. No silicone outside the fibrous capsule. Findings are consistent with intracapsualr rupture.
Left implant: a small inverted-loop (keyhole) configuration at the 6 o'clock radial fold; this may represent a
simple radial fold, but early intracapsular rupture cannot be excluded. No linguine sign. No extracapsular silicone.
No silicone-laden axillary lymph nodes.
The breast parenchyma appears normal on non-contrast sequences.

Impression:
1. Right implant: intracapsular rupture.
2. Left implant: equivocal keyhole sign, possible early intracapsular rupture.
BI-RADS 2 bilaterally.
Advice: Referral to the plastic surgeon for implant exchange.

Dr. R. Kulkarni, MD (Radiodiagnosis)
""", gold=dict(
    mods=["mri"], purpose="diagnostic", overall="2", bb="R2 L2",
    f=["implant R p ir=intracapsular",
       "implant L q ir=intracapsular",
       "lymph_node B a"],
    rec=["surgical_consultation"])))

MRI.append(dict(id="mri9_10_singapore_mdt_tumour_board_radiology_summary_4a", text="""
[..] CANCER CENTRE, SINGAPORE
BREAST MULTIDISCIPLINARY TUMOUR BOARD - RADIOLOGY SUMMARY
Meeting date: 26/11/2026          Presenting radiologist: Dr Tan W.L.
Patient: [..]  54F   MRN: [..]
Diagnosis: Right breast IDC grade 3, ER+/PR+/HER2-, core biopsy 10/11/2026.

Imaging reviewed:
 - Mammogram and ultrasound 06/11/2026 (reported separately): right 10 o'clock mass, BI-RADS 5.
 - Staging MRI breasts 20/11/2026: presented below.

MRI breasts (20/11/2026)
 FGT: heterogeneous (c).   BPE: moderate, asymmetric (R > L).
 Right:
  * Index lesion 10 o'clock: irregular mass, spiculated margin, rim enhancement, 31 mm; rapid wash-in with washout.
    Clip in situ.
  * 5 mm enhancing focus at 8 o'clock, 4 cm from the index lesion, plateau kinetics. Indeterminate.
  * No skin thickening or nipple retraction.
  * Axilla: level I node 17 mm with loss of the fatty hilum.
 Left:
  * 11 mm round mass at 2 o'clock, circumscribed margin, homogeneous enhancement, persistent kinetics, T2 bright.
    Likely fibroadenoma.
  * Axilla: no adenopathy.

Radiology staging: cT2 N1 (MRI).
BI-RADS (MRI): Right 6 (index) and 4A (8 o'clock focus). Left 3.

MDT OUTCOME / PLAN:
 1. MRI-guided biopsy of the right 8 o'clock focus before starting treatment.
 2. US-guided biopsy and clip placement of the right axillary node.
 3. Neoadjuvant chemotherapy (Medical Oncology to see).
 4. Short-interval MRI of the left 2 o'clock mass in 6 months.
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="moderate/asymmetric", overall="4A", bb="R4A L3",
    f=["mass R p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @10:00 z=31",
       "focus R p kd=plateau @8:00 z=5",
       "skin R a",
       "lymph_node R p z=17",
       "mass L p sh=round mg=circumscribed ie=homogeneous kd=persistent @2:00 z=11",
       "lymph_node L a"],
    rec=["biopsy", "other", "short_interval_followup"])))

MRI.append(dict(id="mri9_11_germany_second_opinion_outside_mri_clustered_ring_4b", text="""
Universitätsklinikum [..] - Institut für Diagnostische und Interventionelle Radiologie
Brustdiagnostik / Breast Imaging

SECOND OPINION (Zweitbefundung) - EXTERNAL BREAST MRI
External examination: MRI of both breasts, 1.5 T, performed 02.11.2026 at [Hospital], Kuwait City; images provided
on CD (complete DICOM: T2, DWI, dynamic series 1 pre / 5 post, subtractions). External report of 03.11.2026
available (assessment there: BI-RADS 4).
Question from the referring gynaecologist: Is a biopsy necessary? Patient (41 y) with bloody nipple discharge from
the right breast.

Findings (our reading):
FGT: ACR c (heterogeneous). BPE: mild, symmetric.
Right breast: retroareolar, extending into the upper outer quadrant, linear non-mass enhancement along a duct,
24 mm, with clustered ring internal enhancement. Initial phase medium, delayed phase plateau. A dilated duct with
T1-hyperintense content leads to this area. This corresponds to the finding described in the external report.
Left breast: two oval circumscribed non-enhancing T2-hyperintense masses (cysts) at 3 and 5 o'clock, 8 and 5 mm.
No suspicious axillary lymph nodes on either side.

Assessment:
In agreement with the external report, the linear clustered ring NME in the right breast is suspicious (DCIS versus
papilloma). We assign BI-RADS 4B on the right (external: BI-RADS 4). Left: BI-RADS 2 (cysts).

Recommendation: MR-guided vacuum-assisted biopsy of the right breast NME; a second-look ultrasound of the
retroareolar region may be tried first.

Prof. Dr. med. S. Hoffmann / Dr. med. T. Keller
""", gold=dict(
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4B", bb="R4B L2",
    f=["non_mass R p ie=clustered_ring nd=linear ki=medium kd=plateau z=24",
       "other R p",
       "mass L p sh=oval mg=circumscribed @3:00 z=8",
       "mass L p sh=oval mg=circumscribed @5:00 z=5",
       "lymph_node B a"],
    rec=["additional_imaging", "biopsy"])))
