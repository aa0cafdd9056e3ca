"""The engine's front door: anything a person gives in, a frozen Report out."""

from __future__ import annotations

from collections.abc import Callable

from readingscan.model import Document, Report


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
    from readingscan.ingest import read_bytes, read_text  # ingest holds the I/O; imported late to keep startup light
    from readingscan.read import read_document

    if isinstance(source, Document):
        document = source
    elif isinstance(source, bytes):
        document = read_bytes(source, name, progress=progress)
    else:
        document = read_text(source, name)
    return read_document(document)
