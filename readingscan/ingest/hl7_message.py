"""A report pasted as an HL7 v2 message (an ORU^R01 result, as RIS and EHR interfaces send it): the report is the text
of its OBX observation values (and NTE notes), one segment a line; the message's other fields (the patient's
identifiers in PID, codes such as "18111-5^MG BREAST LEFT DX^LN") are no part of it. python-hl7 parses the message
and undoes its escapes ("\\.br\\" a line break, "\\F\\" a bar)."""

from __future__ import annotations

import re

import hl7

_MESSAGE = re.compile(r"\A\s*MSH\|")
_PROCEDURE = 4  # OBR-4: the universal service id ("77065^MAMMO DIAGNOSTIC LEFT W MAG^CPT"), its text the exam's title
_VALUE = 5  # OBX-5: the observation value
_NOTE = 3  # NTE-3: a note's text


def report_text(text: str) -> str:
    """The report an HL7 v2 message carries, or ``text`` itself when it is no such message (or holds no text)."""
    if not _MESSAGE.match(text):
        return text
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
