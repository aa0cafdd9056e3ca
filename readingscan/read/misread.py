"""Words a scanner's character reading got wrong in the ways it does (split from spelling.py): "m" read as "rn"
("rnass", "arnorphous"), a capital "I" read as a small "l" inside a word in capitals ("RlGHT"), and a small "l" read
as a capital "I" inside a word in small letters ("caIcifications", "Iymph", "ovaI"). A word so written is read as
the word it stands for only when that one is a lexicon word and the word as written is no word at all.
"""

from __future__ import annotations

import re

# A word is in capitals or in small letters by its other letters: its "l" and "I" are the ones a scanner confuses.
_CAPITALS = re.compile(r"[A-HJ-Z]")
_SMALLS = re.compile(r"[a-km-z]")


def misread(written: str, words: frozenset[str], known: frozenset[str]) -> str | None:
    """The lexicon word (lower case) ``written`` stands for, when a scanner misread its letters; None otherwise."""
    word = written.lower()
    if word in known:
        return None
    capitals, smalls = len(_CAPITALS.findall(written)), len(_SMALLS.findall(written))
    if capitals >= 2 and not smalls:  # "RlGHT", "AXlLLAE": an "I" inside capitals
        cased = written.replace("l", "I").lower()
    elif smalls >= 2 and not _CAPITALS.search(written[1:]):  # "caIcifications", "Iymph", "ovaI": an "l"
        cased = written.replace("I", "l").lower()
    else:
        cased = word
    for candidate in dict.fromkeys((cased, cased.replace("rn", "m"), word.replace("rn", "m"))):
        if candidate != word and len(candidate) >= 4 and candidate in words:  # "cern" is no "cem"
            return candidate
    return None
