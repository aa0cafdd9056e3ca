"""ReadingScan's engine: read a breast imaging report into a frozen Report.

Pure Python: never imports streamlit, makes no network calls, writes nothing to disk.
``analyze`` is the only door the app uses.
"""

from __future__ import annotations

from collections.abc import Callable

from readingscan.glossary.entries import load_glossary
from readingscan.model.values import Document, ReadingError, Report
from readingscan.read.pipeline import read_document

__all__ = ["Document", "ReadingError", "Report", "analyze", "load_glossary"]


def analyze(
    source: str | bytes | Document, name: str | None = None, progress: Callable[[int, int], None] | None = None
) -> Report:
    """Read a report: pasted text (str), an uploaded file's bytes, or an already ingested Document.

    Photos and scanned PDF pages are read by OCR on this machine; ``progress``, when given, is called
    with (pages read, pages to read) before the first such page and after each one.
    Raises ReadingError, with a sentence fit to show a person, when the input cannot be read
    (empty, not a report format we read, a scan with no readable words, over the size limits,
    Tesseract missing for a photo).
    """
    from readingscan.ingest.read import (  # the only I/O module; imported late to keep startup light
        read_bytes,
        read_text,
    )

    if isinstance(source, Document):
        document = source
    elif isinstance(source, bytes):
        document = read_bytes(source, name, progress=progress)
    else:
        document = read_text(source, name)
    return read_document(document)
