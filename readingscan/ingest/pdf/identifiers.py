"""Lines naming the patient's record (MRN, date of birth, accession number), read without those fields.

A portal prints them in its letterhead and footers. They are no part of the report, and their numbers
must not reach the reading (a date of birth is not the exam's date, an accession number not a size).
The same line often carries what the reading needs, "Accession: MG24-118342   Exam date: 05/03/2024":
such a line loses only its identifying fields (and the patient's name beside them); a line left with
no labelled field ("DOE, JANE | MRN 00482913 | Printed 06/03/2024") goes whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Stripped", "is_identifier", "without_identifiers"]

_ID_LABEL = (
    r"MRN|DOB|D\.O\.B|date\s+of\s+birth|accession(?:\s+(?:no|number))?|acc(?:\s*(?:no|\#))?"
    r"|(?:UR|NHS|hospital|patient|medical\s+record)\s+(?:id|no|number)"
)
# The label, then a colon or "#", or a value with a digit in it: "MRN: 00482913", "DOB 03/02/1961".
# "accession" inside a sentence, with no value after it, is not a label.
_IDENTIFIER = re.compile(rf"\b(?:{_ID_LABEL})\b\.?\s*(?:[:#]|\s(?=\S*\d))", re.IGNORECASE)
# Where a field starts: a label of one to three words and a colon ("Exam date:"), or an identifier's
# label before its value without one ("MRN 00482913").
_LABEL = re.compile(r"(?<!\S)[A-Z][A-Za-z'/.]*(?:\s[A-Za-z'/.]+){0,2}\s*:")
_ID_START = re.compile(rf"(?<!\S)(?:{_ID_LABEL})\b\.?(?:\s*[:#]|(?=\s+\S*\d))", re.IGNORECASE)
_ID_FIELD = re.compile(rf"(?:{_ID_LABEL})\.?\s*[:#]?", re.IGNORECASE)
# Beside an identifier, "Patient:" or "Name:" gives the patient's name.
_NAME_FIELD = re.compile(r"(?:patient(?:'s)?(?:\s+name)?|pt\.?\s+name|name)\s*:", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stripped:
    """A line without its identifying fields: None when nothing worth reading is left.

    ``orphan`` when the line ends with an identifier's label whose value went to the next line.
    """

    text: str | None
    orphan: bool = False


def is_identifier(line: str) -> bool:
    """Whether the line names the patient's record: a medical record number, date of birth, accession."""
    return _IDENTIFIER.search(line) is not None


def without_identifiers(line: str) -> Stripped:
    """The line without the fields naming the patient or their record; the line itself if it has none."""
    if not is_identifier(line):
        return Stripped(line)
    kept: list[str] = []
    labelled = orphan = False
    for segment in re.split(r"\s*\|\s*", line):  # "DOE, JANE | MRN 00482913 | DOB 03/02/1961"
        for label, text in _fields(segment):
            identifying = label is not None and (_ID_FIELD.fullmatch(label) or _NAME_FIELD.fullmatch(label))
            orphan = bool(identifying) and not text[len(label or "") :].strip()
            if not identifying and text.strip():
                kept.append(text.strip())
                labelled = labelled or label is not None
    return Stripped(" ".join(kept) if labelled else None, orphan)


def _fields(segment: str) -> list[tuple[str | None, str]]:
    """The segment cut where each field starts: (its label or None, the field's text).

    An identifier's label wins over a label of several words ending with it ("JANE MRN:" is a name,
    then "MRN:").
    """
    ids = [(match.start(), match.end()) for match in _ID_START.finditer(segment)]
    starts = {start: segment[start:end].strip() for start, end in ids}
    for match in _LABEL.finditer(segment):
        if not any(match.start() < end and start < match.end() for start, end in ids):
            starts[match.start()] = match.group().strip()
    positions = sorted(starts)
    fields: list[tuple[str | None, str]] = []
    if not positions or positions[0] > 0:
        fields.append((None, segment[: positions[0] if positions else len(segment)]))
    for position, end in zip(positions, [*positions[1:], len(segment)], strict=False):
        fields.append((starts[position], segment[position:end]))
    return fields
