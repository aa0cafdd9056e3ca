"""Round 20 (held_out_35, held_out_36): which lesion a sentence talks about. A lesion pointed back to by its place under
the other breast's label; a side letter after a "+" list; a measured lesion a non-finding corresponds to; a checklist
of statements with empty boxes; a correlate past a hard line wrap; "the cyst" after "an oil cyst"; a heading or rule
that closes a side's label; "it is an intramammary node" said of the mass before. Our own wordings, each with a control."""

from __future__ import annotations

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def test_a_lesion_named_by_its_place_is_the_one_described_there() -> None:
    text = ("IMPRESSION:\nLeft breast: in the lower outer quadrant a 6 mm irregular mass (BI-RADS 4).\n"
            "Right breast: two simple cysts (BI-RADS 2).\nCore biopsy of the lower outer mass is advised.")
    assert _findings(text) == [("mass", "left", "present"), ("mass", "right", "present")]
    control = ("IMPRESSION:\nLeft breast: in the lower outer quadrant a 6 mm irregular mass (BI-RADS 4).\n"
               "Right breast: in the upper inner quadrant the known mass is unchanged.")
    assert ("mass", "right", "present") in _findings(control)


def test_a_side_letter_before_a_plus_is_the_side_of_the_list() -> None:
    assert _findings("Skin thickening, R + axillary node 14mm") == [("skin", "right", "present"),
                                                                     ("lymph_node", "right", "present")]
    assert _findings("Mass L + calcs R") == [("mass", "left", "present"), ("calcification", "right", "present")]


def test_a_measured_lesion_that_a_non_finding_corresponds_to_is_a_finding() -> None:
    text = "Right: the opacity at 10 o'clock corresponds to a 7 mm simple cyst on ultrasound. BI-RADS 2."
    assert _findings(text) == [("mass", "right", "present")]
    control = "Right: the opacity at 10 o'clock corresponds to the cyst seen on ultrasound. BI-RADS 2."
    assert _findings(control) == []


def test_a_checklist_of_statements_says_its_sides_whatever_the_boxes() -> None:
    text = ("Bilateral mammogram.\nPoints to tick:\n[ ] RIGHT breast, lower inner quadrant: an irregular mass, 14 mm.\n"
            "[ ] LEFT breast: no mass.")
    assert _findings(text) == [("mass", "right", "present"), ("mass", "left", "absent")]
    form = "Shape: [ ] oval  [x] irregular\n[ ] Mass\n[x] Calcifications"
    assert ("mass", None, "present") not in _findings(form)


def test_a_correlate_past_a_hard_line_wrap_is_the_lesion_described() -> None:
    text = ("Exam: US LEFT BREAST\nFINDINGS:\nThere is a 9 mm focal asymmetry at 3 o'clock.\n"
            "Ultrasound at 3 o'clock shows a 7 mm oval hypoechoic area,\nparallel to the skin, which corresponds to the "
            "focal asymmetry.")
    assert [k for k, _, _ in _findings(text)] == ["asymmetry"]
    control = ("Exam: US LEFT BREAST\nFINDINGS:\nThere is a 9 mm focal asymmetry at 3 o'clock.\n"
               "Ultrasound at 3 o'clock shows a 7 mm oval hypoechoic area,\nparallel to the skin.")
    assert [k for k, _, _ in _findings(control)] == ["asymmetry", "mass"]


def test_the_short_name_of_a_lesion_points_back_to_it() -> None:
    text = "Left breast: oil cyst at 4 o'clock, 6 mm. The cyst is unchanged since 2021."
    assert _findings(text) == [("mass", "left", "present")]


def test_a_heading_or_rule_closes_a_sides_label() -> None:
    text = ("Mammography of both breasts.\n[FINDINGS]\nLeft breast: oil cyst at 4 o'clock, 6 mm.\n-----\n[AXILLA]\n"
            "No lymphadenopathy.\n-----\n[ASSESSMENT]\nLeft breast: BI-RADS 2.\nRight breast: BI-RADS 1.")
    assert ("lymph_node", "both", "absent") in _findings(text)
    control = ("Mammography of both breasts.\nFINDINGS:\nLeft breast: oil cyst at 4 o'clock, 6 mm.\n"
               "No lymphadenopathy.\nRight breast: normal.")
    assert ("lymph_node", "left", "absent") not in _findings(text) and _findings(control)


def test_it_is_an_intramammary_node_recharacterises_the_mass() -> None:
    text = "Left breast: a 6 mm oval mass. It has a fatty hilum on ultrasound and is an intramammary lymph node."
    assert _findings(text) == [("lymph_node", "left", "present")]
    control = "Left breast: a 6 mm oval mass. There is also an intramammary lymph node."
    assert _findings(control) == [("mass", "left", "present"), ("lymph_node", "left", "present")]


def test_what_a_tool_can_do_in_general_is_no_finding() -> None:
    # A product's or an exam's capability, to findings in the plural: no lesion of this patient.
    said = "A 9 mm mass in the left breast. The software detects masses, calcifications and asymmetries for the reader."
    assert [(f.kind.value, f.breast.value if f.breast else None) for f in analyze(said).findings] == [("mass", "left")]
    # Control: the same verb with a side is a statement about this patient.
    control = analyze("The AI flags calcifications in the right breast.").findings
    assert [(f.kind.value, f.breast.value if f.breast else None) for f in control] == [("calcification", "right")]
