"""Find and remove what identifies a person in a report: names, record and accession numbers, dates of
birth, phone numbers, emails, street addresses and SSN-like numbers.

Clinical content always stays: exam and comparison dates ("Comparison: 03/14/2024"), sizes ("1.2 x 0.8
cm"), clock faces ("2:00", "10 o'clock"), distances ("4 cm from the nipple"), categories and views. So
most patterns need a label before the value ("MRN: 00483921", "DOB: 07/19/1958", "Referring physician:
Dr. Anand Keswani"); only formats no clinical text uses are found without one (emails, 555-123-4567,
+44 20 7946 0958, 123-45-6789, "1420 Larkspur Avenue", "Dr. Osei").

Every pattern is compiled once and built from bounded, unambiguous pieces, so a search takes linear time
on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from readingscan.model import SectionKind
from readingscan.read.sections import split_sections


class IdentifierKind(StrEnum):
    NAME = "name"
    RECORD_NUMBER = "record_number"
    ACCESSION_NUMBER = "accession_number"
    DATE_OF_BIRTH = "date_of_birth"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    IDENTIFIER = "identifier"

    @property
    def label(self) -> str:
        """The bracketed text that replaces it: "[record number]"."""
        return "[" + self.value.replace("_", " ") + "]"


@dataclass(frozen=True, slots=True)
class Identifier:
    """One identifier: ``text[start:end]`` is the value (never its label)."""

    kind: IdentifierKind
    start: int
    end: int


_SEP = r"[ \t]*(?:[:#=]|\s[-–]\s)[ \t]*"  # "MRN: ", "Patient name - ", "Acc#"
# The separator may be left out ("MRN 7730021948"), but then the label must end a word.
_LOOSE = r"(?![^\W\d_])[ \t]*(?:[#.]?[ \t]*[:=]|[#.]|\s[-–]\s)?[ \t]*"
_UP = r"(?-i:[A-ZÀ-ÖØ-Þ])"  # names start with a capital, so "Patient: no symptoms" keeps its words
_LETTERS = r"[^\W\d_]"
# A name word: "Okonkwo-Baines", "O'Brien", "K.", or a particle ("van", "de"); never a label word.
_STOP = (r"(?!(?:mrn|dob|d\.o\.b|id|acc|accession|exam|date|age|sex|gender|record|nhs|hospital|study|ref"
         r"|referring|ordering|birth|name|patient|pt|phone|tel|fax|email|address|no|not|none|nil|unknown"
         r"|female|male|woman|man|asymptomatic)\b)")
_WORD = (rf"(?:{_STOP}{_UP}(?:\.|{_LETTERS}*(?:['’-]{_LETTERS}+)*)"  # a word ends before a full stop, an initial keeps it
         rf"|(?-i:van|von|de|der|den|da|di|del|la|le|du|bin|al)(?=[ ]{_UP}))")
_TITLE = r"(?-i:Dr|Mrs|Mr|Ms|Miss|Prof|DR|MRS|MR|MS|PROF)\.?[ ]"
_NAME = rf"(?:{_TITLE})?{_WORD}(?:[ ]{_WORD}){{0,4}}(?:,[ ]?{_WORD}(?:[ ]{_WORD}){{0,3}})?"
_CHUNK = r"[A-Z0-9]+(?:[-/.][A-Z0-9]+)*"
_NUMBER = rf"(?=[A-Z0-9./-]*\d){_CHUNK}(?:[ ]\d{{2,}}(?![\w:/]))*(?:[ \t]*/[ \t]*(?=[A-Z0-9./-]*\d){_CHUNK})*"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
         rf"|\d{{1,2}}[ -]{_MONTH}[ -]\d{{2,4}}|{_MONTH}[ ]\d{{1,2}},?[ ]\d{{4}})(?!\d)")
_STREET = (r"(?-i:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Parkway|Pkwy"
           r"|Terrace|Circle|Highway|Hwy|Close|Crescent|Square|STREET|ROAD|AVENUE|LANE|DRIVE|BOULEVARD|PARKWAY)\b\.?")
_CITY_WORD = rf"{_UP}{_LETTERS}*(?:['’-]{_LETTERS}+)*"


def _labelled(labels: str, value: str, sep: str = _SEP) -> str:
    # The label starts a word, and never right after "[": our own "[date of birth]" is not a label.
    return rf"(?<![\w\-\[])(?:{labels}){sep}(?P<value>{value})"


_ROLE = r"(?:physician|doctor|provider|clinician|radiologist|md|gp|consultant)"
_NAME_LABELS = (
    # A bare "Name:" only where no word comes before it: "Exam name: MAMMO SCREENING" is not a person.
    r"patient(?:'s)?(?:[ ]+(?:full[ ]+)?name)?|pt(?:[ ]+name)?|pt\.|(?:full|first|last|given)[ ]+name|surname"
    rf"|forename|(?<![\w-][ ])name|(?:referring|ordering|requesting|attending)(?:[ ]+{_ROLE})?"
    rf"|(?:interpreting|reporting|reading)[ ]+{_ROLE}|radiologist|physician|consultant|gp|clinician"
    r"|(?:reported|read|verified|approved|transcribed)[ ]+by|copy[ ]+to"
)
_PATTERNS: tuple[tuple[IdentifierKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE | re.MULTILINE)) for kind, pattern in (
        (IdentifierKind.EMAIL, r"(?<![\w.+-])(?P<value>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
        (IdentifierKind.DATE_OF_BIRTH, _labelled(
            r"dob|d\.o\.b\.?|date[ ]+of[ ]+birth|birth[ ]*date|born(?:[ ]+on)?", _DATE, _LOOSE)),
        (IdentifierKind.IDENTIFIER, _labelled(
            r"ssn|social[ ]+security(?:[ ]+(?:number|no\.?))?|(?:insurance|member|policy)[ ]+(?:id|number|no\.?)",
            _NUMBER, _LOOSE)),
        (IdentifierKind.RECORD_NUMBER, _labelled(
            r"mrn|m\.r\.n\.?|(?:medical[ ]+)?record(?:[ ]*(?:number|no\.?|#))?|rec\.?[ ]*(?:no\.?|#)"
            r"|patient[ ]+(?:id|identifier|number|no\.?)|pt\.?[ ]*(?:id|#|no\.?)|hospital[ ]+(?:number|no\.?|id)"
            r"|hosp\.?[ ]*no\.?|nhs(?:[ ]*(?:number|no\.?))?|chi(?:[ ]*(?:number|no\.?))?|unit[ ]+(?:number|no\.?)"
            r"|urn?(?:[ ]*(?:number|no\.?))?|chart[ ]*(?:number|no\.?)|id", _NUMBER, _LOOSE)),
        (IdentifierKind.ACCESSION_NUMBER, _labelled(
            r"accession(?:[ ]*(?:number|no\.?))?|acc(?:[ ]*(?:number|no\.?))?|acc\.|(?:exam|examination|study|order"
            r"|visit|encounter|requisition)[ ]*(?:number|no\.?|#|id)", _NUMBER, _LOOSE)),
        (IdentifierKind.PHONE, _labelled(
            r"phone|telephone|tel|fax|mobile|cell|ph|contact(?:[ ]+(?:number|no\.?))?",
            r"\+?\(?\d[\d ().-]{5,18}\d(?!\d)", _LOOSE)),
        (IdentifierKind.PHONE, r"(?<![\w+.-])(?P<value>\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5})(?![\w-])"),
        (IdentifierKind.PHONE, r"(?<![\w.-])(?P<value>(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4})(?![\w-])"),
        (IdentifierKind.IDENTIFIER, r"(?<![\w-])(?P<value>\d{3}-\d{2}-\d{4})(?![\w-])"),
        (IdentifierKind.ADDRESS, r"(?<![\w-])(?:address|addr\.?|home[ ]+address)[ \t]*[:#][ \t]*(?P<value>[^\n]*[^\s])"),
        (IdentifierKind.ADDRESS, rf"(?<![\w.,/-])(?P<value>\d{{1,5}}(?-i:[A-Z])?[ ](?:{_CITY_WORD}[ ]){{1,4}}{_STREET}"
         rf"(?:,?[ ](?:suite|ste|apt|unit|floor|fl)\.?[ ]?\w+)?(?:,[ ]{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,3}})?"
         r"(?:,?[ ](?-i:[A-Z]{2})[ ]\d{5}(?:-\d{4})?|,?[ ](?-i:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}))?)"),
        (IdentifierKind.NAME, rf"(?<![\w\-\[])(?:{_NAME_LABELS}){_SEP}(?P<value>{_NAME})"),
        (IdentifierKind.NAME, rf"(?<![\w-])(?:dictated|(?:electronically[ ]+)?signed(?:[ ]+off)?)[ ]+by{_LOOSE}(?P<value>{_NAME})"),
        (IdentifierKind.NAME, rf"(?<![\w-])(?-i:Dr|Mrs|Mr|Ms|Miss|Prof)\.?[ ](?P<value>{_NAME})"),
    )
)


def find_identifiers(text: str) -> tuple[Identifier, ...]:
    """Every identifier in ``text``, in order, never overlapping (the earlier, then longer one wins).

    "Patient: OLESKY, MARGUERITE A.  MRN: 00483921" gives a name and a record number; "Comparison:
    03/14/2024" and "8 mm mass at 2:00, 4 cm from the nipple" give nothing.
    """
    found = [Identifier(kind, m.start("value"), m.end("value"))
             for kind, pattern in _PATTERNS for m in pattern.finditer(text) if m.end("value") > m.start("value")]
    found.sort(key=lambda i: (i.start, -i.end))
    kept: list[Identifier] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return tuple(kept)


def redact(text: str) -> str:
    """``text`` with each identifier replaced by its label: "MRN: 00483921" -> "MRN: [record number]"."""
    parts: list[str] = []
    position = 0
    for item in find_identifiers(text):
        parts += [text[position:item.start], item.kind.label]
        position = item.end
    parts.append(text[position:])
    return "".join(parts)


_PREVIEW_FROM = (SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.ASSESSMENT)


def redaction_preview(text: str, limit: int = 160) -> str:
    """A one-line redacted preview of at most ``limit`` characters, from the findings when the report has
    them (the header block's names and numbers say nothing about the report), else from its start.
    """
    redacted = redact(text)
    sections = split_sections(redacted)
    starts = [s.body.start for s in sections if s.kind in _PREVIEW_FROM and s.body.text.strip()]
    start = min(starts) if starts else 0
    line = " ".join(redacted[start:].split()) or " ".join(redacted.split())
    if len(line) <= limit:
        return line
    cut = line[: max(limit - 1, 1)]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"
