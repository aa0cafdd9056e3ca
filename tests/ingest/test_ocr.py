"""OCR of photos and scans: preprocessing, limits and refusals, Tesseract missing, where doubtful words
sit in the text, and accuracy on the generated scans of the development corpus (tests/scans.py).

The generated scans are read once per session (two Tesseract processes at a time) and shared."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

import readingscan.ingest.ocr.tesseract as ocr
from readingscan import analyze
from readingscan.ingest.limits import Limits
from readingscan.ingest.ocr.image import estimate_skew, open_pages, prepare
from readingscan.ingest.read import read_bytes
from readingscan.model import ReadingError, SourceKind, Span
from tests import filegen, scans

SHORT = "FINDINGS: No suspicious mass or calcification.\n\nIMPRESSION: Negative. BI-RADS 1."

pytestmark = pytest.mark.usefixtures("tesseract")


def picture(text: str = SHORT, fmt: str = "PNG", angle: float = 0.0) -> bytes:
    page = scans.page_of(text, 0).crop((0, 0, scans.PAGE[0], 900))
    return scans.encode(scans.tilt(page, angle) if angle else page, fmt, 85)


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels, with almost no pixel data behind it."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def reading_error(data: bytes, code: str, *words: str, limits: Limits | None = None) -> ReadingError:
    with pytest.raises(ReadingError) as caught:
        read_bytes(data, "photo.jpg", limits or Limits())
    assert caught.value.code == code, str(caught.value)
    for word in words:
        assert word.lower() in str(caught.value).lower()
    return caught.value


# --- preprocessing -------------------------------------------------------------------------------


def test_exif_orientation_is_honoured() -> None:
    upright = Image.new("L", (600, 900), 255)
    data = scans.encode(upright, "JPEG", exif_rotated=True)
    assert Image.open(io.BytesIO(data)).size == (900, 600)  # stored sideways
    assert open_pages(data, Limits())[0].size == (600, 900)


@pytest.mark.parametrize("angle", [-4.0, -1.5, 2.5, 5.0])
def test_deskew_recovers_a_known_tilt(angle: float) -> None:
    page = scans.page_of(scans.cases()[0].read_text(encoding="utf-8"), 1)
    assert abs(estimate_skew(scans.tilt(page, angle)) - angle) <= 1.0


def test_prepare_makes_a_grey_page_at_about_300_dpi() -> None:
    small = scans.page_of(SHORT, 0).resize((1275, 1650))  # a 150 dpi scan
    ready = prepare(small.convert("RGB"))
    assert ready.mode == "L" and 2400 <= ready.width <= 2700


def test_photo_is_read_with_its_tilt_removed() -> None:
    document = read_bytes(picture(angle=4.0, fmt="JPEG"), "photo.jpg")
    assert "No suspicious mass or calcification" in document.text
    assert document.source.kind is SourceKind.IMAGE and document.source.ocr
    assert document.warnings[0].startswith(ocr.OCR_WARNING)


def test_heic_photo_is_read() -> None:
    document = read_bytes(picture(fmt="HEIC"), "IMG_0001.HEIC")
    assert "BI-RADS 1" in document.text


def test_multipage_tiff_reports_progress_per_page() -> None:
    pages = [Image.open(io.BytesIO(picture(text))) for text in (SHORT, "RIGHT BREAST: Benign calcifications.")]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:])
    calls: list[tuple[int, int]] = []
    report = analyze(buffer.getvalue(), "scan.tif", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 2), (1, 2), (2, 2)]
    assert "Benign calcifications" in report.text and report.document.source.pages == 2


# --- limits, damaged files, Tesseract missing -----------------------------------------------------


def test_too_many_pixels_is_refused_before_decoding() -> None:
    reading_error(png_claiming(9000, 9000), "image_too_large", "too large", "9000 × 9000")


def test_decompression_bomb_is_refused_with_a_clear_message() -> None:
    reading_error(png_claiming(60000, 60000), "image_too_large", "far too large")


def test_limits_are_configurable() -> None:
    reading_error(picture(), "image_too_large", "too large", limits=Limits(max_image_pixels=1_000_000))
    reading_error(picture(), "image_too_large", "pixels a side", limits=Limits(max_image_side=2000))


def test_tiny_picture_is_refused() -> None:
    reading_error(filegen.make_png(), "image_too_small", "too small to read")


@pytest.mark.parametrize("mangle", [lambda b: b[: len(b) // 2], lambda b: b[:40] + b"\x00" * 200],
                         ids=["truncated", "garbled"])
def test_damaged_picture_gives_a_clear_message(mangle) -> None:  # type: ignore[no-untyped-def]
    reading_error(mangle(picture(fmt="JPEG")), "image_damaged", "picture could not be read", "damaged")


def test_other_picture_formats_are_named() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), "white").save(buffer, format="GIF")
    reading_error(buffer.getvalue(), "image", "picture (GIF)", "PNG or JPEG")


def test_a_picture_never_touches_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytesseract's own calls write temporary files; ours pipe the picture to Tesseract."""
    import tempfile

    import pytesseract

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was written")

    for module, name in ((tempfile, "NamedTemporaryFile"), (tempfile, "mkstemp"), (tempfile, "mkdtemp"),
                         (pytesseract.pytesseract, "NamedTemporaryFile")):
        monkeypatch.setattr(module, name, refuse)
    report = analyze(picture(), "photo.png")
    assert report.document.source.ocr and report.assessment.overall is not None
    assert report.assessment.overall.value == "1"


def test_missing_tesseract_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    error = reading_error(picture(), "ocr_unavailable", "apt-get install tesseract-ocr", "make run", "paste")
    assert "Tesseract" in str(error)
    assert analyze(SHORT).assessment.overall is not None  # the text route still works
    mixed = filegen.make_pdf([[SHORT.replace("\n\n", " ")], None])
    document = read_bytes(mixed)
    assert document.text.startswith("FINDINGS") and not document.source.ocr


def test_scanned_pdf_with_tesseract_missing_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(ReadingError) as caught:
        read_bytes(filegen.make_image_only_pdf())
    assert caught.value.code == "ocr_unavailable"


# --- text rebuilt from Tesseract's table, doubtful words located ----------------------------------


def test_lines_from_tesseract_data_keep_blank_lines_only_at_gaps() -> None:
    rows = [  # block, paragraph, line, top, height, text, confidence
        (1, 1, 1, 100, 40, "FINDINGS:", 96), (1, 1, 1, 100, 40, "No", 95), (1, 1, 2, 150, 40, "mass.", 40),
        (1, 2, 1, 200, 40, "Stable.", 90), (1, 2, 2, 320, 40, "IMPRESSION:", 91), (2, 1, 1, 400, 40, "BI-RADS", 92),
    ]
    data = {"level": [5] * 6, "block_num": [r[0] for r in rows], "par_num": [r[1] for r in rows],
            "line_num": [r[2] for r in rows], "top": [r[3] for r in rows], "height": [r[4] for r in rows],
            "text": [r[5] for r in rows], "conf": [r[6] for r in rows]}
    page = ocr.lines_from_data(data)
    assert page.lines == ("FINDINGS: No", "mass.", "Stable.", "", "IMPRESSION:", "", "BI-RADS")
    assert [w.text for w in page.words if w.unsure] == ["mass."]


def test_locate_words_follows_the_text_in_order() -> None:
    text = "Grouped calcifications in the left breast. Calcifications are stable."
    words = [("Grouped", False), ("calci-", True), ("fications", True), ("Page", False), ("in", False),
             ("the", False), ("left", True), ("breast.", False), ("Calcifications", True)]
    spans = ocr.locate_words(text, words)
    assert [s.text for s in spans] == ["calci", "fications", "left", "Calcifications"]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert spans[-1].start == text.index("Calcifications")


def test_highlighted_html_underlines_doubtful_words_and_escapes_everything() -> None:
    from components.reading import highlighted_html

    text = "No <b>mass</b>. Grouped calcifications."
    tag, calcs, grouped = text.index("<b>"), text.index("calcifications"), text.index("Grouped")
    unsure = (Span(tag, tag + 3, "<b>"), Span(calcs, calcs + 14, "calcifications"))
    html = highlighted_html(text, [Span(grouped, len(text), text[grouped:])], unsure=unsure)
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "<u class='rs-unsure'" in html and html.count("rs-unsure") == 2
    assert "<mark>Grouped <u class='rs-unsure'" in html


# --- the generated scans --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def readings() -> list[scans.Reading]:
    return scans.read_all(scans.all_scans(), workers=2)


def test_enough_scans_are_generated(readings: list[scans.Reading]) -> None:
    photos = [r for r in readings if not r.scan.name.endswith(".pdf")]
    assert len(photos) >= 20 and len(readings) - len(photos) >= 2
    assert {r.scan.mime for r in photos} >= {"image/png", "image/jpeg", "image/tiff", "image/heic"}
    assert any("perspective" in r.scan.spoiled for r in photos)


def test_low_confidence_spans_point_into_the_final_text(readings: list[scans.Reading]) -> None:
    marked = 0
    for reading in readings:
        document = reading.report.document
        assert document.source.ocr
        for span in document.low_confidence:
            assert document.text[span.start : span.end] == span.text
            marked += 1
    assert marked > 0, "some generated scans should have doubtful words"


def test_mixed_pdf_reads_its_text_page_and_ocrs_its_scanned_page(readings: list[scans.Reading]) -> None:
    mixed = next(r for r in readings if r.scan.name.endswith("-mixed.pdf"))
    first, second = mixed.scan.text.splitlines()[0], mixed.scan.text.splitlines()[-1]
    assert mixed.report.document.source.pages == 2
    assert first.split()[0] in mixed.report.text and second.split()[-1] in mixed.report.text


def test_findings_f1_on_scans_is_at_least_95_percent_of_f1_on_text(readings: list[scans.Reading]) -> None:
    on_scans, on_text = scans.findings_counts(readings)
    assert on_text.f1 > 0.9
    assert on_scans.f1 >= 0.95 * on_text.f1, (on_scans, on_text)
    assert max(r.cer for r in readings) < 0.05
