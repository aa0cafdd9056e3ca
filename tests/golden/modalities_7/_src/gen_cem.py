CEM = []

CEM.append(dict(id="cem7_01_us_academic_recall_left_spiculated_washout_calcs_bi5", text="""
BREAST IMAGING CENTER
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, DIAGNOSTIC, BILATERAL
DATE: 11/12/2026

HISTORY: 61-year-old recalled from screening for a left breast mass.
COMPARISON: Screening mammogram 10/30/2026; prior screening 2024 and 2025.

TECHNIQUE: Bilateral CC and MLO low-energy and recombined images were obtained beginning 2 minutes after intravenous
injection of 100 mL iohexol 350. Delayed left CC view at 8 minutes. No contrast reaction.

FINDINGS:
The breasts are heterogeneously dense, which may obscure small masses.

Low-energy images: In the left breast at 1:00, middle depth, there is an irregular high-density mass with spiculated
margins measuring 15 mm. Grouped fine pleomorphic calcifications extend 10 mm anterior to the mass.

Recombined images: Background parenchymal enhancement is mild and symmetric. The left 1:00 mass shows intense
heterogeneous enhancement with washout on the delayed CC view. No enhancement is associated with the anterior
calcifications.

Right breast: No suspicious mass or calcifications. No abnormal enhancement.

IMPRESSION:
Left breast 1:00 spiculated enhancing mass with adjacent grouped fine pleomorphic calcifications, highly suggestive
of malignancy. Stereotactic or ultrasound-guided biopsy is recommended; the calcifications should also be sampled.

Left: BI-RADS 5. Right: BI-RADS 1.
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="mild/symmetric",
    overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @1:00 dp=middle z=15",
       "calcification L p m=fine_pleomorphic d=grouped z=10",
       "mass R a", "calcification R a"],
    rec=["biopsy"]))

CEM.append(dict(id="cem7_02_uk_nhs_symptomatic_cesm_right_obscured_mass_m3", text="""
BREAST UNIT - SYMPTOMATIC CLINIC
CESM (contrast enhanced spectral mammography) - bilateral
Clin: 44F, Rt breast lump 10 o'c, P3. Dense breasts.

Density: ACR C.

LE images:
Rt 10 o'c: 18mm oval equal density mass, margins obscured by surrounding tissue. No associated calcification.
Lt: no abnormality.

RC images:
BPE minimal, symmetrical.
Rt 10 o'c mass enhances homogeneously. No washout on the late image.
No other enhancing lesion either breast.

Conclusion:
Rt 10 o'c mass, probably fibroadenoma but needs histology at this age. M3. BI-RADS 4A right.
Lt: M1, BI-RADS 1.
Proceed to US guided core biopsy today (triple assessment).
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="minimal/symmetric",
    overall="4A", bb="R4A L1",
    f=["mass R p sh=oval mg=obscured md=equal ie=homogeneous @10:00 z=18",
       "calcification R a"],
    rec=["biopsy"]))

CEM.append(dict(id="cem7_03_au_private_v2025_supplemental_screening_vascular_calcs_bi2", text="""
CONTRAST ENHANCED MAMMOGRAPHY (SUPPLEMENTAL SCREENING)

Clinical history: 49 years. Extremely dense breasts on BreastScreen. Sister diagnosed with breast cancer at 45.
Asymptomatic.

Technique: Bilateral CC and MLO low energy and recombined images following 1.5 mL/kg Omnipaque 350.

BREAST COMPOSITION: The breasts are extremely dense, which lowers the sensitivity of mammography (d).

BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate. Symmetric.

FINDINGS:
Low energy: Benign vascular calcifications in both breasts. No suspicious mass, calcifications or architectural
distortion.
Recombined: No enhancing mass or non-mass enhancement in either breast.

ASSESSMENT: BI-RADS 2 - Benign.

RECOMMENDATION: Annual screening mammography; supplemental CEM or MRI annually given breast density and family
history.
""", mods=["contrast_enhanced_mammography"], purpose="screening", density="d", bpe="moderate/symmetric",
    overall="2", bb="",
    f=["calcification B p m=vascular",
       "mass B a", "calcification B a", "architectural_distortion B a", "non_mass B a"],
    rec=["routine_screening"]))

CEM.append(dict(id="cem7_04_malaysia_cesm_staging_right_multicentric_skin_node_typos", text="""
HOSPITAL PULAU PINANG - JABATAN RADIOLOGI
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) BOTH BREASTS

Clinical: 55 yo, right breast lump x 4 months, biopsy 3/11/2026 - invasive carcinoma NST. For staging.

Breast composition: heterogeneously dense.

Low energy images:
Right breast - Irregular high density mass with speculated margin at 10 o'clock, upper outer quadrant, measuring
28 x 24 mm. Overlying skin thickening.
Left breast - Few benign calcifications. No suspicious mass.

Recombined images:
Background enhancement: mild.
Right breast - The 10 o'clock mass shows heterogeneous enhancment with washout on delayed images.
Another irregular enhancing mass with indistinct margin and rim enhancement at 11 o'clock, measuring 9 mm, 20 mm
from the index mass.
Right axillary lymph node is enlarged with loss of fatty hilum, 19 mm.
Left breast - No suspicious enhancement.

Impression:
1. Right breast multicentric carcinoma (index 10 o'clock with satellite at 11 o'clock), skin thickening and right
   axillary lymphadenopathy - BIRADS 6 (right).
2. Left breast - BIRADS 2.
Suggest US guided biopsy of 11 o'clock lesion and right axillary node.
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="mild/-",
    overall="6", bb="R6 L2",
    f=["mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @10:00 q=uo z=28",
       "skin R p",
       "mass R p sh=irregular mg=indistinct ie=rim @11:00 z=9",
       "lymph_node R p z=19",
       "calcification L p",
       "mass L a"],
    rec=["biopsy"]))

CEM.append(dict(id="cem7_05_oman_recall_left_asymmetry_focal_nme_stable_right_mass", text="""
ROYAL HOSPITAL MUSCAT - DEPARTMENT OF RADIOLOGY
Contrast Enhanced Mammography - Bilateral
Indication: Recalled from screening for a left upper outer quadrant asymmetry. 50 years.
Comparison: Mammogram 2024.

Findings:
Density: scattered areas of fibroglandular density.

Low energy:
- Left: focal asymmetry in the upper outer quadrant at 2 o'clock persists on CC and MLO views. No associated
  calcifications.
- Right: oval circumscribed equal density mass at 7 o'clock measuring 8 mm, stable compared with 2024.

Recombined:
- Background parenchymal enhancement minimal and symmetric.
- Left: corresponding to the asymmetry there is focal non-mass enhancement measuring 14 mm with heterogeneous
  internal enhancement.
- Right: the 7 o'clock mass does not enhance.

Impression:
- Left breast: persistent focal asymmetry with corresponding focal heterogeneous NME. BI-RADS 4A.
- Right breast: stable non-enhancing circumscribed mass, benign. BI-RADS 2.
Recommend contrast-guided (CEM or MRI) biopsy of the left finding.
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="minimal/symmetric",
    overall="4A", bb="L4A R2",
    f=["asymmetry L p @2:00 q=uo",
       "calcification L a",
       "non_mass L p nd=focal ie=heterogeneous z=14",
       "mass R p s sh=oval mg=circumscribed md=equal @7:00 z=8"],
    rec=["biopsy"]))

CEM.append(dict(id="cem7_06_pdf_extraction_page_break_right_low_density_left_linear_nme", text="""
Harbourview Women's Imaging  |  Ph (808) 555 0142  |  Fax (808) 555 0143
Patient: KEALOHA, L.   DOB: 03/14/1971   MRN: 2209381   Accession: CEM-26-04417
--------------------------------------------------------------------------------------------------
CONTRAST-ENHANCED MAMMOGRAPHY - DIAGNOSTIC - BILATERAL
Exam date: 11/18/2026        Referring: Dr. M. Fonoti, MD

CLINICAL HISTORY: Palpable lump right breast 9 o'clock. 55 years.

TECHNIQUE: Low-energy and recombined CC/MLO images of both breasts after IV iodinated contrast (Omnipaque 350,
1.5 mL/kg). No adverse reaction.

FINDINGS:
•  The breasts are almost entirely fatty.
•  Background parenchymal enhancement: minimal.
•  RIGHT: At the palpable site, 9 o'clock, a round, circumscribed, low-density mass measuring 11 × 10 mm. It does not
   enhance on the recombined images. A cyst was confirmed on same-day ultrasound (reported separately).
•  LEFT: Faint linear non-mass enhancement in the retroareolar left breast, 12 mm, homogeneous, without a low-energy
   correlate. No suspicious calcifications.

Harbourview Women's Imaging  -  Confidential patient information  -  Page 1 of 2
--------------------------------------------------------------------------------------------------
Patient: KEALOHA, L.   MRN: 2209381   Accession: CEM-26-04417   (continued)

IMPRESSION:
1. Right palpable finding: benign non-enhancing round mass (cyst). BI-RADS 2.
2. Left retroareolar linear non-mass enhancement. BI-RADS 4A. MRI-guided biopsy is recommended.

Electronically signed: R. Akana, MD, 11/18/2026 16:02
Harbourview Women's Imaging  -  Confidential patient information  -  Page 2 of 2
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="a", bpe="minimal/-",
    overall="4A", bb="R2 L4A",
    f=["mass R p sh=round mg=circumscribed md=low @9:00 z=11",
       "non_mass L p nd=linear ie=homogeneous q=sa z=12",
       "calcification L a"],
    rec=["biopsy"]))

CEM.append(dict(id="cem7_07_surgeon_letter_quoting_cem_left_segmental_nme_mass", text="""
Breast & Endocrine Surgery Clinic
St Vincent's Private, Level 4

12 November 2026

Dr A. Reid
Fitzroy Family Practice

Dear Andrew,

Re: Mrs Helen PAPADOPOULOS, DOB 02/07/1968

Thank you for referring Helen, who I saw today with a left breast lump she noticed a month ago. On examination there
is a 2 cm firm, mobile lump at 2 o'clock in the left breast, 4 cm from the nipple. The right breast and both axillae
are clinically normal.

She had a contrast-enhanced mammogram at Eastside Radiology this morning, which was reported as follows:

   "CONTRAST ENHANCED MAMMOGRAPHY, BOTH BREASTS. Scattered areas of fibroglandular density. Mild symmetric
   background parenchymal enhancement. Left breast: at 2 o'clock there is an oval high density mass with indistinct
   margins, 19 mm, with heterogeneous enhancement. Segmental non-mass enhancement with a clumped pattern extends
   45 mm from the mass towards the nipple. Right breast: no suspicious mass or enhancement. No axillary
   lymphadenopathy. Conclusion: left 2 o'clock mass with segmental NME, highly suspicious. BI-RADS 5 left, BI-RADS 1
   right."

I have arranged an ultrasound-guided core biopsy of the mass and a vacuum-assisted biopsy of the non-mass
enhancement for next week, and will see her with the results and discuss her at our multidisciplinary meeting.

Kind regards,

Mr Nikolaos Stavrou FRACS
Breast Surgeon
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
    overall="5", bb="L5 R1",
    f=["mass L p sh=oval mg=indistinct md=high ie=heterogeneous @2:00 z=19",
       "non_mass L p nd=segmental ie=clumped z=45",
       "mass R a",
       "lymph_node B a"],
    rec=["biopsy", "other"]))
