"""Which lesion a sentence talks about, across sentences and table columns (sentences written for these tests)."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Breast, Finding, FindingKind, Status


def _kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(text).findings]


def _one(text: str, kind: FindingKind, status: Status = Status.PRESENT) -> Finding:
    (finding,) = [f for f in analyze(text).findings if f.kind is kind and f.status is status]
    return finding


# A label opening a line with its own statement ("Right breast: ...") gives no side to an absence on a later line.
LABEL_REACH = [
    # (report, kind said absent on the later line, its side)
    ("BILATERAL BREAST MRI\nFINDINGS:\nLeft breast: 9 mm oval mass at 3:00.\nRight breast: No suspicious enhancement.\n"
     "No axillary adenopathy.", FindingKind.LYMPH_NODE, Breast.BOTH),
    ("BILATERAL ULTRASOUND\nFINDINGS:\nRt breast: simple cyst at 10 o'clock.\nNo suspicious axillary lymph nodes.",
     FindingKind.LYMPH_NODE, Breast.BOTH),
    # A line between one side's label and the other's stays in the first side's block (a portal PDF broke it there).
    ("BILATERAL BREAST MRI\nLEFT: No enhancing mass at the site of concern.\nArchitectural distortion was not "
     "demonstrated.\nRIGHT: Stable 7 mm fibroadenoma.", FindingKind.ARCHITECTURAL_DISTORTION, Breast.LEFT),
    # A label alone on its line heads the lines under it.
    ("BILATERAL ULTRASOUND\nFINDINGS:\nRIGHT BREAST:\nSimple cyst at 10 o'clock.\nNo axillary lymphadenopathy.",
     FindingKind.LYMPH_NODE, Breast.RIGHT),
    # The breast's own skin stays with it; so does what is said within the lesion.
    ("BILATERAL MRI\nFINDINGS:\nLeft breast: 20 mm irregular mass at 2:00.\nNo skin thickening.", FindingKind.SKIN,
     Breast.LEFT),
    # A hard-wrapped sentence of the labelled line is still that line's.
    ("BILATERAL MAMMOGRAM\nFINDINGS:\nLEFT BREAST: There is a 12 mm irregular mass in the retroareolar region. No\n"
     "suspicious calcifications.\n\nRIGHT BREAST: Negative.", FindingKind.CALCIFICATION, Breast.LEFT),
]


@pytest.mark.parametrize(("text", "kind", "side"), LABEL_REACH, ids=[
    "axilla-after-labelled-line", "axilla-after-abbreviated-label", "line-before-the-other-label", "label-alone-heads-lines", "skin-stays",
    "wrapped-sentence",
])
def test_a_line_label_reaches_absences_on_later_lines_only_when_alone(text: str, kind: FindingKind, side: Breast) -> None:
    assert _one(text, kind, Status.ABSENT).breast is side


def test_within_the_lesion_just_described_keeps_its_side() -> None:
    text = ("BILATERAL MRI\nFINDINGS:\nLeft breast: diffuse non-mass enhancement with clumped internal enhancement.\n"
            "No discrete mass identified within the NME.\nRight breast: no suspicious mass.")
    assert ("mass", "left", "absent") in _kinds(text)


CHARACTERISED = [
    # (report, kinds read)
    ("FINDINGS: Left breast at 9 o'clock: a 9 mm oval hyperechoic area with a thin hypoechoic rim, consistent with "
     "fat necrosis.", [("other", "left", "present")]),
    ("FINDINGS: Right breast: a 30 mm complex fluid collection, likely a seroma.", [("other", "right", "present")]),
    # A mass named by its diagnosis stays that; a mass said to be absent is not characterised.
    ("FINDINGS: There is a 12 mm oil cyst in the right breast, a form of fat necrosis.", [("mass", "right", "present")]),
    ("FINDINGS: Left breast: fan-shaped tissue without a discrete mass, typical of gynecomastia.",
     [("mass", "left", "absent")]),
]


@pytest.mark.parametrize(("text", "kinds"), CHARACTERISED, ids=[
    "area-is-fat-necrosis", "collection-is-seroma", "named-mass-stays", "absent-mass-stays",
])
def test_a_lesion_characterised_as_another_kind_is_that_kind(text: str, kinds: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize("diagnosis", [", in keeping with an old fibroadenoma,", "- likely an involuted fibroadenoma -"])
def test_a_diagnosis_of_another_kind_says_nothing_of_the_other_breasts_lesion(diagnosis: str) -> None:
    text = (f"FINDINGS: Right breast: a 7 mm irregular mass at 10 o'clock.\n"
            f"Left breast: coarse popcorn calcifications {diagnosis} stable since 2021.")
    assert not _one(text, FindingKind.MASS).stable
    assert _kinds(text) == [("mass", "right", "present"), ("calcification", "left", "present")]


@pytest.mark.parametrize("said", [
    "It was consistent with an intramammary lymph node.",
    "The appearance is that of an intramammary lymph node.",
    "Appearances are of an intramammary lymph node.",
    # a quiz's or case's diagnosis line after the description
    "\n\nDiagnosis: intramammary lymph node.",
    "\nFinal diagnosis: benign intramammary lymph node",
])
def test_a_later_sentence_saying_what_the_mass_is_relabels_it(said: str) -> None:
    text = f"FINDINGS: Right breast: there is a 5 mm oval circumscribed mass in the axillary tail. {said}"
    assert _kinds(text) == [("lymph_node", "right", "present")]


def test_descriptors_before_any_finding_word_wait_for_the_lesion_the_next_sentence_names() -> None:
    text = ("MRI FINDINGS:\nPost-surgical changes in both breasts.\nLeft breast 6 o'clock: 22 mm lesion with central fat "
            "signal and thin rim enhancement, slow initial rise and persistent delayed kinetics. Features typical of fat "
            "necrosis.")
    (necrosis,) = [f for f in analyze(text).findings if f.breast is Breast.LEFT]
    assert necrosis.kind is FindingKind.OTHER
    assert necrosis.size_mm == 22 and necrosis.location is not None and necrosis.location.clock == "6:00"
    assert dict(necrosis.descriptors)["internal_enhancement"] == "rim"


@pytest.mark.parametrize("text", [
    "FINDINGS: Client ID 123. Screening round: 3.\nRight breast: coarse calcifications.",
    "FINDINGS: Left breast: 12 mm hyperechoic mass. Irregular margins should be assessed with MRI, 20 mm.",
], ids=["header-field-no-lesion", "recommendation"])
def test_words_of_no_lesion_describe_nothing(text: str) -> None:
    for finding in analyze(text).findings:
        assert not finding.morphology or finding.morphology[0].value == "coarse"
        assert "margin" not in dict(finding.descriptors)


def test_a_distance_column_of_a_pipe_table_is_no_size() -> None:
    text = ("ULTRASOUND - LESION TABLE\n # | Side | Clock | FN  | Size  | Description\n"
            "---+------+-------+-----+-------+------------\n 1 | R    | 10:00 | 4cm | 9 mm  | oval circumscribed mass\n")
    assert _one(text, FindingKind.MASS).size_mm == 9
