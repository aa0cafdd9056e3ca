"""Density on the scales reports use: a type number written before the word density ("breasts of type 3 density
of the ACR", as French-trained reports write it), a value ending a table's cell ("density ACR B   |"), a label glossed in brackets ("breast_density (ACR, 1-4): 3"),
"het dense", "Dens C", "dense breasts (c)", a record's quoted "density: 'C'", and "ACR" followed by a number, which is a density only where
density words go with it: in a text grading its lesions "ACR 4" / "ACR 5" it is the assessment scale."""

from __future__ import annotations

import pytest

from readingscan import analyze

MAMMOGRAM = "BILATERAL MAMMOGRAM\n\nFindings:\n"
ROWS = [
    ("Mammography objectified breasts of type 3 density of the ACR. No mass.", "c"),
    ("The breasts are of type 2 density. No mass.", "b"),
    ("Type 4 (ACR) density. No mass.", "d"),
    # a lesion's grade on the ACR scale is no density
    ("Scattered fibroglandular density. The right lesion was classified ACR 5 and the left calcifications ACR 4.", "b"),
    ("Heterogeneously dense breasts. Left mass ACR 4.", "c"),
    ("Scattered fibroglandular density. Right breast: stable benign cyst at 10 o'clock. ACR 4.", "b"),
    # a verb of grading before it makes it a grade, its lesion named or not (in any language)
    ("Heterogeneously dense breasts. The abnormality was categorised as ACR 4.", "c"),
    ("Seins de type b. L'anomalie est classée ACR 4.", "b"),
    # ... where density words go with it, it is one
    ("Breast density ACR 2. No mass.", "b"),
    ("Breasts ACR 3, heterogeneously dense. No mass.", "c"),
    ("Composition: ACR 4. No mass.", "d"),
    # a table cell's bar ends the value as a stop does
    ("| 03/2021 | Screening DBT | New mass; breast density ACR B   | BI-RADS 0 |", "b"),
    ("| Density | c | No mass |", "c"),
    ("| Composition: 4 | No mass |", "d"),
    # the letter followed by "and" / "with" going on to the rest of the sentence
    ("The breasts were of density type C and a spiculated mass lies at 2 o'clock. The mass was graded ACR 5.", "c"),
    ("Breast composition B with no dominant mass.", "b"),
    # a label glossed in brackets before its colon, a data sheet's field name
    ("patient_id: P_0001    age: 61    breast_density (ACR, 1-4): 3    views: LCC, LMLO", "c"),
    ("Breast density (BI-RADS 5th edition): b. No mass.", "b"),
    ("Composition (ACR): d", "d"),
    # the note-taker's "het dense"
    ("52F, screening recall. Het dense. No mass.", "c"),
    # the letter bracketed after "dense breasts", the note-taker's "Dens C", a record's quoted value
    ("Left breast - bi-rads 1. dense breasts (c).", "c"),
    ("Extremely dense breasts (D). No mass.", "d"),
    ("Rt: benign cyst, BR2. Dens C.", "c"),
    ("{laterality: 'L', view: 'CC', birads: '4B', density: 'C'}", "c"),
    ('{"density": "b", "birads": 2}', "b"),
]


@pytest.mark.parametrize(("said", "density"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_density_on_its_scales(said: str, density: str) -> None:
    reading = analyze(MAMMOGRAM + said + "\n\nImpression: BI-RADS 2.", "density").density
    assert reading is not None and reading.category.value == density
