"""Pieces for showing what the engine read: the findings table, escaped and highlighted report text.

Report text is always HTML-escaped before it is shown; highlighting uses the engine's offsets and never
searches the text again.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from readingscan.models import Finding, Report, Span

_STATUS_BADGE = {"present": "present", "possible": "possible", "absent": "said to be absent"}


def findings_table(report: Report) -> pd.DataFrame:
    rows = []
    for number, finding in enumerate(report.findings, start=1):
        rows.append({
            "#": number,
            "finding": finding.label or finding.kind.value.replace("_", " "),
            "breast": finding.breast.value if finding.breast else "not stated",
            "status": _STATUS_BADGE[finding.status.value] + (" · stable" if finding.stable else ""),
            "shape": ", ".join(m.value.replace("_", " ") for m in finding.morphology),
            "pattern": finding.distribution.value if finding.distribution else "",
            "where": _where(finding),
            "size (mm)": finding.size_mm,
            "why": _why(finding),
        })
    return pd.DataFrame(rows)


def _where(finding: Finding) -> str:
    loc = finding.location
    if loc is None:
        return ""
    parts = [f"{loc.clock} o'clock" if loc.clock else "", loc.quadrant.value.replace("_", " ") if loc.quadrant else "",
             f"{loc.depth.value} depth" if loc.depth else ""]
    return ", ".join(p for p in parts if p)


def _why(finding: Finding) -> str:
    if finding.status_trigger is None:
        return ""
    verb = "not present" if finding.status.value == "absent" else "possible"
    return f"read as {verb} because of '{finding.status_trigger.text}'"


def highlighted_html(text: str, spans: list[Span], selected: Span | None = None) -> str:
    """The report text, escaped, with each span wrapped in <mark> (overlaps merged); the ``selected``
    span's mark carries the class rs-selected and an id to link to."""
    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        chosen = selected is not None and start <= selected.start < end
        attrs = " class='rs-selected' id='rs-selected'" if chosen else ""
        out.append(f"<mark{attrs}>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "<div class='rs-report-text' style='white-space: pre-wrap; font-family: inherit'>" + "".join(out) + "</div>"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_markdown(text: str) -> str:
    """Report words shown inside our Markdown: every Markdown character escaped, so they stay text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
