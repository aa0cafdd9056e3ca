"""A report pasted with Markdown marks (a chat or portal export): "**Right breast:**", "## Impression", "*likely
fibroadenoma*". The marks hide titles and side labels from the reader ("**Indication:**" is no title while its stars
stand before it), so they go, the words they mark stay. Only text with Markdown of its own: two or more emphasis pairs
or headings, so a lone asterisk (a footnote, a bullet) is kept."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^([ \t]{0,3})#{1,6}[ \t]+", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
# Single-star emphasis: not a bullet ("* item" opens a line with a space after it), not arithmetic ("2*3").
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


def plain_markdown(text: str) -> str:
    """``text`` without Markdown's heading and emphasis marks, or ``text`` itself when it has too few to be Markdown."""
    if "*" not in text and "#" not in text and "__" not in text:
        return text
    marks = len(_STRONG.findall(text)) + len(_HEADING.findall(text))
    if marks < 2:
        return text
    text = _HEADING.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    return _EMPHASIS.sub(r"\1", text)
