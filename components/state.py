"""Session-state keys and loaders. Report text lives only in st.session_state (this browser session).

Reading is cached per session by content hash: never st.cache_data, which would share report text
across sessions and keep it in server memory after the session ends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import streamlit as st

from readingscan import ReadingError, Report, analyze

READINGS = "readings"  # content hash -> Report, this session only
CURRENT = "current_report"  # the Report on screen
INPUT_ERROR = "input_error"
MAX_READINGS = 50  # as many as the history keeps


def content_hash(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def read_once(data: str | bytes, name: str | None, progress: Callable[[int, int], None] | None = None) -> Report:
    """analyze(), once per distinct input in this session. Raises ReadingError for bad input.

    ``progress`` hears (pages read, pages to read) while a photo or scan is read by OCR.
    """
    cache: dict[str, Report] = st.session_state.setdefault(READINGS, {})
    key = content_hash(data)
    if key not in cache:
        cache[key] = analyze(data, name, progress=progress)
        while len(cache) > MAX_READINGS:  # oldest first: dicts keep insertion order
            del cache[next(iter(cache))]
    return cache[key]


def drop_reading(report: Report) -> None:
    """Forget the cached reading that produced ``report`` (a deleted history entry)."""
    cache: dict[str, Report] = st.session_state.get(READINGS, {})
    for key in [k for k, v in cache.items() if v is report]:
        del cache[key]


def current() -> Report | None:
    report = st.session_state.get(CURRENT)
    return report if isinstance(report, Report) else None


__all__ = ["CURRENT", "INPUT_ERROR", "READINGS", "ReadingError", "content_hash", "current", "drop_reading", "read_once"]
