"""Ultrasound reports us4_06 - us4_09 (texts + compact gold)."""

R = []

R.append(dict(id="us4_06_us_portal_v2025_nonmass_lesion_possible_second", text="""
Breast Ultrasound Bilateral Diagnostic - Final result
Result date: 3/4/2026 10:12 AM

Narrative
EXAMINATION: Bilateral diagnostic breast ultrasound.
LEXICON: ACR BI-RADS Atlas v2025.

INDICATION: 52-year-old woman recalled from outside screening mammogram (BI-RADS 0) for a focal
asymmetry in the left breast, lower inner region.

COMPARISON: Outside screening mammogram 2/12/2026.

FINDINGS:
LEFT BREAST: At 6 o'clock, 3 cm from the nipple, posterior depth, there is a non-mass lesion
measuring 2.2 x 0.8 x 1.5 cm.
  Echogenicity: heterogeneous.
  Associated features: echogenic foci consistent with calcifications.
  Vascularity: internal.
  Elasticity: intermediate (strain score 3).
This corresponds to the mammographic asymmetry.
At 7 o'clock, 4 cm from the nipple, there is a possible second non-mass lesion measuring 6 mm,
versus normal fibroglandular tissue. No vascularity.

RIGHT BREAST: At 9 o'clock, 6 cm from the nipple, there is an oval circumscribed hypoechoic mass
with an echogenic fatty hilum, 5 mm, consistent with an intramammary lymph node. No mass or non-mass
lesion elsewhere in the right breast.

AXILLAE: Normal-appearing axillary lymph nodes bilaterally.

Impression
1. Left breast 6 o'clock non-mass lesion with calcifications, corresponding to the screening
   asymmetry: BI-RADS 4B. Ultrasound-guided biopsy is recommended.
2. Possible additional non-mass lesion at left 7 o'clock, to be re-examined at the time of biopsy.
   Breast MRI may be helpful to assess extent.
3. Right breast intramammary lymph node: BI-RADS 2.

OVERALL BI-RADS: 4B - Suspicious.

Signed by: Anita Desai, MD on 3/4/2026 10:12 AM
Result care coordination: the patient has been notified via the portal.
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="4B", bb="L4B R2",
    f=["nm L p ep=heterogeneous va=internal el=intermediate @6:00 dp=posterior z=22",
       "calc L p",
       "nm L q va=absent @7:00 z=6",
       "ln R p sh=oval mg=circumscribed ep=hypoechoic @9:00 z=5",
       "mass R a",
       "nm R a",
       "ln B p"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(id="us4_07_iran_checkup_questionable_nodule_implant_rupture", text="""
Breast & Axillary Sonography Report
Pars Imaging Center - Tehran

Patient: Mrs. ----     Age: 47     Referring physician: Dr. ----, general surgeon
Indication: Routine check-up. Dense breasts (ACR C) on previous mammography, 2025.

Right breast:
A hypoechoic mass with circumscribed margin, oval shape and parallel orientation is seen at
11 o'clock, 3 cm from nipple, measuring 8x5 mm, without posterior shadowing. No internal
vascularity on color Doppler. (BIRADS 3)
Another small isoechoic nodule at 7 o'clock, 2 cm from nipple, measuring 5x3 mm, oval and
circumscribed, suggestive of fibroadenoma. (BIRADS 3)

Left breast:
Several simple cysts, the largest 12 mm at 1 o'clock.
A complicated cyst with internal debris at 5 o'clock, 7 mm. (BIRADS 2)
A questionable small hypoechoic nodule at 9 o'clock, about 4 mm, which may represent a prominent
fat lobule; it is not reproducible in the orthogonal plane.

Implants:
Bilateral retroglandular silicone implants. The right implant is intact, with a few radial folds.
The left implant shows multiple parallel echogenic lines within it (stepladder sign) and a small
area of echogenic "snowstorm" pattern in the adjacent tissue at its upper outer aspect, in keeping
with extracapsular rupture.

Ducts: not dilated in either breast.
Axilla: bilateral axillary lymph nodes with normal morphology, the largest 14 mm.

Impression:
Right breast: BIRADS 3
Left breast: extracapsular rupture of the silicone implant. BIRADS 2
Follow up sonography in 6 months is recommended. Breast MRI is advised for evaluation of the left
implant.
""",
    mods=["ultrasound"], purpose="screening", density=None, fgt=None, bpe=None,
    overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @11:00 z=8",
       "mass R p sh=oval mg=circumscribed ep=isoechoic @7:00 z=5",
       "mass L p @1:00 z=12",
       "mass L p @5:00 z=7",
       "mass L q ep=hypoechoic @9:00 z=4",
       "imp R p ir=none",
       "imp L p ir=extracapsular",
       "other B a",
       "ln B p z=14"],
    rec=["short_interval_followup", "additional_imaging"]))

R.append(dict(id="us4_08_us_dictation_recall_angular_mass_distortion", text="""
DIAGNOSTIC ULTRASOUND RIGHT BREAST

CLINICAL INDICATION: Recalled from screening mammogram 1/20/2026 for a right breast mass and
architectural distortion. Mammographic work-up performed separately today.

TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the right breast upper outer quadrant
and right axilla.

FINDINGS: At 10 o'clock 7 cm from the nipple there is an irregular hypo echoic mass with angular
margins measuring 1.3 x 1.1 x 1.0 cm period. It is not parallel to the skin. Posterior features are
combined comma with shadowing and enhancement period. There is internal vascularity. Shear wave
elastography demonstrates intermediate stiffness comma 72 kPa.
New paragraph. At 9 o'clock 5 cm from the nipple comma separate from the mass comma there is an
area of architectural distortion without a discrete mass comma measuring approximately 1.5 cm. No
internal vascularity.
A few echogenic foci in the the surrounding tissue between 9 and 10 o'clock may represent
calcifications, better seen on the mammogram.
In the right axilla there are 2 lymph nodes with uniform cortical thickening up to 3 point 5 mm
and preserved fatty hila.

IMPRESSION:
1. Right breast 10 o'clock irregular mass correlating with the mammographic mass. Highly
suggestive of malignancy. BI-RADS 5.
2. Right breast 9 o'clock architectural distortion, suspicious. BI-RADS 4B.
3. Right axillary lymph nodes with mild cortical thickening, likely reactive.

RECOMMENDATION: Ultrasound-guided core biopsy of the 10 o'clock mass and the 9 o'clock distortion.
Sampling of the most prominent axillary node can be performed at the same time.

Dictated by: T. Brennan, MD. Transcribed by voice recognition, not proofread.
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="5", bb="R5",
    f=["mass R p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=combined va=internal el=intermediate @10:00 z=13",
       "ad R p va=absent @9:00 z=15",
       "calc R q",
       "ln R p"],
    rec=["biopsy"]))

R.append(dict(id="us4_09_hongkong_postop_seroma_fat_necrosis_skin_cyst_typos", text="""
DEPARTMENT OF RADIOLOGY, KOWLOON DISTRICT HOSPITAL
ULTRASOUND OF BILATERAL BREASTS AND AXILLAE

Clinical history: Rt breast Ca s/p lumpectomy + SLNB in Oct 2025. Swelling at operation site for 2/52.
Also a small lump in L breast skin.

Findings:
Right breast:
- Post-operative fluid collection at the lumpectomy site (upper outer quadrant), measuring
  32 x 15 x 20 mm, with thin septations. No internal vascularity.
- Skin thickening at the operation site, 4 mm.
- An oval hyperechoic nodule at 8 o'clock adjacent to the lumpectomy cavity, 9 mm, no internal vascularity,
  in keeping with fat necrosis.

Left breast:
- A 7 mm oval circumcribed hypoechoic lesion within the dermis at 3 o'clock with a tract to the skin
  surface, compatible with epidermoid incusion cyst.
- No suspicious mass in the left breast.

Axillae:
- Rt axilla: post-operative changes after SLNB.
- No suspicious lymph node in both axillae.

Impression:
Post-operative seroma, skin thickening and fat necrosis in the right breast. Benign skin lesion in
the left breast. BI-RADS Category 2 (both breasts).
Annual surveillance mammogram as scheduled.

Reported by: Dr. W. K. Chan, FHKCR, FHKAM (Radiology)
""",
    mods=["ultrasound"], purpose="diagnostic", density=None, fgt=None, bpe=None,
    overall="2", bb="R2 L2",
    f=["other R p va=absent q=upper_outer z=32",
       "skin R p z=4",
       "other R p sh=oval ep=hyperechoic va=absent @8:00 z=9",
       "mass L p sh=oval mg=circumscribed ep=hypoechoic @3:00 z=7",
       "mass L a",
       "other R p",
       "ln B a"],
    rec=["routine_screening"]))
