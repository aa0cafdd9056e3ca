ITEMS = []

ITEMS.append(dict(id="us22_01_sri_lanka_letter_to_surgeon_right_targeted_oval_rim_flow_bi3",
mods="us", purpose="diagnostic", overall="3", bb="R=3",
f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=rim el=soft @10:00 z=17",
   "ln R a"],
rec=["short_interval_followup", "clinical_correlation"],
text="""
DEPARTMENT OF RADIOLOGY - TEACHING HOSPITAL KANDY
Ultrasound Unit, Ward Complex B

Date: 14/03/2026
Ref: USS/B/2026/0418

Dr. R. Wijesinghe
Consultant Surgeon, Surgical Unit III

Dear Dr. Wijesinghe,

Re: Mrs. K. M. D. (34 yrs), BHT No. 2241/26 - ULTRASOUND SCAN OF THE RIGHT BREAST

Thank you for referring this patient with a lump in the right breast of two months duration. A targetted
ultrasound of the right breast and right axilla was done with a 12 MHz linear probe.

At the 10 o'clock position, 4 cm from the nipple, corresponding to the palpable area, there is an oval,
well circumscribed hypoechoic mass measuring 17 x 11 x 9 mm. It lies parallel to the skin and shows mild
posterior acoustic enhancement. Colour Doppler shows a few vessels at the periphery of the lesion (rim
vascularity) with no internal flow. On strain elastography the lesion is soft, similar to the surrounding fat.

The rest of the right breast shows normal fibroglandular echotexture. No axillary lymphadenopathy on the right.

In my opinion the appearances are those of a fibroadenoma - BI-RADS 3 (probably benign).

I would suggest a repeat scan in six months, or earlier if the lump enlarges. Please correlate with the
clinical findings.

Yours sincerely,

Dr. S. Jayawardena
MBBS, MD (Radiology)
Consultant Radiologist
"""))

ITEMS.append(dict(id="us22_02_mexico_translated_hard_wrapped_ehr_left_irregular_stiff_node_right_cyst_4c",
mods="us", purpose="diagnostic", overall="4C", bb="L=4C R=2",
f=["mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 z=21",
   "ln L p",
   "mass R p sh=round mg=circumscribed ep=anechoic pf=enhancement @9:00 z=8",
   "other B a"],
rec=["biopsy"],
text="""
HOSPITAL GENERAL DE ZONA No. 8 - SERVICIO DE IMAGENOLOGIA
ESTUDIO: ULTRASONIDO MAMARIO BILATERAL (BILATERAL BREAST ULTRASOUND)
[English translation generated for the patient portal]

CLINICAL DATA: 52 y/o female, hard lump in the left breast noticed 1
month ago. No previous studies.

FINDINGS:
The study was performed with a high-resolution linear transducer in
both breasts and axillary regions.
LEFT BREAST: at 2 o'clock, 5 cm from the nipple, there is a hypoechoic
mass of irregular shape with indistinct margins, oriented not parallel
to the skin, measuring 21 x 18 x 16 mm, with marked posterior acoustic
shadowing. Doppler shows internal vascularity. On shear-wave
elastography the lesion is stiff (Emax 148 kPa).
Left axilla: a lymph node with eccentric cortical thickening of 5 mm
and partially effaced fatty hilum.
RIGHT BREAST: at 9 o'clock a round, anechoic cyst with well-defined
(circumscribed) walls and posterior reinforcement, 8 mm. Right axilla
with no relevant findings.
No ductal ectasia in either breast.

IMPRESSION:
1. Solid mass in the left breast, highly suspicious for malignancy,
with an abnormal ipsilateral axillary lymph node.
2. Simple cyst in the right breast.

BI-RADS 4C LEFT BREAST
BI-RADS 2 RIGHT BREAST

RECOMMENDATION: ultrasound-guided core needle biopsy of the left
breast mass and fine needle aspiration of the left axillary node.
"""))

ITEMS.append(dict(id="us22_03_south_africa_speech_recognition_no_punctuation_bilateral_cysts_bi2",
mods="us", purpose="diagnostic", overall="2", bb="R=2 L=2",
f=["mass R p sh=oval mg=circumscribed ep=anechoic pf=enhancement @10:00 z=12",
   "mass L p sh=round mg=circumscribed ep=anechoic @3:00 z=6",
   "mass B a",
   "ln B p"],
rec=["routine_screening"],
text="""
PARKTOWN BREAST IMAGING - ROSEBANK
BILATERAL BREAST ULTRASOUND
Dictated: Dr N. Pillay   Transcribed by: speech recognition (unedited)

clinical breast tenderness bilateral cyclical no palpable mass

findings both breasts were scanned in all four quadrants and the retroareolar regions the fibroglandular tissue is heterogeneous
right breast at 10 o'clock 3 cm from the nipple there is an oval anechoic cyst with circumscribed margins and posterior acoustic enhancement measuring 12 mm no internal echoes no solid component
left breast at 3 o'clock a round anechoic cyst circumscribed 6 mm
no solid masses in either breast
axillae both axillae show normal looking lymph nodes with fatty hila

impression simple cysts both breasts benign finding by rads 2 bilaterally

recommend return to routine annual mammographic screening
"""))

ITEMS.append(dict(id="us22_04_tanzania_side_by_side_right_left_columns_complex_cystic_solid_left_4b",
mods="us", purpose="diagnostic", overall="4B", bb="R=1 L=4B",
f=["mass L p sh=irregular mg=microlobulated or=parallel ep=complex_cystic_solid pf=combined va=internal @6:00 z=26",
   "mass R a",
   "ln R a",
   "ln L p",
   "skin L a"],
rec=["biopsy"],
text="""
BUGANDO MEDICAL CENTRE, MWANZA - DEPARTMENT OF RADIOLOGY
BREAST ULTRASOUND (BOTH BREASTS)
Age: 47   Sex: F   Clinical: Lt breast swelling, ? abscess ? tumour. Afebrile.

                     RIGHT BREAST            LEFT BREAST
Parenchyma           Fibrofatty, normal      Fibrofatty
Mass                 None                    Present, 6 o'clock, 3 cm FN
Shape                -                       Irregular
Margin               -                       Microlobulated
Orientation          -                       Parallel
Echo pattern         -                       Complex cystic and solid
Posterior features   -                       Combined (enhancement + shadowing)
Size                 -                       26 x 20 x 18 mm
Vascularity          -                       Internal flow in solid part
Skin                 Normal                  No thickening
Axillary nodes       None seen               One node, normal hilum, 9 mm
BI-RADS              1                       4B

COMMENT: Complex cystic and solid mass in the left breast at 6 o'clock. No features of abscess
(no surrounding inflammatory change). Suspicious, needs tissue diagnosis.

ADVICE: US guided core biopsy of the solid component, left breast.

Reported by: Dr. E. Mushi, Radiologist
"""))

ITEMS.append(dict(id="us22_05_oman_young_palpable_left_mass_possible_microcalcs_incomplete_bi0",
mods="us", purpose="diagnostic", overall="0", bb="L=0",
f=["mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic va=internal @12:00 z=14",
   "calc L q",
   "ln L a"],
rec=["additional_imaging"],
text="""
SULTAN QABOOS UNIVERSITY HOSPITAL - DEPARTMENT OF RADIOLOGY & MOLECULAR IMAGING
Exam: US BREAST LEFT (TARGETED)
Accession: 88120457

INDICATION: 29-year-old, palpable lump left breast 12 o'clock, first noticed 3 weeks ago. No prior imaging.
Family history: mother breast cancer at 41.

TECHNIQUE: Targeted grey-scale and colour Doppler ultrasound of the left breast and left axilla.

FINDINGS:
At the 12 o'clock position, 2 cm from the nipple, at the site of the palpable abnormality, there is an irregular
hypoechoic mass with angular margins measuring 14 x 12 x 10 mm. It is taller than wide. Tiny echogenic foci are
seen within the mass, possibly representing microcalcifications. Internal vascularity on colour Doppler.
The left axilla shows no abnormal lymph nodes.

IMPRESSION:
Suspicious left breast mass at 12 o'clock with possible internal microcalcifications. Given the patient's age
mammography has not yet been performed; assessment is incomplete pending diagnostic mammography of both breasts
to characterise the calcifications and their extent.

BI-RADS 0 - Incomplete: needs additional imaging evaluation.

Recommend bilateral diagnostic mammogram with magnification views of the left 12 o'clock region, then
re-assessment.
"""))

ITEMS.append(dict(id="us22_06_czech_translated_mass_in_skin_epidermal_cyst_right_normal_left_r2_l1",
mods="us", purpose="diagnostic", overall="2", bb="R=2 L=1",
f=["mass R p sh=oval mg=circumscribed ep=hypoechoic pf=enhancement va=absent @8:00 z=9",
   "mass L a",
   "ln B p"],
rec=["clinical_correlation"],
text="""
Fakultni nemocnice - Radiologicka klinika
SONOGRAFIE PRSOU (BREAST ULTRASOUND) - translated for the patient portal

Request: small firm nodule in the skin of the right breast, lower outer part, noticed by the patient.

Description:
Right breast: in the skin and subcutis at 8 o'clock, at the site marked by the patient, an oval, sharply
circumscribed hypoechoic lesion 9 x 6 mm is seen, arising from the dermis with a thin tract to the skin surface,
with posterior acoustic enhancement, without vascularisation on colour Doppler. Appearance of an epidermal
inclusion (sebaceous) cyst, i.e. a mass in the skin. The remaining right breast parenchyma is unremarkable.
Left breast: fibroglandular parenchyma of normal structure, no solid or cystic lesion.
Axillae: lymph nodes of normal sonographic appearance on both sides.

Conclusion:
Benign cutaneous lesion of the right breast (epidermal inclusion cyst).
BI-RADS 2 right, BI-RADS 1 left.
Clinical correlation recommended.

MUDr. J. Novakova
"""))

ITEMS.append(dict(id="us22_07_us_telerad_impression_first_two_right_masses_4a_and_3_left_negative",
mods="us", purpose="diagnostic", overall="4A", bb="R=4A L=1",
f=["mass R p sh=oval mg=indistinct or=parallel ep=hypoechoic pf=none va=internal @7:00 z=11",
   "mass R p s sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none @11:00 z=8",
   "mass L a",
   "ln B a"],
rec=["biopsy", "short_interval_followup"],
text="""
NOCTURNE TELERADIOLOGY - BREAST  |  FINAL REPORT
Exam: US BREAST BILATERAL COMPLETE       Ordering: Lakeview Family Medicine
Comparison: Breast US 09/2025 (outside, images available)
Indication: follow up of right breast nodule; new area of concern right lower outer breast on self exam.

IMPRESSION:
1. RIGHT 7:00: New oval hypoechoic mass with indistinct margins, 11 mm. BI-RADS 4A, suspicious
   (low). Ultrasound-guided core biopsy recommended.
2. RIGHT 11:00: Circumscribed isoechoic oval mass, 8 mm, unchanged from 09/2025, likely
   fibroadenoma. BI-RADS 3. Follow-up ultrasound in 6 months for this lesion.
3. LEFT: Negative. BI-RADS 1.

FINDINGS:
RIGHT BREAST: At 7:00, 6 cm from the nipple, there is an oval hypoechoic mass measuring 11 x 7 x 9 mm
with indistinct margins, parallel orientation and no posterior acoustic features. Internal vascularity is
present. This was not seen on the 09/2025 exam.
At 11:00, 4 cm FN, the previously described oval circumscribed isoechoic mass, parallel, no posterior
features, measures 8 x 5 x 6 mm (previously 8 x 5 x 5 mm), stable.

LEFT BREAST: No solid or cystic mass.

AXILLAE: No suspicious lymph nodes bilaterally.

Patient was informed of the results and the biopsy recommendation at the time of the exam.
"""))

ITEMS.append(dict(id="us22_08_lebanon_implant_us_snowstorm_right_extracapsular_silicone_node_left_intact_bi2",
mods="us", purpose="diagnostic", overall="2", bb="R=2 L=1",
f=["impl R p ir=extracapsular",
   "ln R p",
   "impl L p ir=none",
   "mass B a"],
rec=["additional_imaging", "surgical_consultation"],
text="""
Clemenceau Medical Center - Beirut
Department of Diagnostic Radiology

BILATERAL BREAST AND IMPLANT ULTRASOUND

History: Bilateral cosmetic silicone implants (subglandular) placed 2011. Right breast
asymmetry and mild discomfort for 2 months.

Findings:
Right: the implant shell shows multiple discontinuous echogenic lines within the lumen
(stepladder sign). Outside the fibrous capsule, in the upper outer quadrant, there is an
area of "snowstorm" echogenicity with dirty posterior shadowing, in keeping with free
silicone. Findings are those of extracapsular rupture of the right implant. A right axillary
lymph node shows the same snowstorm appearance (silicone-laden node).
Left: the implant is intact, with a smooth anechoic lumen and no intracapsular echoes.
No solid breast masses are identified on either side.

Conclusion:
- Right implant: extracapsular rupture with silicone migration to a right axillary lymph node.
  BI-RADS 2.
- Left implant: intact. BI-RADS 1.

Recommendation: MRI of the implants (silicone protocol) for full assessment, and referral
to the plastic surgeon.
"""))
