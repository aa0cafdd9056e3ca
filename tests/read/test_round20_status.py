"""Round 20 (held_out_35, held_out_36): stability, status and structured forms. Stability said with an auxiliary in any
tense after ";" or against an earlier exam ("same as 2021"); a sentence wrapped inside a text box's side bars or over
an export's record lines; a markup line break ("<br>", "\\par") that ends a sentence; a row's cell that only denies, back
across empty cells; a form's yes/no boxes that end their line; a "?" asking whether what was named is real. Our own
wordings, each with a control."""

from __future__ import annotations

from readingscan import analyze


def _read(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(f["kind"], f["breast"], f["status"], f["stable"]) for f in analyze(text).to_dict()["findings"]]


def test_stability_after_a_semicolon_with_an_auxiliary_in_any_tense() -> None:
    for said in ("it had not changed in size", "it has remained unchanged", "it did not change over 4 years"):
        assert _read(f"Left breast: a 7 mm round mass at 2 o'clock; {said}.") == [("mass", "left", "present", True)]
    assert _read("Left breast: a 7 mm round mass at 2 o'clock; it has grown.") == [("mass", "left", "present", False)]


def test_stability_said_as_the_same_as_an_earlier_exam() -> None:
    assert _read("R breast: a few coarse calcs, same as 2021.") == [("calcification", "right", "present", True)]
    assert _read("R breast: a few coarse calcs, the same as on the prior.") == [
        ("calcification", "right", "present", True)]
    assert _read("R breast: a round mass, the same size as the cyst.") == [("mass", "right", "present", False)]


def test_a_sentence_wrapped_inside_a_box_reads_as_one() -> None:
    rows = ["| In the right breast there were coarse calcifications in a segmental and clustered pattern  |",
            "| over the outer half, unchanged for five years. The left breast was normal in every respect |",
            "| on this examination and on the two before it, at each of the three readings done so far.  |",
            "| Final assessment: BI-RADS 2.                                                                |"]
    framed = "+" + "-" * 94 + "+\n" + "\n".join(rows) + "\n+" + "-" * 94 + "+"
    assert ("calcification", "right", "present", True) in _read(framed)
    unframed = framed.replace("unchanged for five years", "first seen this year")
    assert ("calcification", "right", "present", False) in _read(unframed)


def test_a_sentence_wrapped_over_an_exports_record_lines_reads_as_one() -> None:
    lines = ["ABC|1|TX|1234^MAMMO BILAT||Right breast: a cluster of new calcifications in the upper outer||||||F",
             "ABC|2|TX|1234^MAMMO BILAT||quadrant, spanning 8 mm.||||||F",
             "ABC|3|TX|1234^MAMMO BILAT||They are fine pleomorphic.||||||F",
             "ABC|4|TX|1234^MAMMO BILAT||Left breast: no suspicious findings.||||||F"]
    found = analyze("\n".join(lines)).to_dict()["findings"]
    calcs = [f for f in found if f["kind"] == "calcification"]
    assert [(f["breast"], f["morphology"]) for f in calcs] == [("right", ["fine_pleomorphic"])]


def test_a_markup_line_break_ends_a_sentence() -> None:
    text = ("<b>Findings:</b><br>\n"
            "Breast composition: scattered areas of fibroglandular density, ACR b, as on the earlier exams.\\par\n"
            "Right breast: a lipoma at 8 o'clock and an oil cyst beside it, both in the outer half. They are unchanged since\n"
            "2022.<br>No suspicious calcification in the right breast, and no distortion anywhere in it on this exam.\\par\n"
            "Left breast: no suspicious mass, calcification or distortion, and no change from the prior mammogram.<br>\n")
    found = _read(text)
    assert ("calcification", "right", "absent", False) in found
    assert [stable for _, side, status, stable in found if status == "present"] == [True, True]
    control = text.replace("They are unchanged since", "They were first seen in")
    assert not any(stable for *_, stable in _read(control))


def test_a_cell_that_only_denies_denies_the_finding_before_its_empty_cells() -> None:
    table = ("| Side | Finding | Site | Size | Note |\n|---|---|---|---|---|\n"
             "| Right | Asymmetry | - | - | None |\n| Left | Mass | 3:00 | 8 mm | None |\n")
    assert _read(table) == [("asymmetry", "right", "absent", False), ("mass", "left", "present", False)]


def test_yes_no_boxes_end_their_line() -> None:
    form = ("LEFT BREAST\n  Mass .............. [x] Yes  [ ] No\n"
            "  Calcifications .... [ ] Yes  [x] No\n")
    assert _read(form) == [("mass", "left", "present", False), ("calcification", "left", "absent", False)]


def test_a_question_whether_it_is_real_makes_it_possible() -> None:
    assert _read("focal asymmetry RMLO only, ? real, for spot views") == [("asymmetry", "right", "possible", False)]
    assert _read("focal asymmetry RMLO only, ? spot views") == [("asymmetry", "right", "present", False)]


def test_a_density_on_its_scale_in_the_indication_counts_when_nothing_else_states_one() -> None:
    # A case told in one sentence that opens with the person ("A 58-year-old woman, ..."): an indication, yet the
    # only statement of her breasts' composition, with its letter on the scale.
    said = "A 58-year-old woman, screening with tomosynthesis, extremely dense breasts (ACR d). A 6 mm mass in the right breast."
    density = analyze(said).density
    assert density is not None and density.category.value == "d"
    # Control: the body's own statement wins over the indication's; a density word without its letter stays history.
    body = "A 58-year-old woman with extremely dense breasts (ACR d).\nFindings: The breasts are scattered fibroglandular (ACR b)."
    assert analyze(body).density is not None and analyze(body).density.category.value == "b"
    assert analyze("A 58-year-old woman with dense breasts. A 6 mm mass in the right breast.").density is None


def test_a_comma_and_a_person_as_subject_end_a_negation() -> None:
    # "no <history>, she <verb> ...": the negation is the history's, the clause after it is a statement of its own.
    found = analyze("Aged 40, no prior imaging, she noticed a lump in the left breast; ultrasound showed a 2 cm mass.").findings
    assert [(f.kind.value, f.status.value) for f in found] == [("mass", "present")]
    # Control: a negated list with a comma and no new subject stays negated.
    control = analyze("No mass, calcification or distortion in the left breast.").findings
    assert {f.status.value for f in control} == {"absent"}
