"""Which language a person reads: the languages there are, and the one chosen for this run.

The engine reads reports in English (the report's own language) and its Report is the same whichever
language a person chose; only the words around it change. Screens set the chosen language once per run
(``set_language``), and everything that says something to a person (``load_content()``, the glossary)
takes it from here unless told otherwise. A ContextVar keeps one person's choice from leaking into another
person's run: Streamlit runs each session's script in its own thread, and each thread has its own context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from typing import TypeVar

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "InLanguage", "current_language", "language_for", "per_language",
           "set_language", "tidy", "use_language"]

K = TypeVar("K")
V = TypeVar("V")

# English first: the default, and the language reports are written and read in.
LANGUAGES: tuple[str, ...] = ("en", "zh-Hant", "es")
DEFAULT_LANGUAGE = "en"
_current: ContextVar[str] = ContextVar("readingscan_language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language of this run (English unless a screen chose another)."""
    return _current.get()


def set_language(language: str) -> None:
    """Choose ``language`` for the rest of this run (a screen calls it first thing)."""
    if language not in LANGUAGES:
        raise ValueError(f"no language {language!r} (the languages are {', '.join(LANGUAGES)})")
    _current.set(language)


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """``language`` inside the block, the run's own language after it."""
    if language not in LANGUAGES:
        raise ValueError(f"no language {language!r} (the languages are {', '.join(LANGUAGES)})")
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


def language_for(tags: str | None) -> str | None:
    """Our language for a language tag or a browser's Accept-Language list, best first; None when none fits.

    "zh-HK", "zh-Hant-TW", "zh-TW" and "yue" read Traditional Chinese; "es-MX", "es-419" and "es" Spanish;
    "en-GB" English. Simplified Chinese ("zh-CN", "zh-Hans") is not offered Traditional characters unasked.
    """
    if not tags:
        return None
    ranked = []
    for number, item in enumerate(tags.split(",")):
        tag, _, params = item.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:  # a malformed weight: the tag was still given
                weight = 1.0
        ranked.append((-weight, number, tag.strip().lower()))
    for weight, _, tag in sorted(ranked):
        if weight >= 0:  # q=0: "not acceptable" (sorted by -weight, so the rest are too)
            break
        parts = tag.split("-")
        if parts[0] == "en":
            return "en"
        if parts[0] == "es":
            return "es"
        traditional = "hant" in parts or ("hans" not in parts and parts[-1] in ("hk", "tw", "mo"))
        if parts[0] == "yue" or (parts[0] == "zh" and traditional):
            return "zh-Hant"
    return None


# A space between two Chinese characters (or a Chinese character and full-width punctuation) is an artefact of
# joining words the English way ("{pattern} {shapes} {name}"); Chinese writes no spaces between words.
_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
_CJK_SPACE = re.compile(rf"(?<={_CJK})(,?)[ \t]+(?={_CJK})")


def tidy(text: str) -> str:
    """``text`` with the spaces between Chinese characters taken out, and a list's ", " between Chinese words
    made the enumeration comma "、"; any other text unchanged."""
    if not _CJK_SPACE.search(text):
        return text
    return _CJK_SPACE.sub(lambda m: "、" if m.group(1) else "", text)


class InLanguage(Mapping[K, V]):
    """A read-only mapping that is, at each look-up, ``source()`` of this run's language: a module-level table
    of words (grid.LEVELS) that follows the reader's language instead of freezing the first one loaded."""

    def __init__(self, source: Callable[[], Mapping[K, V]]) -> None:
        self._source = source

    def __getitem__(self, key: K) -> V:
        return self._source()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._source())

    def __len__(self) -> int:
        return len(self._source())


T = TypeVar("T")


def per_language(build: Callable[[], T]) -> Callable[..., T]:
    """``build``, made once per process and language: called as ``f()`` (the run's language) or
    ``f(language)``. For shared read-only tables of words (the grids), so no reader waits for another's."""

    @cache
    def built(language: str) -> T:
        with use_language(language):
            return build()

    @wraps(build)
    def in_language(language: str | None = None) -> T:
        return built(language or current_language())

    return in_language
