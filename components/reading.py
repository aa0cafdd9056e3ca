"""Pieces for showing what the engine read: the findings table, escaped and highlighted report text.

Report text is always HTML-escaped before it is shown; highlighting uses the engine's offsets and never
searches the text again.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from readingscan import Report, Span, place_words, term_words, why_words

_STATUS_BADGE = {"present": "present", "possible": "possible", "absent": "said to be absent"}


def findings_table(report: Report) -> pd.DataFrame:
    rows = []
    for number, finding in enumerate(report.findings, start=1):
        rows.append({
            "#": number,
            "finding": finding.label or term_words(finding.kind),
            "breast": finding.breast.value if finding.breast else "not stated",
            "status": _STATUS_BADGE[finding.status.value] + (" · stable" if finding.stable else ""),
            "shape": ", ".join(term_words(m) for m in finding.morphology),
            "pattern": term_words(finding.distribution) if finding.distribution else "",
            "where": place_words(finding),
            "size (mm)": finding.size_mm,
            "why": why_words(finding),
        })
    return pd.DataFrame(rows)


UNSURE_TITLE = "Hard to read in the picture: check this word against the paper report"


def highlighted_html(text: str, spans: list[Span], selected: Span | None = None, unsure: tuple[Span, ...] = ()) -> str:
    """The report text, escaped, with each span wrapped in <mark> (overlaps merged); the ``selected``
    span's mark carries the class rs-selected and an id to link to. ``unsure`` spans (words OCR read
    with low confidence) get a dotted underline, <u class='rs-unsure'>, inside or outside the marks."""
    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    doubtful = sorted((s.start, s.end) for s in unsure)
    out, pos = [], 0
    for start, end in merged:
        out.append(_with_unsure(text, pos, start, doubtful))
        chosen = selected is not None and start <= selected.start < end
        attrs = " class='rs-selected' id='rs-selected'" if chosen else ""
        out.append(f"<mark{attrs}>{_with_unsure(text, start, end, doubtful)}</mark>")
        pos = end
    out.append(_with_unsure(text, pos, len(text), doubtful))
    return "<div class='rs-report-text' style='white-space: pre-wrap; font-family: inherit'>" + "".join(out) + "</div>"


def _with_unsure(text: str, start: int, end: int, doubtful: list[tuple[int, int]]) -> str:
    """text[start:end], escaped, with the parts inside ``doubtful`` ranges underlined (clipped to the range)."""
    out, pos = [], start
    for a, b in doubtful:
        a, b = max(a, pos), min(b, end)
        if a >= b:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f"<u class='rs-unsure' title='{UNSURE_TITLE}' style='{_UNSURE_STYLE}'>{html.escape(text[a:b])}</u>")
        pos = b
    out.append(html.escape(text[pos:end]))
    return "".join(out)


_UNSURE_STYLE = "text-decoration: underline dotted #c2410c; text-decoration-thickness: 2px; text-underline-offset: 3px"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_markdown(text: str) -> str:
    """Report words shown inside our Markdown: every Markdown character escaped, so they stay text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
