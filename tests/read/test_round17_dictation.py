"""Round 17: dictated transcripts with no punctuation, spoken breaks, and prose hard-wrapped mid-sentence."""

from __future__ import annotations

from readingscan.model import SectionKind
from readingscan.read.line_breaks import side_cuts, unpunctuated
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import split_sentences

_DICTATED = (
    "WESTSIDE IMAGING\n"
    "bilateral breast sonogram\n\n"
    "history focal pain upper inner left breast for two weeks\n\n"
    "findings the tissue is mostly fatty in both breasts with no focal abnormality in the right breast\n"
    "left breast at 11 o'clock 2 cm from the nipple an oval hypoechoic mass with circumscribed margins 9 mm\n"
    "right axilla shows normal nodes with fatty hila\n\n"
    "impression probably benign left breast mass birads 3\n"
)


def _sentences(text: str) -> list[tuple[SectionKind | None, str]]:
    sections = split_sections(text)
    return [(s.span.section, s.span.text) for s in split_sentences(text, sections, breast_headers(text, sections))]


def test_a_transcript_with_no_punctuation_is_told_from_prose() -> None:
    assert unpunctuated(_DICTATED)
    prose = _DICTATED.replace(" for two weeks", " for two weeks.").replace("right breast\n", "right breast.\n") \
        .replace("9 mm\n", "9 mm.\n").replace("fatty hila\n", "fatty hila.\n")
    assert not unpunctuated(prose)


def test_a_bare_title_opens_its_section_in_a_transcript() -> None:
    kinds = [(s.kind, s.title.text if s.title else None) for s in split_sections(_DICTATED)]
    assert (SectionKind.HISTORY, "history") in kinds
    assert (SectionKind.FINDINGS, "findings") in kinds
    assert (SectionKind.IMPRESSION, "impression") in kinds


def test_a_bare_title_word_opens_no_section_in_prose() -> None:
    """Control: in punctuated prose "Findings are ..." is a sentence, not a title."""
    text = "History: pain.\n\nFindings are unchanged from last year.\nImpression remains benign. BI-RADS 2.\n"
    titles = [s.title.text for s in split_sections(text) if s.title]
    assert titles == ["History"]


def test_each_line_of_a_transcript_is_its_own_statement() -> None:
    said = [text for kind, text in _sentences(_DICTATED) if kind is SectionKind.FINDINGS]
    assert said[1].startswith("left breast at 11 o'clock") and said[1].endswith("9 mm")
    assert said[2] == "right axilla shows normal nodes with fatty hila"


def test_lower_case_lines_still_carry_on_in_prose() -> None:
    """Control: in punctuated prose a lower-case line carries on the sentence above it."""
    text = ("Findings: There is an oval mass in the left breast\nat 11 o'clock, 9 mm. It is circumscribed.\n"
            "No calcifications. No skin change. Nodes are normal.\n")
    said = [text for _, text in _sentences(text)]
    assert "There is an oval mass in the left breast\nat 11 o'clock, 9 mm." in said


def test_a_transcript_hard_wrapped_at_its_width_carries_on() -> None:
    line = "THE MASS IN THE LEFT BREAST IS OVAL AND CIRCUMSCRIBED AND HYPOECHOIC WITH NO VASCULARITY"
    text = ("FINDINGS SCATTERED TISSUE IN BOTH BREASTS\n"
            f"{line}\n9 MM AT TWO OCLOCK\n"
            "THE RIGHT BREAST HAS A FEW SCATTERED BENIGN LOOKING CALCIFICATIONS WITH NO SUSPICIOUS CLUSTER\n"
            "AND THERE IS NO MASS OR ARCHITECTURAL DISTORTION OR SKIN THICKENING OR NIPPLE CHANGE ON THE\n"
            "RIGHT SIDE TODAY\n")
    said = [text for _, text in _sentences(text)]
    assert f"{line}\n9 MM AT TWO OCLOCK" in said
    assert "SCATTERED TISSUE IN BOTH BREASTS" in said  # control: a short line ends its statement


def test_a_spoken_break_ends_a_statement_in_a_transcript() -> None:
    text = _DICTATED.replace("no focal abnormality in the right breast\n",
                             "no focal abnormality new paragraph the skin is normal\n")
    said = [text for _, text in _sentences(text)]
    assert any(s.endswith("no focal abnormality new paragraph") for s in said)
    assert "the skin is normal" in said


def test_the_other_breasts_label_opens_a_statement_in_a_transcript() -> None:
    chunk = "RIGHT BREAST IRREGULAR MASS WITH SKIN CHANGE BIRADS 5 LEFT BREAST NO ABNORMALITY BIRADS 1"
    assert side_cuts(chunk) == [chunk.index("LEFT BREAST")]


def test_a_side_after_a_linking_word_or_without_a_leading_label_cuts_nothing() -> None:
    """Controls: "larger than the left breast" goes on; a statement that names its side last is left whole."""
    assert side_cuts("right breast tissue denser than in the left breast") == []
    assert side_cuts("suspicious mass birads 4 left breast") == []


def test_a_line_cut_at_the_wrap_width_in_prose_carries_on() -> None:
    text = ("Findings:\n"
            "Right: the small focus seen at 4 o'clock on the last study is not seen today. Small oval circumscribed\n"
            "T2-bright non-enhancing cyst at 8 o'clock (4 mm), no change from before, in keeping with benign cyst.\n"
            "Left: an oval mass of 6 mm at 2 o'clock, with circumscribed margins and no suspicious enhancement.\n"
            "No non-mass enhancement. Nodes are normal in both axillae on today's study with no change seen.\n")
    said = [text for _, text in _sentences(text)]
    assert "Small oval circumscribed\nT2-bright non-enhancing cyst at 8 o'clock (4 mm), no change from before, in keeping " \
           "with benign cyst." in said


def test_a_short_unfinished_line_in_prose_ends_its_statement() -> None:
    """Control: a short line without a stop above a capital is a line-per-statement list, not a wrap."""
    text = "Findings:\nNo dominant mass\nScattered benign calcifications. No skin change.\n"
    said = [text for _, text in _sentences(text)]
    assert "No dominant mass" in said


def test_a_tables_long_row_with_a_stop_is_no_wrapped_prose() -> None:
    """Control: a tab-separated header row ("No.\tSide ...") reaching the width does not run into the row below."""
    head = "No.\tSide\tPosition\tSize (mm)\tShape\tOrientation\tMargin\tEchogenicity\tPosterior\tVascularity"
    text = ("Findings: Both breasts were scanned with a linear probe. Colour Doppler was done as well today.\n"
            f"{head}\n1\tRight\t10 o'clock\t14 x 8\tOval\tParallel\tCircumscribed\tHypoechoic\tEnhancement\tNil\n"
            "No abnormal axillary node is seen in either axilla on this examination. Nodes are normal.\n")
    said = [text for _, text in _sentences(text)]
    assert not any("Vascularity\n1\t" in s for s in said)
