"""Earlier versions of a report's words kept in its text: struck-out text, and a report replaced by a later one.

Their sentences describe no imaging today: the sentence splitter reads them as a comparison's (sentences.py).
"""

from __future__ import annotations

import re

from readingscan.rules import cue

# Text a reviewer struck out of a report ("[-No associated calcifications.-]{+Coarse calcifications ...+}", "~~...~~",
# "<del>...</del>", a RIS's "[DEL: ...]"): an earlier version's words, read as a comparison's (they describe no imaging today).
_STRUCK = re.compile(r"\[-(?=[^\]\n]*[A-Za-z])[\s\S]{1,2000}?-\]|~~(?=\S)[^~]{1,2000}?~~|<del>[\s\S]{1,2000}?</del>"
                     r"|\[(?i:del(?:eted)?)[ \t]*:[^\]]{1,2000}\]"
                     # a correction's old words, quoted before an arrow to the new ones ("'BI-RADS 4C' -> 'BI-RADS 0'")
                     r"|[\"“'‘][^\"”'’\n]{1,300}[\"”'’](?=[ \t]*(?:->|→|=>|⇒)[ \t]*[\"“'‘])"
                     # an erratum's quoted old words ("The published sentence "..." was incorrect.")
                     r"|[\"“][^\"”\n]{1,600}[\"”](?=[ \t]*(?:was|is|were|are)[ \t]+(?:incorrect|wrong|erroneous|in[ \t]+error))")
# The marks around inserted text ("{+...+}", "<ins>...</ins>") start and end a statement as a line's margin would.
_INSERTED = re.compile(r"\{\+|\+\}|</?ins>")
_INSERTED_FIELD = re.compile(r"\[(?i:ins(?:erted)?)[ \t]*:[ \t]*(?P<words>[^\]]{0,2000})\]")  # "[INS: ...]"
# A report quoted as first signed or read ("Original report (as signed):", "Resident preliminary report:") and then
# replaced by a full report after it ("Corrected report:", "FINAL REPORT (attending):"): its words are an earlier
# version's too. An addendum alone adds to the report it follows and replaces none of it, and a final report agreeing
# with the earlier read ("I have reviewed the images and agree with the preliminary report, with the following
# changes") adopts it.
_REPLACED = (cue("original_report"), cue("preliminary_report"))
_REPLACING = cue("final_report")
_ADOPTS = cue("final_adopts_earlier")


def earlier_versions(text: str) -> list[tuple[int, int]]:
    """Where struck-out text and replaced reports run (a replaced report: from its heading to its replacement's)."""
    out = _struck(text)
    finals = sorted(m.start() for m in _REPLACING.finditer(text) if not _ADOPTS.match(text, m.start()))
    for pattern in _REPLACED:
        for match in pattern.finditer(text):
            end = next((at for at in finals if at > match.start()), None)
            if end is not None:
                out.append((match.start(), end))
    return out


def _struck(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _STRUCK.finditer(text)]


def inserted_marks(text: str) -> list[tuple[int, int]]:
    """The marks around inserted text."""
    fields = [mark for m in _INSERTED_FIELD.finditer(text) for mark in ((m.start(), m.start("words")), (m.end("words"), m.end()))]
    return sorted([(m.start(), m.end()) for m in _INSERTED.finditer(text)] + fields)


def without_edits(text: str) -> str:
    """``text`` with its struck-out words and the marks around inserted words blanked (spaces, so offsets hold): a
    category edited in place ("BI-RADS [-3-] {+4A+}") reads as the edited report has it."""
    spans = _struck(text) + inserted_marks(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(chars)
