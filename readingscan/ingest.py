"""Pasted text or an uploaded file's bytes -> a Document with canonical text and its provenance.

The only module that reads user data. The file type comes from the content, never from the name.
Anything we cannot read raises ReadingError with a sentence fit to show a person: what is wrong and
what to do. No other exception leaves ``read_text`` or ``read_bytes``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePath

import docx
import filetype
from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from .ingest_pdf import pdf_offset, read_pdf, unwrap_lines
from .models import Document, ReadingError, Source, SourceKind

__all__ = ["LIMITS", "Limits", "canonicalize", "read_bytes", "read_path", "read_text", "unwrap_lines"]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How much we agree to read: uploads stay small, so a hostile file cannot exhaust the server."""

    max_bytes: int = 10 * MB
    max_pages: int = 50
    max_text_bytes: int = 200 * 1024
    max_unpacked_bytes: int = 50 * MB  # a Word file is a ZIP: what it declares once unpacked
    max_zip_entries: int = 1000


LIMITS = Limits()

UPLOAD_HINT = "upload a PDF, Word (.docx) or text file, or paste the text"
NOT_TEXT = f"This file does not contain readable text. Please {UPLOAD_HINT}."
DOCX_CORRUPT = "The Word file appears damaged, so it cannot be read. Save it again in Word and retry."

# --- canonical text ------------------------------------------------------------------------------

# Zero-width and soft-hyphen characters split words invisibly ("calci\u00adfication"), so they go.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Ligatures from PDF fonts ("ﬁ") would hide words from the lexicon; NFC keeps them, so expand them.
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB06: "st"}
_ASCII_CONTROL = re.compile(r"[^\n\t\x20-\x7e]")
_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")


def _keep(char: str) -> str:
    category = unicodedata.category(char)
    if char in "\n\t":
        return char
    if category == "Zs":
        return " "
    return "" if category in ("Cc", "Cs") else char


def canonicalize(text: str) -> str:
    """The one place text is normalised; every offset downstream points into its result.

    Line ends become "\\n", text is NFC, control characters (except newline and tab) are removed,
    odd spaces (no-break, thin...) become plain spaces, lines lose trailing spaces, runs of more than
    two blank lines shrink to two, and blank lines at the start and end go.
    """
    text = _LINE_BREAKS.sub("\n", text).translate(_INVISIBLE).translate(_LIGATURES)
    text = "".join(map(_keep, text)) if not text.isascii() else _ASCII_CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # rstrip per line: a regex "[ \t]+$" backtracks quadratically on a long run of spaces.
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.strip("\n")


# --- entry points --------------------------------------------------------------------------------


def read_text(text: str, name: str | None = None, limits: Limits = LIMITS) -> Document:
    """A Document from pasted text: canonicalised, never re-wrapped (it stays as the person gave it)."""
    if len(text) > 4 * limits.max_text_bytes:  # skip normalising megabytes we would refuse anyway
        raise _too_much_text(len(text.encode("utf-8", "surrogatepass")), limits)
    canonical = canonicalize(text)
    if not canonical.strip():
        raise ReadingError("There is no text to read. Paste the report and try again.", code="empty")
    _check_text_size(canonical, limits)
    return Document(canonical, Source(SourceKind.TEXT, _base_name(name)))


def read_bytes(data: bytes, name: str | None = None, limits: Limits = LIMITS) -> Document:
    """A Document from an uploaded file: PDF, Word (.docx) or text, told apart by content."""
    if not data:
        raise ReadingError("The file is empty. Choose the file with the report and try again.", code="empty")
    if len(data) > limits.max_bytes:
        raise _too_large(len(data), limits)
    try:
        return _read(data, _base_name(name), limits)
    except ReadingError:
        raise
    except Exception:  # a last guard: a parser failing in a way we did not foresee
        raise ReadingError(f"This file could not be read. Please {UPLOAD_HINT}.", code="unreadable") from None


def read_path(path: str | os.PathLike[str], limits: Limits = LIMITS) -> Document:
    """A Document from a file on disk (the command line's helper; "-" for stdin is the CLI's job)."""
    name = os.fspath(path)
    try:
        size = Path(name).stat().st_size
        if size > limits.max_bytes:
            raise _too_large(size, limits)
        with Path(name).open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        reason = error.strerror or "it cannot be opened"
        raise ReadingError(f"Cannot read {_base_name(name)}: {reason}.", code="unreadable") from None
    return read_bytes(data, name, limits)


def _read(data: bytes, name: str | None, limits: Limits) -> Document:
    if pdf_offset(data) is not None:
        pdf = read_pdf(data, limits.max_pages)
        source = Source(SourceKind.PDF, name, pages=pdf.pages)
        return _document(pdf.text, source, limits, pdf.warnings)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _document(_read_docx(data, limits), Source(SourceKind.DOCX, name), limits)
    _refuse_binary_formats(data)
    if len(data) > 4 * limits.max_text_bytes:  # even UTF-32 text this long is over the text limit
        raise _too_much_text(len(data), limits)
    return _document(_decode(data), Source(SourceKind.TEXT, name), limits)


def _document(text: str, source: Source, limits: Limits, warnings: tuple[str, ...] = ()) -> Document:
    canonical = canonicalize(text)
    if not canonical.strip():
        raise ReadingError("The file has no text in it. Choose the file with the report.", code="empty")
    _check_text_size(canonical, limits)
    return Document(canonical, source, warnings)


# --- limits and names ----------------------------------------------------------------------------


def _size(count: int) -> str:
    """A byte count for people: "12.3 MB", "10 MB", "900 KB", "12 bytes"."""
    for unit, scale in (("MB", MB), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def _too_large(size: int, limits: Limits) -> ReadingError:
    return ReadingError(
        f"The file is {_size(size)}; the limit is {_size(limits.max_bytes)}. "
        "Upload only the report, or paste its text.",
        code="too_large",
    )


def _too_much_text(size: int, limits: Limits) -> ReadingError:
    return ReadingError(
        f"The text is too long ({_size(size)}; the limit is {_size(limits.max_text_bytes)}). "
        "Paste or upload only the report itself.",
        code="too_much_text",
    )


def _check_text_size(text: str, limits: Limits) -> None:
    size = len(text.encode("utf-8"))
    if size > limits.max_text_bytes:
        raise _too_much_text(size, limits)


def _base_name(name: str | None) -> str | None:
    """Only the file's own name: directories can say who the person is, and we never need them."""
    if not name:
        return None
    return PurePath(name.replace("\\", "/")).name or None


# --- binary formats we recognise but do not read -------------------------------------------------

_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Word or Office file (.doc)"),
    (b"{\\rtf", "Rich Text (.rtf)"),
)


def _refuse_binary_formats(data: bytes) -> None:
    for magic, label in _OTHER_FORMATS:
        if data.startswith(magic):
            raise _unsupported(label)
    kind = filetype.guess(data[:8192])
    # filetype matches on a few bytes ("BM" is a bitmap), so text that happens to start that way is
    # still text: real pictures and media always carry control bytes in their first bytes.
    if kind is None or not _has_control_bytes(data[:262]):
        return
    label = str(kind.extension).upper()
    if str(kind.mime).startswith("image/"):
        raise ReadingError(
            f"This is a picture ({label}). Reading photos is not available yet — please paste the "
            "text of the report or upload it as a PDF, Word (.docx) or text file.",
            code="image",
        )
    raise _unsupported(label)


def _unsupported(label: str) -> ReadingError:
    return ReadingError(f"This file type ({label}) is not supported; {UPLOAD_HINT}.", code="unsupported")


def _is_control_byte(byte: int) -> bool:
    return (byte < 0x20 and byte not in b"\t\n\r\f") or byte == 0x7F


def _has_control_bytes(data: bytes) -> bool:
    return any(map(_is_control_byte, data))


# --- text files ----------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy single-byte encodings a report could plausibly be saved in. cp1252 (Windows "ANSI") is
# tried first; multi-byte Asian encodings are left out because binary junk "decodes" in them.
_LEGACY = ["cp1250", "cp1251", "cp1253", "iso8859_15", "mac_roman", "cp850", "cp437"]


def _decode(data: bytes) -> str:
    """Text from bytes: BOM, then UTF-8, then BOM-less UTF-16, then the likeliest legacy encoding."""
    text = _decode_any(data)
    if text is None or _binary_share(text) > 0.05:
        raise ReadingError(NOT_TEXT, code="not_text")
    return text


def _decode_any(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    # BOM-less UTF-16 comes before UTF-8 because its ASCII half is valid UTF-8 (NUL is a character).
    utf16 = _utf16_by_nuls(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if sum(map(_is_control_byte, sample)) > 0.05 * len(sample):
        return None  # binary: no single-byte encoding will make text of it
    try:
        text = data.decode("cp1252")
        if mess_ratio(_non_ascii_lines(text), 0.2) < 0.2:
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    return str(best) if best is not None else None


def _non_ascii_lines(text: str) -> str:
    """The lines a wrong guess would garble, at most 64 KB of them: judging them is enough."""
    return "\n".join(line for line in text.splitlines() if not line.isascii())[:65536]


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin text has a NUL in every other byte, odd for LE and even for BE."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _binary_share(text: str) -> float:
    """The share of characters no text file contains: control characters and decoding failures."""
    if not text:
        return 0.0
    odd = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f"))
    return odd / len(text)


# --- Word files ----------------------------------------------------------------------------------

_OTHER_ZIPS = (
    ("xl/workbook.xml", "Excel spreadsheet"),
    ("ppt/presentation.xml", "PowerPoint presentation"),
    ("content.xml", "OpenDocument"),
)


def _read_docx(data: bytes, limits: Limits) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise ReadingError(DOCX_CORRUPT, code="corrupt") from None
    with archive:
        _check_archive(archive, limits)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception:  # zipfile, lxml and python-docx each raise their own kinds
        raise ReadingError(DOCX_CORRUPT, code="corrupt") from None
    return "\n".join(_docx_lines(word))


def _check_archive(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse ZIPs that are not Word files, and Word files that would unpack to too much."""
    entries = archive.infolist()
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names:
        label = next((label for part, label in _OTHER_ZIPS if part in names), "ZIP archive")
        raise _unsupported(label)
    if len(entries) > limits.max_zip_entries:
        raise ReadingError(
            f"The Word file has too many parts ({len(entries)}; the limit is {limits.max_zip_entries}). "
            "Save the report on its own as a PDF and upload that.",
            code="too_large",
        )
    # Sizes as declared: zipfile never unpacks more than an entry declares (it fails the CRC check
    # instead), so checking the declarations is enough to stop a ZIP bomb before parsing.
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise ReadingError(
            f"The Word file unpacks to {_size(unpacked)}; the limit is {_size(limits.max_unpacked_bytes)}. "
            "Save the report on its own as a PDF and upload that.",
            code="too_large",
        )


def _docx_lines(word: WordDocument) -> list[str]:
    """Paragraphs and tables in document order; page headers and footers are left out."""
    lines: list[str] = []
    body = word.element.body
    for element in _blocks(body):
        if element.tag == qn("w:p"):
            lines.append(Paragraph(element, word).text)
        else:
            lines += [_row_text(row) for row in Table(element, word).rows]
    return lines


def _blocks(parent: BaseOxmlElement) -> list[BaseOxmlElement]:
    """Body paragraphs and tables, looking inside content controls (form fields in templates)."""
    found: list[BaseOxmlElement] = []
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            found.append(child)
        elif child.tag == qn("w:sdt"):
            found += [b for content in child.iterchildren(qn("w:sdtContent")) for b in _blocks(content)]
    return found


def _row_text(row: _Row) -> str:
    """A table row as one line: "Density: C" for a label and a value, else cells joined by " | "."""
    unique: list[_Cell] = []
    for cell in row.cells:
        # A merged cell comes back once per grid column it spans; read it once.
        if not any(cell._tc is seen._tc for seen in unique):
            unique.append(cell)
    cells = [" ".join(cell.text.split()) for cell in unique]
    cells = [cell for cell in cells if cell]
    if len(cells) == 2:
        return f"{cells[0].rstrip(':')}: {cells[1]}"
    return " | ".join(cells)
