"""The screens' own words (content screens.yaml: page names, headings, buttons, captions, notices), in the
language of this run, and the two things code does with them: choose the form for a count, write a date.

Every text a screen shows comes from here or from the engine's content (explain, grid, ...); no screen
builds a sentence from pieces or a plural from a count itself.
"""

from __future__ import annotations

from datetime import date

from readingscan import load_content

__all__ = ["counted", "long_date", "screen_words"]


def screen_words(screen: str) -> dict[str, str]:
    """The texts of one section of screens.yaml (``"explain"``, ``"grid"``...), key -> text."""
    return load_content().screens[screen]


def counted(words: dict[str, str], key: str, count: int, **values: object) -> str:
    """``<key>_one`` when ``count`` is 1, else ``<key>_other``, filled with ``count`` and ``values``.

    ``counted(screen_words("history"), "imported", 3)`` gives "Imported 3 explanations."
    """
    form = "one" if count == 1 else "other"
    return words[f"{key}_{form}"].format(count=count, **values)


def long_date(day: date) -> str:
    """A date in words, as screens.yaml ``dates`` writes it: "05 March 2024"."""
    words = screen_words("dates")
    return words["date"].format(day=f"{day.day:02d}", month=words[f"month_{day.month}"], year=f"{day.year:04d}")
