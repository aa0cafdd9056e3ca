"""Whole reports read end to end: a word belongs to the exam it describes, and a lesion word after an article
starts a lesion of its own.

- NME distribution, internal enhancement and kinetics are words of MRI and contrast mammography: on an
  ultrasound exam "focal" and "washout" describe nothing, while the same sentence on MRI keeps both.
- "stable" before a size ("and a stable 5 mm node") describes that lesion only, not the one before "and".
- "of the left gland an architectural distortion": "the" before "left gland" does not make the distortion one
  already described, so it keeps its side.
"""

from __future__ import annotations

import pytest

import readingscan

LESION = "Left breast 2 o'clock: a focal {kind}, 9 mm, with washout.\nImpression: BI-RADS 4A."


def _findings(text: str) -> list[dict]:
    return readingscan.analyze(text).to_dict()["findings"]


def test_mri_words_describe_nothing_on_an_ultrasound_exam() -> None:
    (lesion,) = _findings("BILATERAL BREAST ULTRASOUND\nFindings: " + LESION.format(kind="hypoechoic non-mass lesion"))
    assert lesion["kind"] == "non_mass"
    assert "nme_distribution" not in lesion["descriptors"] and "kinetics_delayed" not in lesion["descriptors"]
    assert lesion["descriptors"]["echo_pattern"] == "hypoechoic"


def test_the_same_words_describe_the_lesion_on_mri() -> None:
    (lesion,) = _findings("BILATERAL BREAST MRI\nFindings: " + LESION.format(kind="non-mass enhancement"))
    assert lesion["descriptors"] == {"nme_distribution": "focal", "kinetics_delayed": "washout"}


@pytest.mark.parametrize("size", ["5 mm", "small"])
def test_stable_before_a_lesion_after_and_is_that_lesions_only(size: str) -> None:
    text = f"IMPRESSION: Right breast: scattered coarse calcifications and a stable {size} intramammary lymph node. BI-RADS 2."
    stable = {f["kind"]: f["stable"] for f in _findings(text)}
    assert stable == {"calcification": False, "lymph_node": True}


def test_an_article_after_the_starts_a_lesion_of_its_own() -> None:
    text = ("Lobular cancer seen as a lone architectural distortion: a case\n\nImaging findings\n"
            "Mammograms showed scattered fibroglandular tissue (ACR B). Near the top of the left mammary gland an "
            "architectural distortion with radiating lines and no central mass was found, about 20 mm across.\n"
            "Final assessment: BI-RADS 5, left breast.")
    kinds = {(f["kind"], f["breast"], f["status"]) for f in _findings(text)}
    assert ("architectural_distortion", "left", "present") in kinds
