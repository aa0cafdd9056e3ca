"""Ultrasound reports us4_01 - us4_05 (texts + compact gold)."""

R = []

R.append(dict(id="us4_01_us_outpatient_left_palpable_cysts", text="""
SUNRISE OUTPATIENT IMAGING
Patient: [redacted]        DOB: [redacted]        Acct: 88213047
Exam date: 02/11/2026      Ordering: Maria Lopez, NP

EXAM: US BREAST LEFT LIMITED

HISTORY: 44 year old female with a palpable lump in the left breast at approximately 2 o'clock,
noticed 3 weeks ago. No prior breast surgery.

COMPARISON: Screening mammogram 06/2025 (BI-RADS 1).

TECHNIQUE: Real-time grayscale and color Doppler ultrasound of the left breast from 1 to 4 o'clock,
directed to the palpable area marked by the patient.

FINDINGS:
At the site of the palpable abnormality, left breast 2 o'clock, 5 cm from the nipple, there is an
oval anechoic mass with circumscribed margins and posterior acoustic enhancement measuring
1.8 x 1.1 x 1.4 cm, consistent with a simple cyst. No internal vascularity.

At 3 o'clock, 4 cm from the nipple, there is a 6 mm round circumscribed mass with low-level internal
echoes and no internal flow on color Doppler, compatible with a complicated cyst.

No solid mass is identified in the scanned area.

IMPRESSION:
1. The palpable lump corresponds to a 1.8 cm simple cyst at left 2 o'clock.
2. 6 mm complicated cyst at left 3 o'clock, benign.
No sonographic evidence of malignancy.

BI-RADS 2: Benign.

RECOMMENDATION: Return to annual screening mammography.

Electronically signed by: Robert Haines, MD  02/11/2026 15:42
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="2", bb="L2",
    f=["mass L p sh=oval mg=circumscribed ep=anechoic pf=enhancement va=absent @2:00 z=18",
       "mass L p sh=round mg=circumscribed va=absent @3:00 z=6",
       "mass L a"],
    rec=["routine_screening"]))

R.append(dict(id="us4_02_uk_nhs_one_stop_u5_abbreviations", text="""
Royal Wessex Hospitals NHS Foundation Trust
Breast Imaging Unit - Symptomatic Clinic

Examination: US Rt breast + Rt axilla            Date: 14/01/2026
Referrer: Breast clinic (Mr A Khan)               Reported by: Dr L Pritchard, Consultant Radiologist

Clinical: 58F. 4/52 hx Rt breast lump 10 o'c. P4. Mammo today M5 Rt (see separate report).

Findings:
Rt 10 o'clock, 6cm FN: ill-defined irregular hypoechoic mass, 19 x 15 x 17mm, non-parallel
orientation, posterior acoustic shadowing. Internal vascularity on colour Doppler. Several echogenic
foci within the mass in keeping with microcalcification. SWE: stiff, Emax 168 kPa.
Rt 11 o'clock, 4cm FN: separate 5mm irregular hypoechoic nodule - ?satellite lesion.
Rt axilla: one morphologically abnormal node, cortex 4.5mm with effacement of the fatty hilum.

US guided core biopsy Rt 10 o'c mass, 14G x3, marker clip placed. FNA of the abnormal Rt axillary node.

Conclusion:
Rt breast 10 o'clock mass, highly suspicious of malignancy. U5.
Probable satellite at 11 o'clock. U4.
Rt axilla: abnormal node. U4.

Plan: Results to be discussed at breast MDM 21/01. Staging MRI requested.
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall=None, bb="",
    f=["mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @10:00 z=19",
       "calc R p",
       "mass R p sh=irregular ep=hypoechoic @11:00 z=5",
       "ln R p"],
    rec=["other", "additional_imaging"]))

R.append(dict(id="us4_03_au_private_fibroadenoma_cysts_microcysts", text="""
COASTAL RADIOLOGY PARTNERS
BILATERAL BREAST ULTRASOUND

Clinical Notes: 36yo. Bilateral cyclical breast pain, R>L. ?lump R breast outer aspect. No family history.

Report:
Both breasts have been scanned in their entirety including the axillary tails.

Right breast: At 10 o'clock, 3cm from the nipple, there is a 9 x 5 x 7mm oval, circumscribed,
hypoechoic solid lesion, orientated parallel to the skin, with no posterior acoustic features. No
internal vascularity. Shear wave elastography: soft (mean 18 kPa). Appearance is that of a
fibroadenoma. This corresponds to the area of clinical concern.
Several simple cysts are also present in the right breast, the largest 7mm at 8 o'clock.

Left breast: A cluster of microcysts at 3 o'clock, 2cm from the nipple, measuring 8mm in total.
A few small simple cysts elsewhere, up to 4mm.

Axillae: Normal bilaterally.

Conclusion:
Probable fibroadenoma right breast 10 o'clock. Benign cysts bilaterally and a cluster of microcysts
in the left breast.
Right BI-RADS 3. Left BI-RADS 2.
Recommend follow-up ultrasound in 6 months to confirm stability, or biopsy if clinically preferred.

Thank you for referring this patient.
Dr J. Nguyen FRANZCR
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @10:00 z=9",
       "mass R p @8:00 z=7",
       "mass L p @3:00 z=8",
       "mass L p z=4"],
    rec=["short_interval_followup", "biopsy"]))

R.append(dict(id="us4_04_srilanka_usg_lipoma_microlobulated_typos", text="""
COLOMBO CENTRAL DIAGNOSTIC SERVICES
Department of Imaging

ULTRASOUND SCAN OF BOTH BREASTS

Clinical details: 41 year old lady presented with a painless lump in the left breast for 2 months.

Findings:
Both breasts show heterogeneous fibroglandular echotexture.

RIGHT BREAST:
A small hypoechoic lesion with micro-lobulted margins is seen at 12 o'clock position, 2 cm from
the nipple, measuring 11 x 8 mm. It is wider than tall and shows internal vascularty on colour
Doppler. No posterior acoustic shadowing.
No other focal lesion.

LEFT BREAST:
A well defined hyperechoic lesion is seen in the subcutaneous fat at 4 o'clock, measuring
15 x 8 mm, parallel to the skin, with no vascularity. Features are in favour of a lipoma. This
corresponds to the palpable lump.
No solid or cystic lesion in the left breast parenchyma.

AXILLAE:
Few lymph nodes with preserved fatty hila are seen in both axillae. No lymphadenopathy.

IMPRESSION:
1. Right breast 12 o'clock hypoechoic lesion with microlobulated margins and internal vascularity
   - BIRADS 4A. Ultrasound guided core biopsy is advised.
2. Left breast 4 o'clock lipoma corresponding to the palpable lump - BIRADS 2.

Dr. (Mrs.) K. Perera
MBBS, MD (Radiology)
Consultant Radiologist
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4A", bb="R4A L2",
    f=["mass R p mg=microlobulated or=parallel ep=hypoechoic va=internal @12:00 z=11",
       "mass L p mg=circumscribed or=parallel ep=hyperechoic va=absent @4:00 z=15",
       "mass L a",
       "ln B p",
       "ln B a"],
    rec=["biopsy"]))

R.append(dict(id="us4_05_nigeria_complex_cystic_solid_rim_vascularity", text="""
DEPARTMENT OF RADIOLOGY
UNIVERSITY TEACHING HOSPITAL
BREAST ULTRASOUND SCAN REPORT

Name: ----------   Age: 39 yrs   Sex: F   Hosp. No: ----------
Referring Unit: Surgery (Breast/Endocrine)
Clinical Information: Right breast mass of 5 months duration, increasing in size. ?Fibroadenoma
?Malignancy.

Findings:
The right breast shows a large complex cystic and solid mass in the upper outer quadrant at the
10 o'clock position measuring 42 x 35 mm. It has a thick irregular wall and solid mural components,
with internal vascularity within the solid component on colour Doppler. The mass is oval in shape
with indistinct margins in part. There is posterior acoustic enhancement. The overlying skin is not
thickened and the nipple is not retracted.

The left breast shows an oval isoechoic mass at 2 o'clock measuring 14 x 8 mm, circumscribed,
parallel to the skin, with no posterior acoustic features. It shows peripheral (rim) vascularity.
Features suggest a fibroadenoma.

Both axillae show a few lymph nodes with normal cortical thickness and fatty hilum.

Conclusion:
1. Complex cystic and solid right breast mass - suspicious. BI-RADS 4B.
2. Left breast fibroadenoma - BI-RADS 3.

Recommendation: Ultrasound guided core needle biopsy of the right breast mass (solid component).
Follow-up scan of the left breast in 6 months.

Dr. C. O. Eze, FWACS
Consultant Radiologist
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4B", bb="R4B L3",
    f=["mass R p sh=oval mg=indistinct ep=complex_cystic_solid pf=enhancement va=internal @10:00 q=upper_outer z=42",
       "skin R a",
       "mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none va=rim @2:00 z=14",
       "ln B p"],
    rec=["biopsy", "short_interval_followup"]))
