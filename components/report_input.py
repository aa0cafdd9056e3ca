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

from components.words import counted, screen_words
from readingscan import load_content

if TYPE_CHECKING:
    from streamlit.runtime.uploaded_file_manager import UploadedFile

MAX_UPLOAD_MB = 10
# Photos and scans of the paper report are read by OCR on this server (readingscan.ingest.ocr.tesseract).
UPLOAD_TYPES = ["pdf", "txt", "text", "docx", "png", "jpg", "jpeg", "tif", "tiff", "webp", "heic", "heif"]
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"


@dataclass(frozen=True)
class ReportInput:
    data: str | bytes
    name: str | None


@cache
def _index() -> tuple[dict[str, object], ...]:
    return tuple(yaml.safe_load((SAMPLES_DIR / "index.yaml").read_text(encoding="utf-8")))


@cache
def samples() -> dict[str, str]:
    """Sample title (English) -> report text (samples/index.yaml); written by us, no real people."""
    return {str(item["title"]): (SAMPLES_DIR / str(item["file"])).read_text(encoding="utf-8") for item in _index()}


def sample_title(title: str) -> str:
    """A sample's title (as ``samples()`` names it) in the run's language."""
    language = load_content().language
    item = next(i for i in _index() if i["title"] == title)
    titles = item.get("titles") or {}
    return str(titles.get(language, title)) if isinstance(titles, dict) else title


def progress_label(done: int, total: int) -> str:
    """The reading status while photos or scanned pages are read by OCR: "Reading page 2 of 3…"."""
    words = screen_words("report_input")
    if done >= total:
        return counted(words, "progress_done", total)
    return words["progress_page"].format(page=done + 1, total=total)


def _one_of(key: str, text: str, upload: UploadedFile | None) -> ReportInput | None:
    """The one input to read; None while a file and pasted text are both given and the person has not chosen."""
    if upload is None:
        return ReportInput(text, None)
    if not text.strip():
        return ReportInput(upload.getvalue(), upload.name)
    words = screen_words("report_input")
    # The options are the words themselves (tests and the browser choose them by what they say).
    pasted = words["text_choice"]
    choice = st.radio(words["which_question"], [words["file_choice"].format(name=upload.name), pasted],
                      key=f"{key}_which", index=None)
    if choice is None:
        st.caption(words["choose_hint"])
        return None
    return ReportInput(text, None) if choice == pasted else ReportInput(upload.getvalue(), upload.name)


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
    words = screen_words("report_input")
    text = st.text_area(
        words["text_label"],
        key=f"{key}_text",
        height=200,
        placeholder=words["text_placeholder"],
    ) or ""
    upload = _uploader(words["upload_label"].format(size=MAX_UPLOAD_MB), key)
    given = _one_of(key, text, upload)
    if pressed(words["explain_button"], f"{key}_go", [given]):
        if given is None:
            st.warning(words["choose_first"], icon=":material/help:")
            answered(f"{key}_go")
        return given
    with st.expander(words["sample_title"]):
        choice = st.selectbox(words["sample_label"], list(samples()), key=f"{key}_sample", index=None,
                              placeholder=words["sample_placeholder"], format_func=sample_title)
        if st.button(words["sample_button"], key=f"{key}_sample_go", disabled=choice is None) and choice:
            return ReportInput(samples()[choice], None)
    return None


def show_plain(key: str) -> ReportInput | None:
    """A text box and an uploader without a button (the page has one button for two of these).

    None while both a file and text are given and the person has not said which (the page asks here)."""
    words = screen_words("report_input")
    text = st.text_area(words["plain_text_label"], key=f"{key}_text", height=160) or ""
    return _one_of(key, text, _uploader(words["plain_upload_label"], key))
