"""The explanation as files a person can keep: Markdown and PDF (with the disclaimer and the date).

Built in memory and handed to the browser; nothing is written to the server's disk.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import HRFlowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from readingscan.content import load_content
from readingscan.explain.descriptors import detail_line
from readingscan.explain.text import Explanation, FindingText, explain, explain_markdown
from readingscan.explain.words import wording
from readingscan.model import Report

__all__ = ["ExportError", "explanation_markdown", "explanation_pdf"]


def explanation_markdown(report: Report, today: date | None = None) -> str:
    """The explanation as Markdown (the same text the CLI prints with --format markdown)."""
    return explain_markdown(report, today)


# Chinese needs a font of its own, embedded, so the PDF shows no missing-glyph boxes on a device without one:
# WenQuanYi Micro Hei (Debian fonts-wqy-microhei, packages.txt), whose TrueType outlines reportlab can embed.
CJK_FONT_FILES = (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),)
_CJK_FONT = "ReadingScanCJK"


class ExportError(RuntimeError):
    """The PDF cannot be made here: its language's font is not installed (the message says which package)."""


@dataclass(frozen=True, slots=True)
class _Fonts:
    regular: str
    bold: str
    embedded: bool  # a Unicode font of ours; else the viewer's built-in Helvetica, which has Latin-1 only
    wrap: str | None  # reportlab's wordWrap: "CJK" breaks lines between any two Chinese characters


@cache
def _fonts(language: str) -> _Fonts:
    if language != "zh-Hant":
        return _Fonts("Helvetica", "Helvetica-Bold", embedded=False, wrap=None)
    path = next((p for p in CJK_FONT_FILES if p.is_file()), None)
    if path is None:
        raise ExportError(f"no font for a {language} PDF: install the Debian package fonts-wqy-microhei")
    pdfmetrics.registerFont(TTFont(_CJK_FONT, str(path), subfontIndex=0))
    return _Fonts(_CJK_FONT, _CJK_FONT, embedded=True, wrap="CJK")


def _plain(text: str, embedded: bool = False) -> str:
    """Our Markdown emphasis removed; for the built-in font, the characters it lacks replaced (accents kept)."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    if embedded:
        return text
    text = text.replace("\u2019", "'").replace("\u2014", "-").replace("\u2013", "-")
    return unicodedata.normalize("NFKC", text).encode("latin-1", "ignore").decode("latin-1")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(_plain(text, style.fontName == _CJK_FONT)), style)


def _bullets(items: tuple[str, ...] | list[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable([ListItem(_para(item, style), leftIndent=10) for item in items], bulletType="bullet", start="-")


def _finding_line(item: FindingText) -> str:
    """One finding as the PDF lists it: "Left breast: mass (seen): The report describes ... (read as ...)"."""
    text = wording().export
    line = text.finding.format(title=item.title, status=item.status, sentence=item.sentence)
    return f"{line} {text.finding_why.format(why=item.why)}" if item.why else line


def explanation_pdf(report: Report, today: date | None = None) -> bytes:
    """A one- or two-page PDF of the explanation in the run's language, made in memory.

    Raises ExportError when the language's font is not installed (the screen says so in the person's words).
    """
    language = load_content().language  # also the PDF's /Lang: a screen reader reads the file in its voice
    fonts = _fonts(language)
    words: Explanation = explain(report)
    text, heading_text = wording().export, wording().export.headings
    styles = getSampleStyleSheet()
    wrap = {"wordWrap": fonts.wrap} if fonts.wrap else {}
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=11, leading=15, fontName=fonts.regular, **wrap)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontSize=13, spaceBefore=10, fontName=fonts.bold,
                             **wrap)
    title = ParagraphStyle("title", parent=styles["Title"], fontName=fonts.bold, **wrap)
    made = text.made_on.format(date=(today or date.today()).isoformat())
    story = [_para(text.title, title), _para(made, small), Spacer(1, 4 * mm),
             _para(heading_text.summary, heading),
             *([_para(words.heading, ParagraphStyle("category", parent=body, fontName=fonts.bold))]
               if words.heading else []),
             _para(words.summary, body),
             *([_para(words.category_note, body)] if words.category_note else []),
             _para(text.source.format(source=words.category_source), small),
             _para(heading_text.density, heading), _para(words.density, body)]
    if report.density:
        story.append(_para(text.sources.format(sources=words.density_source), small))
    if words.tissue_heading:
        story += [_para(words.tissue_heading, heading),
                  *(_para(t, body) for t in (words.background_enhancement, words.fibroglandular_tissue) if t),
                  _para(text.sources.format(sources=words.tissue_sources), small)]
    story.append(_para(heading_text.findings, heading))
    detail = ParagraphStyle("detail", parent=body, leftIndent=18)
    detail_sources = ParagraphStyle("detail_sources", parent=small, leftIndent=18)
    for item in words.findings:  # each with its descriptors in plain words and their sources
        story.append(_bullets([_finding_line(item)], body))
        story += [_para(detail_line(d), detail) for d in item.details]
        if item.sources:
            story.append(_para(text.sources.format(sources="; ".join(item.sources)), detail_sources))
    if not words.findings:
        story.append(_para(text.no_findings, body))
    story += [_para(heading_text.next_steps, heading),
              _bullets(list(words.next_steps) or [text.no_next_step], body),
              _para(heading_text.questions, heading), _bullets(words.questions, body)]
    if words.warnings:
        story += [_para(heading_text.notes, heading), _bullets(words.warnings, body)]
    story += [Spacer(1, 6 * mm), HRFlowable(width="100%", color=colors.grey), _para(words.disclaimer, small)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=text.document_title, author="ReadingScan", lang=language,
                                 leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    document.build(story)
    return buffer.getvalue()
