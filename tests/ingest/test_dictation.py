"""Speech recognition that wrote punctuation as words: read as marks when the text does so again and again."""

from __future__ import annotations

from readingscan import analyze
from readingscan.ingest.dictation import spoken_marks

DICTATED = ("Indication colon recall for a mass in the write breast period\n\nFindings colon\n"
            "There is an irregular mass in the write breast at 10 o'clock comma 14 mm period No calcifications period\n\n"
            "Impression colon\n1 period Irregular mass write breast comma bi rads for C period Biopsy advised period\n"
            "2 period Lift breast negative comma bi rads 1 period")


def test_spoken_punctuation_becomes_marks() -> None:
    assert spoken_marks("Findings colon\nA cyst comma 4 mm period No mass period") == "Findings:\nA cyst, 4 mm. No mass."


def test_a_dictated_report_reads_as_a_typed_one() -> None:
    got = analyze(DICTATED).to_dict()["assessment"]
    assert got["by_breast"] == {"right": "4C", "left": "1"}


def test_a_word_once_is_no_dictation() -> None:  # control: "period" as a word, nothing else spoken
    text = "Follow-up over a period of 6 months. Cyst in the left breast. BI-RADS 3."
    assert spoken_marks(text) == text


def test_a_colon_deep_in_a_sentence_stays_a_word() -> None:  # control: in a dictated text, not a label's colon
    text = "History colon the patient had surgery for a tumour of the colon last year period\nFindings colon none period"
    assert spoken_marks(text).startswith("History: the patient had surgery for a tumour of the colon last year.")


def test_spoken_new_lines_and_item_numbers() -> None:
    text = "SUMMARY colon new line 1 period left breast cyst comma simple period new line 2 period right breast normal period"
    assert spoken_marks(text) == "SUMMARY:\n1. left breast cyst, simple.\n2. right breast normal."
