"""Words from pictures of paper: Tesseract OCR, run on this machine, with a confidence per word.

Used by ``readingscan.ingest`` for photos and by ``readingscan.ingest.pdf.reader`` for scanned pages. Nothing
leaves the machine, and nothing is written to disk: Tesseract is a local program (Debian's tesseract-ocr)
and pictures reach it through a pipe. Each page gives its lines of text in reading order
and every word with Tesseract's confidence; ``locate_words`` later finds the doubtful words in the
document's final text, so the screen can mark them without searching again.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import statistics
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image

from readingscan.content import load_content
from readingscan.ingest.limits import Limits, refusal, too_many_ocr_pages
from readingscan.ingest.ocr.image import open_pages, prepare
from readingscan.model import Span

__all__ = [
    "OCR_WARNING",
    "UNSURE_CONFIDENCE",
    "UNSURE_NOTE",
    "OcrPage",
    "Progress",
    "Word",
    "ensure_tesseract",
    "lines_from_data",
    "locate_words",
    "ocr_warning",
    "read_page",
    "read_pages",
    "read_pictures",
]

Progress = Callable[[int, int], None]  # (pages done, pages to read)

UNSURE_CONFIDENCE = 60.0  # Tesseract's word confidence (0-100) below which a word is marked
# The notes of text read from a picture (content/en/ingest.yaml); the screen shows OCR_WARNING first.
OCR_WARNING = load_content("en").ingest.notes.ocr  # document notes are English, like the Report
UNSURE_NOTE = load_content("en").ingest.notes.ocr_unsure
# --psm 3: Tesseract's own page layout (blocks, columns), which beats any of ours.
_CONFIG = "--psm 3 --dpi 300"
# Tesseract's OpenMP threads fight each other on a small server: one thread reads a page 3x faster
# here (8.5 s -> 2.8 s on 2 cores). Only the child process reads it; a value set by the admin stays.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True, slots=True)
class Word:
    """One word as Tesseract read it, with its confidence (0-100)."""

    text: str
    confidence: float

    @property
    def unsure(self) -> bool:
        return self.confidence < UNSURE_CONFIDENCE


@dataclass(frozen=True, slots=True)
class OcrPage:
    """One page's text: lines in reading order ("" between paragraphs), and its words in that order."""

    lines: tuple[str, ...]
    words: tuple[Word, ...]


def ocr_warning(marked: bool) -> str:
    """The Document warning for text read from a picture; ``marked`` when some words are marked unsure."""
    return OCR_WARNING + (UNSURE_NOTE if marked else "")


def ensure_tesseract() -> Any:
    """The pytesseract module, once Tesseract itself is known to be installed; else ReadingError."""
    try:
        import pytesseract
    except ImportError:
        raise refusal("ocr_unavailable", "tesseract") from None
    if shutil.which(str(pytesseract.pytesseract.tesseract_cmd)) is None:
        raise refusal("ocr_unavailable", "tesseract")
    return pytesseract


def read_pictures(data: bytes, limits: Limits, progress: Progress | None = None) -> list[OcrPage]:
    """Every page of an uploaded picture (PNG, JPEG, TIFF, WebP, HEIC), read by OCR."""
    ensure_tesseract()  # before decoding: a missing program is the first thing to say
    images = open_pages(data, limits)
    return read_pages([functools.partial(_same, image) for image in images], limits, progress)


def _same(image: Image.Image) -> Image.Image:
    return image


def read_pages(
    pages: Sequence[Callable[[], Image.Image]], limits: Limits, progress: Progress | None = None
) -> list[OcrPage]:
    """OCR each page, drawing it only when its turn comes; ``progress`` hears after every page."""
    if len(pages) > limits.max_ocr_pages:
        raise too_many_ocr_pages(len(pages), limits)
    ensure_tesseract()
    done: list[OcrPage] = []
    for number, draw in enumerate(pages):
        if progress is not None:
            progress(number, len(pages))
        done.append(read_page(draw(), limits))
    if progress is not None:
        progress(len(pages), len(pages))
    return done


def read_page(image: Image.Image, limits: Limits) -> OcrPage:
    """One page picture -> its lines and words (preprocessed first: see ``ocr_image.prepare``)."""
    return lines_from_data(_word_table(prepare(image), limits.ocr_page_seconds))


def _word_table(image: Image.Image, timeout: float) -> dict[str, list[Any]]:
    """Tesseract's word table (its TSV output) for one picture.

    pytesseract's own calls write the picture and the result to temporary files; a report must never
    touch the disk, so the picture goes to Tesseract through a pipe (``stdin``) and the table comes
    back on ``stdout``. pytesseract still finds the program and parses the table.
    """
    pytesseract = ensure_tesseract()
    picture = io.BytesIO()
    image.save(picture, format="BMP")  # uncompressed: a PNG of 10 million pixels is slow to write
    command = [str(pytesseract.pytesseract.tesseract_cmd), "stdin", "stdout", "-l", "eng", *_CONFIG.split(), "tsv"]
    try:
        done = subprocess.run(command, input=picture.getvalue(), capture_output=True, timeout=timeout, check=False)  # noqa: S603 (our constants and the configured program)
    except FileNotFoundError:
        raise refusal("ocr_unavailable", "tesseract") from None
    except subprocess.TimeoutExpired:
        raise refusal("ocr_timeout", "page") from None
    if done.returncode != 0:
        raise refusal("ocr_failed", "page")
    table: dict[str, list[Any]] = pytesseract.pytesseract.file_to_dict(done.stdout.decode("utf-8", "replace"), "\t", -1)
    return table


def lines_from_data(data: dict[str, list[Any]]) -> OcrPage:
    """Rebuild text from Tesseract's word table: words joined by spaces per line, lines in Tesseract's
    reading order, and a blank line where the page has one (a gap taller than a line) or a new block
    starts. Tesseract's own paragraphs are not trusted: it makes one of every short line."""
    rows: list[tuple[tuple[int, int, int], Word, int, int]] = []
    for index, raw in enumerate(data["text"]):
        text = str(raw).strip()
        if text and int(data["level"][index]) == 5:
            key = (int(data["block_num"][index]), int(data["par_num"][index]), int(data["line_num"][index]))
            top = int(data["top"][index])
            rows.append((key, Word(text, float(data["conf"][index])), top, top + int(data["height"][index])))
    lines: list[tuple[int, list[str], int, int]] = []  # block, words, top, bottom
    previous: tuple[int, int, int] | None = None
    for key, word, top, bottom in rows:
        if key != previous:
            lines.append((key[0], [], top, bottom))
            previous = key
        block, words, line_top, line_bottom = lines[-1]
        words.append(word.text)
        lines[-1] = (block, words, min(line_top, top), max(line_bottom, bottom))
    height = statistics.median(bottom - top for _, _, top, bottom in lines) if lines else 0
    out: list[str] = []
    for number, (block, words, top, _) in enumerate(lines):
        if number:
            last_block, _, _, last_bottom = lines[number - 1]
            if block != last_block or top - last_bottom > height:
                out.append("")
        out.append(" ".join(words))
    return OcrPage(tuple(out), tuple(word for _, word, _, _ in rows))


def locate_words(text: str, words: Iterable[tuple[str, bool]], window: int = 200) -> tuple[Span, ...]:
    """Spans in ``text`` (the final canonical text) of the words flagged True, found in order.

    ``words`` are the document's words in reading order, already canonicalised, each with its flag.
    Each is searched for a short way after the previous one, so a word dropped on the way (a running
    header) or mended ("calci-" + "fications") is skipped without losing the place. By construction
    ``text[span.start:span.end] == span.text``.
    """
    spans: list[Span] = []
    cursor = 0
    for word, flagged in words:
        token = word.strip()
        if not token:
            continue
        found = text.find(token, cursor, cursor + window + len(token))
        if found < 0 and token.endswith("-"):  # a hyphen at a line end, mended by unwrapping
            token = token.rstrip("-")
            found = text.find(token, cursor, cursor + window + len(token)) if token else -1
        if found < 0:
            continue
        end = found + len(token)
        if flagged:
            spans.append(Span(found, end, text[found:end]))
        cursor = end
    return tuple(spans)
