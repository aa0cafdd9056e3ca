"""Round 15 table layouts: a barred right/left table whose header glosses its sides and whose cells wrap onto the
next line, the same table after a portal closed its gaps to one space, a header cell naming two descriptors over a
cell of two parts, and a structured report's finding containers (read/findings/tables.py, side_cells.py,
cell_words.py, labels.py)."""

from __future__ import annotations

from readingscan import analyze

GLOSSED = """RESULTS
                | RIGHT (DROITE)                | LEFT (GAUCHE)
Mammogram       | No mass. No calcification.    | Clustered amorphous
                |                               | calcifications, upper inner, 6 mm
Sonography      | Oval circumscribed mass 9 mm  | Not seen.

IMPRESSION: BI-RADS 4A.
"""


def _atoms(text: str) -> set[tuple[str, str | None, str]]:
    return {(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(text).findings}


def test_a_glossed_barred_header_gives_each_column_its_side() -> None:
    atoms = _atoms(GLOSSED)
    assert {("mass", "right", "absent"), ("calcification", "right", "absent"), ("calcification", "left", "present"),
            ("mass", "right", "present")} <= atoms, atoms
    assert not any(side in (None, "both") for _, side, _ in atoms), atoms


def test_a_cell_wrapped_onto_the_next_line_names_its_finding_there() -> None:
    calcs = [f for f in analyze(GLOSSED).findings if f.kind.value == "calcification" and f.breast
             and f.breast.value == "left"]
    assert calcs and [m.value for m in calcs[0].morphology] == ["amorphous"], calcs
    assert calcs[0].distribution is not None and calcs[0].distribution.value == "grouped", calcs


def test_a_plain_prose_pair_of_sentences_stays_unsided() -> None:  # control: no table, no side
    atoms = _atoms("FINDINGS: No mass. No calcification.\n")
    assert ("mass", "right", "absent") not in atoms and ("calcification", "left", "absent") not in atoms, atoms


COLLAPSED = """FINDINGS:
RIGHT | LEFT
Masses none | 12 mm oval mass, 3:00,
| circumscribed margins
Calcifications none | none
Architectural distortion none | none
"""


def test_a_barred_table_with_its_gaps_closed_reads_each_side() -> None:
    atoms = _atoms(COLLAPSED)
    assert {("mass", "right", "absent"), ("mass", "left", "present"), ("calcification", "right", "absent"),
            ("calcification", "left", "absent"), ("architectural_distortion", "right", "absent"),
            ("architectural_distortion", "left", "absent")} <= atoms, atoms
    assert not any(side == "both" for _, side, _ in atoms), atoms
    mass = next(f for f in analyze(COLLAPSED).findings if f.kind.value == "mass" and f.status.value == "present")
    assert dict(mass.descriptors).get("margin") == "circumscribed", mass


def test_an_aligned_barred_table_still_reads_as_before() -> None:  # control: the gaps kept
    text = COLLAPSED.replace("Masses none |", "Masses          none      |").replace(
        "| circumscribed", "                          | circumscribed")
    atoms = _atoms(text)
    assert ("mass", "right", "absent") in atoms and ("mass", "left", "present") in atoms, atoms


SPLIT_HEADER = """| # | Side | Kind | Shape / margin        | BI-RADS |
|---|------|------|-----------------------|---------|
| 1 | L    | Mass | irregular / irregular | 4C      |
"""


def test_a_two_part_header_cell_reads_each_part_under_its_own_name() -> None:
    mass = next(f for f in analyze(SPLIT_HEADER).findings if f.kind.value == "mass")
    descriptors = dict(mass.descriptors)
    assert descriptors.get("shape") == "irregular" and descriptors.get("margin") == "irregular", descriptors


def test_a_one_part_header_cell_keeps_the_lexicon_reading() -> None:  # control
    mass = next(f for f in analyze(SPLIT_HEADER.replace("Shape / margin", "Shape         ").replace(
        "irregular / irregular", "irregular            ")).findings if f.kind.value == "mass")
    descriptors = dict(mass.descriptors)
    assert descriptors.get("shape") == "irregular" and "margin" not in descriptors, descriptors


CONTAINERS = """1     CONTAINS: CONTAINER: Imaging Report
1.3     CONTAINS: CONTAINER: Finding
1.3.1     HAS CONCEPT MOD: Laterality = Left
1.3.2     CONTAINS: CODE: Finding = Mass
1.3.3     CONTAINS: CODE: Shape = Oval
1.4     CONTAINS: CONTAINER: Finding
1.4.1     HAS CONCEPT MOD: Laterality = Left
1.4.2     CONTAINS: CODE: Finding = Mass
1.4.3     CONTAINS: CODE: Shape = Round
"""


def test_each_finding_container_is_its_own_lesion() -> None:
    masses = [f for f in analyze(CONTAINERS).findings if f.kind.value == "mass"]
    assert sorted(dict(f.descriptors).get("shape") for f in masses) == ["oval", "round"], masses


def test_a_finding_field_naming_another_kind_is_no_diagnosis_of_the_lesion_before() -> None:
    text = CONTAINERS.replace("1.4.2     CONTAINS: CODE: Finding = Mass", "1.4.2     CONTAINS: CODE: Finding = Non-mass enhancement")
    kinds = sorted(f.kind.value for f in analyze(text).findings)
    assert kinds == ["mass", "non_mass"], kinds


def test_outline_items_outside_a_container_describe_the_lesion_before() -> None:  # control: no container
    text = "1.3.2 Finding = Mass, left.\n1.3.3 Shape = Oval.\n1.4.2 Margin = Circumscribed.\n"
    masses = [f for f in analyze(text).findings if f.kind.value == "mass"]
    assert len(masses) == 1 and dict(masses[0].descriptors).get("margin") == "circumscribed", masses
