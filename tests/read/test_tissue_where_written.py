"""The MRI amount of fibroglandular tissue and background enhancement where reports write them: "Scattered FGT",
and a paragraph of them between a one-line history field and the findings (modalities_17/18 first-look causes).
Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze

TITLE = "BILATERAL BREAST MRI\n"


@pytest.mark.parametrize(("text", "fgt", "bpe"), [
    (TITLE + "\nFindings:\nScattered FGT. BPE: minimal, symmetric.\nNo suspicious enhancement.", "b", "minimal"),
    (TITLE + "\nFindings:\nHeterogeneous FGT; moderate BPE.\nNo suspicious enhancement.", "c", "moderate"),
    (TITLE + "\nFindings:\nExtreme FGT, marked BPE.\nNo suspicious enhancement.", "d", "marked"),
    (TITLE + "Indication: high-risk screening.\n\nFGT: heterogeneous fibroglandular (c). BPE: mild, symmetric.\n\n"
             "Findings:\nNo suspicious enhancement.", "c", "mild"),
    (TITLE + "Indication: staging.\n\nAmount of FGT: scattered (b). BPE: minimal.\n\nFindings:\nNo mass.", "b", "minimal"),
    # control: a history paragraph that only mentions an earlier MRI's tissue stays history
    (TITLE + "History: prior MRI 2024 with marked BPE.\n\nFindings:\nScattered fibroglandular tissue. BPE: mild.",
     "b", "mild"),
])
def test_tissue_read_where_written(text: str, fgt: str, bpe: str) -> None:
    report = analyze(text).to_dict()
    assert (report["fibroglandular_tissue"] or {}).get("category") == fgt
    assert (report["background_enhancement"] or {}).get("level") == bpe
