"""Ultrasound reports us3_07 - us3_11 (texts and compact gold)."""

R = []

R.append(dict(
    id="us3_07_taiwan_sono_clock_abbreviations_typos",
    text="""
Breast Sonography Report                                   Exam date: 2026/03/05
Ordering unit: Health Management Center (adult health examination package)
Equipment: high-frequency linear transducer, CDFI

Sono findings:
R't breast:
  1. Hypoechoic nodule at 10'0, 2cm FN, 1.2 x 0.8 cm, oval shape, parallel, circumscibed margin,
     no posterior feature. r/o FA.
  2. Anechoic cyst at 11'0, 1cm FN, 0.5 cm.
L't breast:
  1. Nodule at 3'0, 3cm FN, 0.9 x 0.9 cm, irregular shape, microlobuated margin, heterogeneous echo
     pattern, with increased internal vascularity on CDFI.
  2. ? tiny hypoechoic lesion at 5'0, 0.3 cm, suspect fat lobule, suggest f/u.
Bilateral axilla: no LAP.

Impression:
  1. R't breast nodule and cyst, BI-RADS category 3, suggest f/u 6 months.
  2. L't breast nodule, BI-RADS category 4A, suggest sono-guided core biopsy.

Reported by: Dr. Lin (breast imaging)
""",
    mods=["us"], purpose="screening", density=None, fgt=None, bpe=None,
    overall="4A", bb="R3 L4A",
    f=[
        "mass R p sh=oval or=parallel mg=circumscribed ep=hypoechoic pf=none @10:00 z=12",
        "mass R p ep=anechoic @11:00 z=5",
        "mass L p sh=irregular mg=microlobulated ep=heterogeneous va=internal @3:00 z=9",
        "mass L q ep=hypoechoic @5:00 z=3",
        "ln B a",
    ],
    rec=["short_interval_followup", "biopsy"],
))

R.append(dict(
    id="us3_08_us_va_vista_complex_cystic_solid_mondor",
    text="""
                              *** US BREAST LEFT LTD ***

Exam Date/Time: MAR 04, 2026@09:40            Case No.: 030426-1187
Procedure: US BREAST LEFT LTD                  (CPT: 76642)
Requesting Physician: SMITH,JANE A             Requesting Location: WOMENS HEALTH CLINIC
Status: VERIFIED                               Imaging Loc: US-MAIN

Reason For Study: eval palpable L breast lump and tender cord upper outer L breast

Clinical History:
  58 y/o female Veteran. Pt reports lump L breast 4:00 x 1 month and a tender cord-like area at
  L 2:00. Dx mammogram L today, see separate report (BI-RADS 0).

Report Status: Verified                        Date Reported: MAR 04, 2026
Date Verified: MAR 04, 2026
Verifier E-Sig: /ES/ R. PATEL, MD

Report:
  Targeted ultrasound of the left breast at 2:00 and 4:00.
  At 4:00, 5 cm from the nipple, corresponding to the palpable lump, there is an oval,
  circumscribed, parallel complex cystic and solid mass measuring 1.4 x 0.9 x 1.1 cm, with a 5 mm
  mural solid component that demonstrates internal vascularity on color Doppler. Posterior
  acoustic enhancement.
  At 2:00, in the subcutaneous tissue along the cord-like area, there is a noncompressible tubular
  superficial vein containing echogenic thrombus, consistent with superficial thrombophlebitis
  (Mondor disease).
  No other masses in the left breast.

Impression:
  1. Complex cystic and solid mass at left 4:00 with a vascular mural nodule, corresponding to the
     palpable lump. Recommend US-guided core biopsy.
  2. Mondor disease at left 2:00, benign and self-limiting.

Primary Diagnostic Code: SUSPICIOUS ABNORMALITY
Secondary Diagnostic Code: BI-RADS 4A: LOW SUSPICION FOR MALIGNANCY

/ES/ R. PATEL, MD
Staff Radiologist
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4A", bb="L4A",
    f=[
        "mass L p sh=oval mg=circumscribed or=parallel ep=complex_cystic_solid va=internal pf=enhancement @4:00 z=14",
        "other L p @2:00",
        "mass L a",
    ],
    rec=["biopsy"],
))

R.append(dict(
    id="us3_09_greece_letter_tsukuba_elastography_skin_cyst",
    text="""
Dr. E. Papadopoulou, MD, PhD
Radiologist - Breast Imaging
Athens

Athens, 6 March 2026

To: Dr. N. Georgiou, Obstetrician-Gynaecologist
Re: Mrs. A. K., 46 years

Dear colleague,

Thank you for referring your patient for a supplementary breast ultrasound because of dense breast
tissue. Her mammogram, performed elsewhere on 20/02/2026, was reported as BI-RADS 1 with
heterogeneously dense breasts (category c).

Today I performed a bilateral breast and axillary ultrasound with strain elastography (Tsukuba score).

In the right breast, at 7 o'clock, 5 cm from the nipple, there is an oval, circumscribed, isoechoic
mass of 8 x 5 mm with its long axis parallel to the skin; elastography score 2 (soft). It is unchanged
compared with her ultrasound of 2024 in our practice and most probably represents a small fibroadenoma.

In the left breast, at 1 o'clock, there is an oval, circumscribed, hyperechoic mass of 6 mm, most
probably a small angiolipoma.
Also in the left breast, at 11 o'clock, 2 cm from the nipple, I found a small hypoechoic mass of 7 x 6
mm with margins that appear indistinct, not parallel to the skin; elastography score 3 (intermediate). It was not
visible in 2024 and needs histological clarification.
At 6 o'clock of the left breast, within the dermis, there is a 5 mm oval circumscribed hypoechoic
lesion, consistent with an epidermal inclusion cyst.

Normal-appearing lymph nodes are seen in both axillae.

In summary:
Right breast: BI-RADS 2 (stable probable fibroadenoma).
Left breast: BI-RADS 4A, because of the new 7 mm mass at 11 o'clock.

I recommend an ultrasound-guided core biopsy of this lesion, which we can arrange at your convenience.

With kind regards,
E. Papadopoulou
""",
    mods=["us"], purpose="screening", density=None, fgt=None, bpe=None,
    overall="4A", bb="R2 L4A",
    f=[
        "mass R p s sh=oval mg=circumscribed ep=isoechoic or=parallel el=soft @7:00 z=8",
        "mass L p sh=oval mg=circumscribed ep=hyperechoic @1:00 z=6",
        "mass L p ep=hypoechoic mg=indistinct or=not_parallel el=intermediate @11:00 z=7",
        "mass L p sh=oval mg=circumscribed ep=hypoechoic @6:00 z=5",
        "ln B p",
    ],
    rec=["biopsy"],
))

R.append(dict(
    id="us3_10_pakistan_spiculated_vertical_skin_retraction_birads_roman",
    text="""
DEPARTMENT OF RADIOLOGY - GENERAL HOSPITAL, LAHORE
ULTRASOUND BOTH BREASTS AND AXILLAE

Patient: Mrs. S. Bibi        Age/Sex: 58 Y / F        MR#: 2026-0412
Clinical: Hard lump left breast x 4 months, skin puckering.

FINDINGS:
LEFT BREAST:
An irregular hypoechoic mass with spiculated margins is seen at 12 o'clock, 2 cm from nipple,
measuring 3.4 x 2.8 cm. It is vertically oriented. Posterior acoustic shadowing is seen.
Few echogenic foci are also seen in the adjacent parenchyma outside the mass, likely
microcalcifications.
Overlying skin is thickened (5 mm) with oedema of the subcutaneous tissue.
Skin retraction is noted at 12 o'clock over the mass.
Multiple enlarged left axillary lymph nodes with loss of fatty hila, the largest measuring
2.2 x 1.5 cm.

RIGHT BREAST:
Few small simple cysts, largest 4 mm at 9 o'clock. No solid lesion.
Right axilla: unremarkable.

IMPRESSION:
- Suspicious left breast mass with skin involvement and left axillary lymphadenopathy - BIRADS-V.
- Right breast simple cysts - BIRADS-II.

ADVICE: Trucut biopsy of left breast mass. Mammography both breasts advised.

Consultant Radiologist
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="5", bb="L5 R2",
    f=[
        "mass L p sh=irregular mg=spiculated ep=hypoechoic or=not_parallel pf=shadowing @12:00 z=34",
        "calc L p",
        "skin L p",
        "skin L p",
        "ln L p z=22",
        "mass R p @9:00 z=4",
        "mass R a",
    ],
    rec=["biopsy", "additional_imaging"],
))

R.append(dict(
    id="us3_11_us_epic_second_look_after_cem_foreign_body",
    text="""
US BREAST LEFT TARGETED (Order #51220934)
Resulted: 03/05/2026 4:18 PM          Result Status: Final result

Narrative
EXAMINATION: Targeted left breast ultrasound (second look).

HISTORY: 49-year-old woman. Contrast-enhanced mammography 02/26/2026 showed a 7 mm enhancing mass at
left 1:00 and a 12 mm area of focal non-mass enhancement at left 6:00 (BI-RADS 0). Remote left
lumpectomy 2019 for a benign papilloma; a retained localization wire fragment was noted on the CEM.

COMPARISON: CEM 02/26/2026. Left breast ultrasound 2019.

FINDINGS:
Left 1:00, 4 cm from the nipple: 7 x 5 x 6 mm oval hypoechoic mass with margins that are not
circumscribed, parallel orientation, and combined posterior features (shadowing along one side,
enhancement along the other). No internal vascularity. This corresponds in size and location to the
enhancing mass on CEM.
Left 6:00: targeted scanning shows normal fibroglandular tissue; no sonographic correlate for the
non-mass enhancement.
Left 3:00, 5 cm from the nipple, at the lumpectomy site: post-surgical architectural distortion,
unchanged from 2019, with an adjacent 1.1 cm linear echogenic foreign body consistent with the known
retained wire fragment, also unchanged.
Left axilla: normal lymph nodes.

Impression
1. Sonographic correlate for the CEM-detected enhancing mass at left 1:00. BI-RADS 4A: Low suspicion
for malignancy. Ultrasound-guided core biopsy is recommended.
2. No sonographic correlate for the left 6:00 non-mass enhancement seen on CEM. Recommend
contrast-enhanced breast MRI for further evaluation.
3. Stable post-surgical changes and retained wire fragment at left 3:00.

Exam End: 03/05/2026 3:52 PM
Signed by: L. Chen, MD on 03/05/2026 4:18 PM
""",
    mods=["us"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4A", bb="L4A",
    f=[
        "mass L p sh=oval mg=not_circumscribed or=parallel ep=hypoechoic pf=combined va=absent @1:00 z=7",
        "ad L p s @3:00",
        "other L p s @3:00 z=11",
        "ln L p",
    ],
    rec=["biopsy", "additional_imaging"],
))
