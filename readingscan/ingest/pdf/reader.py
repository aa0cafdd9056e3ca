"""PDF text in reading order: pages, page furniture dropped, hard-wrapped lines rejoined.

Used only by ``readingscan.ingest``; raises ReadingError with a sentence fit to show a person.
The page count is checked before any page is parsed; each page's lines come from ``layout``
(columns, right/left tables, paragraph breaks), ``furniture`` drops running headers, footers, page
numbers and the fields identifying the patient, ``wraps`` joins the breaks the page width forced
(over columns and page ends) and ``readingscan.ingest.unwrap`` those the text shows.
Pages with a picture and no text layer (a scan) are drawn at about 300 dpi and read by OCR
(``readingscan.ingest.ocr.tesseract``); the other pages of a mixed PDF are read from their text as usual.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image

from readingscan.content import load_content
from readingscan.ingest.limits import LIMITS, Limits, refusal
from readingscan.ingest.ocr.tesseract import OcrPage, Progress, read_pages
from readingscan.ingest.pdf.furniture import drop_furniture
from readingscan.ingest.pdf.layout import page_lines
from readingscan.ingest.pdf.wraps import PageLine, join_wrapped
from readingscan.ingest.unwrap import unwrap_lines
from readingscan.model import ReadingError

__all__ = ["PdfText", "pdf_offset", "read_pdf"]

_PDF_HEADER = re.compile(rb"%PDF-\d")
_EOF_MARK = b"%%EOF"
_MIN_LETTERS = 40  # fewer letters than a one-line report holds


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text of a PDF before canonicalisation, with its page count and anything to warn about."""

    text: str
    pages: int
    warnings: tuple[str, ...] = ()
    # Every word in reading order, flagged when OCR was unsure of it; empty when no page needed OCR.
    words: tuple[tuple[str, bool], ...] = ()
    ocr_pages: int = 0


def pdf_offset(data: bytes) -> int | None:
    """Where the PDF starts: readers accept a little junk before ``%PDF-`` (within 1024 bytes)."""
    match = _PDF_HEADER.search(data, 0, 1024 + 8)
    return match.start() if match and match.start() <= 1024 else None


def read_pdf(data: bytes, max_pages: int, limits: Limits = LIMITS, progress: Progress | None = None) -> PdfText:
    """Every page's text in reading order, page furniture dropped (furniture.py), paragraphs unwrapped.

    Scanned pages are read by OCR; ``progress`` hears (pages read, pages to read) as that goes on.
    """
    data = data[pdf_offset(data) or 0 :]
    pages, pictured, ocr, skipped = _extract(data, max_pages, limits, progress)
    unreadable = [number for number in ocr if not ocr[number].words]
    words = _words(pages, ocr) if ocr else ()
    pages = drop_furniture(pages)
    letters = sum(c.isalpha() for lines in pages for line in lines for c in line.text)
    # A scan often carries a little text of its own ("Scanned by ..."): that is still a scan.
    if letters == 0 or (letters < _MIN_LETTERS and any(pictured)):
        if skipped:
            raise refusal("ocr_unavailable", "tesseract")
        raise refusal("scan", "pdf")
    notes = load_content("en").ingest.notes  # document notes are English, like the Report
    warnings = [notes.page_unread.format(page=number + 1) for number in unreadable]
    warnings += [notes.page_no_ocr.format(page=number + 1) for number in skipped]
    if _EOF_MARK not in data[-2048:]:
        warnings.append(notes.truncated)
    return PdfText(unwrap_lines(join_wrapped(pages)), len(pages), tuple(warnings), words, len(ocr))


def _words(pages: list[list[PageLine]], ocr: dict[int, OcrPage]) -> tuple[tuple[str, bool], ...]:
    """The document's words in reading order: text pages' words are sure, OCR pages' words as read."""
    words: list[tuple[str, bool]] = []
    for number, lines in enumerate(pages):
        if number in ocr:
            words.extend((word.text, word.unsure) for word in ocr[number].words)
        else:
            words.extend((word, False) for line in lines for word in line.text.split())
    return tuple(words)


def _needs_ocr(lines: list[PageLine], pictured: bool) -> bool:
    return pictured and sum(c.isalpha() for line in lines for c in line.text) < _MIN_LETTERS


def _extract(
    data: bytes, max_pages: int, limits: Limits, progress: Progress | None
) -> tuple[list[list[PageLine]], list[bool], dict[int, OcrPage], list[int]]:
    """Each page's lines, whether it holds a picture, the OCR of the scanned pages, and the scanned
    pages left unread because Tesseract is missing (only when other pages have text).

    pdfminer's failures become ReadingErrors.
    """
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            # The declared count first, so a file claiming 100,000 pages is refused cheaply.
            count = _declared_pages(pdf.doc)
            count = count if count > max_pages else len(pdf.pages)
            if count > max_pages:
                raise refusal("too_many_pages", "pdf", count=count, limit=max_pages)
            if count == 0:
                raise refusal("corrupt", "pdf")
            pages = [page_lines(page) for page in pdf.pages]
            pictured = [bool(page.images) for page in pdf.pages]
            scanned = [n for n, (lines, picture) in enumerate(zip(pages, pictured, strict=True)) if _needs_ocr(lines, picture)]
            read = _read_scans([_drawer(pdf.pages[n], limits) for n in scanned], len(pages), limits, progress)
    except ReadingError:
        raise
    except PdfminerException as error:
        if error.args and isinstance(error.args[0], PDFEncryptionError):
            raise refusal("encrypted", "pdf") from None
        raise refusal("corrupt", "pdf") from None
    except Exception:  # pdfminer and pdfplumber fail in many ways on damaged files
        raise refusal("corrupt", "pdf") from None
    if read is None:
        return pages, pictured, {}, scanned
    ocr = dict(zip(scanned, read, strict=True))
    for number, page in ocr.items():
        pages[number] = [PageLine(line) for line in page.lines]
    return pages, pictured, ocr, []


def _read_scans(
    drawers: list[Callable[[], Image.Image]], page_count: int, limits: Limits, progress: Progress | None
) -> list[OcrPage] | None:
    """OCR of the scanned pages; None when Tesseract is missing but other pages can still be read."""
    if not drawers:
        return []
    try:
        return read_pages(drawers, limits, progress)
    except ReadingError as error:
        if error.code == "ocr_unavailable" and len(drawers) < page_count:
            return None
        raise


def _drawer(page: Any, limits: Limits) -> Callable[[], Image.Image]:
    """Draw a page when OCR needs it: 300 dpi, less for a page so large it would pass the pixel limit."""
    area_inches = max(float(page.width) * float(page.height) / 72 / 72, 1e-6)
    resolution = min(300, int(math.sqrt(limits.max_image_pixels / area_inches)))

    def draw() -> Image.Image:
        picture: Image.Image = page.to_image(resolution=max(resolution, 1)).original
        return picture

    return draw


def _declared_pages(document: PDFDocument) -> int:
    try:
        count = resolve1(resolve1(document.catalog["Pages"])["Count"])
    except Exception:  # a damaged page tree: let pdfplumber walk it and decide
        return 0
    return count if isinstance(count, int) else 0
