"""A result export of bare HL7 segments (no MSH header) reads as the report its OBX/NTE segments carry."""

from __future__ import annotations

from readingscan import analyze
from readingscan.ingest.hl7_message import report_text

_EXPORT = (
    "RESULT EXPORT -- Example Hospital\n"
    "OBX|1|TX|77065^MAMMO DIAG LEFT||FINDINGS: Left breast: a 7 mm oval mass at 2 o'clock.||||||F\n"
    "OBX|2|TX|77065^MAMMO DIAG LEFT||IMPRESSION: BI-RADS 3.||||||F\n"
)


def test_bare_segments_become_their_text_and_other_lines_stay() -> None:
    assert report_text(_EXPORT) == (
        "RESULT EXPORT -- Example Hospital\nFINDINGS: Left breast: a 7 mm oval mass at 2 o'clock.\nIMPRESSION: BI-RADS 3.")  # the last segment's line end goes with it


def test_segments_run_into_one_line_are_parted_again() -> None:
    # As a portal PDF's reflow leaves them: several segments on one line, each still begins with its name and number.
    joined = _EXPORT.replace("||||||F\nOBX|2|", "||||||F OBX|2|")
    assert "OBX" not in report_text(joined + "OBX|3|TX|77065^MAMMO DIAG LEFT||Signed.||||||F\n")
    assert [(f.kind.value, f.breast.value if f.breast else None) for f in analyze(joined + "OBX|3|TX|X||Signed.||||||F\n").findings] \
        == [("mass", "left")]


def test_one_segment_name_in_prose_is_left_as_written() -> None:
    # Control: a single "OBX|" is no export.
    said = "The interface sends OBX|1| lines; no mass in the left breast."
    assert report_text(said) == said
