from common import write
US = ["ultrasound"]
CASES = [
("us15_01_korea_abus_screening_coronal_retraction_bilat_cysts_4b", """
AUTOMATED BREAST ULTRASOUND (ABUS), BILATERAL - SUPPLEMENTAL SCREENING
Seoul, Korea. Exam date 2026-11-18

Clinical information: 46-year-old woman, dense breasts on screening mammography. Asymptomatic.

Technique: ABUS with 3 volumes per breast (AP, lateral, medial), coronal / transverse / sagittal reconstruction reviewed on workstation. Targeted hand-held US performed for the right lesion.

Findings:
Right breast - At 10 o'clock, 3 cm from the nipple, an irregular hypoechoic mass with indistinct margin, not parallel orientation, measuring 9 x 7 x 8 mm. Posterior acoustic shadowing (+). On the coronal plane a retraction phenomenon (converging hyperechoic lines) is noted around the mass. On hand-held Doppler there is internal vascularity.
Left breast - Multiple simple cysts, the largest 6 mm at 2 o'clock. No solid mass in the left breast.
No axillary lymphadenopathy.

Conclusion:
1. Right 10 o'clock irregular mass with coronal retraction phenomenon: BI-RADS category 4B. US-guided core needle biopsy is recommended.
2. Left breast simple cysts: BI-RADS category 2.
""", dict(mods=US, purpose="screening", overall="4B", bb="R4B L2", f=[
 "mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal @10:00 z=9",
 "mass L p",
 "mass L a",
 "ln B a"], rec=["biopsy"])),

("us15_02_germany_mammasonographie_swe_kpa_ms_bilateral_4c", """
Radiologische Gemeinschaftspraxis - Mammasonographie beidseits (report in English for the referring gynaecologist)

Indication: Palpable firmness right breast upper outer quadrant, 58 y.

Findings:
Right breast: At 10 o'clock, 5 cm from the mamilla, irregular hypoechoic mass, spiculated margins, not parallel (taller-than-wide), posterior acoustic shadowing, 17 x 14 x 15 mm. Shear-wave elastography: Emax 186 kPa (7.9 m/s), i.e. hard.
Left breast: At 2 o'clock, 4 cm FN, oval circumscribed hypoechoic mass parallel to the skin, 14 x 6 mm, no posterior features. Shear-wave elastography: Emean 28 kPa (3.0 m/s), soft. No internal vascularity on colour Doppler.
Axilla both sides: normal lymph nodes with slim cortex and fatty hilum.

Assessment:
Right: BI-RADS 4C - suspicious for carcinoma, ultrasound-guided core biopsy (14G) arranged.
Left: BI-RADS 3 - probably fibroadenoma; sonographic control in 6 months.
""", dict(mods=US, purpose="diagnostic", overall="4C", bb="R4C L3", f=[
 "mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing el=hard @10:00 z=17",
 "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none el=soft va=absent @2:00 z=14",
 "ln B p"], rec=["biopsy", "short_interval_followup"])),

("us15_03_japan_strain_elastography_tsukuba_strain_ratio_4a", """
BREAST ULTRASOUND REPORT  (Dept. of Breast Surgery / Radiology, Osaka)
Bilateral. Symptom: L breast lump noticed by pt 2 weeks ago.

Lt breast C area (upper outer), 1 o'clock: hypoechoic mass 12x9x8mm. Shape oval, margin microlobulated, orientation parallel. Posterior echo: no change (none). Internal echo: hypoechoic.
 Strain elastography: Tsukuba elasticity score 3 (intermediate), FLR (fat-to-lesion strain ratio) 3.2.
Lt breast 4 o'clock: simple cyst 5mm.
Rt breast D area (lower outer), 8 o'clock: oval circumscribed hypoechoic mass 7mm, parallel, posterior echo enhancement. Tsukuba score 1 (soft), strain ratio 1.4. Unchanged from previous US 2025/10.
Axilla: No swollen lymph nodes, bilateral.

Impression:
Lt 1 o'clock mass - BI-RADS 4A. Recommend core needle biopsy.
Rt 8 o'clock mass, stable, probable fibroadenoma - BI-RADS 2.
""", dict(mods=US, purpose="diagnostic", overall="4A", bb="L4A R2", f=[
 "mass L p sh=oval mg=microlobulated or=parallel ep=hypoechoic pf=none el=intermediate @1:00 q=uo z=12",
 "mass L p @4:00 z=5",
 "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement el=soft @8:00 q=lo z=7",
 "ln B a"], rec=["biopsy"])),

("us15_04_turkey_doppler_resistive_index_complicated_cyst_4b", """
BILATERAL BREAST ULTRASONOGRAPHY AND COLOR DOPPLER EXAMINATION
Istanbul - Radiology Department

Clinical: 52 y, left breast mass, mammography performed at outside center.

LEFT BREAST: In the upper outer quadrant at 2 o'clock, 4 cm from the nipple, a 21x16 mm irregular shaped, hypoechoic mass with angular margins, not parallel to the skin, with posterior acoustic shadowing is observed. On colour Doppler, internal vascularity is present; spectral analysis shows RI 0.84 (high resistance). Strain elastography: hard (score 5).
RIGHT BREAST: At 9 o'clock a 11x8 mm oval complicated cyst with low-level internal echoes and posterior enhancement, no internal vascularity on Doppler. Other parenchyma is normal.
AXILLA: Left axilla, a lymph node with cortical thickness 4 mm and eccentric cortical thickening is seen. Right axilla normal.

RESULT:
- Left breast mass, BI-RADS 4B; tru-cut biopsy recommended. Left axillary lymph node suspicious - FNA may be performed at the same session.
- Right complicated cyst, BI-RADS 3, follow-up US in 6 months.
""", dict(mods=US, purpose="diagnostic", overall="4B", bb="L4B R3", f=[
 "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 q=uo z=21",
 "mass R p sh=oval pf=enhancement va=absent @9:00 z=11",
 "ln L p"], rec=["biopsy", "short_interval_followup"])),

("us15_05_india_axillary_staging_us_cortical_thickness_known_ca_4c", """
ULTRASOUND BOTH BREASTS AND AXILLAE (STAGING)
Dept of Radio-diagnosis, Pune

H/o: Biopsy proven IDC right breast (HPE 10/11/26). For axillary staging prior to NACT.

Right breast: Known irregular hypoechoic mass at 10 o'clock, 3 cm FN, measuring 2.3 x 1.9 cm, not parallel, with spiculated margins, biopsy clip in situ.
Right axilla: A level I lymph node measuring 1.8 x 1.1 cm with cortical thickness of 5.2 mm and effaced fatty hilum. Level II and III - no lymphadenopathy.
Left breast: Normal fibroglandular echotexture. No focal mass.
Left axilla: Few normal nodes, cortical thickness upto 1.6 mm, preserved fatty hila.

IMPRESSION:
1. Known right breast carcinoma - BI-RADS 6.
2. Suspicious right axillary level I node (cortex 5.2 mm) - BI-RADS 4C. USG guided FNAC / core biopsy of the node suggested with clip placement.
3. Left breast and axilla normal - BI-RADS 1.
""", dict(mods=US, purpose="diagnostic", overall="4C", bb="R6 R4C L1", f=[
 "mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic @10:00 z=23",
 "ln R p z=18",
 "ln R a",
 "mass L a",
 "ln L p"], rec=["biopsy"])),

("us15_06_brazil_lactation_galactocele_bilateral_ductal_dilatation_bi2", """
ULTRASSONOGRAFIA MAMÁRIA BILATERAL - ENGLISH VERSION ON REQUEST
Clínica de Imagem, Belo Horizonte - MG

Indication: Lactating patient, 31 years, 4 months post partum, palpable nodule left breast.

Findings:
Breasts with lactational pattern, diffusely hyperechoic parenchyma.
Bilateral ductal dilatation, up to 3 mm, compatible with lactation.
Left breast, 12 o'clock, 2 cm from the nipple (palpable site): oval circumscribed mass, parallel, 24 x 15 mm, with fat-fluid level and no internal vascular flow on Doppler, compatible with galactocele.
Right breast: no nodules or cysts.
Axillae: lymph nodes with normal aspect.

Conclusion:
Galactocele in the left breast. Lactational changes.
BI-RADS®: 2 - benign finding.
Clinical correlation with the attending mastologist is recommended.
""", dict(mods=US, purpose="diagnostic", overall="2", bb="", f=[
 "other B p",
 "mass L p sh=oval mg=circumscribed or=parallel va=absent @12:00 z=24",
 "mass R a",
 "ln B p"], rec=["clinical_correlation"])),

("us15_07_hong_kong_adolescent_juvenile_fibroadenoma_bi3", """
ULTRASOUND OF BOTH BREASTS
Private Hospital, Kowloon, Hong Kong

Clinical history: 15-year-old girl. Enlarging painless lump in R breast for 3 months. Menarche at 12.

Findings:
Right breast: A large oval, well circumscribed, homogeneously hypoechoic mass is seen at the 11 o'clock position, 3 cm from the nipple, measuring 3.4 x 2.8 x 1.9 cm. It is parallel to the skin with posterior acoustic enhancement. Internal vascularity is seen on colour Doppler. No calcification.
Left breast: Normal glandular tissue for age. No mass.
No enlarged axillary lymph nodes on both sides.

Impression:
Right breast 11 o'clock mass, in keeping with a (juvenile) fibroadenoma given age. BI-RADS 3.
Left breast normal, BI-RADS 1.
Suggest follow-up ultrasound in 6 months. In view of its size, referral to breast surgeon for consideration of excision.
""", dict(mods=US, purpose="diagnostic", overall="3", bb="R3 L1", f=[
 "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=internal @11:00 z=34",
 "calc R a",
 "mass L a",
 "ln B a"], rec=["short_interval_followup", "surgical_consultation"])),

("us15_08_us_academic_us_guided_core_biopsy_target_first_prior_4b", """
ULTRASOUND-GUIDED CORE NEEDLE BIOPSY, LEFT BREAST

TARGET: Left breast 2:00, 5 cm from nipple, 11 mm irregular hypoechoic mass with angular margins, not parallel, with posterior shadowing. This was assessed as BI-RADS 4B at diagnostic ultrasound on 11/20/2026.

PROCEDURE: Risks, benefits and alternatives were discussed and written informed consent obtained. Time-out performed. The target was localized sonographically. After sterile prep and 1% lidocaine local anesthesia, a 14-gauge spring-loaded device was used to obtain 5 cores through a lateral approach. Post-fire images document the needle traversing the mass. A ribbon-shaped marker clip was deployed at the biopsy site. Hemostasis with manual compression.

POST-PROCEDURE: No hematoma on post-procedure ultrasound. The patient tolerated the procedure well without immediate complication.

IMPRESSION:
Successful ultrasound-guided core biopsy of the left breast 2:00 mass with clip placement. Pathology is pending; results will be communicated to the patient and to Dr. Alvarez by the breast imaging nurse navigator.
""", dict(mods=US, purpose="diagnostic", overall=None, bb="", f=[
 "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing @2:00 z=11",
 "other L a"], rec=[])),

("us15_09_netherlands_second_look_us_after_mri_correlate_4a", """
Echografie mammae links en rechts - second-look na MRI
Ziekenhuis regio Utrecht

Indication: High-risk screening MRI 25-11-2026 (BI-RADS 4): 7 mm enhancing mass left breast 1 o'clock and a small area of non-mass enhancement right breast 8 o'clock. Second-look ultrasound requested.

Findings:
Left mamma: at 1 o'clock, 4 cm from the nipple, corresponding in location and size to the MRI lesion, an oval hypoechoic mass with indistinct margin, parallel, 6 mm. No posterior features. No vascularisation.
Right mamma: targeted examination of the 8 o'clock region shows normal fibroglandular tissue; no mass at this site.
Axilla bilateral: no pathological lymph nodes.

Conclusion:
Left 1 o'clock: sonographic correlate of the MRI mass. BI-RADS 4A left - US-guided biopsy advised.
Right 8 o'clock: no sonographic correlate for the MRI finding; MRI-guided biopsy remains advised.
""", dict(mods=US, purpose="diagnostic", overall="4A", bb="L4A", f=[
 "mass L p sh=oval mg=indistinct or=parallel ep=hypoechoic pf=none va=absent @1:00 z=6",
 "mass R a",
 "ln B a"], rec=["biopsy"])),

("us15_10_sweden_abus_supplemental_screening_dense_negative_bi2", """
ABUS - automatiserad bröstultraljud / Automated breast ultrasound, both breasts
Screening unit, Region Skåne

Background: Supplemental screening for dense breasts as part of the regional programme. No symptoms.

Both breasts examined with 3 sweeps each; coronal reformats reviewed by two readers (double reading).

Findings:
Bilateral small simple cysts, max 5 mm.
No suspicious masses or architectural distortion in either breast. No retraction phenomenon on coronal images.

Conclusion: Benign findings. BI-RADS 2.
Back to routine screening at the normal interval (mammography every 18-24 months).
""", dict(mods=US, purpose="screening", overall="2", bb="", f=[
 "mass B p",
 "mass B a",
 "ad B a"], rec=["routine_screening"])),

("us15_11_israel_brca_us_possible_nonmass_lesion_stable_fa_4a", """
BREAST ULTRASOUND - BILATERAL
Breast Health Center, Tel Aviv

Clinical: 38 y, BRCA2 carrier, routine semiannual sonography between MRIs. Prior US 05/2026.

Right breast: The known fibroadenoma at 6 o'clock, oval circumscribed hypoechoic, parallel, 11 mm, is unchanged in size and appearance since 2024.
Left breast: At 3 o'clock, 6 cm from the nipple, there is an ill-defined hypoechoic area of about 15 mm, possibly a non-mass lesion, with no posterior shadowing and no internal vascularity. Not seen on the prior US.
No suspicious axillary lymph nodes bilaterally.

Summary:
Left breast: BI-RADS 4A. US-guided core biopsy recommended; correlation with breast MRI suggested (MRI was due in 01/2027 and may be moved up).
Right breast: BI-RADS 2.
""", dict(mods=US, purpose="diagnostic", overall="4A", bb="L4A R2", f=[
 "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic @6:00 z=11",
 "nme L q ep=hypoechoic va=absent @3:00 z=15",
 "ln B a"], rec=["additional_imaging", "biopsy"])),

("us15_12_argentina_swe_ms_doppler_ri_two_left_masses_4b", """
ECOGRAFÍA MAMARIA BILATERAL CON DOPPLER Y ELASTOGRAFÍA (report translated for the patient's oncologist)
Centro de Diagnóstico, Buenos Aires

Motivo: 47 años. Nódulo palpable en mama izquierda / palpable lump left breast.

Mama izquierda (left breast):
- 3 hs (3 o'clock), 2 cm from nipple: oval circumscribed hypoechoic mass, parallel, 9 x 6 mm. SWE 2.1 m/s (soft). No flow on Doppler.
- 5 hs, 6 cm from nipple (palpable): irregular mass, microlobulated margins, hypoechoic, not parallel, 12 x 10 mm. SWE 6.8 m/s - hard. Power Doppler: internal vascularity with penetrating vessel, RI 0.79.
Mama derecha (right breast):
- 9 hs: oval complicated cyst with low-level echoes and fluid-debris level, 8 mm, no internal vascularity.
Axilas: sin adenomegalias (no enlarged axillary nodes).

Conclusión:
Left breast: BI-RADS 4B (5 hs mass). Core biopsy recommended. The 3 hs nodule is probably benign.
Right breast: BI-RADS 3, control ecográfico en 6 meses (follow-up US in 6 months).
""", dict(mods=US, purpose="diagnostic", overall="4B", bb="L4B R3", f=[
 "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic el=soft va=absent @3:00 z=9",
 "mass L p sh=irregular mg=microlobulated ep=hypoechoic or=not_parallel el=hard va=internal @5:00 z=12",
 "mass R p sh=oval va=absent @9:00 z=8",
 "ln B a"], rec=["biopsy", "short_interval_followup"])),
]
if __name__ == "__main__":
    write(CASES)
