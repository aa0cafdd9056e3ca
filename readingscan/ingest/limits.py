"""How much we agree to read, and the refusals every reader shares.

``Limits`` bounds uploads so a hostile file cannot exhaust the server; ``refusal`` makes every
ReadingError of ingest from its sentence in content/en/ingest.yaml, and the builders here turn a limit
that was passed, or a file type we do not read, into one.
"""

from __future__ import annotations

from dataclasses import dataclass

from readingscan.content import IngestWords, load_content
from readingscan.model import ReadingError

__all__ = [
    "LIMITS",
    "MB",
    "Limits",
    "check_text_size",
    "format_size",
    "ingest_words",
    "refusal",
    "too_large",
    "too_many_ocr_pages",
    "too_much_text",
    "unsupported",
]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How much we agree to read: uploads stay small, so a hostile file cannot exhaust the server."""

    max_bytes: int = 10 * MB
    max_pages: int = 50
    max_text_bytes: int = 200 * 1024
    max_unpacked_bytes: int = 50 * MB  # a Word file is a ZIP: what it declares once unpacked
    max_zip_entries: int = 1000
    # Pictures (OCR): a 12 MP phone photo is well inside; a decompression bomb is far outside.
    max_image_pixels: int = 40_000_000
    max_image_side: int = 12_000  # pixels, either side
    min_image_side: int = 200  # pixels, the shorter side: smaller pictures hold no readable page
    max_ocr_pages: int = 10  # pages read by OCR in one upload (a page takes seconds)
    ocr_page_seconds: int = 60  # Tesseract is stopped after this long on one page
    # A PDF with more stream content than this is read in a separate process that is stopped after
    # pdf_seconds: pdfminer can spend minutes on a small file of drawing commands, holding a server thread.
    isolate_pdf_content_bytes: int = 512 * 1024
    pdf_seconds: int = 20


LIMITS = Limits()


def ingest_words() -> IngestWords:
    """What ingest says (content/en/ingest.yaml), loaded once."""
    return load_content().ingest


def refusal(code: str, message: str, **values: object) -> ReadingError:
    """The ReadingError of ``refusals.<code>.<message>`` in ingest.yaml, filled in with ``values``.

    ``refusal("too_large", "file", size="12 MB", limit="10 MB")`` says "The file is 12 MB; the limit is
    10 MB. Upload only the report, or paste its text." with the code "too_large".
    """
    return ReadingError(ingest_words().refusal(code, message, **values), code=code, key=f"{code}.{message}")


def format_size(count: int) -> str:
    """A byte count for people: "12.3 MB", "10 MB", "900 KB", "12 bytes"."""
    for unit, scale in (("MB", MB), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def too_large(size: int, limits: Limits) -> ReadingError:
    """A file over the upload limit."""
    return refusal("too_large", "file", size=format_size(size), limit=format_size(limits.max_bytes))


def too_much_text(size: int, limits: Limits) -> ReadingError:
    """Text over the text limit (a report is far shorter)."""
    return refusal("too_much_text", "text", size=format_size(size), limit=format_size(limits.max_text_bytes))


def too_many_ocr_pages(count: int, limits: Limits) -> ReadingError:
    """More pages of photos or scans than we read by OCR in one upload (each takes seconds)."""
    return refusal("too_many_pages", "pictures", count=count, limit=limits.max_ocr_pages)


def check_text_size(text: str, limits: Limits) -> None:
    size = len(text.encode("utf-8"))
    if size > limits.max_text_bytes:
        raise too_much_text(size, limits)


def unsupported(label: str) -> ReadingError:
    """A file type we recognise and do not read ("Excel spreadsheet", "EXE")."""
    return refusal("unsupported", "file_type", label=label)
