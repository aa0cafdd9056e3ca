"""The report input: a text box, an uploader and sample reports. show() returns what the person gave.

One input at a time: when a file is attached and text is pasted, the person is asked which to explain;
neither ever silently wins. A press of the button is never lost to an upload still on its way (pressed()):
the browser lists the file before the server has it, and the run its arrival starts can cut short the
press's own run, or follow it with the boxes seen empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st
import yaml

if TYPE_CHECKING:
    from streamlit.runtime.uploaded_file_manager import UploadedFile

MAX_UPLOAD_MB = 10
# Photos and scans of the paper report are read by OCR on this server (readingscan.ingest.ocr.tesseract).
UPLOAD_TYPES = ["pdf", "txt", "text", "docx", "png", "jpg", "jpeg", "tif", "tiff", "webp", "heic", "heif"]
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
FILE_CHOICE = "The file {name}"
TEXT_CHOICE = "The pasted text"
WHICH_QUESTION = "You gave a file and pasted text. Which one should we explain?"
CHOOSE_FIRST = "Please choose above whether to explain the file or the pasted text."


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


def _one_of(key: str, text: str, upload: UploadedFile | None) -> ReportInput | None:
    """The one input to read; None while a file and pasted text are both given and the person has not chosen."""
    if upload is None:
        return ReportInput(text, None)
    if not text.strip():
        return ReportInput(upload.getvalue(), upload.name)
    choice = st.radio(WHICH_QUESTION, [FILE_CHOICE.format(name=upload.name), TEXT_CHOICE], key=f"{key}_which",
                      index=None)
    if choice is None:
        st.caption("Choose one, then press the button below.")
        return None
    return ReportInput(text, None) if choice == TEXT_CHOICE else ReportInput(upload.getvalue(), upload.name)


def _uploader(label: str, key: str) -> UploadedFile | None:
    return st.file_uploader(label, type=UPLOAD_TYPES, key=f"{key}_file", max_upload_size=MAX_UPLOAD_MB)


def is_empty(given: ReportInput | None) -> bool:
    """Nothing pasted and no file (None, a file and text waiting for a choice, is not empty)."""
    return given is not None and given.name is None and not str(given.data).strip()


def has_file(given: ReportInput | None) -> bool:
    """A file is attached (None: a file and pasted text, waiting for the person to choose)."""
    return given is None or given.name is not None


def _keep_press(flag: str) -> None:
    st.session_state[flag] = True


def pressed(label: str, key: str, given: Sequence[ReportInput | None]) -> bool:
    """A primary button whose press is kept until answered(key), so no press is ever lost to a rerun.

    The press is recorded by a callback, which runs before the script does: when the finished upload's run
    interrupts the press's run before it reached the button, the upload's run still sees the press. A press
    that found boxes empty is counted once more on the very next run if that run brings a file to every box
    that was empty (the upload on its way at the press); any other next run forgets it.
    """
    flag, waiting_key = f"{key}_pressed", f"{key}_waiting"
    waiting = st.session_state.pop(waiting_key, None)
    if isinstance(waiting, tuple) and all(has_file(g) for g, empty in zip(given, waiting, strict=True) if empty):
        st.session_state[flag] = True
    st.button(label, key=key, type="primary", on_click=_keep_press, args=(flag,))
    if not st.session_state.get(flag):
        return False
    if any(is_empty(g) for g in given):
        st.session_state[waiting_key] = tuple(is_empty(g) for g in given)
    return True


def answered(key: str) -> None:
    """The press of ``key`` has had its answer (a result or a message on screen)."""
    st.session_state.pop(f"{key}_pressed", None)


def show(key: str = "report") -> ReportInput | None:
    """Text area + uploader + button, and sample reports. Returns the input when a button is pressed."""
    text = st.text_area(
        "Paste the text of your report",
        key=f"{key}_text",
        height=200,
        placeholder="FINDINGS: ...\nIMPRESSION: ...",
    ) or ""
    upload = _uploader(
        f"Or upload it: a PDF, Word or text file, or a photo or scan of the paper (up to {MAX_UPLOAD_MB} MB)", key)
    given = _one_of(key, text, upload)
    if pressed("Explain my report", f"{key}_go", [given]):
        if given is None:
            st.warning(CHOOSE_FIRST, icon=":material/help:")
            answered(f"{key}_go")
        return given
    with st.expander("No report at hand? Try a sample"):
        choice = st.selectbox("Sample report", list(samples()), key=f"{key}_sample", index=None,
                              placeholder="Choose a sample report")
        if st.button("Explain this sample", key=f"{key}_sample_go", disabled=choice is None) and choice:
            return ReportInput(samples()[choice], None)
    return None


def show_plain(key: str) -> ReportInput | None:
    """A text box and an uploader without a button (the page has one button for two of these).

    None while both a file and text are given and the person has not said which (the page asks here)."""
    text = st.text_area("Paste the text of the report", key=f"{key}_text", height=160) or ""
    return _one_of(key, text, _uploader("Or upload it", key))
