US = []

US.append(dict(id="us7_01_us_community_left_palpable_simple_cyst_stable_fa_bi2", text="""
LAKESIDE IMAGING CENTER
EXAM: US BREAST LEFT LIMITED
DATE OF SERVICE: 11/03/2026

CLINICAL INDICATION: 46 year old female with a palpable lump in the left breast at 2 o'clock, noticed 2 weeks ago.
Screening mammogram 04/2026 was negative.

COMPARISON: Left breast ultrasound 09/15/2024.

TECHNIQUE: Targeted grayscale and color Doppler sonography of the left breast at the site of clinical concern and
the left upper outer quadrant.

FINDINGS:
At the palpable site, left breast 2 o'clock, 4 cm from the nipple, there is an oval, circumscribed, anechoic mass
measuring 1.4 x 1.1 x 0.9 cm with posterior acoustic enhancement and no internal flow on color Doppler. Findings are
those of a simple cyst.

At 3 o'clock, 6 cm from the nipple, there is an oval hypoechoic mass with circumscribed margins, parallel to the
skin, measuring 8 x 5 x 6 mm. No posterior acoustic features. This is unchanged from 09/15/2024 when it measured
8 x 5 x 5 mm, consistent with a benign fibroadenoma.

IMPRESSION:
1. The palpable abnormality corresponds to a 1.4 cm simple cyst. Benign.
2. Stable 8 mm probable fibroadenoma at 3 o'clock, benign given 2 years of stability.

BI-RADS 2: Benign.

RECOMMENDATION: Return to annual screening mammography.
""", mods=["ultrasound"], purpose="diagnostic", overall="2", bb="L2",
    f=["mass L p sh=oval mg=circumscribed ep=anechoic pf=enhancement va=absent @2:00 z=14",
       "mass L p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none @3:00 z=8"],
    rec=["routine_screening"]))

US.append(dict(id="us7_02_uk_nhs_one_stop_right_u4_indistinct_swe_node_fna", text="""
SYMPTOMATIC BREAST CLINIC - ONE STOP
Rt breast and axilla US

Clinical: 58F. Rt breast lump 3/12, P4. Mammo today M4 Rt UOQ (see mammography report).

Rt breast:
11 o'c, 3cm FN: 14 x 11 x 12mm irregular hypoechoic mass, indistinct margins, not parallel, posterior acoustic
shadowing. Increased internal vascularity on Doppler. SWE stiff (mean 132 kPa).
No other focal lesion Rt breast.

Rt axilla:
Single level 1 node with eccentric cortical thickening to 4mm, fatty hilum still visible.

U4.
BI-RADS 4B.

Procedure: US guided 14G core biopsy x3 of the Rt 11 o'c mass and FNA of the Rt axillary node, after verbal consent.
No immediate complications. Marker clip placed.

Plan: discuss at MDM with histology. Results clinic 1/52.
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B",
    f=["mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @11:00 z=14",
       "lymph_node R p"],
    rec=["other"]))

US.append(dict(id="us7_03_au_breastscreen_recall_right_microcysts_complicated_cyst_bi3", text="""
RIGHT BREAST ULTRASOUND
Referrer: BreastScreen assessment service (recall - right breast mass on screening mammogram)

Report:
Targeted and whole-quadrant scanning of the right breast upper outer quadrant.

Corresponding to the screen-detected mass, at the 10 o'clock position 5 cm from the nipple there is a 7 mm oval cluster
of tiny cysts with thin intervening septations, no solid component. Appearance is typical of clustered microcysts.

At 9 o'clock, 3 cm from the nipple, a 9 mm oval circumscribed cyst containing mobile low-level internal echoes, no
vascularity on colour Doppler, in keeping with a complicated cyst.

No solid mass in the right breast. Right axilla normal.

Comment:
Screen-detected abnormality = clustered microcysts. Incidental complicated cyst at 9 o'clock.

BI-RADS 3 - probably benign. Suggest follow-up ultrasound in 6 months to confirm stability of the complicated cyst.

Thank you for referring this patient.
""", mods=["ultrasound"], purpose="diagnostic", overall="3", bb="R3",
    f=["mass R p sh=oval @10:00 z=7",
       "mass R p sh=oval mg=circumscribed va=absent @9:00 z=9",
       "mass R a"],
    rec=["short_interval_followup"]))

US.append(dict(id="us7_04_nz_private_lipoma_right_epidermal_cyst_left_bi2", text="""
BILATERAL BREAST ULTRASOUND

Clinical details: Lump R breast 12 o'clock, soft, mobile. Also a small lump L inferior breast near the skin. GP referral.

Findings:
R breast: At the site of the palpable lump (12 o'clock, 6 cm FN) there is a 22 mm oval, circumscribed, hyperechoic
mass lying parallel to the skin within the subcutaneous fat. No vascularity. Soft on strain elastography. Typical of
a lipoma.

L breast: At 6 o'clock a 9 mm oval circumscribed hypoechoic lesion arising within the dermis, with a thin tract
extending to the skin surface and posterior acoustic enhancement. Consistent with an epidermal inclusion cyst.

Normal lymph nodes in both axillae.

Conclusion:
R - lipoma. L - epidermal inclusion cyst in the skin. BI-RADS 2 bilaterally.
No imaging follow-up needed. Continue routine screening mammography.
""", mods=["ultrasound"], purpose="diagnostic", overall="2", bb="R2 L2",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hyperechoic va=absent el=soft @12:00 z=22",
       "mass L p sh=oval mg=circumscribed ep=hypoechoic pf=enhancement @6:00 z=9",
       "lymph_node B p"],
    rec=["routine_screening"]))

US.append(dict(id="us7_05_india_sonomammography_two_fa_left_microlobulated_typos", text="""
DEPARTMENT OF RADIODIAGNOSIS
USG BOTH BREASTS (SONOMAMMOGRAPHY)

Clinical history: 34 yrs, lump in left breast x 2 months. No family history.

OBSERVATIONS:
RIGHT BREAST:
- A well circumscibed oval hypoechoic lesion is seen at 10 o'clock position, measuring 18 x 10 mm, wider than tall,
  with no posterior acoustic features. On strain elastography it is soft (score 2).
- Another oval circumscribed hypoechoic lesion at 7 o'clock, measuring 9 x 6 mm.
- No significant right axillary lymphadenopathy.

LEFT BREAST:
- An irregular hypoechoic lesion with microlobulated margins is seen at 1 o'clock, measuring 12 x 10 mm. Internal
  vascularty is seen on colour Doppler. Elastography score 3 (intermediate stiffness).
- Few echogenic foci are seen within the lesion representing microcalcifications.
- Few left axillary lymph nodes with maintained fatty hilum, largest measuring 11 mm.

IMPRESSION:
- Right breast: two benign appearing solid lesions, likely fibroadenomas - BIRADS III.
- Left breast: irregular microlobulated lesion with internal microcalcifications - BIRADS IV B.

ADVICE: USG guided biopsy of the left breast lesion. Follow up USG of right breast after 6 months.
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R3 L4B",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none el=soft @10:00 z=18",
       "mass R p sh=oval mg=circumscribed ep=hypoechoic @7:00 z=9",
       "lymph_node R a",
       "mass L p sh=irregular mg=microlobulated ep=hypoechoic va=internal el=intermediate @1:00 z=12",
       "calcification L p",
       "lymph_node L p z=11"],
    rec=["biopsy", "short_interval_followup"]))

US.append(dict(id="us7_06_singapore_second_look_after_mri_left_angular_4b", text="""
DEPARTMENT OF DIAGNOSTIC RADIOLOGY
ULTRASOUND LEFT BREAST (SECOND-LOOK)

Clinical information: MRI breasts 20/10/2026 showed a 9 mm enhancing mass at left 3 o'clock (MRI BI-RADS 4A).
For second-look ultrasound.

Findings:
Left breast
At 3 o'clock, 5 cm from the nipple, corresponding in size and position to the MRI lesion, there is an irregular
hypoechoic mass measuring 7 x 6 x 8 mm. It is not parallel to the skin and has angular margins. Posterior features:
none.
At 4 o'clock, 2 cm from the nipple, a round isoechoic mass with circumscribed margins, parallel orientation, 5 mm.
At 6 o'clock there is possibly a 4 mm hypoechoic mass versus a fat lobule, not reproducible in the orthogonal plane.
No abnormal left axillary lymph nodes.

Impression:
1. Left 3 o'clock irregular angular mass, the sonographic correlate of the MRI lesion. BI-RADS 4B. US-guided core
   biopsy is recommended.
2. Left 4 o'clock small circumscribed mass, probably benign. BI-RADS 3. Follow-up ultrasound in 6 months.
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="L4B",
    f=["mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=none @3:00 z=8",
       "mass L p sh=round mg=circumscribed or=parallel ep=isoechoic @4:00 z=5",
       "mass L q ep=hypoechoic @6:00 z=4",
       "lymph_node L a"],
    rec=["biopsy", "short_interval_followup"]))

US.append(dict(id="us7_07_gulf_saudi_complex_cystic_solid_right_rim_vascular_left", text="""
KING ABDULAZIZ SPECIALIST HOSPITAL - RADIOLOGY DEPARTMENT
Examination: Ultrasound of both breasts
Indication: Right breast palpable lump for 1 month, increasing in size. 52 years.

Findings:
Right breast:
- At 9 o'clock, 4 cm from the nipple, there is an oval complex cystic and solid mass measuring 23 x 15 mm, parallel
  orientation, margins not circumscribed, with posterior acoustic enhancement. Colour Doppler shows internal
  vascularity within the solid component.

Left breast:
- At 2 o'clock there is a round, circumscribed hypoechoic mass measuring 8 mm with peripheral rim vascularity only.

Axillae: Both axillae show normal lymph nodes with preserved fatty hila.

Impression:
- Right breast complex cystic and solid mass: BI-RADS 4B. Recommend US guided biopsy.
- Left breast small circumscribed mass: BI-RADS 3. Follow up in 6 months.
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B L3",
    f=["mass R p sh=oval mg=not_circumscribed or=parallel ep=complex_cystic_solid pf=enhancement va=internal @9:00 z=23",
       "mass L p sh=round mg=circumscribed ep=hypoechoic va=rim @2:00 z=8",
       "lymph_node B p"],
    rec=["biopsy", "short_interval_followup"]))

US.append(dict(id="us7_08_malaysia_post_lumpectomy_collection_wire_fragment_typos", text="""
HOSPITAL KUALA LUMPUR - JABATAN RADIOLOGI
ULTRASOUND BOTH BREASTS

Clinical: Post left wide local excision (06/09/2026) for IDC. Swelling at operation site.

Findings:
Left breast:
Postoperative colection at the scar, 12 o'clock, measuring 38 x 20 x 25 mm, with thin internal septations. No solid
component. No internal vascularity.
Adjacent to it, a 10 mm area of fat necrosis.
A linear echogenec structure 15 mm long is seen in the lateral wall of the collection, consistent with a retained
hookwire fragment.
Marker clip noted at the lumpectomy bed.

Right breast:
No focal mass. No dilated ducts.

Both axillae: no lymphadenopathy.

Impression:
1. Left postoperative seroma with adjacent fat necrosis.
2. Retained hookwire fragment in the left breast. Surgical team informed.
Right breast: BI-RADS 1. Left breast: BI-RADS 2.

Recommendation: Continue annual surveillance mammography.
""", mods=["ultrasound"], purpose="diagnostic", overall="2", bb="R1 L2",
    f=["other L p va=absent @12:00 z=38",
       "other L p z=10",
       "other L p z=15",
       "mass R a",
       "other R a",
       "lymph_node B a"],
    rec=["routine_screening"]))

US.append(dict(id="us7_09_canada_obsp_recall_left_v2025_nonmass_lesion_4a", text="""
ONTARIO BREAST SCREENING PROGRAM - ASSESSMENT CENTRE
LEFT BREAST ULTRASOUND

History: Recalled from screening for a left upper outer focal asymmetry on tomosynthesis.

Findings:
In the left breast at 1 o'clock, 6 cm from the nipple, there is a 16 mm hypoechoic non-mass lesion with posterior
acoustic shadowing. No discrete mass is identified within it. This correlates with the screening asymmetry.
The remainder of the left breast is unremarkable. Left axillary lymph nodes are normal.

Impression:
Left 1 o'clock non-mass lesion correlating with the screening finding. BI-RADS 4A.
Ultrasound-guided core biopsy has been booked for 12/11/2026.
""", mods=["ultrasound"], purpose="diagnostic", overall="4A", bb="L4A",
    f=["non_mass L p ep=hypoechoic pf=shadowing @1:00 z=16",
       "mass L a",
       "lymph_node L p"],
    rec=["biopsy"]))

US.append(dict(id="us7_10_sa_private_sonar_right_spiculated_node_left_cysts_bi5", text="""
DRS MOKOENA, NAIDOO & PARTNERS - DIAGNOSTIC RADIOLOGISTS
SONAR OF BOTH BREASTS

Clinical: Rt breast lump. Mother had breast Ca at 50. Mammogram done same day - see separate report.

Findings:
Right breast: At 10 o'clock there is a taller-than-wide irregular hypoechoic mass with spiculated margins and dense
posterior acoustic shadowng, measuring 21 x 18 mm. Multiple echogenic foci within the the mass in keeping with
microcalcificatons. Stiff on shear wave elastography.
Right axilla: A level I node with eccentric cortical thickening of 5 mm and effaced fatty hilum, measuring 16 mm.

Left breast: Few simple cysts, the largest 6 mm at 2 o'clock.
Left axilla: No lymphadenopathy.

Impression:
Right breast: highly suspicious mass with an abnormal right axillary node. BI-RADS 5.
Left breast: simple cysts. BI-RADS 2.
Core biopsy of the right breast mass and FNA of the right axillary node is advised.
""", mods=["ultrasound"], purpose="diagnostic", overall="5", bb="R5 L2",
    f=["mass R p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing el=hard @10:00 z=21",
       "calcification R p",
       "lymph_node R p z=16",
       "mass L p @2:00 z=6",
       "lymph_node L a"],
    rec=["biopsy"]))

US.append(dict(id="us7_11_us_academic_portal_lay_summary_right_heterogeneous_fa_bi3", text="""
UNIVERSITY MEDICAL CENTER - BREAST IMAGING
US BREAST RIGHT DIAGNOSTIC

Clinical history: 29-year-old with a palpable right breast lump at 8 o'clock.

Findings: Targeted ultrasound at the palpable site shows an oval mass at 8 o'clock, 3 cm from the nipple, measuring
1.6 x 0.9 x 1.2 cm. It is parallel to the skin with circumscribed margins and a mildly heterogeneous echo pattern.
There is posterior acoustic enhancement. No internal vascularity on color Doppler.
Right axilla: normal-appearing lymph nodes.

Impression: Palpable right breast mass at 8 o'clock with benign features, most consistent with a fibroadenoma.
BI-RADS 3: Probably benign. Recommend follow-up right breast ultrasound in 6 months.

-------------------------------------------------------------
PATIENT SUMMARY (plain language - provided with your results)
The lump you felt is a smooth, oval, solid lump about 1.6 cm across. It looks like a fibroadenoma, a common
non-cancerous lump in young women. We would like to check it again with ultrasound in 6 months to make sure it does
not grow. Please call the breast center if the lump changes before then.
-------------------------------------------------------------
""", mods=["ultrasound"], purpose="diagnostic", overall="3", bb="R3",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=heterogeneous pf=enhancement va=absent @8:00 z=16",
       "lymph_node R p"],
    rec=["short_interval_followup"]))

US.append(dict(id="us7_12_corrected_report_laterality_right_round_combined_4b", text="""
*** CORRECTED REPORT ***
Correction 11/20/2026 09:12: Laterality corrected. The mass described below is in the RIGHT breast; it was dictated
as left in error in the original report of 11/19/2026. No other change.

EXAM: US BREAST BILATERAL COMPLETE
INDICATION: Right breast thickening on clinical exam, 41 year old.

FINDINGS:
RIGHT: At 8:00, 2 cm from the nipple, a round hypoechoic mass measuring 9 x 9 x 8 mm with microlobulated margins, not
parallel to the skin. Combined posterior features (partial enhancement with lateral shadowing). Internal vascularity
present.
LEFT: Intramammary lymph node in the upper outer left breast, 5 mm, normal fatty hilum. No suspicious left breast mass.

IMPRESSION:
Right breast 8:00 suspicious mass. BI-RADS 4B - ultrasound-guided biopsy recommended.
Left breast benign intramammary lymph node. BI-RADS 2.
""", mods=["ultrasound"], purpose="diagnostic", overall="4B", bb="R4B L2",
    f=["mass R p sh=round mg=microlobulated or=not_parallel ep=hypoechoic pf=combined va=internal @8:00 z=9",
       "lymph_node L p q=uo z=5",
       "mass L a"],
    rec=["biopsy"]))
