"""Ultrasound reports (12) of modalities_11, text + compact gold."""
US = []

US.append({"id": "us11_01_iran_tehran_mammo_us_combined_palpable_microlobulated_4a", "text": """
PARS MEDICAL IMAGING CENTER - TEHRAN
Patient: F, 46 y          Date: 1405/07/19 (11 Oct 2026)
Exam: Bilateral digital mammography and breast ultrasound
Referring: Dr. S. Rahimi (breast surgeon)
Clinical data: Palpable lump in left breast since 2 months. Family history of breast ca (sister, 48 y).

MAMMOGRAPHY (CC & MLO views):
Breast composition: heterogeneously dense (ACR C), which may obscure small masses.
In left breast UOQ an oval equal density mass is seen measuring 18 mm, corresponding to the palpable area (skin marker).
Few benign looking punctate calcifications in both breasts.
No suspicious microcalcification or architectural distortion.
Right breast: unremarkable.

ULTRASOUND (linear probe 12 MHz):
Left breast: At 2 o'clock, 4 cm from nipple, an oval hypoechoic solid mass with parallel orientation is seen measuring 19x11 mm. Margins are mostly circumscribed but microlobulated in its lateral aspect. Posterior acoustic enhancement. Internal vascularity on color Doppler. It correlates with the mammographic mass.
Also a 6 mm anechoic simple cyst at 4 o'clock.
Right breast: A few small simple cysts, largest 4 mm.
Both axillae: normal looking lymph nodes with fatty hilum.

IMPRESSION:
- Left breast 2 o'clock solid mass with microlobulated margin: BI-RADS 4A. US guided core needle biopsy is recommended.
- Bilateral simple cysts: benign.
Overall BI-RADS: 4A

Dr. M. Hosseini, Radiologist
""", "gold": {"mods": ["mammography", "ultrasound"], "purpose": "diagnostic", "density": "c",
              "overall": "4A", "bb": "L4A",
              "f": ["mass L p sh=oval md=equal or=parallel ep=hypoechoic mg=microlobulated pf=enhancement va=internal @2:00 q=uo z=19",
                    "calcification B p m=punctate",
                    "calcification B a",
                    "architectural_distortion B a",
                    "mass L p ep=anechoic @4:00 z=6",
                    "mass R p z=4",
                    "lymph_node B p"],
              "rec": ["biopsy"]}})

US.append({"id": "us11_02_greece_athens_private_v2025_nonmass_lesion_stable_fa_microcysts_bi3", "text": """
DIAGNOSTIC IMAGING CENTRE - MAROUSI, ATHENS
BREAST ULTRASOUND REPORT (ACR BI-RADS v2025 lexicon)

Referring physician: Dr. K. Papadakis, Obstetrician-Gynaecologist
Indication: Follow-up of known left fibroadenoma. Dense breasts (ACR d) on mammography performed 01/2026 at another centre.
Technique: Bilateral high-resolution ultrasound (18 MHz) with colour Doppler and strain elastography. Comparison: our ultrasound of 03/2025.

Findings:
Right breast: At 11 o'clock, peripheral zone, there is a non-mass lesion measuring 9 mm, hypoechoic, with no associated calcifications and no internal vascularity. It could represent focal fibrocystic change. It was not seen in 2025. No mass.
Left breast: The known fibroadenoma at 3 o'clock is again seen: oval, parallel to the skin, circumscribed, isoechoic to fat, 14 x 8 mm (previously 14 x 8 mm), unchanged. Elastography: soft (score 2).
Adjacent, at 3-4 o'clock, clustered microcysts measuring 5 mm.
Both breasts: no dilated ducts.
Axillae: unremarkable.

Conclusion:
Right: new non-mass lesion at 11 o'clock, probably benign - BI-RADS 3. Follow-up ultrasound in 6 months.
Left: stable fibroadenoma and microcysts - BI-RADS 2.

Dr. E. Georgiou, Radiologist
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "3", "bb": "R3 L2",
              "f": ["non_mass R p ep=hypoechoic va=absent @11:00 z=9",
                    "calcification R a",
                    "mass R a",
                    "mass L p s sh=oval or=parallel mg=circumscribed ep=isoechoic el=soft @3:00 z=14",
                    "mass L p z=5",
                    "other B a"],
              "rec": ["short_interval_followup"]}})

US.append({"id": "us11_03_nigeria_lagos_teaching_hospital_spiculated_mass_nodes_bi5_typos", "text": """
LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
DEPARTMENT OF RADIOLOGY
BREAST ULTRASOUND SCAN

Name: ********        Age: 38yrs        Sex: F        Hosp No: ********
Clinical summary: Right breast lump x 6/12, hard, fixed. ? Peau d'orange. ?Ca breast.

FINDINGS:
Right breast: There is an irregular heterogenous mass in the upper outer quadrant at 10 o'clock position measuring 36mm x 28mm. It is not parallel to the skin (taller than wide) with spiculated margins and posterior accoustic shadowing. It shows internal vascularity on colour Doppler. There is associated skin thickening (4mm) over the mass. The nipple is not retracted.
Multiple enlarged right axillary lymph nodes with loss of fatty hila, the largest measuring 22mm.
Left breast: Normal fibroglandular echotexture. No focal solid or cystic mass seen. No left axillary lymphadenopathy.

IMPRESSION:
Right breast malignant looking mass with ipsilateral axillary lymphadenopathy - BIRADS 5.
Left breast - normal (BIRADS 1).

Advice: US guided core biopsy and histology. Bilateral mammogram and staging CT are advised.

Dr. O. Adeyemi
Consultant Radiologist
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "5", "bb": "R5 L1",
              "f": ["mass R p sh=irregular ep=heterogeneous or=not_parallel mg=spiculated pf=shadowing va=internal @10:00 q=uo z=36",
                    "skin R p z=4",
                    "skin R a",
                    "lymph_node R p z=22",
                    "mass L a",
                    "lymph_node L a"],
              "rec": ["biopsy", "additional_imaging"]}})

US.append({"id": "us11_04_kenya_kilifi_outreach_camp_worksheet_transcribed_bi3", "text": """
COAST GENERAL TEACHING & REFERRAL HOSPITAL, MOMBASA
BREAST CANCER AWARENESS MONTH - COMMUNITY OUTREACH
Portable breast ultrasound - worksheet transcribed by records clerk
Site: Kilifi outreach camp, 14/10/2026        Reader: Dr. A. Mwangi (radiologist)

Age 41 | Para 4 | Symptoms: nil / screening | CBE: ? nodule L breast (CO)

R breast: normal. nil mass. nil cyst.
L breast: lump at 2 o'c approx 3cm FN - oval, hypo, parallel, circumscribed, 12x7mm, post. enhancement, no vasc. (Doppler). ?FA
          small cyst 1 o'c 3mm - anechoic
Axilla: R normal / L normal
BIRADS: R 1 / L 3
Plan: repeat scan in 6/12 at CGTRH breast clinic. Pt counselled.
[one word illegible - transcriber]
""", "gold": {"mods": ["ultrasound"], "purpose": "screening", "density": None,
              "overall": "3", "bb": "R1 L3",
              "f": ["mass R a",
                    "mass L p sh=oval ep=hypoechoic or=parallel mg=circumscribed pf=enhancement va=absent @2:00 z=12",
                    "mass L p ep=anechoic @1:00 z=3"],
              "rec": ["short_interval_followup"]}})

US.append({"id": "us11_05_spain_madrid_translated_recall_angular_hard_nodule_4c", "text": """
HOSPITAL UNIVERSITARIO - SERVICIO DE RADIODIAGNOSTICO, UNIDAD DE MAMA (MADRID)
Bilateral breast ultrasound (ecografia mamaria bilateral) - report translated from Spanish

Clinical information: Referred from the screening programme (mammography BI-RADS 0, asymmetry in right breast).

Report:
Right breast: at the junction of the upper quadrants (12 h), 5 cm from the nipple, a hypoechoic nodule of 11 x 9 mm is identified, with angular margins, non-parallel orientation and without posterior acoustic features. Shear-wave elastography shows high stiffness (Emax 160 kPa). It corresponds to the asymmetry described in the mammography.
In the lower inner quadrant (CII, 4 h) another nodule, oval, circumscribed, parallel, hypoechoic, of 6 mm, without vascularisation on Doppler, probably fibroadenoma.
Left breast: no nodules. Simple cysts in the upper outer quadrant (CSE), the largest of 8 mm.
No axillary adenopathies.

Conclusion:
1. Suspicious nodule at 12 h of the right breast. BI-RADS 4C. Ultrasound-guided core needle biopsy (BAG) is recommended.
2. Probably benign right nodule in CII. BI-RADS 3.
3. Left simple cysts. BI-RADS 2.

Dra. L. Fernandez Ruiz, FEA Radiodiagnostico
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "4C", "bb": "R4C L2",
              "f": ["mass R p ep=hypoechoic mg=angular or=not_parallel pf=none el=hard @12:00 z=11",
                    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @4:00 q=li z=6",
                    "mass L a",
                    "mass L p q=uo z=8",
                    "lymph_node B a"],
              "rec": ["biopsy"]}})

US.append({"id": "us11_06_italy_milan_post_quadrantectomy_scar_seroma_lipoma_bi2", "text": """
OSPEDALE - S.C. RADIOLOGIA SENOLOGICA, MILANO
ECOGRAFIA MAMMARIA BILATERALE (bilateral breast ultrasound)

Quesito clinico: new tenderness at the left scar. 12-month follow-up after left quadrantectomy (QSE) and radiotherapy for invasive ductal carcinoma (2025).

Reperto:
Left breast: at the site of previous quadrantectomy (QSE), an irregular hypoechoic area of 15 mm with posterior acoustic shadowing, in keeping with post-surgical scar, unchanged compared with the control of April 2026. Adjacent small anechoic fluid collection of 12 mm (residual seroma), reduced compared to the previous (20 mm). No suspicious nodular lesions.
Right breast: at 2 o'clock an oval, circumscribed, hyperechoic nodule of 9 mm, in keeping with lipoma. At 9 o'clock intramammary lymph node of 6 mm with fatty hilum. No other nodules.
Axillary cavities: bilateral reactive lymph nodes, of non-suspicious appearance.

Conclusioni: stable post-surgical findings. BI-RADS 2.
Prosecuzione del follow-up mammografico ed ecografico annuale (continue annual mammographic and ultrasound follow-up).

Dott.ssa C. Bianchi
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "2", "bb": "",
              "f": ["other L p s sh=irregular ep=hypoechoic pf=shadowing q=uo z=15",
                    "other L p ep=anechoic z=12",
                    "mass L a",
                    "mass R p sh=oval mg=circumscribed ep=hyperechoic @2:00 z=9",
                    "lymph_node R p @9:00 z=6",
                    "mass R a",
                    "lymph_node B p"],
              "rec": ["routine_screening"]}})

US.append({"id": "us11_07_peru_lima_us_guided_core_biopsy_procedure_combined_rim_4b", "text": """
CLINICA - LIMA, PERU
Servicio de Imagenes de Mama

PROCEDURE: ULTRASOUND-GUIDED CORE NEEDLE BIOPSY - LEFT BREAST
Indication: Left breast nodule classified BI-RADS 4B on outside ultrasound (02/09/2026).

Pre-procedure ultrasound:
The target lesion is confirmed in the left breast at 1 o'clock, 6 cm from the nipple: irregular hypoechoic mass, 14 x 12 x 10 mm, parallel orientation, with indistinct margins. Posterior features are combined (partial shadowing with enhancement). Colour Doppler: peripheral (rim) vascularity only. Strain elastography: intermediate stiffness (score 3).
A second small oval circumscribed hypoechoic nodule at 3 o'clock, 4 mm, was not targeted.

Procedure:
After explaining the procedure and obtaining written informed consent, under aseptic conditions and local anaesthesia with lidocaine 2%, four 14G core samples were obtained with a lateral approach under continuous ultrasound guidance. A marker clip (HydroMARK) was placed at the biopsy site. Haemostasis by manual compression. No immediate complications. Samples sent to pathology in formalin.

Impression:
Successful US-guided core biopsy of the left 1 o'clock mass. BI-RADS 4B.
Post-clip mammogram (2 views) recommended to confirm clip position.
The 3 o'clock nodule: follow-up ultrasound in 6 months.

Dr. J. Quispe Huaman - Medico Radiologo
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "4B", "bb": "L4B",
              "f": ["mass L p sh=irregular ep=hypoechoic or=parallel mg=indistinct pf=combined va=rim el=intermediate @1:00 z=14",
                    "mass L p sh=oval mg=circumscribed ep=hypoechoic @3:00 z=4"],
              "rec": ["additional_imaging", "short_interval_followup"]}})

US.append({"id": "us11_08_nepal_kathmandu_usg_bilateral_fibroadenomas_complicated_cyst_typos", "text": """
TRIBHUVAN UNIVERSITY TEACHING HOSPITAL, MAHARAJGUNJ
Department of Radiology & Imaging

USG BOTH BREASTS

Clinical hx: 24 yrs F, multiple lumps both breasts. No nipple discharge.

Findings:
Right breast: Two well defined oval hypoechoic lesions noted - one at 9 o'clock (18 x 10 mm) and another at 11 o'clock (9 x 6 mm), both parallel to skin with no internal vascularity. No posterior shadowing.
A cystic lesion with low level internal echoes measuring 8 x 6 mm at 7 o'clock - complicated cyst.
Left breast: A well circumscribed oval hypoechoic lesion at 3 o'clock measuring 22 x 12 mm with few internal septae like echogenic strands, parallel orientation, mild posterior acoustic enhancment. Minimal internal vascularity seen.
Bilateral axillae - few subcentimetric lymph nodes with preserved fatty hilum.

Impression:
- Multiple bilateral well defined hypoechoic lesions - likely fibroadenomas (BIRADS III).
- Right breast complicated cyst (BIRADS II).

Adv: FNAC / follow up USG after 6 months. Clinical correlation.

Dr. R. Shrestha, MD Radiodiagnosis
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "3", "bb": "R3 L3",
              "f": ["mass R p mg=circumscribed sh=oval ep=hypoechoic or=parallel va=absent @9:00 z=18",
                    "mass R p mg=circumscribed sh=oval ep=hypoechoic or=parallel va=absent @11:00 z=9",
                    "mass R p @7:00 z=8",
                    "mass L p mg=circumscribed sh=oval ep=hypoechoic or=parallel pf=enhancement va=internal @3:00 z=22",
                    "lymph_node B p"],
              "rec": ["biopsy", "short_interval_followup", "clinical_correlation"]}})

US.append({"id": "us11_09_oman_muscat_preop_hookwire_localisation_post_nact_bi6", "text": """
SULTAN QABOOS UNIVERSITY HOSPITAL
Department of Radiology & Molecular Imaging - Breast Imaging

US-GUIDED PRE-OPERATIVE HOOKWIRE LOCALISATION, RIGHT BREAST
History: Biopsy-proven IDC right breast 10 o'clock, completed neoadjuvant chemotherapy. Clip in situ. For wide local excision today (Mr. Al-Balushi).

Pre-localisation scan:
The residual lesion at right 10 o'clock is seen as a small irregular hypoechoic mass of 8 x 6 mm with the HydroMARK clip within it. It is non-parallel, with margins that are not circumscribed. No internal vascularity.
No other mass in the right breast.

Procedure:
Verbal and written consent obtained. Under aseptic technique and local anaesthesia (1% lignocaine), an 18G Kopans-type hookwire was inserted from a lateral approach under ultrasound guidance, with the tip placed through the lesion. Wire hub taped and dressed.

Post-procedure right CC and ML mammogram: the wire tip lies 5 mm beyond the clip and the residual lesion. Satisfactory position.

Impression:
Successful US-guided hookwire localisation of the right 10 o'clock residual cancer. BI-RADS 6.
Images sent to theatre with the patient.

Dr. F. Al-Hinai, Consultant Radiologist
""", "gold": {"mods": ["ultrasound", "mammography"], "purpose": "diagnostic", "density": None,
              "overall": "6", "bb": "R6",
              "f": ["mass R p sh=irregular ep=hypoechoic or=not_parallel mg=not_circumscribed va=absent @10:00 z=8",
                    "mass R a"],
              "rec": []}})

US.append({"id": "us11_10_srilanka_colombo_bloody_discharge_intracystic_papilloma_ectasia_4a", "text": """
NATIONAL HOSPITAL OF SRI LANKA, COLOMBO
Radiology Unit

ULTRASOUND SCAN - BOTH BREASTS

Clinical: 52 yr old. Bloody nipple discharge right side x 3 weeks. Mammogram not done yet.

Right breast: A dilated subareolar duct (calibre 4 mm) is seen at 9 o'clock. At its end there is a small oval complex cystic and solid mass measuring 9 x 6 mm, with a solid mural component showing internal vascularity on colour doppler.
Remaining fibroglandular tissue appears normal. No other focal masses.
Left breast: Mild duct ectasia in subareolar region. No focal mass.
Axillary lymph nodes appear normal bilaterally.

Impression:
Right complex cystic and solid mass with dilated duct - ? intracystic / intraductal papilloma. BI-RADS 4A right.
Left duct ectasia - BI-RADS 2.

Suggest: USG guided biopsy. Mammogram also recommended.

Dr. N. Perera
Consultant Radiologist
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "4A", "bb": "R4A L2",
              "f": ["other R p @9:00 z=4",
                    "mass R p sh=oval ep=complex_cystic_solid va=internal @9:00 z=9",
                    "mass R a",
                    "other L p",
                    "mass L a",
                    "lymph_node B p"],
              "rec": ["biopsy", "additional_imaging"]}})

US.append({"id": "us11_11_netherlands_ede_abus_dense_breasts_supplemental_screening_bi3", "text": """
Ziekenhuis Gelderse Vallei, Ede - Afdeling Radiologie
Onderzoek: ABUS bilateraal (automated breast ultrasound) - supplemental screening

Indication: extremely dense breasts (ACR d) at the national screening programme mammogram 09/2026, BI-RADS 1. Referred by GP at patient request.
Technique: Invenia ABUS 2.0, AP, lateral and medial volumes per breast; coronal reconstructions reviewed. No prior ultrasound available.

Findings:
Right breast: in the lower outer quadrant (approx. 8 o'clock, 4 cm from the nipple, middle depth) an oval, parallel, hypoechoic mass of 7 mm with circumscribed margins and no posterior features. Probably fibroadenoma.
Left breast: multiple small simple cysts, the largest 5 mm. At 12 o'clock a round anechoic cyst of 11 mm with posterior enhancement.

Conclusion:
Right: BI-RADS 3 (probably benign solid lesion, 8 o'clock).
Left: BI-RADS 2 (cysts).
Follow-up ABUS or handheld ultrasound in 6 months is advised.

dr. P. de Vries, radioloog
""", "gold": {"mods": ["ultrasound"], "purpose": "screening", "density": None,
              "overall": "3", "bb": "R3 L2",
              "f": ["mass R p sh=oval or=parallel ep=hypoechoic mg=circumscribed pf=none @8:00 q=lo dp=middle z=7",
                    "mass L p z=5",
                    "mass L p sh=round ep=anechoic pf=enhancement @12:00 z=11"],
              "rec": ["short_interval_followup"]}})

US.append({"id": "us11_12_philippines_taguig_axillary_node_epidermal_cyst_questionable_mass_4a", "text": """
ST. LUKE'S MEDICAL CENTER - GLOBAL CITY
Institute of Radiology - Breast Imaging Section

BILATERAL BREAST AND AXILLARY ULTRASOUND (ACR BI-RADS v2025)

History: 44/F, left axillary fullness x 1 month. Not lactating. Last mammogram 2025 (negative).

Findings:
LEFT AXILLA: One enlarged level I lymph node measuring 21 x 12 mm with eccentric cortical thickening (cortex 5 mm) and a compressed but preserved fatty hilum. The other left axillary nodes are normal.
LEFT BREAST: No mass, non-mass lesion or architectural distortion. In the skin of the inferior breast at 6 o'clock there is a 6 mm oval circumscribed hypoechoic lesion with a tract to the skin surface, consistent with an epidermal inclusion cyst.
RIGHT BREAST: At 10 o'clock, 2 cm from the nipple, there is a questionable 5 mm oval isoechoic structure, possibly a fat lobule versus a small mass; not reproducible in the orthogonal plane.
RIGHT AXILLA: Normal lymph nodes.

Impression:
1. Left axillary lymph node with eccentric cortical thickening. BI-RADS 4A, left. US-guided core biopsy is recommended.
2. Benign epidermal inclusion cyst, left breast.
3. Questionable right 10 o'clock finding, BI-RADS 3 right. Short-term follow-up ultrasound in 6 months.

Jose Ma. Santos, MD, FPCR
""", "gold": {"mods": ["ultrasound"], "purpose": "diagnostic", "density": None,
              "overall": "4A", "bb": "L4A R3",
              "f": ["lymph_node L p z=21",
                    "lymph_node L p",
                    "mass L a",
                    "non_mass L a",
                    "architectural_distortion L a",
                    "mass L p sh=oval mg=circumscribed ep=hypoechoic @6:00 z=6",
                    "mass R q sh=oval ep=isoechoic @10:00 z=5",
                    "lymph_node R p"],
              "rec": ["biopsy", "short_interval_followup"]}})
