"""The explanation as files a person can keep: Markdown and PDF (with the disclaimer and the date).

Built in memory and handed to the browser; nothing is written to the server's disk.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from readingscan.explain.text import Explanation, explain, explain_markdown
from readingscan.model import Report

__all__ = ["explanation_markdown", "explanation_pdf"]


def explanation_markdown(report: Report, today: date | None = None) -> str:
    """The explanation as Markdown (the same text the CLI prints with --format markdown)."""
    return explain_markdown(report, today)


def _plain(text: str) -> str:
    """Our Markdown emphasis removed, and characters the PDF's built-in font lacks replaced."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = text.replace("\u2019", "'").replace("\u2014", "-").replace("\u2013", "-")
    return unicodedata.normalize("NFKD", text).encode("latin-1", "ignore").decode("latin-1")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(_plain(text)), style)


def _bullets(items: tuple[str, ...] | list[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable([ListItem(_para(item, style), leftIndent=10) for item in items], bulletType="bullet", start="-")


def explanation_pdf(report: Report, today: date | None = None) -> bytes:
    """A one- or two-page PDF of the explanation, made in memory."""
    words: Explanation = explain(report)
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=11, leading=15)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontSize=13, spaceBefore=10)
    story = [_para("Your breast imaging report in plain words", styles["Title"]),
             _para(f"Made by ReadingScan on {(today or date.today()).isoformat()}", small), Spacer(1, 4 * mm),
             _para("Summary", heading), _para(words.summary, body), _para(f"Source: {words.category_source}", small),
             _para("Breast density", heading), _para(words.density, body)]
    if report.density:
        story.append(_para(f"Sources: {words.density_source}", small))
    story.append(_para("What the report describes", heading))
    if words.findings:
        story.append(_bullets([f"{f.title} ({f.status}): {f.sentence}" + (f" ({f.why})" if f.why else "")
                               for f in words.findings], body))
    else:
        story.append(_para("The report describes no findings in words we know.", body))
    story += [_para("Next steps the report recommends", heading),
              _bullets(list(words.next_steps) or ["The report gives no next step in words we know."], body),
              _para("Questions to ask your doctor", heading), _bullets(words.questions, body)]
    if words.warnings:
        story += [_para("Please note", heading), _bullets(words.warnings, body)]
    story += [Spacer(1, 6 * mm), HRFlowable(width="100%", color=colors.grey), _para(words.disclaimer, small)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title="ReadingScan explanation", author="ReadingScan",
                                 leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    document.build(story)
    return buffer.getvalue()
