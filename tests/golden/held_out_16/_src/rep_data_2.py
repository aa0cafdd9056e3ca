# Whole reports r16_09 .. r16_15 (text + compact gold)
ITEMS = []

ITEMS.append(dict(id="r16_09_lebanon_private_hospital",
style="Lebanese university hospital (Beirut), post-lumpectomy surveillance DBT + US, stable treated right breast, new left mass = simple cyst, dash impression per side",
density="b", overall="2", bb="R2 L2",
findings=["ad R p s", "calc R p s m:dystrophic", "skin R p s", "mass R a", "mass L p", "calc L a", "ln B p"],
text="""
MOUNT LEBANON UNIVERSITY HOSPITAL
Department of Medical Imaging - Beirut, Lebanon
Tel: +961 1 XXX XXX

Patient: Rima H.          Age: 62          File #: 0XXXXXX
Date: 11/03/2026          Referring physician: Dr. Georges Khoury

EXAMINATION: Bilateral digital mammography with tomosynthesis, complemented by bilateral breast ultrasound.

CLINICAL DATA: Annual follow-up. Right lumpectomy and radiotherapy in 2019 for invasive ductal carcinoma.

COMPARISON: 03/2025.

FINDINGS:
Breast composition: scattered areas of fibroglandular density (ACR B).
Right breast: Stable post-lumpectomy architectural distortion in the upper outer quadrant with a few dystrophic calcifications, unchanged. Mild skin thickening of the right breast, stable, related to radiotherapy. No new mass.
Left breast: A new 7 mm oval mass with circumscribed margins in the lower inner quadrant, posterior third, not seen in 2025. No suspicious microcalcifications.

ULTRASOUND:
The left mass corresponds to a 6 mm oval anechoic lesion with a thin wall and posterior enhancement at 8 o'clock, 5 cm from the nipple: simple cyst.
Right lumpectomy site: no suspicious mass.
Axillary lymph nodes are normal bilaterally.

IMPRESSION:
- Right breast: stable findings after breast-conserving therapy. BI-RADS 2.
- Left breast: simple cyst accounting for the new mammographic mass. BI-RADS 2.
- Annual mammography recommended.

Dr. Nour Haddad, Radiologist
"""))

ITEMS.append(dict(id="r16_10_guyana_public_hospital",
style="Guyana public hospital (Georgetown) typed report, '?FA ?Ca' clinical note, 'U/S LEFT BREAST', dominant mass + two smaller masses with own clock/size, 'BIRADS 4a'; misspelling",
density="c", overall="4A", bb="L4A R1",
findings=["mass L p", "mass L p", "mass L p", "calc L a", "skin L a", "ln L p", "mass R a", "calc R a"],
text="""
GEORGETOWN PUBLIC HOSPITAL CORPORATION
DEPARTMENT OF RADIOLOGY - MAMMOGRAPHY UNIT
New Market Street, Georgetown, Guyana

NAME: Persaud, Savitri          AGE: 45          REG #: GPHC-XXXXXX
CLINIC: Breast Clinic (Surgery)          DATE OF EXAM: 08-Jul-2026

EXAMINATION: Bilateral Mammogram + Ultrasound of Left Breast
CLINICAL NOTES: Lump L breast x 3/12. ?FA ?Ca. Pls evaluate.

FINDINGS:
The breasts are heterogeneously dense.
LEFT BREAST: There is a well circumscribed lobulated mass in the upper inner quadrant measuring 3.2 x 2.8cm. No calcificaton within it. No skin thickening or nipple retraction.
U/S LEFT BREAST: At the 10 o'clock position there is a lobulated hypoechoic solid mass measuring 3.4 x 2.6 x 2.9cm with internal cystic spaces and increased vascularity. It is wider than tall. There are two other smaller similar lesions at 11 o'clock (0.8cm) and 1 o'clock (1.1cm). Left axilla: normal nodes seen.
RIGHT BREAST: Normal. No mass or calcification.

IMPRESSION:
1. Large lobulated solid mass L breast with cystic spaces - ?phyllodes tumour ?giant fibroadenoma. BIRADS 4a.
2. Two smaller similar masses L breast (?multiple fibroadenomas).
3. Normal R breast - BIRADS 1.
Recommend core biopsy of the dominant mass.

Reported by: Dr. R. Ramdass, Consultant Radiologist
"""))

ITEMS.append(dict(id="r16_11_fiji_report_retyped",
style="scanned Fiji hospital report retyped by a health-records clerk: [illegible] marks, stamp and handwritten notes described in brackets, 'BIRADS 5' / 'Lt BIRADS 2'; misspelling (less common)",
density="b", overall="5", bb="R5 L2",
findings=["mass R p", "calc R p", "ad R p", "ln R a", "calc L p m:coarse", "mass L a"],
text="""
[Transcribed from a scanned document received 30/07/2026 - records request #4471.
Typed by: M. Dube, Health Information Management. Illegible portions of the original are marked [illegible].]
------------------------------------------------------------
[Letterhead: COLONIAL WAR MEMORIAL HOSPITAL, SUVA - Ministry of Health and Medical Services, Fiji - Radiology Department]
[Stamp: RECEIVED 28 JUL 2026]

Name: Adi L. [illegible]          Age: 51          Hosp No: [illegible]4482
Exam: Mammogram both breasts      Date: 1[illegible]/06/2026
Clinical: screening, FHx sister Ca breast

Report:
Both breasts show scattered fibroglandular tissue.
Rt breast: There is a 12mm spiculated mass in the upper outer quadrant [handwritten in margin: "10 o'c"] with associated microcalcifcations. Architectural distortion around the mass. No axillary nodes seen.
Lt breast: Benign coarse calcifications. No mass.

Impression: Suspicious mass Rt breast - BIRADS 5. Lt BIRADS 2.
US guided biopsy Rt recommended.

[signature]  Dr. [illegible], Radiologist
[handwritten note at bottom: "pt informed 2/7 - ref surgical OPD"]
------------------------------------------------------------
End of transcription.
"""))

ITEMS.append(dict(id="r16_12_us_critical_access_locum",
style="US critical-access hospital, remote locum read transcribed from phone dictation (spoken 'period', transcriptionist's query), BI-RADS 0 for priors, addendum -> unsided BI-RADS 2 (less common)",
density="a", overall="2", bb="",
findings=["mass L p s", "calc B p m:vascular", "calc R p m:skin", "calc B a", "ad B a"],
text="""
FRONTIER COUNTY MEMORIAL HOSPITAL (Critical Access Hospital) - Imaging Department
Broken Bow, Nebraska
Read remotely by locum tenens radiologist. Report transcribed from telephone dictation.

PATIENT: HANSEN, DORIS          DOB: XX/XX/1955          MRN: 0XXXXX
EXAM: SCREENING MAMMOGRAM BILATERAL (2D DIGITAL)
DATE OF SERVICE: 09/14/2026

HISTORY: 71 year old, annual screening. Last mammogram 2023 at Great Plains Regional (outside); priors requested, not received at the time of reading.
TECHNIQUE: Standard CC and MLO views of both breasts. 2D only; tomosynthesis is not available at this facility.
COMPARISON: None available.

FINDINGS: The breasts are almost entirely fatty. There is a 9 millimeter oval circumscribed mass in the left breast, lower inner quadrant, posterior depth [transcriptionist: "posterior" unclear on tape]. Without prior studies its stability cannot be established. Bilateral vascular calcifications. Benign appearing skin calcifications right breast period. No suspicious calcifications or architectural distortion in either breast.

IMPRESSION: BI-RADS 0: Incomplete - need prior mammograms for comparison. Left breast mass, possibly benign; stability to be established with the outside priors. If they are unavailable, diagnostic mammogram and ultrasound of the left breast.

ADDENDUM 09/19/2026: Outside priors from 2021 and 2023 were received and reviewed. The left breast mass is unchanged since 2021, measuring 9 mm on all exams, benign. BI-RADS 2: Benign. Return to annual screening mammography.

Dictated by: J. Okonkwo, MD (locum tenens)     Transcribed by: TL     D: 09/14/2026  T: 09/15/2026
"""))

ITEMS.append(dict(id="r16_13_serbia_private_polyclinic",
style="Serbian private polyclinic (Belgrade) report in English (JMBG, 'Dr sci. med.', stamp), 'shadow' = cyst, 'ductectasia', 'BI-RADS 2 (both breasts)'",
density="c", overall="2", bb="B2",
findings=["mass R p", "other L p", "calc B a", "ad B a", "ln B p"],
text="""
POLIKLINIKA MEDIKA VRACAR - Beograd
Department of Radiology
Njegoseva XX, 11000 Belgrade, Serbia          PIB: XXXXXXXXX

Patient: Jovanovic Milica, born 1974          JMBG: XXXXXXXXXXXXX
Date: 05.10.2026.
Referral: gynecologist, dr Petrovic. Reason: regular control; premenstrual painful nodularity of both breasts.

MAMMOGRAPHY OF BOTH BREASTS (CC and MLO projections) + ULTRASOUND OF THE BREASTS AND AXILLAE

Findings:
Mixed fibroglandular-fatty structure of the breasts, ACR c.
In the right breast, at the border of the upper quadrants, an oval, sharply delineated shadow of 15 mm is seen, corresponding on ultrasound to an anechoic cystic formation of 14 x 11 mm - simple cyst.
In the left breast, retromamillary, several dilated ducts up to 4 mm in diameter, without intraluminal content on ultrasound - duct ectasia.
No clusters of suspicious microcalcifications and no architectural distortions in either breast.
Ultrasound of the axillae: lymph nodes of preserved structure bilaterally, up to 12 mm.

CONCLUSION: Simple cyst of the right breast. Ductectasia of the left breast. BI-RADS 2 (both breasts).
Recommendation: control in one year; in the meantime clinical examination by the gynecologist.

Radiologist: Dr sci. med. Ana Nikolic, specialist radiologist
[stamp]
"""))

ITEMS.append(dict(id="r16_14_vietnam_international_clinic",
style="Vietnamese international clinic (Ho Chi Minh City) mammography + US report in non-native English ('10h', 'correspond to', 'biggest'), three dash conclusions incl. 'Bilateral small cysts: BI-RADS 2'; misspelling",
density="c", overall="3", bb="R3 L3",
findings=["mass R p", "calc R a", "mass L a", "calc L a", "ad L a", "mass B p", "mass L p", "ln B a"],
text="""
SAIGON INTERNATIONAL CLINIC - DIAGNOSTIC IMAGING DEPARTMENT
District 1, Ho Chi Minh City, Vietnam - Hotline 028 XXXX XXXX

MAMMOGRAPHY AND BREAST ULTRASOUND REPORT

Patient name: NGUYEN THI LAN          Year of birth: 1979          PID: SIC-XXXXXX
Date: 21/08/2026          Referring doctor: Dr. Tran (OB-GYN)
Clinical: Routine check.
Technique: Digital mammography 2 views each side; high frequency ultrasound of both breasts.

RESULTS
Mammography:
- Breast density: type C (heterogeneously dense) - may hide small lesions.
- Right breast: a 12mm oval equal density mass with circumscribed margin at upper outer quadrant. No microcalcification.
- Left breast: no mass, no suspicious microcalcification, no architectural distortion.
Ultrasound:
- Right breast: at 10h, 3cm from nipple, one oval hypoechoic nodule 12x8mm, parallel, circumscribed, homogeneous, no vascularity -> correspond to the mass on mammography.
- Other small cysts scattered in both breasts, biggest 4mm (left 2h).
- Left breast: at 3h, 2cm from nipple, a 5mm hypoechoic nodule, oval, circumcribed.
- Axillary: no abnormal lymph node both sides.

CONCLUSION
- Right breast nodule 10h, likely fibroadenoma: BI-RADS 3. Suggest follow-up ultrasound after 6 months.
- Left breast small nodule 3h: BI-RADS 3.
- Bilateral small cysts: BI-RADS 2.

Radiologist: Dr. Le Minh Chau
"""))

ITEMS.append(dict(id="r16_15_ukraine_oncology_centre",
style="Ukrainian city oncology centre report in English for a relocating patient ('mammary glands', 'sectoral resection', 'without dynamics', 'nodular formations', 'physician of the highest category')",
density="b", overall="4B", bb="L2 R4B",
findings=["other L p s", "skin L p s", "mass L a", "calc L a", "calc R p m:fine_pleomorphic d:grouped", "mass R a", "ln B p"],
text="""
KYIV CITY CLINICAL ONCOLOGY CENTRE
Department of Radiology (Mammology)
Medical report - English version for the patient (relocation)

Patient: Shevchenko Olena Mykolaivna          Date of birth: 12.02.1970
Examination date: 16.09.2026          No. 3381/26

Examination: Digital mammography of both mammary glands in 2 projections (CC, MLO); ultrasound of the mammary glands and regional lymph nodes.
Anamnesis: left breast cancer (IDC) 2022 - sectoral resection, radiotherapy; hormonal therapy ongoing.
Comparison: mammography 09.2025.

Description:
Breast tissue: ACR b.
Left mammary gland: condition after sectoral resection (2022) and radiotherapy. In the zone of the postoperative scar (upper-outer quadrant) - postoperative fibrous changes, without dynamics in comparison with 2025. The skin of the left breast is thickened to 4 mm, stable. No new nodular formations; no microcalcifications.
Right mammary gland: in the upper-inner quadrant a new group of polymorphic microcalcifications on an area of 8 mm, not present in 2025. No nodular formations.
USG: Right breast - no focal formations in the zone of the calcifications. Left breast - postoperative changes, no focal formations. Regional lymph nodes: not enlarged, of normal structure, bilaterally.

Conclusion: Condition after combined treatment of left breast cancer (2022), without signs of recurrence - BI-RADS 2 on the left. Right breast: new group of polymorphic microcalcifications - BI-RADS 4B; stereotactic vacuum biopsy is recommended.

Radiologist: Dr. Iryna Bondarenko, physician of the highest category
"""))
