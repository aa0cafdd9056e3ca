"""A report pasted as an HL7 v2 message (an ORU^R01 result, as RIS and EHR interfaces send it): the report is the text
of its OBX observation values (and NTE notes), one segment a line; the message's other fields (the patient's
identifiers in PID, codes such as "18111-5^MG BREAST LEFT DX^LN") are no part of it. python-hl7 parses the message
and undoes its escapes ("\\.br\\" a line break, "\\F\\" a bar).

A result export may hold the segments alone, with no MSH header, between lines of its own ("RESULT EXPORT -- ...",
then "OBX|1|TX|77067^MAMMO...||EXAM: ...||||||F" a line): each segment becomes its text, the other lines stay. A portal
PDF may have run several segments into one line: a segment begins wherever its name and sequence number stand."""

from __future__ import annotations

import re

import hl7

_MESSAGE = re.compile(r"\A\s*MSH\|")
# A bare segment's start: at a line start or after a space, its name and sequence number ("OBX|7|", "NTE|1|").
_SEGMENT = re.compile(r"(?:^|(?<=[ \t]))(?=(?:OBX|NTE)\|\d+\|)", re.MULTILINE)
_BARE_HEADER = "MSH|^~\\&|"
_BARE_AT_LEAST = 2  # segments at line starts: one "OBX|" alone may be a word of the text
_PROCEDURE = 4  # OBR-4: the universal service id ("77065^MAMMO DIAGNOSTIC LEFT W MAG^CPT"), its text the exam's title
_VALUE = 5  # OBX-5: the observation value
_NOTE = 3  # NTE-3: a note's text


def report_text(text: str) -> str:
    """The report an HL7 v2 message carries, or ``text`` itself when it is no such message (or holds no text)."""
    if not _MESSAGE.match(text):
        return _bare_segments(text)
    try:
        message = hl7.parse("\r".join(line for line in text.split("\n") if line.strip()))
        lines = [line for segment in message for line in _lines(message, segment)]
    except Exception:  # python-hl7 asserts on some malformed input: any failure reads the text as written
        return text
    report = "\n".join(line.replace("\r", "\n") for line in lines if line.strip())
    return report if report.strip() else text


def _lines(message: hl7.Message, segment: hl7.Segment) -> list[str]:
    """A segment's report text: OBX-5, NTE-3, or OBR-4's text component (the procedure's name)."""
    kind = str(segment[0])
    if kind == "OBR" and len(segment) > _PROCEDURE:
        components = str(segment[_PROCEDURE]).split(message.separators[3] if len(message.separators) > 3 else "^")
        return [message.unescape(components[1])] if len(components) > 1 else []
    field = {"OBX": _VALUE, "NTE": _NOTE}.get(kind)
    return [message.unescape(str(segment[field]))] if field is not None and len(segment) > field else []


def _bare_segments(text: str) -> str:
    """``text`` with each bare OBX/NTE segment replaced by its text, or ``text`` itself when it holds too few."""
    if sum(1 for m in _SEGMENT.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n") < _BARE_AT_LEAST:
        return text
    pieces = _SEGMENT.split(text)
    out = [pieces[0].rstrip(" \t")] if pieces[0].strip() else []
    for piece in pieces[1:]:
        segment, _, rest = piece.partition("\n")
        try:
            message = hl7.parse(_BARE_HEADER + "\r" + segment.rstrip())
            value = "\n".join(_lines(message, message[1]))
        except Exception:  # a malformed segment reads as written
            value = segment
        out.append(value + ("\n" + rest if rest else ""))
    return "\n".join(part.rstrip("\n") if i < len(out) - 1 else part for i, part in enumerate(out))
