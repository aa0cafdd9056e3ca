"""The report input: a text box and an uploader. show() returns what the person gave, or None."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

MAX_UPLOAD_MB = 10
UPLOAD_TYPES = ["pdf", "txt", "text", "docx"]


@dataclass(frozen=True)
class ReportInput:
    data: str | bytes
    name: str | None


def show(key: str = "report") -> ReportInput | None:
    """Text area + uploader + button. Returns the input when the button is pressed."""
    text = st.text_area(
        "Paste the text of your report",
        key=f"{key}_text",
        height=220,
        placeholder="FINDINGS: ...\nIMPRESSION: ...",
    )
    upload = st.file_uploader(
        f"Or upload it (PDF, Word or text file, up to {MAX_UPLOAD_MB} MB)",
        type=UPLOAD_TYPES,
        key=f"{key}_file",
        max_upload_size=MAX_UPLOAD_MB,
    )
    if not st.button("Explain my report", key=f"{key}_go", type="primary"):
        return None
    if upload is not None:
        return ReportInput(upload.getvalue(), upload.name)
    return ReportInput(text or "", None)
