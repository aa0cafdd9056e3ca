"""Text and where it came from: spans into the canonical text, the ingested Document, sections, sentences.

Offsets (``start``/``end``) always point into the canonical text of the Document they came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readingscan.model.enums import Breast, SectionKind, SourceKind


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the canonical text: ``text == canonical[start:end]``."""

    start: int
    end: int
    text: str
    section: SectionKind | None = None


_BLANKS = re.compile(r"\s*")
_INDENT = re.compile(r"[ \t]*")


def blanks_end(text: str, at: int) -> int:
    """Where the words after ``at`` start: past any white space, line breaks too. Matched, not sliced: a pasted
    page may ask this thousands of times."""
    blanks = _BLANKS.match(text, at)
    return blanks.end() if blanks else at


def line_above(text: str, line_start: int) -> str:
    """The line before the one starting at ``line_start``, without its trailing blanks ("" for the text's first)."""
    end = max(line_start - 1, 0)
    return text[text.rfind("\n", 0, end) + 1:end].rstrip()


def line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends: its newline, or the text's end when no newline follows."""
    return text.find("\n", at) % (len(text) + 1)


def indent(text: str, at: int) -> int:
    """How many spaces and tabs open the text at ``at`` (a line's indent, when ``at`` starts a line)."""
    spaces = _INDENT.match(text, at)
    return spaces.end() - at if spaces else 0


@dataclass(frozen=True, slots=True)
class Source:
    kind: SourceKind
    name: str | None = None
    pages: int | None = None
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """What ingestion hands the reader: canonical text (immutable) and where it came from.

    ``low_confidence`` holds spans of words read with low confidence (OCR only).
    """

    text: str
    source: Source
    warnings: tuple[str, ...] = ()
    low_confidence: tuple[Span, ...] = ()


class ReadingError(ValueError):
    """An input we cannot read. ``str(error)`` is a sentence fit to show a person.

    ``code`` says what kind of refusal it is ("too_large"); ``key`` names the sentence in the content files
    ("too_large.word_parts": refusals.too_large.word_parts of content/<language>/ingest.yaml) when the
    sentence comes from there, so it can be told apart from the other sentences of its code.
    """

    def __init__(self, message: str, *, code: str = "unreadable", key: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.key = key


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    title: Span | None  # None for the header block before any title
    body: Span


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    breast: Breast | None  # the breast set by a sub-header ("LEFT BREAST:") in force here


@dataclass(frozen=True, slots=True)
class Modifier:
    """A context trigger found in a sentence and the scope it governs."""

    category: str  # negated / possible / stable / historical / pseudo / terminate
    rule_id: str
    trigger: Span
    scope_start: int
    scope_end: int
