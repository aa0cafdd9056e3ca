"""PDF text in reading order: pages, running headers and footers, hard-wrapped lines rejoined.

Used only by ``readingscan.ingest``; raises ReadingError with a sentence fit to show a person.
The page count is checked before any page is parsed; each page's lines come from
``ingest_pdf_layout`` (columns, paragraph breaks) and the joined text from ``ingest_unwrap``.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from .ingest_pdf_layout import page_lines
from .ingest_unwrap import unwrap_lines
from .models import ReadingError

__all__ = ["PdfText", "drop_running_lines", "pdf_offset", "read_pdf"]

ENCRYPTED = "This PDF is password-protected. Save a copy without a password and try again."
CORRUPT = (
    "The PDF appears damaged or incomplete, so it cannot be read. "
    "Download or export it again and upload the new copy."
)
SCAN = (
    "This PDF has no text layer; it looks like a scan or photo of paper. Reading scans is not "
    "available yet — please paste the text or upload a text PDF."
)
TRUNCATED_WARNING = "The PDF seems to be incomplete (its end is missing); some text may be missing."

_PDF_HEADER = re.compile(rb"%PDF-\d")
_EOF_MARK = b"%%EOF"
_RUNNING_ZONE = 3  # a running header or footer sits within the first or last 3 lines of a page
_MIN_LETTERS = 40  # fewer letters than a one-line report holds


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text of a PDF before canonicalisation, with its page count and anything to warn about."""

    text: str
    pages: int
    warnings: tuple[str, ...] = ()


def pdf_offset(data: bytes) -> int | None:
    """Where the PDF starts: readers accept a little junk before ``%PDF-`` (within 1024 bytes)."""
    match = _PDF_HEADER.search(data, 0, 1024 + 8)
    return match.start() if match and match.start() <= 1024 else None


def read_pdf(data: bytes, max_pages: int) -> PdfText:
    """Every page's text in reading order, running headers/footers dropped, paragraphs unwrapped."""
    data = data[pdf_offset(data) or 0 :]
    pages, pictured = _extract(data, max_pages)
    pages = drop_running_lines(pages)
    letters = sum(c.isalpha() for lines in pages for line in lines for c in line)
    # A scan often carries a little text of its own ("Scanned by ..."): that is still a scan.
    if letters == 0 or (letters < _MIN_LETTERS and any(pictured)):
        raise ReadingError(SCAN, code="scan")
    warnings = [
        f"Page {number} has no text layer (it looks like a scan); its content was not read."
        for number, (lines, picture) in enumerate(zip(pages, pictured, strict=True), start=1)
        if picture and not lines
    ]
    if _EOF_MARK not in data[-2048:]:
        warnings.append(TRUNCATED_WARNING)
    body = "\n".join("\n".join(lines) for lines in pages)
    return PdfText(unwrap_lines(body), len(pages), tuple(warnings))


def _extract(data: bytes, max_pages: int) -> tuple[list[list[str]], list[bool]]:
    """Each page's lines, and whether it holds a picture; pdfminer's failures become ReadingErrors."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            # The declared count first, so a file claiming 100,000 pages is refused cheaply.
            count = _declared_pages(pdf.doc)
            count = count if count > max_pages else len(pdf.pages)
            if count > max_pages:
                raise ReadingError(
                    f"The PDF has {count} pages; the limit is {max_pages}. "
                    "Upload only the pages with the report.",
                    code="too_many_pages",
                )
            if count == 0:
                raise ReadingError(CORRUPT, code="corrupt")
            return [page_lines(page) for page in pdf.pages], [bool(page.images) for page in pdf.pages]
    except ReadingError:
        raise
    except PdfminerException as error:
        if error.args and isinstance(error.args[0], PDFEncryptionError):
            raise ReadingError(ENCRYPTED, code="encrypted") from None
        raise ReadingError(CORRUPT, code="corrupt") from None
    except Exception:  # pdfminer and pdfplumber fail in many ways on damaged files
        raise ReadingError(CORRUPT, code="corrupt") from None


def _declared_pages(document: PDFDocument) -> int:
    try:
        count = resolve1(resolve1(document.catalog["Pages"])["Count"])
    except Exception:  # a damaged page tree: let pdfplumber walk it and decide
        return 0
    return count if isinstance(count, int) else 0


# --- running headers and footers -----------------------------------------------------------------


def _shape(line: str) -> str:
    """What stays the same on every page: "Page 1 of 3" and "Page 2 of 3" share "page # of #"."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop lines repeated at the top or bottom of most pages (letterhead, "Page 1 of 3").

    A repeated header without numbers (the centre's name, the exam title) is kept once, on the first
    page, where it reads like a letterhead; footers and numbered headers are dropped everywhere.
    """
    if len(pages) < 2:
        return pages
    heads: Counter[str] = Counter()
    feet: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line]
        heads.update({_shape(line) for line in content[:_RUNNING_ZONE]})
        feet.update({_shape(line) for line in content[-_RUNNING_ZONE:]})
    most = max(2, len(pages) // 2 + 1)
    running_heads = {shape for shape, count in heads.items() if count >= most}
    running_feet = {shape for shape, count in feet.items() if count >= most}
    return [
        _without(lines, running_heads, running_feet, keep_letterhead=number == 0)
        for number, lines in enumerate(pages)
    ]


def _without(lines: list[str], heads: set[str], feet: set[str], *, keep_letterhead: bool) -> list[str]:
    positions = [index for index, line in enumerate(lines) if line]
    top, bottom = set(positions[:_RUNNING_ZONE]), set(positions[-_RUNNING_ZONE:])
    kept = []
    for index, line in enumerate(lines):
        shape = _shape(line)
        drop_head = index in top and shape in heads and not (keep_letterhead and "#" not in shape)
        if not (drop_head or (index in bottom and shape in feet)):
            kept.append(line)
    while kept and not kept[0]:
        kept.pop(0)
    while kept and not kept[-1]:
        kept.pop()
    return kept
