"""MRI reports (11) of modalities_11, text + compact gold."""
MRI = []

MRI.append({"id": "mri11_01_iran_shiraz_staging_left_idc_satellite_right_focus_4b", "text": """
KOWSAR IMAGING CENTER - SHIRAZ
BREAST MRI (1.5T) WITH & WITHOUT GADOLINIUM - BILATERAL

Clinical Hx: 51 y/o, biopsy-proven IDC left breast UOQ (grade II). Pre-operative staging.
Technique: Axial T1, T2 STIR, DWI, dynamic contrast-enhanced T1 fat-sat (1 pre + 5 post), subtractions, MIP.

Findings:
Amount of fibroglandular tissue: heterogeneous fibroglandular (c). BPE: mild, symmetric.
Left breast: The known malignancy at 1-2 o'clock, middle third, is an irregular mass with spiculated margins and heterogeneous internal enhancement measuring 28 x 22 x 20 mm. Kinetic curve: fast initial rise with washout (type III).
15 mm anterior to it, at 1 o'clock, there is a 7 mm oval enhancing mass with irregular margin and homogeneous enhancement, fast / plateau, suspicious for a satellite lesion.
No skin thickening, nipple retraction or pectoral muscle invasion.
Left axilla: two level I lymph nodes with thickened cortex, the largest 14 mm short axis.
Right breast: A 4 mm enhancing focus at 6 o'clock with persistent (type I) curve, nonspecific. No mass or non-mass enhancement in the right breast. Right axilla normal.

Impression:
1. Known left breast cancer, 28 mm, with suspicious ipsilateral axillary nodes - BI-RADS 6.
2. Left 1 o'clock 7 mm satellite mass - BI-RADS 4B. Second-look ultrasound and biopsy recommended.
3. Right breast nonspecific focus - BI-RADS 2.

Dr. A. Karimi, Radiologist (Breast Imaging Fellowship)
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "mild/symmetric",
              "overall": "4B", "bb": "L4B R2",
              "f": ["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout dp=middle z=28",
                    "mass L p sh=oval mg=irregular ie=homogeneous ki=fast kd=plateau @1:00 z=7",
                    "skin L a",
                    "lymph_node L p z=14",
                    "focus R p kd=persistent @6:00 z=4",
                    "mass R a",
                    "non_mass R a"],
              "rec": ["additional_imaging", "biopsy"]}})

MRI.append({"id": "mri11_02_greece_thessaloniki_problem_solving_kaiser_score_table_bi4", "text": """
DIAGNOSTIC CENTER - THESSALONIKI
MRI OF THE BREASTS (3T), DYNAMIC CONTRAST-ENHANCED PROTOCOL

Indication: 49 y. Equivocal mammography and ultrasound at another centre (?architectural distortion right breast). Problem solving.
Technique: T2 TSE, DWI (b 800), DCE T1 3D fat-sat 1 pre + 6 post, subtraction, MIP.

Breast composition (FGT): b - scattered fibroglandular tissue.
BPE: minimal, symmetrical.

Lesions:
| # | Side / location     | Type | Size  | Shape / margin                | Internal enhancement      | TIC                | Kaiser score |
| 1 | R 10h, posterior    | mass | 12 mm | irregular / not circumscribed | heterogeneous             | fast / plateau     | 6            |
| 2 | L 3h                | mass | 9 mm  | oval / circumscribed          | dark internal septations  | slow / persistent  | 1            |
| 3 | L UOQ               | NME  | 25 mm | regional                      | heterogeneous             | medium / persistent| 3            |

Comments:
Lesion 1 corresponds to the mammographic area of concern. Root sign negative, no perifocal oedema.
Lesion 2 is T2 hyperintense with non-enhancing septations - typical fibroadenoma.
Lesion 3 most likely represents asymmetric hormonal background enhancement / fibrocystic change.
No axillary lymphadenopathy. Skin normal.

Conclusion:
Right breast, lesion 1: BI-RADS 4 (Kaiser score 6). MRI-guided vacuum biopsy recommended.
Left breast, lesions 2 and 3: benign / probably benign - BI-RADS 3. Follow-up MRI in 6 months.

Dr. N. Dimitriou, Radiologist
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "b", "bpe": "minimal/symmetric",
              "overall": "4", "bb": "R4 L3",
              "f": ["mass R p sh=irregular mg=not_circumscribed ie=heterogeneous ki=fast kd=plateau @10:00 dp=posterior z=12",
                    "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @3:00 z=9",
                    "non_mass L p nd=regional ie=heterogeneous ki=medium kd=persistent q=uo z=25",
                    "lymph_node B a"],
              "rec": ["biopsy", "short_interval_followup"]}})

MRI.append({"id": "mri11_03_nigeria_abuja_inflammatory_diffuse_clumped_nme_skin_nodes_bi5", "text": """
NATIONAL HOSPITAL ABUJA
DEPARTMENT OF RADIOLOGY

MRI BOTH BREASTS (PRE & POST CONTRAST)

Clinical details: 34yr old. Right breast swelling, redness and warmth x 2 months, not responding to antibiotics. ? Inflammatory breast carcinoma ? mastitis. Ultrasound at referring facility showed diffuse oedema.

Findings:
Breast composition: heterogeneously fibroglandular (c). Background parenchymal enhancement: moderate, asymmetric (R>L).
Right breast: There is diffuse non mass enhancement involving almost the entire right breast, with clumped internal enhancement pattern. Kinetics: rapid initial enhancement with wash out. Marked skin thickening (up to 8mm) with oedema. Nipple retraction. No discrete enhancing mass within the NME.
Enlarged right axillary lymph nodes with loss of fatty hila, the largest 25mm.
Left breast: Normal. No suspicious enhancement. No lymphadenopathy in the left axilla.

Conclusion:
Features are highly suggestive of inflammatory breast carcinoma, right breast (BI-RADS 5), with right axillary nodal metastasis.
Left breast BI-RADS 1.

Recommend: Punch biopsy of the skin and US guided core biopsy. MDT review.

Dr. I. Okonkwo, FWACS
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "moderate/asymmetric",
              "overall": "5", "bb": "R5 L1",
              "f": ["non_mass R p nd=diffuse ie=clumped ki=fast kd=washout",
                    "skin R p z=8",
                    "skin R p",
                    "mass R a",
                    "lymph_node R p z=25",
                    "lymph_node L a"],
              "rec": ["biopsy", "other"]}})

MRI.append({"id": "mri11_04_spain_barcelona_translated_brca2_screening_linear_clumped_nme_bi4", "text": """
HOSPITAL - SERVEI DE DIAGNOSTIC PER LA IMATGE, BARCELONA
BREAST MRI (report translated from Spanish)

Clinical data: BRCA2 carrier, 39 years. Annual screening. Previous MRI 11/2025: BI-RADS 2.
Technique: 1.5 T, bilateral, dynamic study with gadolinium and subtraction.

Findings:
Extreme amount of fibroglandular tissue (d). Marked symmetric background parenchymal enhancement, which reduces the sensitivity of the study.
Multiple bilateral punctate foci of enhancement (<5 mm), with persistent curves, unchanged from the previous study.
In the left breast, at the union of the external quadrants (3 h), new linear non-nodular enhancement of 18 mm, with clumped internal pattern, oriented towards the nipple. Curve: rapid initial enhancement and plateau.
Right intramammary lymph node in the outer quadrants, unchanged.
No nodular enhancements (masses). Skin and nipples without alterations. Axillae without adenopathies.

Conclusion:
New linear non-nodular enhancement in the left breast, suspicious: BI-RADS 4. MRI-guided vacuum-assisted biopsy is recommended.
Right breast: BI-RADS 2.

Dra. M. Puig i Soler
""", "gold": {"mods": ["mri"], "purpose": "screening", "fgt": "d", "bpe": "marked/symmetric",
              "overall": "4", "bb": "L4 R2",
              "f": ["focus B p s kd=persistent",
                    "non_mass L p nd=linear ie=clumped ki=fast kd=plateau @3:00 z=18",
                    "lymph_node R p s",
                    "mass B a",
                    "lymph_node B a"],
              "rec": ["biopsy"]}})

MRI.append({"id": "mri11_05_mexico_monterrey_implants_oval_mass_addendum_outside_priors_bi2", "text": """
CENTRO DE IMAGEN - MONTERREY, N.L.
BILATERAL BREAST MRI WITH CONTRAST

Indication: 45 years. Breast augmentation (2016). Dense breasts. Supplemental screening MRI requested by her gynecologist.
Technique: 1.5T; T2, STIR, silicone-selective sequence, DCE T1 with subtraction.

Findings:
Fibroglandular tissue: scattered (b). BPE: mild, symmetric.
Implants: bilateral retropectoral silicone implants. Right implant intact, without signs of intracapsular or extracapsular rupture. Left implant with radial folds; no linguine sign and no silicone outside the capsule - intact.
Right breast: at 7 o'clock, 8 mm oval mass with circumscribed margins and homogeneous enhancement; medium initial phase, persistent delayed phase. T2 hyperintense. No previous MRI available for comparison.
Left breast: a single 3 mm focus at 12 o'clock. No masses.
Axillae: normal.

Impression: Right 8 mm oval circumscribed mass, probably benign (likely fibroadenoma). BI-RADS 3, short-interval follow-up MRI in 6 months. Intact implants.

Dr. R. Garza Trevino

ADDENDUM (11/03/2026): The outside MRI of 05/2024 was received and reviewed. The right 7 o'clock mass is unchanged in size and enhancement since 2024. The right breast assessment is changed to BI-RADS 2 (benign). Return to annual screening; the short-interval follow-up is no longer needed.
Dr. R. Garza Trevino
""", "gold": {"mods": ["mri"], "purpose": "screening", "fgt": "b", "bpe": "mild/symmetric",
              "overall": "2", "bb": "R2",
              "f": ["implant R p ir=none",
                    "implant L p ir=none",
                    "mass R p s sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @7:00 z=8",
                    "focus L p @12:00 z=3",
                    "mass L a"],
              "rec": ["routine_screening"]}})

MRI.append({"id": "mri11_06_qatar_doha_noncontrast_implant_intracapsular_right_extracapsular_left", "text": """
HAMAD MEDICAL CORPORATION - WOMEN'S WELLNESS AND RESEARCH CENTER, DOHA
MRI BREAST - IMPLANT PROTOCOL (NON-CONTRAST)

History: 52F, bilateral cosmetic silicone implants placed abroad in 2009. Change in shape of the left breast. ?rupture.
Technique: 1.5T, axial and sagittal T2, STIR, silicone-only and water-suppressed sequences. No IV contrast given.

Findings:
Bilateral subglandular single-lumen silicone implants.
Right: multiple curvilinear low-signal lines within the silicone gel (linguine sign) with an intact fibrous capsule; no free silicone outside the capsule. Findings of intracapsular rupture.
Left: collapsed implant shell with linguine sign and silicone extending beyond the fibrous capsule into the upper outer quadrant parenchyma - extracapsular rupture. A 14 mm silicone granuloma at 2 o'clock.
Left axilla: a silicone-laden level I lymph node (12 mm), high signal on the silicone-only sequence.
Fibroglandular tissue: almost entirely fat (a). No mass identified on the non-contrast sequences.

Impression:
1. Right intracapsular implant rupture.
2. Left extracapsular implant rupture with silicone granuloma and silicone in an axillary lymph node.
BI-RADS 2. Referral to plastic surgery.

Dr. S. Al-Kuwari, Consultant Radiologist
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "a", "bpe": None,
              "overall": "2", "bb": "",
              "f": ["implant R p ir=intracapsular",
                    "implant L p ir=extracapsular",
                    "other L p @2:00 z=14",
                    "lymph_node L p z=12",
                    "mass B a"],
              "rec": ["surgical_consultation"]}})

MRI.append({"id": "mri11_07_sweden_gothenburg_preop_lobular_double_reading_consensus_bi4", "text": """
SAHLGRENSKA UNIVERSITETSSJUKHUSET - Brostradiologi, Goteborg
MR mammography, bilateral, preoperative - double reading

Remiss: Lobular cancer left breast (core biopsy 2026-02-10, kl 1). Extent? Contralateral?
Technique: 3T, T2, DWI, DCE 1 pre + 5 post, subtraction.

Reader 1 (Dr. L. Andersson):
Glandular tissue: heterogeneous (c). BPE mild, symmetric.
Left: Segmental non-mass enhancement from 12 to 2 o'clock extending towards the nipple, total extent 62 mm, clustered ring enhancement. Medium initial rise, plateau. The biopsy clip is at the posterior end.
Right: 6 mm round mass at 10 o'clock, rim enhancement, fast/washout. BI-RADS 4.
Axillae: no suspicious lymph nodes.

Reader 2 (Dr. M. Nilsson):
Agrees with the left segmental NME (measures 58 mm). Right 10 o'clock round rim-enhancing mass, 6 mm - suspicious, BI-RADS 4.

Consensus:
Left: BI-RADS 6, extent 62 mm (compared with 25 mm on ultrasound).
Right: BI-RADS 4. Second-look ultrasound with biopsy; MR-guided biopsy if not visible.
For discussion at the multidisciplinary conference (MDK) on Thursday.
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "mild/symmetric",
              "overall": "4", "bb": "L6 R4",
              "f": ["non_mass L p nd=segmental ie=clustered_ring ki=medium kd=plateau z=62",
                    "mass R p sh=round ie=rim ki=fast kd=washout @10:00 z=6",
                    "lymph_node B a"],
              "rec": ["additional_imaging", "biopsy", "other"]}})

MRI.append({"id": "mri11_08_philippines_pasig_abbreviated_v2025_focal_nme_cyst_bi3", "text": """
THE MEDICAL CITY - ORTIGAS, PASIG CITY
Department of Radiology - Breast Imaging

ABBREVIATED BREAST MRI (AB-MR) - SUPPLEMENTAL SCREENING

Clinical information: 47 y/o, heterogeneously dense breasts, lifetime risk 22% (Tyrer-Cuzick). Normal mammogram and ultrasound 01/2026.
Technique: 3T. T2-weighted, pre-contrast T1 fat-sat, single early post-contrast acquisition at 90 s with subtraction and MIP. No delayed phase (abbreviated protocol).

BREAST COMPOSITION (AMOUNT OF FGT): c. Heterogeneous fibroglandular tissue.
BACKGROUND PARENCHYMAL ENHANCEMENT: Minimal. Symmetric.

FINDINGS:
Finding 1 - Left breast, 4 o'clock, middle depth: focal non-mass enhancement, 11 mm, homogeneous. No corresponding T2 abnormality. Kinetics not assessable on the abbreviated protocol.
Finding 2 - Right breast, 9 o'clock, anterior depth: 7 mm round circumscribed mass, T2 hyperintense, non-enhancing - simple cyst.
Right intramammary lymph node at 11 o'clock with fatty hilum.
No suspicious axillary lymph nodes.

ASSESSMENT:
Left: BI-RADS 3 - Probably benign (Finding 1). Follow-up MRI (full protocol) in 6 months.
Right: BI-RADS 2 - Benign.

Maria Cristina Reyes, MD, FPCR, FUSP
""", "gold": {"mods": ["mri"], "purpose": "screening", "fgt": "c", "bpe": "minimal/symmetric",
              "overall": "3", "bb": "L3 R2",
              "f": ["non_mass L p nd=focal ie=homogeneous @4:00 dp=middle z=11",
                    "mass R p sh=round mg=circumscribed @9:00 dp=anterior z=7",
                    "lymph_node R p @11:00",
                    "lymph_node B a"],
              "rec": ["short_interval_followup"]}})

MRI.append({"id": "mri11_09_bangladesh_dhaka_occult_primary_axillary_mets_irregular_mass_4c_typos", "text": """
SQUARE HOSPITALS LTD., DHAKA
Department of Radiology & Imaging

MRI OF BOTH BREASTS WITH CONTRAST

Clinical information: 55 yrs female. Right axillary lymph node biopsy - metastatic adenocarcinoma, ER/PR positive. Mammography and USG of breasts done elsewhere - no primary lesion found. ? Occult breast primary.

Findings:
Both breasts show scattered fibroglandular tissue (ACR b). BPE is mild and symmetrical.
Right breast: A small irregular enhancing mass is seen in the upper outer quadrant at 10 o'clock, posterior depth, measuring 9 x 7 mm. Margins are irregular. Heterogenous internal enhancment. Time-intensity curve shows rapid initial enhancement followed by plateau (type II).
Multiple enlarged right axillary lymph nodes, largest 28 x 19 mm (biopsied node with clip).
Left breast: A 5 mm enhancing focus at 1 o'clock showing persistent enhancement - likely benign. No suspicious mass or NME.
Left axilla: normal.

IMPRESSION:
1. Small irregular enhancing mass in right breast UOQ - likely occult primary. BIRADS 4C.
2. Known right axillary nodal metastasis.
3. Left breast - benign focus. BIRADS 2.

Advice: Second look USG of right breast with guided biopsy; MRI guided biopsy if not seen on USG.

Dr. F. Rahman, FCPS (Radiology)
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "b", "bpe": "mild/symmetric",
              "overall": "4C", "bb": "R4C L2",
              "f": ["mass R p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=plateau @10:00 q=uo dp=posterior z=9",
                    "lymph_node R p z=28",
                    "focus L p kd=persistent @1:00 z=5",
                    "mass L a",
                    "non_mass L a"],
              "rec": ["additional_imaging", "biopsy"]}})

MRI.append({"id": "mri11_10_srilanka_kandy_paget_nipple_retroareolar_linear_nme_4b", "text": """
TEACHING HOSPITAL KANDY
Radiology Department - MRI Unit

CONTRAST ENHANCED MRI - BOTH BREASTS

Clinical details: 61 y. Eczematous change of the right nipple x 4 months. Punch biopsy - Paget disease of the nipple. Mammogram (NHSL) - no mass, no microcalcification. Assess for underlying malignancy.

Findings:
Amount of fibroglandular tissue - scattered (b).
Background parenchymal enhancement - moderate and symmetric.
Right: Thickening and abnormal enhancement of the right nipple-areolar complex. Immediately deep to the nipple there is linear non mass enhancement extending 16 mm posteriorly along a duct, with clumped pattern; kinetics show fast uptake and washout. No enhancing mass. Right axillary nodes are normal in size.
Left: A 10 mm oval mass at 3 o'clock with circumscribed margins and homogeneous enhancement, slow initial and persistent delayed kinetics, T2 bright - in keeping with fibroadenoma.

Impression:
1. Right NAC enhancement consistent with the known Paget disease, with underlying retroareolar linear NME suspicious for DCIS - BI-RADS 4B.
2. Left probable fibroadenoma - BI-RADS 3.
Recommend MRI guided biopsy of the right retroareolar NME. Follow up MRI of the left mass in 6 months.

Dr. K. Wijesinghe, Consultant Radiologist
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "b", "bpe": "moderate/symmetric",
              "overall": "4B", "bb": "R4B L3",
              "f": ["skin R p",
                    "non_mass R p nd=linear ie=clumped ki=fast kd=washout z=16",
                    "mass R a",
                    "lymph_node R p",
                    "mass L p sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @3:00 z=10"],
              "rec": ["biopsy", "short_interval_followup"]}})

MRI.append({"id": "mri11_11_nepal_lalitpur_staging_multicentric_rim_multiple_regions_nme_bi5_typos", "text": """
NEPAL CANCER HOSPITAL & RESEARCH CENTRE, HARISIDDHI, LALITPUR
Department of Radiology

MRI BILATERAL BREAST (DYNAMIC CONTRAST)

Clinical: 42 yrs. Left breast lump, trucut biopsy - IDC. For staging / extent of disease before surgical planning.

Findings:
FGT: heterogenously dense fibroglandular tissue (c).
BPE: mild, symmetrical.
Left breast:
 a) Irregular mass at 4 o'clock, 3 cm from nipple, measuring 32 x 25 mm, spiculated margins, heterogenous enhancement, type III washout curve with rapid initial rise - index lesion (biopsy proven).
 b) Another irregular mass at 11 o'clock measuring 13 mm, with irregular margins and rim enhancement, type III curve - suspicious for multicentric disease.
 c) Non mass enhancement in multiple regions of the upper and lower inner quadrants, heterogenous, type II curve.
 Skin over the index lesion is not thickened. Nipple normal.
 Left axilla: 2 enlarged level I nodes with thick cortex, largest 18 mm.
Right breast: Few tiny enhancing foci, scattered, with type I curves - benign. No suspicious mass. Right axilla normal.

Impression:
Left breast: Multicentric malignancy (index 4 o'clock known IDC, additional 11 o'clock mass) with NME in multiple regions and axillary nodal involvement - BIRADS 6 (index) / BIRADS 5 (11 o'clock mass).
Right breast: BIRADS 2.

Recommend biopsy of the left 11 o'clock mass to confirm multicentricity. Tumour board discussion.

Dr. S. K. Yadav, MD
""", "gold": {"mods": ["mri"], "purpose": "diagnostic", "fgt": "c", "bpe": "mild/symmetric",
              "overall": "5", "bb": "L5 R2",
              "f": ["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @4:00 z=32",
                    "mass L p sh=irregular mg=irregular ie=rim kd=washout @11:00 z=13",
                    "non_mass L p nd=multiple_regions ie=heterogeneous kd=plateau",
                    "skin L a",
                    "lymph_node L p z=18",
                    "focus R p kd=persistent",
                    "mass R a"],
              "rec": ["biopsy", "other"]}})
