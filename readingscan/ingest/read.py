"""Pasted text or an uploaded file's bytes -> a Document with canonical text and its provenance.

The only module that reads user data. The file type comes from the content, never from the name.
Anything we cannot read raises ReadingError with a sentence fit to show a person: what is wrong and
what to do. No other exception leaves ``read_text`` or ``read_bytes``.

This module holds the public API, canonicalisation and the sniffing of the file type; the readers
live beside it: text (text files), docx (Word), pdf/ (PDF: reader, layout, isolated process), guard
(stream sizes before a parser inflates them), unwrap (hard-wrapped lines) and limits (limits and
refusals). Photos and scanned PDF pages are read by OCR (ocr/: tesseract, image).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path, PurePath

import filetype

from readingscan.ingest.dictation import spoken_marks
from readingscan.ingest.docx import read_docx
from readingscan.ingest.guard import check_pdf_streams
from readingscan.ingest.hl7_message import report_text
from readingscan.ingest.limits import (
    LIMITS,
    Limits,
    check_text_size,
    ingest_words,
    refusal,
    too_large,
    too_much_text,
    unsupported,
)
from readingscan.ingest.line_numbers import drop_line_numbers
from readingscan.ingest.markdown import plain_markdown
from readingscan.ingest.ocr.image import register_heif
from readingscan.ingest.ocr.tesseract import Progress, locate_words, ocr_warning, read_pictures
from readingscan.ingest.pdf.isolated import read_pdf_isolated
from readingscan.ingest.pdf.reader import pdf_offset, read_pdf
from readingscan.ingest.text import decode, is_control_byte
from readingscan.ingest.unwrap import unwrap_lines
from readingscan.model import Document, ReadingError, Source, SourceKind, Span

__all__ = ["LIMITS", "Limits", "canonicalize", "read_bytes", "read_path", "read_text", "unwrap_lines"]

# --- canonical text ------------------------------------------------------------------------------

# Zero-width and soft-hyphen characters split words invisibly ("calci\u00adfication"), so they go.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Ligatures from PDF fonts ("ﬁ") would hide words from the lexicon; NFC keeps them, so expand them.
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB06: "st"}
_ASCII_CONTROL = re.compile(r"[^\n\t\x20-\x7e]")
_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")


# A report forwarded by e-mail comes with "> " before every line; the marks split its sentences
# ("No suspicious\n> calcifications"), so a run of such lines loses them (">5 mm" keeps its ">").
_QUOTED_RUN = re.compile(r"(?:^>+(?:[ \t]|$).*(?:\n|\Z)){3,}", re.MULTILINE)
_QUOTE_MARKS = re.compile(r"^(?:>+(?:[ \t]|$))+", re.MULTILINE)


def _unquote(text: str) -> str:
    return _QUOTED_RUN.sub(lambda run: _QUOTE_MARKS.sub("", run.group()), text) if ">" in text else text


def _keep(char: str) -> str:
    category = unicodedata.category(char)
    if char in "\n\t":
        return char
    if category == "Zs":
        return " "
    return "" if category in ("Cc", "Cs") else char


def canonicalize(text: str) -> str:
    """The one place text is normalised; every offset downstream points into its result.

    An HL7 v2 message becomes the report it carries (hl7_message), line ends become "\\n", text is NFC, control
    characters (except newline and tab) are removed, odd spaces (no-break, thin...) become plain spaces, e-mail quote
    marks ("> ") go from a run of quoted lines, a transcript's line numbers and Markdown's marks go (line_numbers,
    markdown), punctuation a speech recogniser wrote as words becomes marks (dictation), lines lose trailing spaces,
    runs of more than two blank lines shrink to two, and blank lines at the start and end go.
    """
    text = report_text(_LINE_BREAKS.sub("\n", text)).translate(_INVISIBLE).translate(_LIGATURES)
    text = "".join(map(_keep, text)) if not text.isascii() else _ASCII_CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = spoken_marks(plain_markdown(drop_line_numbers(_unquote(text))))
    # rstrip per line: a regex "[ \t]+$" backtracks quadratically on a long run of spaces.
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.strip("\n")


# --- entry points --------------------------------------------------------------------------------


def read_text(text: str, name: str | None = None, limits: Limits = LIMITS) -> Document:
    """A Document from pasted text: canonicalised, never re-wrapped (it stays as the person gave it)."""
    if len(text) > 4 * limits.max_text_bytes:  # skip normalising megabytes we would refuse anyway
        raise too_much_text(len(text.encode("utf-8", "surrogatepass")), limits)
    canonical = canonicalize(text)
    if not canonical.strip():
        raise refusal("empty", "pasted")
    check_text_size(canonical, limits)
    return Document(canonical, Source(SourceKind.TEXT, _base_name(name)))


def read_bytes(
    data: bytes, name: str | None = None, limits: Limits = LIMITS, progress: Progress | None = None
) -> Document:
    """A Document from an uploaded file: PDF, Word (.docx), text or a photo, told apart by content.

    Photos and scanned PDF pages are read by OCR; ``progress`` hears (pages read, pages to read).
    """
    if not data:
        raise refusal("empty", "file")
    if len(data) > limits.max_bytes:
        raise too_large(len(data), limits)
    try:
        return _read(data, _base_name(name), limits, progress)
    except ReadingError:
        raise
    except Exception:  # a last guard: a parser failing in a way we did not foresee
        raise refusal("unreadable", "file") from None


def read_path(path: str | os.PathLike[str], limits: Limits = LIMITS) -> Document:
    """A Document from a file on disk (the command line's helper; "-" for stdin is the CLI's job)."""
    name = os.fspath(path)
    try:
        size = Path(name).stat().st_size
        if size > limits.max_bytes:
            raise too_large(size, limits)
        with Path(name).open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        reason = error.strerror or ingest_words().cannot_open
        raise refusal("unreadable", "path", name=_base_name(name), reason=reason) from None
    return read_bytes(data, name, limits)


def _read(data: bytes, name: str | None, limits: Limits, progress: Progress | None) -> Document:
    if pdf_offset(data) is not None:
        content = check_pdf_streams(data, limits)  # a flate bomb, before pdfminer unpacks it
        if content > limits.isolate_pdf_content_bytes:
            pdf = read_pdf_isolated(data, limits)
        else:
            pdf = read_pdf(data, limits.max_pages, limits, progress)
        source = Source(SourceKind.PDF, name, pages=pdf.pages, ocr=pdf.ocr_pages > 0)
        return _document(pdf.text, source, limits, pdf.warnings, pdf.words)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _document(read_docx(data, limits), Source(SourceKind.DOCX, name), limits)
    if _is_photo(data):
        return _read_photo(data, name, limits, progress)
    _refuse_binary_formats(data)
    if len(data) > 4 * limits.max_text_bytes:  # even UTF-32 text this long is over the text limit
        sample = data[:4096]
        if sum(map(is_control_byte, sample)) > 0.05 * len(sample):  # binary: the right reason is "not text"
            raise refusal("not_text", "file")
        raise too_much_text(len(data), limits)
    return _document(decode(data), Source(SourceKind.TEXT, name), limits)


def _document(
    text: str, source: Source, limits: Limits, warnings: tuple[str, ...] = (), words: tuple[tuple[str, bool], ...] = ()
) -> Document:
    canonical = canonicalize(text)
    if not canonical.strip():
        raise refusal("empty", "no_text")
    check_text_size(canonical, limits)
    if not source.ocr:
        return Document(canonical, source, warnings)
    unsure = _unsure_spans(canonical, words)
    return Document(canonical, source, (ocr_warning(bool(unsure)), *warnings), unsure)


def _unsure_spans(canonical: str, words: tuple[tuple[str, bool], ...]) -> tuple[Span, ...]:
    """The doubtful OCR words' spans in the canonical text (each word canonicalised as the text was)."""
    return locate_words(canonical, ((canonicalize(word), unsure) for word, unsure in words))


# --- photos --------------------------------------------------------------------------------------

# What filetype calls the pictures we read by OCR (a Canon raw file is a TIFF to it, but not to us).
_PHOTO_TYPES = frozenset({"png", "apng", "jpg", "tif", "webp", "heic"})


def _is_photo(data: bytes) -> bool:
    kind = filetype.guess(data[:8192])
    return kind is not None and str(kind.extension) in _PHOTO_TYPES and _has_control_bytes(data[:262])


def _read_photo(data: bytes, name: str | None, limits: Limits, progress: Progress | None) -> Document:
    if filetype.guess_extension(data[:8192]) == "heic" and not register_heif():
        raise refusal("image_format", "heic")
    pages = read_pictures(data, limits, progress)
    text = "\n\n".join("\n".join(page.lines) for page in pages)
    if sum(c.isalpha() for c in text) < 3:
        raise refusal("image_no_text", "photo")
    words = tuple((word.text, word.unsure) for page in pages for word in page.words)
    source = Source(SourceKind.IMAGE, name, pages=len(pages), ocr=True)
    return _document(unwrap_lines(text), source, limits, (), words)


# --- names and binary formats we recognise but do not read ---------------------------------------


def _base_name(name: str | None) -> str | None:
    """Only the file's own name: directories can say who the person is, and we never need them."""
    if not name:
        return None
    return PurePath(name.replace("\\", "/")).name or None


# The first bytes of formats we recognise and do not read, and their names in ingest.yaml's file_kinds.
_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old_office"),
    (b"{\\rtf", "rtf"),
)


def _refuse_binary_formats(data: bytes) -> None:
    for magic, kind in _OTHER_FORMATS:
        if data.startswith(magic):
            raise unsupported(getattr(ingest_words().file_kinds, kind))
    kind = filetype.guess(data[:8192])
    # filetype matches on a few bytes ("BM" is a bitmap), so text that happens to start that way is
    # still text: real pictures and media always carry control bytes in their first bytes.
    if kind is None or not _has_control_bytes(data[:262]):
        return
    label = str(kind.extension).upper()
    if str(kind.mime).startswith("image/"):
        raise refusal("image", "format", label=label)
    raise unsupported(label)


def _has_control_bytes(data: bytes) -> bool:
    return any(map(is_control_byte, data))
