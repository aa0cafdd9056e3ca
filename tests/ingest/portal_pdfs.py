"""Reports as a patient portal prints them: a PDF built in memory by one of two PDF writers.

Every page has the centre's letterhead (page 1) or a running header naming the patient (later
pages), and a footer with a patient line (name, MRN, date of birth) and "Page n of m". The body is
either the report flowed through two balanced columns, or a right/left table between full-width
text. Two writers (reportlab's platypus and fpdf2) lay out and wrap the text their own way, so the
reader is tested on positions it did not choose.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal
from xml.sax.saxutils import escape

from fpdf import FPDF
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate, Paragraph, Spacer
from reportlab.platypus.flowables import BalancedColumns
from reportlab.platypus.tables import Table, TableStyle

__all__ = ["CENTRE", "FOOTER", "LETTERHEAD", "PATIENT", "RUNNING_HEADER", "WRITERS", "Setting", "Sides", "Writer", "portal_pdf"]

Writer = Literal["reportlab", "fpdf2"]
WRITERS: tuple[Writer, ...] = ("reportlab", "fpdf2")

CENTRE = "HARBOUR VIEW BREAST IMAGING"
LETTERHEAD = (
    CENTRE,
    "1200 Harbour Road, Suite 4, Springfield  |  Tel (555) 010-2233",
    "Patient: DOE, JANE    MRN: 00482913    DOB: 03/02/1961",
    "Accession: MG24-118342    Exam date: 05/03/2024    Referrer: Dr A. Smith",
)
RUNNING_HEADER = f"{CENTRE} - DOE, JANE - MRN: 00482913 (continued)"
PATIENT = "DOE, JANE  |  MRN 00482913  |  DOB 03/02/1961  |  Printed 06/03/2024 09:14"
FOOTER = "Page {page} of {pages}"
TITLE = "BREAST IMAGING REPORT"

WIDTH, HEIGHT = LETTER
FIRST_TOP, LATER_TOP, BOTTOM = 120.0, 80.0, 70.0  # the letterhead is taller than the running header
SIZE, LEADING = 9.0, 11.0
_STAMP = datetime(2024, 3, 6, 9, 14, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Setting:
    """Where the text stands: side margins and the gutter between the columns, in points."""

    margin: float = 54.0  # three-quarter-inch side margins, as portals print
    gutter: float = 18.0


@dataclass(frozen=True, slots=True)
class Sides:
    """A right/left table between full-width text: ``columns`` are (header, lines) from left to right."""

    before: str
    columns: tuple[tuple[str, str], tuple[str, str]]
    after: str


def portal_pdf(report: str | Sides, writer: Writer = "reportlab", setting: Setting = Setting()) -> bytes:
    """The report as a portal PDF: two balanced columns for a text, a right/left table for ``Sides``."""
    build = _reportlab if writer == "reportlab" else _fpdf2
    # "Page n of m" needs m: lay the document out once to count its pages, then again to print them.
    _, pages = build(report, setting, 0)
    data, again = build(report, setting, pages)
    assert again == pages, "the page count changed between the two passes"
    return data


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip("\n").splitlines()]


def _heading(line: str) -> bool:
    """Portals set section titles ("IMPRESSION:", "RIGHT BREAST") in bold."""
    return line.endswith(":") or (line.isupper() and len(line) < 50)


# --- reportlab (platypus) -------------------------------------------------------------------------

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=SIZE, leading=LEADING)
_BOLD = ParagraphStyle("bold", parent=_BODY, fontName="Helvetica-Bold")
_TITLE = ParagraphStyle("title", parent=_BODY, fontName="Helvetica-Bold", fontSize=12, leading=16, spaceAfter=8)


def _flowables(text: str) -> list[Flowable]:
    """One paragraph per report line; a blank line is a little vertical space."""
    return [
        Paragraph(escape(line), _BOLD if _heading(line) else _BODY) if line else Spacer(1, LEADING / 2)
        for line in _lines(text)
    ]


def _reportlab_story(report: str | Sides, setting: Setting) -> list[Flowable]:
    if isinstance(report, str):
        return [Paragraph(TITLE, _TITLE), BalancedColumns(_flowables(report), nCols=2, innerPadding=setting.gutter)]
    cells = [[Paragraph(escape(header), _BOLD) for header, _ in report.columns], [_flowables(text) for _, text in report.columns]]
    table = Table(cells, colWidths=[(WIDTH - 2 * setting.margin) / 2] * 2)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "#888888"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [*_flowables(report.before), Spacer(1, LEADING), table, Spacer(1, LEADING), *_flowables(report.after)]


def _reportlab(report: str | Sides, setting: Setting, pages: int) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=LETTER, invariant=1)
    margin = setting.margin

    def frame(name: str, top: float) -> Frame:
        return Frame(margin, BOTTOM, WIDTH - 2 * margin, HEIGHT - top - BOTTOM, leftPadding=0, rightPadding=0, id=name)

    def furniture(canvas: Canvas, doc: Any) -> None:
        _reportlab_furniture(canvas, margin, doc.page, pages)

    document.addPageTemplates([
        PageTemplate("first", [frame("first", FIRST_TOP)], onPage=furniture),
        PageTemplate("later", [frame("later", LATER_TOP)], onPage=furniture),
    ])
    document.build([NextPageTemplate("later"), *_reportlab_story(report, setting)])
    return buffer.getvalue(), document.page


def _reportlab_furniture(canvas: Canvas, margin: float, page: int, pages: int) -> None:
    canvas.saveState()
    top = HEIGHT - 40
    if page == 1:
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(margin, top, LETTERHEAD[0])
        canvas.setFont("Helvetica", 8)
        for number, line in enumerate(LETTERHEAD[1:], start=1):
            canvas.drawString(margin, top - 4 - 11 * number, line)
        canvas.line(margin, HEIGHT - FIRST_TOP + 8, WIDTH - margin, HEIGHT - FIRST_TOP + 8)
    else:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(margin, top, RUNNING_HEADER)
        canvas.line(margin, HEIGHT - LATER_TOP + 8, WIDTH - margin, HEIGHT - LATER_TOP + 8)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawCentredString(WIDTH / 2, 44, PATIENT)
    canvas.drawCentredString(WIDTH / 2, 32, FOOTER.format(page=page, pages=pages))
    canvas.restoreState()


# --- fpdf2 ---------------------------------------------------------------------------------------


class _Portal(FPDF):
    """fpdf2 calls header() and footer() on every page it starts and ends."""

    def __init__(self, margin: float, pages: int) -> None:
        super().__init__(unit="pt", format="Letter")
        self.pages_total = pages
        self.set_margins(margin, FIRST_TOP, margin)
        self.set_auto_page_break(auto=True, margin=BOTTOM)
        self.set_creation_date(_STAMP)  # stable output, so failures reproduce exactly

    def header(self) -> None:
        self.set_y(32)
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 13)
            self.cell(text=LETTERHEAD[0], new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 8)
            for line in LETTERHEAD[1:]:
                self.cell(text=line, h=11, new_x="LMARGIN", new_y="NEXT")
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(text=RUNNING_HEADER, new_x="LMARGIN", new_y="NEXT")
        top = FIRST_TOP if self.page_no() == 1 else LATER_TOP
        self.line(self.l_margin, top - 8, WIDTH - self.r_margin, top - 8)
        self.set_y(top)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 7.5)
        self.set_y(HEIGHT - 52)
        self.cell(w=0, h=11, text=PATIENT, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(w=0, h=11, text=FOOTER.format(page=self.page_no(), pages=self.pages_total), align="C")


def _fpdf_text(pdf: FPDF, text: str, write: Callable[[str, bool], None]) -> None:
    for line in _lines(text):
        if line:
            write(line, _heading(line))
        else:
            pdf.ln(LEADING / 2)


def _fpdf2(report: str | Sides, setting: Setting, pages: int) -> tuple[bytes, int]:
    pdf = _Portal(setting.margin, pages)
    pdf.add_page()
    # Later pages start below the shorter running header.
    pdf.set_top_margin(LATER_TOP)
    if isinstance(report, str):
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(text=TITLE, h=16, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        with pdf.text_columns(ncols=2, gutter=setting.gutter, balance=True, line_height=LEADING / SIZE) as columns:
            body = _body_font(pdf, report)
            for line in _lines(report):
                pdf.set_font(body, "B" if _heading(line) else "", SIZE)
                with columns.paragraph() as paragraph:
                    paragraph.write(line or " ")
    else:
        _fpdf_sides(pdf, report)
    return bytes(pdf.output()), pdf.page_no()


_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf"  # fonts-dejavu-core (Makefile TEST_PACKAGES)


def _body_font(pdf: FPDF, text: str) -> str:
    """Helvetica, as most portals print; a Unicode font when the report has letters Helvetica lacks (a name
    in Arabic script, a Chinese hospital's name), as a portal printing it would embed one."""
    try:
        text.encode("latin-1")
        return "Helvetica"
    except UnicodeEncodeError:
        pdf.add_font("DejaVu", "", _DEJAVU.format(""))
        pdf.add_font("DejaVu", "B", _DEJAVU.format("-Bold"))
        return "DejaVu"


def _fpdf_sides(pdf: FPDF, report: Sides) -> None:
    def write(line: str, bold: bool) -> None:
        pdf.set_font("Helvetica", "B" if bold else "", SIZE)
        pdf.multi_cell(w=0, h=LEADING, text=line, new_x="LMARGIN", new_y="NEXT")

    _fpdf_text(pdf, report.before, write)
    pdf.ln(LEADING)
    pdf.set_font("Helvetica", "", SIZE)
    with pdf.table(col_widths=(1, 1), line_height=LEADING, text_align="LEFT", padding=4) as table:
        table.row([header for header, _ in report.columns])
        table.row(["\n".join(_cell(text)) for _, text in report.columns])
    pdf.ln(LEADING)
    _fpdf_text(pdf, report.after, write)


def _cell(text: str) -> Sequence[str]:
    return [line for line in _lines(text) if line]
