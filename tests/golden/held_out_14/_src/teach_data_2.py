"""Teaching / case texts t14_11 - t14_20 with compact gold."""
from teach_data_1 import add, ITEMS  # noqa: F401

add("t14_11_closed_claim_review",
    "malpractice insurer's closed-claim review: 2021 negative read, 2023 diagnosis, experts' hypothetical categories",
    "c", "5", "L5",
    ["mass L p", "calc L p - m:amorphous,fine_pleomorphic d:segmental", "ln L p"], r"""
RISK MANAGEMENT REVIEW - Closed Claims in Diagnostic Radiology, No. 17
(Newsletter for insured radiologists. Details have been altered to protect confidentiality.)

Allegation: delay in the diagnosis of breast cancer.

Facts of the case
2021: A 49-year-old woman had a screening mammogram that was reported as negative (BI-RADS 1). The breasts were heterogeneously dense.
2023: She presented with a palpable lump in the left breast. Diagnostic mammography showed an 18 mm irregular mass with spiculated margins in the upper outer quadrant, with fine pleomorphic and amorphous calcifications extending from it over 40 mm in a segmental distribution. Ultrasound showed a 19 mm irregular, not parallel hypoechoic mass at 2 o'clock and an axillary lymph node with a 6 mm cortex on the same side. Assessment: BI-RADS 5, left breast. Biopsy: invasive ductal carcinoma with DCIS; one of three sentinel nodes was positive.

Expert review
The plaintiff's expert and both defence experts agreed that faint amorphous calcifications were visible in retrospect at the site of the later cancer on the 2021 images. The plaintiff's expert opined that the patient should have been recalled (BI-RADS 0) and would probably have been assessed as BI-RADS 4B at that time; the defence experts considered the calcifications subtle and within the standard of care to overlook.

Outcome: settled before trial.

Risk-reduction points
- Compare with at least two prior examinations; subtle change is easier to see over a longer interval.
- In dense breasts, search specifically for calcifications on magnified images.
- Document the comparison studies used.
""")

add("t14_12_lactation_conference_galactocele",
    "breastfeeding-medicine case conference, radiology portion: left-only US, aspiration, take-home points with a hypothetical category",
    None, "2", "L2",
    ["mass L p", "ln L p"], r"""
Breastfeeding Medicine Case Conference - radiology portion (summary by the presenting radiologist)

Case 2: "The lump that went away with a needle"

A 29-year-old woman, five months post partum and exclusively breastfeeding, noticed a painless lump in the left breast two weeks earlier. No fever, no redness. The lactation consultant referred her for imaging.

Ultrasound (left breast and axilla only): At 1 o'clock, 3 cm from the nipple, there was a 32 x 18 mm oval, circumscribed mass with mixed echoes and a fat-fluid level. There was no internal vascularity on Doppler. A reactive-appearing axillary lymph node was seen, cortex 3 mm. We did not image the right side.
Under ultrasound guidance 12 mL of thick, milky fluid was aspirated with an 18G needle, after which the mass collapsed completely with no residual solid component. Diagnosis: galactocele.
Assessment after aspiration: BI-RADS 2, left breast. No mammogram was done.

Take-home points
- Galactoceles can look complex or even solid, depending on their fat and water content.
- A fat-fluid level is characteristic.
- If a solid component persists after aspiration, biopsy it (BI-RADS 4).
- Keep breastfeeding; empty the breast before the procedure.
""")

add("t14_13_fellow_procedure_log",
    "breast imaging fellowship procedure log entry: stereotactic VAB, post-procedure mammogram, hematoma, clip, pathology",
    None, "4B", "R4B",
    ["calc R p - m:fine_pleomorphic d:grouped", "other R p"], r"""
Breast Imaging Fellowship - Procedure Log (case entry)
Fellow: Dr. P. Ramanathan          Attending: Dr. S. Greer          Date: 01/28/2026
Procedure: Stereotactic vacuum-assisted biopsy (9G, prone table)
Target: R breast, 12:00 posterior depth - 8 mm group of fine pleomorphic calcs, BI-RADS 4B.
Approach: CC, superior approach. Local: lidocaine 1% / lidocaine with epinephrine.
Samples: 12 cores; specimen radiograph shows calcs in 5 of 12.
Clip: ribbon clip placed.
Post-procedure 2-view mammogram: clip 3 mm lateral to the target. Small hematoma at the biopsy site. A few residual calcs around the clip.
Complications: none apart from the small hematoma; hemostasis with 10 min of manual compression.
Pathology (02/02): DCIS, intermediate grade, cribriform, with associated calcifications. Rad-path: concordant. Surgical referral placed.
Attending comment: Good targeting. Next time, take the specimen radiograph before withdrawing the probe.
""")

add("t14_14_tracked_changes_feedback",
    "resident draft with attending's tracked changes ([-deleted-] {+inserted+}); only the final wording counts",
    "c", "4A", "L4A R2",
    ["mass L p", "calc L p - m:coarse_heterogeneous", "ln R p s"], r"""
Resident report with attending edits (dictation system "compare versions" export)
Key: [-deleted text-]  {+inserted text+}
Resident: Dr. L. Fernandes (R3)          Attending: Dr. H. Moreau
Exam: Diagnostic mammogram, bilateral, with DBT; left breast ultrasound. Indication: screening recall, left.

FINDINGS:
The breasts are heterogeneously dense, which may obscure small masses.
Left breast: At 3 o'clock, middle depth, there is a 12 mm [-oval circumscribed mass-]{+oval mass with partially obscured margins+}. [-No associated calcifications.-]{+Coarse heterogeneous calcifications are present within it on the magnification views.+} It was not present in 2024. Ultrasound at 3 o'clock, 5 cm from the nipple, shows a corresponding 11 x 8 x 9 mm oval hypoechoic mass with [-circumscribed-]{+indistinct+} margins.
Right breast: [-Negative.-]{+A benign intramammary lymph node in the upper outer quadrant is unchanged.+}

IMPRESSION:
[-BI-RADS 3: Probably benign left breast mass. Six-month follow-up.-]
{+1. New left breast mass with indistinct margins and coarse heterogeneous calcifications. BI-RADS 4A: Low suspicion for malignancy. Ultrasound-guided biopsy recommended.
2. Right breast: BI-RADS 2: Benign.+}

Attending comment to resident: A new solid mass is not a probably-benign finding - it was not there in 2024. Always look at what is inside the mass on the mag views before you dictate.
""")

add("t14_15_bi_rads_3_audit_vignette",
    "departmental BI-RADS 3 audit vignette: dated follow-up narrative (3 -> unchanged -> upgraded), audit statistics",
    "c", "4B", "L4B",
    ["mass L p", "mass L p"], r"""
Annual audit of probably benign (BI-RADS 3) assessments, 2023-2024 - Breast Imaging Section
Summary: 412 BI-RADS 3 assessments; 7 upgraded to biopsy; 5 malignant (1.2%). Standard: 2% or less.

Vignette 3 of 7 (upgraded to biopsy)
Jan 2023 - Diagnostic mammogram and ultrasound for a finding on screening ultrasound. Mammography: heterogeneously dense breasts; no mammographic correlate. US: a 7 mm oval, circumscribed, parallel hypoechoic mass at 4 o'clock in the left breast, 4 cm from the nipple. Assessed BI-RADS 3.
Jul 2023 - 6-month US: unchanged, 7 mm.
Jan 2024 - 12-month US: the mass now measures 10 mm and one margin segment is angular. A new 3 mm simple cyst is also seen at 9 o'clock in the same breast. Upgraded to BI-RADS 4B (left).
US-guided core biopsy: tubular carcinoma; 9 mm, node-negative at surgery.

Learning point: an increase in diameter of 20% or more within 6 months, or any new suspicious margin, should prompt biopsy rather than continued follow-up.
""")

add("t14_16_textbook_pitfall_box",
    "textbook pitfall box: mass called an intramammary node (one node); unsided category on a bilateral screen; generic recall rule",
    None, "2", "",
    ["ln L p"], r"""
Box 6.3  Pitfall: recalling an intramammary lymph node

Case. A 49-year-old woman's baseline screening tomosynthesis showed a 9 mm circumscribed oval mass in the upper outer quadrant of the left breast, 6 cm from the nipple. On the tomosynthesis slices it had a fatty hilum and a reniform shape. It is therefore a typical intramammary lymph node and needs no work-up: BI-RADS 2. The reader recalled her, and ultrasound confirmed a normal node with a 1.5 mm cortex.

Lesson. A mass with a fatty hilum in the upper outer quadrant or the axillary tail is a lymph node. Recall (BI-RADS 0) is appropriate only when the hilum is not seen, the cortex is thickened, or the node is new or enlarging.
""")

add("t14_17_critical_result_communication",
    "radiologist's documentation of a suspicious-result phone call: one-breast exam, bullet findings, prior screening recall",
    None, "5", "L5",
    ["mass L p", "skin L p", "calc L p - m:fine_pleomorphic", "ln L p"], r"""
COMMUNICATION OF A SUSPICIOUS RESULT - Breast Imaging
Exam: LEFT diagnostic mammogram with tomosynthesis and LEFT breast ultrasound, 05/02/2025
Prior: screening mammogram 04/18/2025 (recalled for the left breast).

I called Dr. Anil Patel (ordering provider) at 14:35 on 05/02/2025 and discussed the results:
- 23 mm irregular mass with spiculated margins at 2:00, 5 cm FN, with overlying skin retraction.
- Pleomorphic calcifications extend 2 cm anterior to the mass toward the nipple.
- Two abnormal axillary lymph nodes, cortex up to 7 mm, the larger 16 mm.
Assessment: BI-RADS 5. US-guided biopsy of the mass and of the more abnormal node is scheduled for 05/05/2025. Dr. Patel read back the results and agreed with the plan.
I informed the patient in person before she left the department, with the breast nurse navigator present.

- Dr. Grace Whitfield, Breast Imaging. Note time 14:52.
""")

add("t14_18_thai_case_report",
    "Thai journal case report ('At the right breast', 'revealed', cm sizes), benign biopsy, generic discussion; misspelling",
    "c", "4B", "R4B L2",
    ["mass L p s", "mass R p", "calc R p - m:amorphous d:grouped", "mass R a", "ln B p"], r"""
Case Report

Newly detected amorphous calcifications in a woman with a stable fibroadenoma: a case report

A 45-year-old Thai woman came for her annual check-up at the Breast Diagnostic Center. She had no symptoms and no family history of breast cancer.
Mammography revealed heterogeneously dense breasts. At the left upper outer quadrant, an oval mass with circumscribed margin, 1.2 cm in size, was seen; it was unchanged from the previous study 2 years ago. Ultrasonography at the left breast 2 o'clock showed an oval, parallel, circumscribed hypoechoic mass 1.1 x 0.6 cm, compatible with fibroadenoma.
At the right breast, multiple small cysts were noted, the largest 0.6 cm at 9 o'clock. In addition, a group of amorphous calcfications, 0.8 cm in extent, was newly detected at the right lower inner quadrant. There was no associated mass at ultrasonography.
Both axillae showed normal lymph nodes.
The final assessment was BI-RADS 4B for the right breast and BI-RADS 2 for the left breast. Stereotactic-guided vacuum-assisted biopsy was done, and pathology revealed fibrocystic change with microcalcifications (concordant benign). She was advised to return to annual screening.

Discussion
Amorphous calcifications carry a positive predictive value of about 20% and are usually biopsied when new. Fibrocystic change, sclerosing adenosis and columnar cell lesions are common benign causes.
""")

add("t14_19_ask_the_expert",
    "society newsletter 'Ask the Expert': question describes the case, answer is generic with hypothetical categories only (no category)",
    "b", None, "",
    ["calc R p - m:coarse_heterogeneous d:grouped", "calc L p s m:dystrophic"], r"""
Ask the Expert - Breast Imaging (regional society newsletter)

Q: I read a screening mammogram in a 71-year-old woman who had a bilateral reduction mammoplasty in 2015. The breasts are fatty with scattered fibroglandular tissue. There are new grouped coarse heterogeneous calcifications, about 5 mm, in the right upper outer quadrant; they were not present on the 2023 study. The left breast has dystrophic calcifications along the inferior pedicle that are unchanged. Can I call this benign, or do I have to recall her?  - R.M., Auckland

A: Thank you for a very common question. After reduction mammoplasty, fat necrosis produces a whole spectrum of calcifications, from rim and dystrophic forms to coarse heterogeneous ones. New coarse heterogeneous calcifications that are not explained by a known cause carry a malignancy risk of roughly 7-13%, so I would recall her for magnification views. If they remain coarse heterogeneous and new, most of us would biopsy (BI-RADS 4A); if they evolve into typical dystrophic or rim forms, BI-RADS 2 is appropriate. Please do not use BI-RADS 3 for new calcifications in this setting.  - Prof. E. Hollis
""")

add("t14_20_transgender_teaching_file",
    "teaching-file entry (keywords, history, findings, impression, teaching points): transgender woman on hormones; 'BI-RADS 2, both breasts'; misspelling",
    "b", "2", "B2",
    ["calc L p s m:punctate d:grouped", "ln R p", "mass B a", "ad B a", "skin B a"], r"""
Teaching file - Case 112: Screening mammography in a transgender woman
Keywords: gender-affirming hormone therapy; screening; benign calcifications

History: 56-year-old transgender woman on estradiol and spironolactone for 9 years. Screening according to current guidance (5 or more years of hormone therapy, age 50 or over). No implants.

Findings: Both breasts contain hormone-induced fibroglandular tissue in a normal female pattern; scattered fibroglandular density (ACR b). In the left breast there is a 5 mm group of punctate calcifications in the subareolar region, unchanged from the baseline examination 2 years ago. An intramammary lymph ndoe is seen in the right upper outer quadrant. No masses, distortion or skin thickening in either breast.

Impression: Benign. BI-RADS 2, both breasts. Routine annual screening.

Teaching points
- Breast cancer in transgender women is rarer than in cisgender women but more frequent than in cisgender men.
- Positioning can be harder because of pectoral muscle bulk; extra views may be needed.
- The same BI-RADS lexicon and categories apply.
""")
