"""How much we agree to read, and the refusals every reader shares.

``Limits`` bounds uploads so a hostile file cannot exhaust the server; the builders here turn a
limit that was passed, or a file type we do not read, into a ReadingError fit to show a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from readingscan.model import ReadingError

__all__ = [
    "LIMITS",
    "MB",
    "UPLOAD_HINT",
    "Limits",
    "check_text_size",
    "format_size",
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

UPLOAD_HINT = "upload a PDF, Word (.docx) or text file, or paste the text"


def format_size(count: int) -> str:
    """A byte count for people: "12.3 MB", "10 MB", "900 KB", "12 bytes"."""
    for unit, scale in (("MB", MB), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def too_large(size: int, limits: Limits) -> ReadingError:
    return ReadingError(
        f"The file is {format_size(size)}; the limit is {format_size(limits.max_bytes)}. "
        "Upload only the report, or paste its text.",
        code="too_large",
    )


def too_much_text(size: int, limits: Limits) -> ReadingError:
    return ReadingError(
        f"The text is too long ({format_size(size)}; the limit is {format_size(limits.max_text_bytes)}). "
        "Paste or upload only the report itself.",
        code="too_much_text",
    )


def too_many_ocr_pages(count: int, limits: Limits) -> ReadingError:
    """More pages of photos or scans than we read by OCR in one upload (each takes seconds)."""
    return ReadingError(
        f"This file holds {count} pages to read from pictures; we read at most {limits.max_ocr_pages}. "
        "Upload only the pages with the report.",
        code="too_many_pages",
    )


def check_text_size(text: str, limits: Limits) -> None:
    size = len(text.encode("utf-8"))
    if size > limits.max_text_bytes:
        raise too_much_text(size, limits)


def unsupported(label: str) -> ReadingError:
    return ReadingError(f"This file type ({label}) is not supported; {UPLOAD_HINT}.", code="unsupported")
