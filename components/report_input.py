"""The report input: a text box, an uploader and sample reports. show() returns what the person gave."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import streamlit as st
import yaml

MAX_UPLOAD_MB = 10
# Photos and scans of the paper report are read by OCR on this server (readingscan.ingest.ocr.tesseract).
UPLOAD_TYPES = ["pdf", "txt", "text", "docx", "png", "jpg", "jpeg", "tif", "tiff", "webp", "heic", "heif"]
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
FILE_CHOICE = "The file {name}"
TEXT_CHOICE = "The pasted text"


@dataclass(frozen=True)
class ReportInput:
    data: str | bytes
    name: str | None


@cache
def samples() -> dict[str, str]:
    """Sample title -> report text (samples/index.yaml); written by us, no real people."""
    index = yaml.safe_load((SAMPLES_DIR / "index.yaml").read_text(encoding="utf-8"))
    return {item["title"]: (SAMPLES_DIR / item["file"]).read_text(encoding="utf-8") for item in index}


def progress_label(done: int, total: int) -> str:
    """The reading status while photos or scanned pages are read by OCR: "Reading page 2 of 3…"."""
    if done >= total:
        return f"Read {total} page{'s' if total != 1 else ''} from the picture, now explaining…"
    return f"Reading page {done + 1} of {total} from the picture (this takes a few seconds a page)…"


def show(key: str = "report") -> ReportInput | None:
    """Text area + uploader + button, and sample reports. Returns the input when a button is pressed."""
    text = st.text_area(
        "Paste the text of your report",
        key=f"{key}_text",
        height=200,
        placeholder="FINDINGS: ...\nIMPRESSION: ...",
    )
    upload = st.file_uploader(
        f"Or upload it: a PDF, Word or text file, or a photo or scan of the paper (up to {MAX_UPLOAD_MB} MB)",
        type=UPLOAD_TYPES,
        key=f"{key}_file",
        max_upload_size=MAX_UPLOAD_MB,
    )
    # One input at a time: a file still attached never silently wins over newly pasted text (or the reverse).
    use_file = upload is not None
    if upload is not None and (text or "").strip():
        choice = st.radio("You gave a file and pasted text. Which one should we explain?",
                          [FILE_CHOICE.format(name=upload.name), TEXT_CHOICE], key=f"{key}_which", index=None)
        use_file = choice is not None and choice != TEXT_CHOICE
        if choice is None:
            st.caption("Choose one above, then press Explain my report.")
    if st.button("Explain my report", key=f"{key}_go", type="primary"):
        if upload is not None and (text or "").strip() and st.session_state.get(f"{key}_which") is None:
            st.warning("Please choose above whether to explain the file or the pasted text.", icon=":material/help:")
            return None
        if use_file and upload is not None:
            return ReportInput(upload.getvalue(), upload.name)
        return ReportInput(text or "", None)
    with st.expander("No report at hand? Try a sample"):
        choice = st.selectbox("Sample report", list(samples()), key=f"{key}_sample", index=None,
                              placeholder="Choose a sample report")
        if st.button("Explain this sample", key=f"{key}_sample_go", disabled=choice is None) and choice:
            return ReportInput(samples()[choice], None)
    return None


def show_plain(key: str) -> ReportInput:
    """A text box and an uploader without a button (the page has one button for two of these)."""
    text = st.text_area("Paste the text of the report", key=f"{key}_text", height=160)
    upload = st.file_uploader("Or upload it", type=UPLOAD_TYPES, key=f"{key}_file", max_upload_size=MAX_UPLOAD_MB)
    if upload is not None:
        return ReportInput(upload.getvalue(), upload.name)
    return ReportInput(text or "", None)
