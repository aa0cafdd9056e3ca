"""Ultrasound reports of modalities_9 (texts + compact gold)."""

US = []

US.append(dict(id="us9_01_netherlands_mammapoli_left_palpable_fa_swe_bi3", text="""
Ziekenhuis Rivierenland - Mammapoli
Afdeling Radiologie / Department of Radiology

Examination: Ultrasound left breast and left axilla
Date: 18-11-2026
Requesting physician: dr. M. de Vries, surgeon (mammapoli)

Clinical information:
29-year-old woman, palpable lump in the left breast at 2 o'clock, noticed 3 weeks ago. No family history of breast cancer.
Mammography not performed because of age.

Findings:
Left breast, 2 o'clock, 4 cm from the nipple, at the site of the palpable abnormality: oval, circumscribed, hypoechoic
mass of 17 x 11 x 9 mm, parallel to the skin, with slight posterior acoustic enhancement. No internal vascularisation on
colour Doppler. Shear wave elastography: soft, mean 24 kPa.
Left breast, 5 o'clock: simple cyst of 4 mm.
No other abnormalities in the left breast.
Left axilla: a few lymph nodes with normal cortex and fatty hilum.

Conclusion:
Solid mass left breast 2 o'clock with benign characteristics, most likely a fibroadenoma. Small simple cyst.
BI-RADS 3.

Advice: follow-up ultrasound of the left breast in 6 months. Result discussed with the patient at the mammapoli.

dr. J. Bakker, radioloog
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="3", bb="L3",
    f=["mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent el=soft @2:00 z=17",
       "mass L p @5:00 z=4",
       "lymph_node L p"],
    rec=["short_interval_followup"])))

US.append(dict(id="us9_02_kenya_nairobi_complex_cystic_solid_lipoma_4b_typos", text="""
WESTLANDS DIAGNOSTIC & IMAGING CENTRE, NAIROBI
ULTRASOUND REPORT

Name: [redacted]          Age: 46 yrs          Sex: F
Exam: BILATERAL BREAST ULTRASOUND
Ref. Dr: Dr. Otieno (General Surgeon)
Clinical notes: Right breast lump x 2 months, non-tender. ?Fibroadenoma ?Ca. No previous breast imaging.

REPORT:
Both breasts were scanned using a high frequency linear transducer.

RIGHT BREAST:
There is a well defined oval complex cystic and solid mass at the 10 o'clock position, 3 cm from the nipple,
measuring 2.8 x 2.1 cm. Its long axis is parallel to the skin. The solid component is eccentric and shows internal
vascularty on colour Doppler. Posterior acoustic enhancment is noted.
Multiple subcentimetre simple cysts are seen in the upper outer quadrant, the largest measuring 6mm.
The overlying skin is normal.

LEFT BREAST:
A 1.5 cm oval, circumscribed, hyperechoic mass is seen within the subcutaneous fat at the 6 o'clock position,
in keeping with a lipoma.
No other focal lesion seen.

AXILLAE:
Right axilla shows two lymph nodes with preserved fatty hila, the larger measuring 12mm.
Left axilla: normal.

IMPRESSION:
1. Right breast complex cystic and solid mass at 10 o'clock - BI-RADS 4B. ?Intracystic papilloma ?Papillary carcinoma.
2. Right breast simple cysts - benign.
3. Left breast lipoma - BI-RADS 2.

RECOMMENDATION: Ultrasound guided core biopsy of the solid component. Bilateral mammography is advised.

Dr. W. Kamau, Consultant Radiologist
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B L2",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=complex_cystic_solid pf=enhancement va=internal @10:00 z=28",
       "mass R p q=uo z=6",
       "mass L p sh=oval mg=circumscribed ep=hyperechoic @6:00 z=15",
       "lymph_node R p z=12"],
    rec=["additional_imaging", "biopsy"])))

US.append(dict(id="us9_03_pakistan_lahore_bilateral_fibroadenomas_birads_roman_typos", text="""
DEPARTMENT OF DIAGNOSTIC RADIOLOGY
[Teaching Hospital], Lahore

ULTRASOUND BOTH BREASTS

Clinical Hx: 22 yr old unmarried female with multiple lumps both breasts for 6 months. Mother had Ca breast at 48 yrs.

FINDINGS:
Right Breast:
- A well circumscibed oval hypoechoic solid lesion is seen at 9 o'clock position measuring 14 x 8 mm. It is paralel to
  the skin with no posterior acoustic features. No internal vascularity.
- Another similar lesion seen at 11 o'clock measuring 9 x 6 mm.
Left Breast:
- An oval hypoechoic lesion with 2-3 gentle lobulations is seen at 3 o'clock measuring 21 x 12 mm, with circumscribed
  margins. Minimal internal vascularity on colour Doppler. Strain elastography score 2.
- No other solid or cystic lesion.
Both axillae show few reactive looking lymph nodes with maintained fatty hila.
Nipple areolar complex and skin normal bilaterally.

IMPRESSION:
- Bilateral solid breast lesions, likely fibroadenomas.
BIRADS III  Right Breast
BIRADS III  Left Breast

ADVISE: Follow up scan after 6 months. Clinical correlation.

Dr. S. Rehman
FCPS (Radiology)
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="3", bb="R3 L3",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @9:00 z=14",
       "mass R p @11:00 z=9",
       "mass L p sh=oval mg=circumscribed ep=hypoechoic va=internal el=soft @3:00 z=21",
       "mass L a",
       "lymph_node B p"],
    rec=["clinical_correlation", "short_interval_followup"])))

US.append(dict(id="us9_04_philippines_supplemental_dense_cysts_taller_than_wide_4a", text="""
ST. CATHERINE MEDICAL CENTER - BREAST CARE UNIT
Quezon City

BREAST ULTRASOUND (BILATERAL) - SUPPLEMENTAL SCREENING

Clinical data: 41 y/o, G2P2. Heterogeneously dense breasts on screening mammogram (BI-RADS 1, October 2026).
For supplemental screening ultrasound.

SONOGRAPHIC FINDINGS:
Both breasts show heterogeneous background echotexture.
There are anechoic cysts in both breasts with thin walls and posterior enhancement, the largest in the right breast at
8 o'clock measuring 0.7 cm.
At the left breast, 1 o'clock position, 5 cm from the nipple, there is a 0.6 x 0.7 x 0.5 cm hypoechoic nodule that is
taller-than-wide, with angular margins. No posterior acoustic features. No vascularity on power Doppler.
An intramammary lymph node is seen in the left upper outer quadrant, 0.5 cm.
No dilated ducts. No skin thickening.
Both axillae show normal-looking lymph nodes.

IMPRESSION:
Nodule, left breast 1 o'clock, suspicious - BI-RADS 4A.
Bilateral simple cysts - BI-RADS 2.

RECOMMENDATION: Ultrasound-guided core needle biopsy of the left breast nodule.

MARIA THERESA L. SANTOS, MD, FPCR
Radiologist
""", gold=dict(
    mods=["ultrasound"], purpose="screening", overall="4A", bb="R2 L4A",
    f=["mass B p ep=anechoic pf=enhancement @8:00 z=7",
       "mass L p or=not_parallel mg=angular ep=hypoechoic pf=none va=absent @1:00 z=7",
       "lymph_node L p q=uo z=5",
       "other B a",
       "skin B a",
       "lymph_node B p"],
    rec=["biopsy"])))

US.append(dict(id="us9_05_israel_brca_highrisk_us_angular_stiff_mass_4b", text="""
Breast Imaging Unit - [Medical Center], Tel Aviv
Breast ultrasound, bilateral
Date: 02/12/2026

Indication: High-risk screening. BRCA1 carrier, age 38, asymptomatic. Interval ultrasound between annual MRI
examinations (last MRI 06/2026, BIRADS 2).

Technique: Bilateral whole-breast handheld ultrasound including both axillae, with shear-wave elastography of focal
findings. Comparison: ultrasound 12/2025.

Findings:
Right breast: at 10 o'clock, 2 cm FN, a new irregular hypoechoic mass, 9 x 8 x 7 mm, with angular margins and
non-parallel orientation. Posterior acoustic shadowing. Peripheral vessels only, no internal flow. SWE: stiff,
Emax 142 kPa. Not present on the ultrasound of 12/2025.
Right breast, 7 o'clock: a 3 mm cluster of tiny anechoic cysts with thin septations (clustered microcysts), unchanged.
Left breast: oval circumscribed anechoic cyst at 3 o'clock, 5 mm period. No solid mass in the left breast.
Axillae: normal lymph nodes bilaterally.

Summary:
New suspicious mass in the right breast at 10 o'clock - BIRADS 4B.
Benign cystic findings bilaterally.

Recommendation: US-guided core biopsy of the right breast mass.

Dr. Noa Friedman, Breast Imaging
""", gold=dict(
    mods=["ultrasound"], purpose="screening", overall="4B", bb="R4B",
    f=["mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=rim el=hard @10:00 z=9",
       "mass R p s ep=anechoic @7:00 z=3",
       "mass L p sh=oval mg=circumscribed ep=anechoic @3:00 z=5",
       "mass L a",
       "lymph_node B p"],
    rec=["biopsy"])))

US.append(dict(id="us9_06_turkey_istanbul_granulomatous_mastitis_nonmass_abscess_4a", text="""
[Private] Hospital, Istanbul - Department of Radiology
BREAST AND AXILLARY ULTRASONOGRAPHY (Meme ve aksiller USG)

Clinical: 34 y, last delivery 3 years ago. Painful swelling and redness of the left breast for 5 weeks, no response to
two courses of antibiotics. Right breast asymptomatic.

FINDINGS:
LEFT: In the upper outer quadrant, between 12 and 3 o'clock, there is a non-mass lesion of approximately 6 x 3 cm
composed of areas of heterogeneous echogenicity with interconnecting tubular extensions towards the subcutaneous
tissue. Increased vascularity within the lesion on Doppler. Within it there is a 22 x 14 mm collection with a thick
wall and mobile internal echoes, consistent with an abscess. The overlying skin is thickened (4 mm) with subcutaneous
oedema. No discrete mass.
Several reactive-appearing lymph nodes with mildly thickened cortex in the left axilla, the largest 16 mm.
RIGHT: Breast parenchyma and axilla are normal. No mass lesion.

CONCLUSION:
Findings in the left breast are most consistent with idiopathic granulomatous mastitis with abscess formation;
inflammatory breast cancer is less likely but cannot be excluded. BI-RADS 4A (left).
Right breast: BI-RADS 1.

RECOMMENDATION: US-guided core biopsy for histopathology, and aspiration of the abscess for culture.
Referral to the breast surgeon.

Uzm. Dr. E. Yilmaz, Radiologist
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="R1 L4A",
    f=["non_mass L p ep=heterogeneous va=internal q=uo z=60",
       "other L p z=22",
       "skin L p z=4",
       "mass L a",
       "lymph_node L p z=16",
       "mass R a"],
    rec=["biopsy", "other", "surgical_consultation"])))

US.append(dict(id="us9_07_denmark_triple_assessment_right_spiculated_node_bi5", text="""
Mammaklinikken, [Regionshospital] - Diagnostic Centre
Examination: Ultrasound of the right breast and right axilla (same-day triple assessment)
Referral: 58-year-old woman, palpable tumour right breast. Clinical mammography performed today, reported separately.

Description:
Right mamma, kl. 11, 6 cm from the papilla: irregular hypoechoic tumour 19 x 15 mm with spiculated margins, not
parallel to the skin, with posterior shadowing. Internal vessels on colour Doppler. Echogenic foci in the tumour, in
keeping with microcalcifications. Strain elastography: hard (score 5).
No further focal lesions in the right mamma. Skin and nipple without retraction.
Right axilla: one level I lymph node of 14 mm with eccentric cortical thickening up to 4 mm.

Procedure: US-guided core needle biopsy of the tumour (3 x 14G) and FNA of the axillary lymph node performed after
informed consent. Marker clip placed in the tumour. No complications.

Conclusion:
Right breast tumour highly suspicious of malignancy, BI-RADS 5. Suspicious right axillary lymph node.
Result and plan at the multidisciplinary conference on Thursday.

Overlæge L. Sørensen, radiology
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="5", bb="R5",
    f=["mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @11:00 z=19",
       "calcification R p",
       "skin R a",
       "lymph_node R p z=14"],
    rec=["other"])))

US.append(dict(id="us9_08_sa_private_reconstruction_intact_implant_oil_cyst_bi2", text="""
[Practice] Radiology Inc. - Claremont, Cape Town
SONAR: LEFT BREAST (RECONSTRUCTED) AND LEFT AXILLA

Clinical: Left mastectomy 2023 with implant-based reconstruction. New small lump upper inner left breast. ?Recurrence.
Right breast: mammogram and sonar normal 09/2026.

Findings:
The left silicone implant is subpectoral. The implant shell is intact with no intracapsular or extracapsular rupture;
no stepladder sign and no free silicone in the soft tissues.
At the palpable site (10 o'clock, 2 cm from the reconstructed nipple), superficial to the pectoral muscle, there is a
9 x 7 mm round, circumscribed, anechoic lesion with a thin echogenic rim and posterior acoustic enhancement. No
internal vascularity. It is consistent with an oil cyst.
Adjacent to it there is a 12 mm hyperechoic area in the subcutaneous fat, in keeping with fat necrosis.
No solid mass at the mastectomy site.
Left axilla: no abnormal lymph nodes.

Conclusion:
Intact left implant. Oil cyst and fat necrosis at the palpable site, benign. No sonar evidence of recurrence.
BI-RADS 2.

Continue annual mammographic surveillance of the right breast.

Dr. R. Naidoo, Radiologist
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="2", bb="L2",
    f=["implant L p ir=none",
       "mass L p sh=round mg=circumscribed ep=anechoic pf=enhancement va=absent @10:00 z=9",
       "other L p ep=hyperechoic z=12",
       "mass L a",
       "lymph_node L a"],
    rec=["routine_screening"])))

US.append(dict(id="us9_09_hongkong_private_recall_fa_complicated_cyst_skin_cyst_bi3", text="""
[Private] Imaging Centre, Central, Hong Kong
ULTRASOUND OF BOTH BREASTS

History: Recalled after screening mammogram (outside centre) for a right breast focal asymmetry. No palpable mass.

Findings:
Right breast: At the 9 o'clock position, 3 cm from the nipple, corresponding to the mammographic focal asymmetry,
there is an oval, circumscribed, parallel, isoechoic mass measuring 1.2 x 0.6 cm with no posterior features. No
internal vascularity. Elastography: intermediate stiffness (strain score 3).
Left breast: At 2 o'clock, a 0.8 cm round complicated cyst with low-level internal echoes, no internal vascularity.
At left 6 o'clock, a 0.6 cm oval circumscribed hypoechoic lesion in the dermis with a tract to the skin surface, in
keeping with an epidermal inclusion cyst.
Questionable 0.4 cm hypoechoic nodule at left 10 o'clock, which may represent a fat lobule.
Multiple tiny simple cysts in both breasts, the largest 0.3 cm.
Both axillae are unremarkable.

Impression:
1. Right 9 o'clock probably benign mass (likely fibroadenoma), corresponding to the mammographic asymmetry. BI-RADS 3.
2. Left complicated cyst and questionable small nodule. BI-RADS 3.
3. Left epidermal inclusion cyst and bilateral tiny cysts, benign.
Suggest follow-up ultrasound in 6 months.

Dr. K. M. Cheung, FHKCR, FHKAM (Radiology)
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="3", bb="R3 L3",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none va=absent el=intermediate @9:00 z=12",
       "mass L p sh=round va=absent @2:00 z=8",
       "mass L p sh=oval mg=circumscribed ep=hypoechoic @6:00 z=6",
       "mass L q ep=hypoechoic @10:00 z=4",
       "mass B p z=3"],
    rec=["short_interval_followup"])))

US.append(dict(id="us9_10_costarica_bilingual_es_en_nonmass_lesion_microcysts_4a", text="""
CLÍNICA [..] - San José, Costa Rica
Servicio de Imágenes Médicas / Medical Imaging Department

ULTRASONIDO DE MAMAS BILATERAL / BILATERAL BREAST ULTRASOUND
Fecha / Date: 27/11/2026

INFORME (español)
Indicación: Paciente de 52 años, residente en EE.UU. Tamizaje complementario por mamas densas (mamografía en EE.UU.,
10/2026, mamas heterogéneamente densas).
Hallazgos:
Mama derecha: en radio de las 11, a 4 cm del pezón, lesión no masa hipoecoica de 15 mm, sin sombra acústica posterior,
sin vascularidad al Doppler color.
Mama izquierda: en radio de las 3, agrupación de microquistes de 5 mm (microquistes agrupados), con finos septos.
No se observan nódulos sólidos en la mama izquierda.
Axilas: ganglios linfáticos de aspecto normal bilateralmente.
Conclusión:
Mama derecha: lesión no masa hipoecoica, BI-RADS 4A. Se recomienda biopsia guiada por ultrasonido.
Mama izquierda: microquistes agrupados, BI-RADS 2.

REPORT (English translation)
Indication: 52-year-old patient, resident in the USA. Supplemental screening for dense breasts (mammogram in the USA,
10/2026, heterogeneously dense breasts).
Findings:
Right breast: at 11 o'clock, 4 cm from the nipple, 15 mm hypoechoic non-mass lesion, without posterior acoustic
shadowing, with no vascularity on colour Doppler.
Left breast: at 3 o'clock, 5 mm group of microcysts (clustered microcysts) with thin septations.
No solid nodules are seen in the left breast.
Axillae: normal-appearing lymph nodes bilaterally.
Conclusion:
Right breast: hypoechoic non-mass lesion, BI-RADS 4A. Ultrasound-guided biopsy is recommended.
Left breast: clustered microcysts, BI-RADS 2.

Dra. Ana Lucia Vargas Mora, Radióloga / Radiologist
""", gold=dict(
    mods=["ultrasound"], purpose="screening", overall="4A", bb="R4A L2",
    f=["non_mass R p ep=hypoechoic va=absent @11:00 z=15",
       "mass L p @3:00 z=5",
       "mass L a",
       "lymph_node B p"],
    rec=["biopsy"])))

US.append(dict(id="us9_11_qatar_preop_mapping_skin_marking_satellite_6_4b", text="""
[Hospital] - Doha, Qatar. Women's Imaging Section
PROCEDURE: PRE-OPERATIVE ULTRASOUND MAPPING AND SKIN MARKING - LEFT BREAST AND AXILLA
Date: 03/12/2026

Indication: Biopsy-proven invasive ductal carcinoma, left breast 2 o'clock (clip in situ). Planned wide local excision
on 08/12/2026. The surgeon requests skin marking of the tumour and assessment for additional lesions.

Findings:
Lesion A (index, biopsy proven): left 2 o'clock, 5 cm FN, irregular hypoechoic mass with spiculated margins,
21 x 16 x 14 mm, with the marker clip seen within it. Skin-to-lesion distance 1.4 cm.
Lesion B: left 1 o'clock, 7 cm FN, 6 mm round hypoechoic mass with indistinct margins, 18 mm from lesion A.
Not described on the diagnostic ultrasound of 12/11/2026.
The skin over both lesions is not thickened.
Left axilla: no abnormal lymph nodes.

Procedure: The margins of lesion A were marked on the skin with indelible ink in the supine position with the
ipsilateral arm raised. Lesion B was marked separately. Images stored.

Impression:
1. Index left breast carcinoma at 2 o'clock, 21 mm, skin-marked. BI-RADS 6.
2. Additional suspicious 6 mm mass at left 1 o'clock, 18 mm from the index lesion. BI-RADS 4B.
US-guided core biopsy of lesion B is recommended before surgery. Findings discussed with Dr. Al-Kuwari (breast
surgeon) by telephone.

Dr. H. Al-Mansoori, Consultant Breast Radiologist
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="L4B",
    f=["mass L p sh=irregular mg=spiculated ep=hypoechoic @2:00 z=21",
       "mass L p sh=round mg=indistinct ep=hypoechoic @1:00 z=6",
       "skin L a",
       "lymph_node L a"],
    rec=["biopsy"])))

US.append(dict(id="us9_12_nigeria_lagos_email_paste_mojibake_microlobulated_4c", text="""
From: Reports Desk <reports@ikeja-diagnostics.example.ng>
Sent: Tuesday, December 1, 2026 4:12 PM
To: [patient]@gmail.com
Subject: Your Breast Ultrasound Result \u00e2\u20ac\u201c Ref 26/11/4471

Dear Madam,

Please find below your ultrasound result as requested. The signed copy can be collected at our Ikeja branch.

Regards,
Reports Desk

------------------------------
IKEJA DIAGNOSTICS LTD \u00e2\u20ac\u201c Ikeja, Lagos
BILATERAL BREAST ULTRASOUND

CLINICAL INFO: 49yrs, right breast lump x 4/12. Patient\u00e2\u20ac\u2122s sister had breast cancer.

FINDINGS:
RIGHT BREAST:\u00c2\u00a0An irregular hypoechoic mass with microlobulated margins is seen at the 12 o\u00e2\u20ac\u2122clock position, 2cm
from the nipple, measuring 2.4cm x 1.9cm. It is not parallel to the skin and shows combined posterior features
(partial shadowing with posterior enhancement). Internal vascularity is seen on colour Doppler.
Tiny echogenic foci within the mass may represent microcalcifications.
Right axillary lymph nodes: 2 nodes with thickened cortices (up to 5mm) and effaced fatty hila, the larger 1.8cm.

LEFT BREAST:\u00c2\u00a0Oval, circumscribed anechoic cyst at 4 o\u00e2\u20ac\u2122clock measuring 0.9cm, with posterior acoustic
enhancement. No solid mass.
Left axilla: normal lymph nodes.

IMPRESSION:
1. Suspicious right breast mass at 12 o\u00e2\u20ac\u2122clock with abnormal ipsilateral axillary nodes \u00e2\u20ac\u201c BI-RADS 4C.
2. Simple left breast cyst \u00e2\u20ac\u201c BI-RADS 2.

RECOMMENDATION: Ultrasound guided core biopsy of the right breast mass and FNAC of the abnormal axillary node.
Bilateral mammography is advised.

Dr. A. Okonkwo, MBBS, FWACS (Radiology)
------------------------------
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have
received this e-mail in error please notify the sender and delete it. Ikeja Diagnostics Ltd accepts no liability for
any damage caused by this e-mail.
""", gold=dict(
    mods=["ultrasound"], purpose="diagnostic", overall="4C", bb="R4C L2",
    f=["mass R p sh=irregular mg=microlobulated or=not_parallel ep=hypoechoic pf=combined va=internal @12:00 z=24",
       "calcification R q",
       "lymph_node R p z=18",
       "mass L p sh=oval mg=circumscribed ep=anechoic pf=enhancement @4:00 z=9",
       "mass L a",
       "lymph_node L p"],
    rec=["additional_imaging", "biopsy"])))
