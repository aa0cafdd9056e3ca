"""Build the files ingest reads, in memory, at test time: no binary fixtures in the repository.

PDFs come from reportlab, Word files from python-docx, pictures from Pillow (a reportlab dependency),
ZIP archives from the standard library. Every builder returns ``bytes``.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Sequence

from docx import Document as new_docx
from PIL import Image
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 72.0
LEADING = 14.0
FONT = ("Helvetica", 11)

# A table row given to make_docx: a sequence of cell texts.
Row = Sequence[str]


def _canvas(buffer: io.BytesIO, encrypt: str | StandardEncryption | None = None) -> Canvas:
    # invariant=1 makes the output byte-for-byte stable, so failures reproduce exactly.
    return Canvas(buffer, pagesize=LETTER, encrypt=encrypt, invariant=1)


def _draw_lines(canvas: Canvas, lines: Sequence[str], x: float, top: float) -> None:
    """Draw one string per line from ``top`` downwards; an empty string leaves a blank line."""
    canvas.setFont(*FONT)
    y = top
    for line in lines:
        if line:
            canvas.drawString(x, y, line)
        y -= LEADING


def _draw_picture(canvas: Canvas) -> None:
    """What a scanned page holds: a picture and some drawn shapes, no text."""
    canvas.drawInlineImage(Image.new("L", (40, 20), color=200), MARGIN, PAGE_HEIGHT / 2, width=400, height=200)
    canvas.rect(MARGIN, MARGIN, 300, 100, fill=1)
    canvas.line(MARGIN, 300, 500, 300)


def make_pdf(
    pages: Sequence[Sequence[str] | None],
    *,
    header: str | None = None,
    footer: str | None = None,
    encrypt: str | StandardEncryption | None = None,
) -> bytes:
    """A text PDF, one list of already-wrapped lines per page; ``None`` is a picture-only page.

    ``header`` and ``footer`` are drawn on every page; ``{page}`` and ``{pages}`` in them are filled
    in, so ``footer="Page {page} of {pages}"`` gives "Page 1 of 3", "Page 2 of 3"...
    ``encrypt`` is a user password (the PDF cannot be opened without it) or a StandardEncryption.
    """
    buffer = io.BytesIO()
    canvas = _canvas(buffer, encrypt)
    for number, lines in enumerate(pages, start=1):
        fields = {"page": number, "pages": len(pages)}
        canvas.setFont(*FONT)
        if header is not None:
            canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 40, header.format(**fields))
        if footer is not None:
            canvas.drawCentredString(PAGE_WIDTH / 2, 30, footer.format(**fields))
        if lines is None:
            _draw_picture(canvas)
        else:
            _draw_lines(canvas, lines, MARGIN, PAGE_HEIGHT - MARGIN - 20)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_two_column_pdf(title: str, left: Sequence[str], right: Sequence[str]) -> bytes:
    """One page: a full-width title, then two columns of lines side by side at the same heights."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(MARGIN, PAGE_HEIGHT - MARGIN, title)
    top = PAGE_HEIGHT - MARGIN - 2 * LEADING
    _draw_lines(canvas, left, MARGIN, top)
    _draw_lines(canvas, right, PAGE_WIDTH / 2 + 18, top)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_image_only_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages carry only a picture and drawn shapes, like a scan: no text layer at all."""
    return make_pdf([None] * pages)


def make_form_pdf(rows: Sequence[tuple[str, str]], value_x: float = 300) -> bytes:
    """One page laid out as a form: a label at the margin and its value in a column at ``value_x``."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    canvas.setFont(*FONT)
    y = PAGE_HEIGHT - MARGIN
    for label, value in rows:
        canvas.drawString(MARGIN, y, label)
        canvas.drawString(value_x, y, value)
        y -= LEADING
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def permissions_only() -> StandardEncryption:
    """Encryption that only restricts printing and copying: opens without a password, as most such PDFs do."""
    return StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0)


def make_png(width: int = 8, height: int = 8) -> bytes:
    """A small valid PNG picture."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color=(120, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def make_jpeg() -> bytes:
    """A small valid JPEG picture (what a phone photo of a report is)."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), color=(10, 200, 30)).save(buffer, format="JPEG")
    return buffer.getvalue()


def make_docx(blocks: Sequence[str | Sequence[Row]], *, header: str | None = None) -> bytes:
    """A Word file: a ``str`` block is a paragraph, a sequence of rows is a table.

    ``header`` goes in the page header, which ingest is meant to ignore.
    """
    document = new_docx()
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        rows = list(block)
        table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_zip(entries: dict[str, bytes]) -> bytes:
    """A ZIP archive holding ``entries`` (name -> content)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def make_docx_bomb(megabytes: int = 60) -> bytes:
    """A small ZIP laid out like a Word file whose document.xml unpacks to ``megabytes`` of spaces.

    Written in 1 MB chunks so the test never holds the whole payload in memory; spaces compress
    about 1000:1, so the archive itself stays around 60 KB.
    """
    buffer = io.BytesIO()
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<?xml version='1.0'?><Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return buffer.getvalue()


def make_drawing_pdf(lines: int, text: str = "FINDINGS: No suspicious mass. IMPRESSION: BI-RADS 1.") -> bytes:
    """A one-page PDF with a line of text and ``lines`` drawn lines: small on disk, slow for pdfminer."""
    strokes = b"".join(b"%d %d m %d %d l S\n" % (i % 500, i % 700, (i * 7) % 500, (i * 3) % 700) for i in range(lines))
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET\n" + strokes, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
