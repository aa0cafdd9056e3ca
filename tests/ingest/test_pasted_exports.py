"""Reports pasted from other systems: an HL7 v2 message (only its observation text is the report) and an EHR paste
with a numbered gutter ("12| ..."), read as the report they carry."""

from __future__ import annotations

from readingscan import analyze
from readingscan.ingest.read import canonicalize

MESSAGE = (
    "MSH|^~\\&|RIS|SITE|EHR|SITE|20260301120000||ORU^R01|MSG1|P|2.5.1\n"
    "PID|1||99887766^^^SITE^MR||DOE^JANE||19700101|F\n"
    "OBR|1|ORD1|ACC1|77065^MAMMO DIAGNOSTIC RIGHT^CPT|||20260301110000\n"
    "OBX|1|TX|18111-5^MG BREAST RIGHT DX^LN|1|FINDINGS: Grouped amorphous calcifications\\.br\\in the right breast."
    " No associated mass.||||||F\n"
    "OBX|2|ST|24606-6^BI-RADS ASSESSMENT^LN|2|BI-RADS 4B: Moderate suspicion||||||F\n"
    "NTE|1||Discussed with the patient \\F\\ GP.\n"
)


def test_an_hl7_message_is_read_as_the_report_it_carries() -> None:
    text = canonicalize(MESSAGE)
    assert text.splitlines()[0] == "MAMMO DIAGNOSTIC RIGHT"
    assert "Grouped amorphous calcifications\nin the right breast." in text  # the \.br\ escape is a line break
    assert "Discussed with the patient | GP." in text
    assert "99887766" not in text and "DOE" not in text and "^LN" not in text  # identifiers and codes are no report


def test_an_hl7_messages_codes_are_never_findings() -> None:
    found = [(f["kind"], f["breast"], f["status"]) for f in analyze(MESSAGE).to_dict()["findings"]]
    assert found == [("calcification", "right", "present"), ("mass", "right", "absent")]
    assert analyze(MESSAGE).to_dict()["assessment"]["by_breast"] == {"right": "4B"}


def test_text_that_only_opens_like_a_message_is_read_as_written() -> None:
    for text in ("MSH|", "MSH|^~\\&|X\nOBR|1|2", "MSH|^~\\&\n|||\n~~~^^"):
        assert canonicalize(text) == text.strip("\n")


def test_an_ehr_pastes_numbered_gutter_goes() -> None:
    lines = ["MAMMOGRAPHY:", "The breasts are heterogeneously dense (ACR c).", "Grouped punctate calcifications in",
             "the left upper inner quadrant. No associated mass nor", "architectural distortion in the left breast.",
             "The right breast is unremarkable."]
    pasted = "\n".join(f"{n:>3}| {line}" for n, line in enumerate(lines, start=1))
    text = canonicalize(pasted)
    assert "|" not in text and text.splitlines()[1].strip() == lines[1]
    found = [(f["kind"], f["breast"], f["status"]) for f in analyze(pasted).to_dict()["findings"]]
    assert ("architectural_distortion", "left", "absent") in found


def test_a_table_with_a_numbered_first_column_keeps_its_cells() -> None:  # control: too few lines for a gutter
    text = "1| mass | right\n2| cyst | left\n"
    assert canonicalize(text) == text.strip("\n")


MARKDOWN = ("## MAMMOGRAPHY BOTH BREASTS\n\n**Indication:** Lump right breast.\n\n### Findings\n- **Right breast:**\n"
            "  - Oval circumscribed mass, 12 mm, at 9 o'clock - *fibroadenoma*.\n- **Left breast:**\n"
            "  - No microcalcification or architectural distortion.\n")


def test_markdown_marks_go_and_their_words_stay() -> None:
    text = canonicalize(MARKDOWN)
    assert "*" not in text and "#" not in text
    assert "Indication: Lump right breast." in text and "- Right breast:" in text and "- fibroadenoma." in text


def test_a_markdown_reports_titles_and_side_labels_are_read() -> None:
    found = [(f["kind"], f["breast"], f["status"]) for f in analyze(MARKDOWN).to_dict()["findings"]]
    # the lump of the indication is history, not a finding; the left's absences are the left's, not both breasts'
    assert found == [("mass", "right", "present"), ("calcification", "left", "absent"),
                     ("architectural_distortion", "left", "absent")]


def test_a_lone_asterisk_is_kept() -> None:  # control: a footnote mark and a bullet are no Markdown
    text = "Right breast: 12 mm mass*.\n* measured on ultrasound\n"
    assert canonicalize(text) == text.strip("\n")
