"""Word (.docx) files: the ZIP checked against bombs first, then paragraphs and tables in order.

Other Office ZIPs (Excel, PowerPoint, OpenDocument) are told apart and refused by name; page
headers and footers are left out.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from readingscan.ingest.limits import Limits, format_size, ingest_words, refusal, unsupported

__all__ = ["read_docx"]

# A part that only this kind of ZIP holds, and its name in ingest.yaml's file_kinds.
_OTHER_ZIPS = (
    ("xl/workbook.xml", "excel"),
    ("ppt/presentation.xml", "powerpoint"),
    ("content.xml", "opendocument"),
)


def read_docx(data: bytes, limits: Limits) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise refusal("corrupt", "word") from None
    with archive:
        _check_archive(archive, limits)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception:  # zipfile, lxml and python-docx each raise their own kinds
        raise refusal("corrupt", "word") from None
    return "\n".join(_docx_lines(word))


def _check_archive(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse ZIPs that are not Word files, and Word files that would unpack to too much."""
    entries = archive.infolist()
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names:
        kind = next((kind for part, kind in _OTHER_ZIPS if part in names), "zip")
        raise unsupported(getattr(ingest_words().file_kinds, kind))
    if len(entries) > limits.max_zip_entries:
        raise refusal("too_large", "word_parts", count=len(entries), limit=limits.max_zip_entries)
    # Sizes as declared: zipfile never unpacks more than an entry declares (it fails the CRC check
    # instead), so checking the declarations is enough to stop a ZIP bomb before parsing.
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise refusal("too_large", "word_unpacked", size=format_size(unpacked),
                      limit=format_size(limits.max_unpacked_bytes))


def _docx_lines(word: WordDocument) -> list[str]:
    """Paragraphs and tables in document order; page headers and footers are left out."""
    lines: list[str] = []
    body = word.element.body
    for element in _blocks(body):
        if element.tag == qn("w:p"):
            lines.append(Paragraph(element, word).text)
        else:
            lines += [_row_text(row) for row in Table(element, word).rows]
    return lines


def _blocks(parent: BaseOxmlElement) -> list[BaseOxmlElement]:
    """Body paragraphs and tables, looking inside content controls (form fields in templates)."""
    found: list[BaseOxmlElement] = []
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            found.append(child)
        elif child.tag == qn("w:sdt"):
            found += [b for content in child.iterchildren(qn("w:sdtContent")) for b in _blocks(content)]
    return found


def _row_text(row: _Row) -> str:
    """A table row as one line: "Density: C" for a label and a value, else cells joined by " | "."""
    unique: list[_Cell] = []
    for cell in row.cells:
        # A merged cell comes back once per grid column it spans; read it once.
        if not any(cell._tc is seen._tc for seen in unique):
            unique.append(cell)
    cells = [" ".join(cell.text.split()) for cell in unique]
    cells = [cell for cell in cells if cell]
    if len(cells) == 2:
        return f"{cells[0].rstrip(':')}: {cells[1]}"
    return " | ".join(cells)
