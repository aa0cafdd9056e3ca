"""A size before "with associated ..." measures what comes before it, never the finding added after it
(read/findings/binding.py): when that lesion is no finding word ("known cancer (27 mm) with associated
calcifications"), the size goes to no finding at all."""

from __future__ import annotations

import pytest

from readingscan import analyze

MAMMO = "EXAM: Bilateral diagnostic mammogram.\n\nIMPRESSION:\n"


@pytest.mark.parametrize(("text", "sizes"), [
    (MAMMO + "Known cancer in the left breast (3 cm) with associated calcifications.\n", {"calcification": None}),
    (MAMMO + "Left breast: the biopsy-proven carcinoma, 18 mm, and accompanying pleomorphic calcifications.\n",
     {"calcification": None}),
    (MAMMO + "Right: treated tumour bed, 4 cm, with some associated coarse calcifications.\n", {"calcification": None}),
    (MAMMO + "Right breast: a 22 mm spiculated mass with associated amorphous calcifications.\n",
     {"mass": 22.0, "calcification": None}),
])
def test_a_size_before_an_associated_finding_is_not_its_size(text: str, sizes: dict[str, float | None]) -> None:
    found = {f.kind.value: f.size_mm for f in analyze(text).findings}
    assert {kind: found.get(kind, "missing") for kind in sizes} == sizes, found
