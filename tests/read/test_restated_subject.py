"""A stability word after ";" is about the clause before it, also after a pronoun and a verb of being that restate
that clause's subject ("an oval mass was seen; it was unchanged from the previous study"), and after a full stop
("... a mass. It was unchanged.")."""

from __future__ import annotations

import pytest

from readingscan import analyze

STABLE_AFTER_STOP = [
    ("Left breast: an oval mass was seen; it was unchanged from the previous study 2 years ago.", True),
    ("Left breast: two simple cysts; they are unchanged since 2021.", True),
    ("Left breast: an oval mass was seen; it has been stable for three years.", True),
    ("Left breast: an oval circumscribed mass; unchanged since 2020.", True),
    ("Left breast: an oval mass was seen; it is new since 2023.", False),
    # A sentence of its own that takes the lesion up in the past tense, as a case narrative or testimony tells it.
    ("Left breast: an oval mass was seen. It was unchanged from the 2019 films.", True),
    ("Left breast: an oval circumscribed mass at 3 o'clock. This was stable over three years.", True),
    ("Left breast: an oval mass was seen. It was new compared with 2022.", False),
]


@pytest.mark.parametrize(("text", "stable"), STABLE_AFTER_STOP)
def test_stability_restated_after_a_stop(text: str, stable: bool) -> None:
    findings = analyze(text).to_dict()["findings"]
    assert [(f["kind"], f["stable"]) for f in findings] == [("mass", stable)]
