"""Show what the engine read from a report: exam, category, density, findings, next steps, the text.

Report text is always HTML-escaped before it is shown; highlighting uses the engine's offsets and never
searches the text again.
"""

from __future__ import annotations

import html
import re

import pandas as pd
import streamlit as st

from readingscan import load_glossary
from readingscan.explain import explain
from readingscan.glossary import link_terms
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


def render_plain_words(report: Report) -> None:
    """The explanation in plain words, glossary terms linked (first mention per section)."""
    glossary = load_glossary()
    words = explain(report)
    st.subheader("In plain words")
    st.markdown(link_terms(words.summary, glossary))
    st.caption(f"Source: {words.category_source}")
    st.markdown(link_terms(words.density, glossary))
    if report.density:
        st.caption(f"Sources: {words.density_source}")
    lines = []
    for item in words.findings:
        why = f" — {escape_markdown(item.why)}" if item.why else ""
        lines.append(f"- **{item.title}** ({item.status}): {item.sentence}{why}")
    if lines:
        st.markdown(link_terms("\n".join(lines), glossary))


def render(report: Report) -> None:
    """The engine's reading of one report, section by section."""
    exam = report.exam
    cols = st.columns(3)
    modalities = ", ".join(m.value.replace("_", " ") for m in exam.modalities) or "not stated"
    cols[0].metric("Exam", modalities, help="Read from the report's title and technique")
    category = report.assessment.overall.value if report.assessment.overall else "not written"
    cols[1].metric("BI-RADS category", category)
    cols[2].metric("Breast density", report.density.category.value.upper() if report.density else "not stated")
    if report.assessment.by_breast:
        st.caption("Per breast: " + "; ".join(f"{b.value} {c.value}" for b, c in report.assessment.by_breast))
    for warning in report.warnings:
        st.warning(warning, icon=":material/report:")
    render_plain_words(report)
    st.subheader("Findings")
    if report.findings:
        st.dataframe(findings_table(report), hide_index=True, key="findings_table")
    else:
        st.write("No findings were described in words we know.")
    if report.recommendations:
        st.subheader("Next steps the report recommends")
        st.write(", ".join(r.kind.value.replace("_", " ") for r in report.recommendations))
    with st.expander("Your report text, with what we read marked", expanded=False):
        spans = [f.evidence for f in report.findings] + list(report.assessment.evidence)
        if report.density:
            spans.append(report.density.evidence)
        st.html(highlighted_html(report.text, spans))
