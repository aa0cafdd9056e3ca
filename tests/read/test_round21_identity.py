"""Round 21 (held_out_38): lesion identity. A clause about the rest of the breasts ("; nothing else enhanced in either
breast") lends its side to no lesion of another clause; "The finding in the left breast at 3 o'clock is a lymph node"
says what the lesion described there is; "Its position and size correspond to the asymmetry" makes the lesion just
described that lesion seen on another exam. Our own wordings, each with a control."""

from __future__ import annotations

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(f["kind"], f["breast"], f["status"], bool(f["stable"])) for f in analyze(text).to_dict()["findings"]]


def test_a_clause_about_the_rest_of_the_breasts_gives_no_side_to_the_lesion() -> None:
    text = ("FINDINGS: Mammography shows a 9 mm spiculated mass in the left lower inner quadrant. On MRI the lesion is "
            "an 11 mm spiculated mass with washout; no other lesion enhances in either breast.")
    assert [f for f in _findings(text) if f[2] == "present"] == [("mass", "left", "present", False)]


def test_control_a_side_in_another_clause_that_is_the_lesions_own_still_counts() -> None:
    text = "FINDINGS: On MRI there is an 11 mm spiculated mass with washout; it lies in the right breast."
    assert _findings(text) == [("mass", "right", "present", False)]


def test_the_finding_at_a_place_is_the_lesion_described_there() -> None:
    text = ("FINDINGS: The referring unit described an 8 mm mass in the right breast at 10 o'clock.\n"
            "The finding in the right breast at 10 o'clock is, on review, an intramammary lymph node. It is unchanged "
            "since 2022.")
    assert _findings(text) == [("lymph_node", "right", "present", True)]


def test_control_the_finding_at_another_place_is_a_lesion_of_its_own() -> None:
    text = ("FINDINGS: The referring unit described an 8 mm mass in the right breast at 10 o'clock.\n"
            "The finding in the left breast at 2 o'clock is an intramammary lymph node.")
    assert _findings(text) == [("mass", "right", "present", False), ("lymph_node", "left", "present", False)]


def test_a_lesion_said_next_to_correspond_to_another_kind_is_that_lesion() -> None:
    text = ("FINDINGS: Left breast: architectural distortion in the upper inner quadrant, 7 mm.\n"
            "Ultrasound: at 11 o'clock there is a hypoechoic mass of 7 mm. Its location and depth correspond to the "
            "distortion on mammography, which this mass explains.")
    assert [f for f in _findings(text) if f[2] == "present"] == [("architectural_distortion", "left", "present", False)]


def test_control_a_lesion_said_next_to_lie_near_another_is_its_own() -> None:
    text = ("FINDINGS: Left breast: architectural distortion in the upper inner quadrant, 7 mm.\n"
            "Ultrasound: at 11 o'clock there is a hypoechoic mass of 7 mm. It lies beside the distortion on "
            "mammography.")
    present = [f[0] for f in _findings(text) if f[2] == "present"]
    assert present == ["architectural_distortion", "mass"]


def test_control_a_lesion_said_to_correspond_to_one_only_the_referral_names_is_its_own() -> None:
    text = ("Clinical question: outside mammogram showed a new asymmetry in the right breast.\n\nFindings:\n"
            "Right breast: at 10 o'clock an irregular mass of 12 mm with washout. It corresponds to the mammographic "
            "asymmetry.")
    assert ("mass", "right", "present", False) in _findings(text)
