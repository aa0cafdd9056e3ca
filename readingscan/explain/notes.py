"""The Report's notes (reading warnings, notes on a scanned or cut-short document) in the reader's language.

The engine writes them in English, the Report's language (content/en/warnings.yaml and ingest.yaml
``notes``), so a Report read once serves every language. Here each note is matched to the English sentence
it came from, its filled-in values taken back out, and the same sentence of the reader's language filled in
with them. A note that matches no sentence (an older Report, a note of the future) is shown as written.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from functools import cache
from typing import Any, TypeVar

from readingscan.content import Content, load_content, tidy

__all__ = ["in_language", "is_ocr_note", "tidied"]

_T = TypeVar("_T")


def _sentences(content: Content) -> dict[str, str]:
    named = {f"warnings.{f.name}": getattr(content.warnings, f.name) for f in fields(content.warnings)}
    named |= {f"notes.{f.name}": getattr(content.ingest.notes, f.name) for f in fields(content.ingest.notes)}
    # A note written to follow another (" Words that were hard to read...") is matched without its joining space.
    return {key: text.strip() for key, text in named.items()}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    # Even parts are literal text, odd parts placeholder names; a placeholder is any text up to the next literal.
    return re.compile("".join(re.escape(p) if i % 2 == 0 else rf"(?P<{p}>.+?)" for i, p in enumerate(parts)))


@cache
def _english() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Longest first: a sentence that is the start of another never takes the other's place.
    named = sorted(_sentences(load_content("en")).items(), key=lambda item: -len(item[1]))
    return tuple((key, _pattern(template)) for key, template in named)


def _translate(text: str, target: dict[str, str]) -> str | None:
    """``text`` as one English note, or several joined by spaces, in ``target``'s words; None if it is not."""
    if not text:
        return ""
    for key, pattern in _english():
        match = pattern.match(text)
        if match is None:
            continue
        rest = text[match.end():]
        if rest and not rest.startswith(" "):
            continue
        tail = _translate(rest.strip(), target)
        if tail is None:
            continue
        said = target[key].format(**match.groupdict())
        return f"{said} {tail}".strip() if tail else said
    return None


def in_language(note: str, language: str | None = None) -> str:
    """``note`` (English, as the Report holds it) in ``language`` (default: this run's); as written if unknown."""
    content = load_content(language)
    if content.language == "en":
        return note
    translated = _translate(note.strip(), _sentences(content))
    return note if translated is None else tidy(translated)


def is_ocr_note(note: str) -> bool:
    """Whether ``note`` (English, as the Report holds it) is the note on text read from a picture."""
    return note.startswith(load_content("en").ingest.notes.ocr)


def tidied(item: _T) -> _T:
    """Every text of an explanation (a frozen dataclass, and those in its tuples) with Chinese spacing put right
    (content.tidy: the English way of joining sentences and lists with spaces, taken out)."""
    if load_content().language != "zh-Hant":
        return item
    tidy_item: _T = _tidy(item)
    return tidy_item


def _tidy(item: Any) -> Any:
    if isinstance(item, str):
        return tidy(item)
    if isinstance(item, tuple):
        return tuple(_tidy(v) for v in item)
    # The explanation's own records only: the Report's findings in it are the report's words, kept as they are.
    if is_dataclass(item) and not isinstance(item, type) and type(item).__module__.startswith(("readingscan.explain", "readingscan.compare")):
        return replace(item, **{f.name: _tidy(getattr(item, f.name)) for f in fields(item) if f.init})
    return item
