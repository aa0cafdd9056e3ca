"""Ingest: bytes or pasted text -> canonical text and provenance, or a ReadingError a person can act on.

Every file is generated at test time by tests/filegen.py; nothing binary is committed.
"""

from __future__ import annotations

import random
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readingscan import analyze
from readingscan.ingest.read import LIMITS, Limits, canonicalize, read_bytes, read_path, read_text, unwrap_lines
from readingscan.model import Document, ReadingError, SourceKind
from tests import filegen

REPORT = "FINDINGS: The patient’s “café au lait” spot – naïve reader, déjà vu.\nIMPRESSION: Benign. BI-RADS 2."


def reading_error(data: bytes, code: str, *reasons: str, limits: Limits = LIMITS) -> ReadingError:
    """Read ``data`` expecting a ReadingError with ``code`` whose message names each of ``reasons``."""
    with pytest.raises(ReadingError) as caught:
        read_bytes(data, "upload.bin", limits)
    error = caught.value
    assert error.code == code, str(error)
    for reason in reasons:
        assert reason.lower() in str(error).lower(), str(error)
    return error


# --- canonical text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("a\r\nb\rc\n", "a\nb\nc"),
        ("cafe\u0301", "café"),  # decomposed accent -> NFC
        ("no\x00 mass\x07", "no mass"),
        ("BI-RADS\u00a02\u2009here", "BI-RADS 2 here"),
        ("calci\u00adfi\u200bcation", "calcification"),
        ("calci\ufb01cation", "calcification"),  # "ﬁ" ligature from a PDF font
        ("line   \t\nnext", "line\nnext"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
        ("a\n\n\nb", "a\n\n\nb"),  # two blank lines stay
        ("\n\n  \n  indented\n\n\n", "  indented"),
        ("keep\ttabs", "keep\ttabs"),
        ("page one\fpage two", "page one\npage two"),
        ("Hi,\n> FINDINGS: No suspicious\n> calcifications.\n>\n> > BI-RADS 1\nThanks",
         "Hi,\nFINDINGS: No suspicious\ncalcifications.\n\nBI-RADS 1\nThanks"),
        ("> a\n> >5 mm\n> b", "a\n>5 mm\nb"),  # a size's ">" is not a quote mark
        ("> one quoted line\n> and another", "> one quoted line\n> and another"),  # too few to be a quote
        # A transcript's numbered lines lose their numbers (spaces keep the columns): "They were\n13  unchanged".
        ("3  Q.  And on the right?\n4  A.  A group of\n5      calcifications, still\n6      unchanged.\n7  Q.  Thank you.",
         "   Q.  And on the right?\n   A.  A group of\n       calcifications, still\n       unchanged.\n"
         "   Q.  Thank you."),
        ("12   A.  The left\n13       breast was\n14       normal.\n15   Q.  Any\n16       calcifications?",
         "     A.  The left\n         breast was\n         normal.\n     Q.  Any\n         calcifications?"),
        ("1  one\n2  two\n3  three", "1  one\n2  two\n3  three"),  # too few to be a transcript's
        ("4  mm\n9  cm\n2  mm\n7  mm\n1  cm", "4  mm\n9  cm\n2  mm\n7  mm\n1  cm"),  # not in sequence
        ("1. a\n2. b\n3. c\n4. d\n5. e", "1. a\n2. b\n3. c\n4. d\n5. e"),  # a numbered list keeps its numbers
    ],
    ids=["line-ends", "nfc", "controls", "odd-spaces", "invisible", "ligature", "trailing", "blank-runs",
         "two-blank-ok", "edges", "tabs", "form-feed", "email-quote", "quote-keeps-sizes", "two-lines",
         "transcript-line-numbers", "transcript-two-digits", "three-numbered-lines", "numbers-out-of-sequence",
         "numbered-list"],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


@given(st.text())
def test_canonicalize_is_idempotent_and_clean(text: str) -> None:
    once = canonicalize(text)
    assert canonicalize(once) == once
    assert "\r" not in once
    assert unicodedata.is_normalized("NFC", once)
    assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs", "Zs") or c == " " for c in once)
    assert "\n\n\n\n" not in once
    assert not once.startswith("\n")
    assert not once.endswith(("\n", " "))


# --- pasted text ---------------------------------------------------------------------------------


def test_pasted_text_is_canonical_but_never_rewrapped() -> None:
    pasted = "FINDINGS:\r\nScattered fibroglandular\r\ndensity, stable calcifi-\r\ncations.  \r\n"
    document = read_text(pasted, "C:\\Users\\jane\\report.txt")
    assert document.text == "FINDINGS:\nScattered fibroglandular\ndensity, stable calcifi-\ncations."
    assert document.source.kind is SourceKind.TEXT
    assert document.source.name == "report.txt"


@pytest.mark.parametrize("pasted", ["", "   \n\t\r\n", "\x00\x00"], ids=["nothing", "whitespace", "nuls"])
def test_pasted_nothing_is_empty(pasted: str) -> None:
    with pytest.raises(ReadingError, match="no text") as caught:
        read_text(pasted)
    assert caught.value.code == "empty"


def test_pasted_too_much_text() -> None:
    with pytest.raises(ReadingError) as caught:
        read_text("word " * 100, limits=Limits(max_text_bytes=100))
    assert caught.value.code == "too_much_text"
    assert "too long" in str(caught.value)
    assert "the limit is 100 bytes" in str(caught.value)


# --- text files ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        REPORT.encode("utf-8"),
        REPORT.encode("utf-8-sig"),
        REPORT.encode("utf-16"),  # with BOM
        REPORT.encode("utf-16-le"),
        REPORT.encode("utf-16-be"),
        REPORT.encode("utf-32"),
        REPORT.encode("cp1252"),  # Windows "ANSI": smart quotes, en dash, accents
    ],
    ids=["utf-8", "utf-8-sig", "utf-16-bom", "utf-16-le", "utf-16-be", "utf-32", "cp1252"],
)
def test_text_encodings(encoded: bytes) -> None:
    document = read_bytes(encoded, "report.txt")
    assert document.text == REPORT
    assert document.source.kind is SourceKind.TEXT


def test_crlf_and_stray_nuls_are_cleaned() -> None:
    data = b"FINDINGS:\r\nNo mass.\x00\r\nIMPRESSION:\rBenign.\r\n"
    assert read_bytes(data).text == "FINDINGS:\nNo mass.\nIMPRESSION:\nBenign."


def test_text_that_starts_like_a_bitmap_is_still_text() -> None:
    # "BM" is the BMP signature; a report may start with "BMI".
    assert read_bytes(b"BMI 31. FINDINGS: no mass.").text == "BMI 31. FINDINGS: no mass."


def test_mostly_nuls_is_not_text() -> None:
    reading_error(b"FINDINGS" + b"\x00\x01\x02" * 200, "not_text", "does not contain readable text")


def test_binary_junk_is_not_text() -> None:
    junk = random.Random(7).randbytes(5000)
    error = reading_error(junk, "not_text", "readable text", "upload a PDF")
    assert len(str(error)) < 200


def test_high_bytes_junk_is_not_text() -> None:
    # No control bytes at all, and no encoding makes sense of it.
    rng = random.Random(3)
    junk = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    reading_error(junk, "not_text", "readable text")


@pytest.mark.parametrize("data", [b"", b" \r\n\t \n"], ids=["no-bytes", "whitespace"])
def test_empty_file(data: bytes) -> None:
    reading_error(data, "empty", "empty" if not data else "no text")


def test_oversize_file_is_refused_before_reading() -> None:
    error = reading_error(b"a" * int(12.3 * 1024 * 1024), "too_large")
    assert str(error).startswith("The file is 12.3 MB; the limit is 10 MB.")
    reading_error(b"a" * 2048, "too_large", "2 KB", "the limit is 1000 bytes", limits=Limits(max_bytes=1000))


def test_text_file_with_too_much_text() -> None:
    reading_error(b"word " * 100, "too_much_text", "the limit is 100 bytes", limits=Limits(max_text_bytes=100))


def test_name_keeps_only_the_base_name() -> None:
    assert read_bytes(b"text", "/home/jane/reports/mammo.txt").source.name == "mammo.txt"
    assert read_bytes(b"text").source.name is None


# --- pictures and other formats ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "label"), [(filegen.make_png(), "PNG"), (filegen.make_jpeg(), "JPG")], ids=["png", "jpeg"]
)
def test_tiny_picture_is_refused_as_too_small(data: bytes, label: str) -> None:
    # Pictures are read by OCR (tests/test_ocr.py); one of 8 x 8 pixels holds no page.
    reading_error(data, "image_too_small", "picture is too small", "8 × 8")


def test_zip_that_is_not_word() -> None:
    reading_error(filegen.make_zip({"notes.txt": b"hello"}), "unsupported", "ZIP archive", "upload a PDF")
    spreadsheet = filegen.make_zip({"xl/workbook.xml": b"<workbook/>"})
    reading_error(spreadsheet, "unsupported", "Excel")


def test_old_word_file_is_unsupported() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    reading_error(ole, "unsupported", "older Word", ".docx")


# --- Word files ----------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order() -> None:
    data = filegen.make_docx(
        [
            "BILATERAL SCREENING MAMMOGRAM",
            "FINDINGS:",
            [["Density:", "C"], ["Right breast", "No mass"], ["Site", "Size", "Shape"]],
            "IMPRESSION: Benign. BI-RADS 2.",
        ],
        header="St. Example Imaging Center",
    )
    document = read_bytes(data, "report.docx")
    assert document.source.kind is SourceKind.DOCX
    assert document.text == (
        "BILATERAL SCREENING MAMMOGRAM\nFINDINGS:\nDensity: C\nRight breast: No mass\n"
        "Site | Size | Shape\nIMPRESSION: Benign. BI-RADS 2."
    )


def test_docx_zip_bomb_is_refused_before_parsing() -> None:
    reading_error(filegen.make_docx_bomb(60), "too_large", "unpacks to 60 MB", "the limit is 50 MB")


def test_docx_with_too_many_parts() -> None:
    data = filegen.make_docx(["Hello"])
    reading_error(data, "too_large", "too many parts", limits=Limits(max_zip_entries=3))


@pytest.mark.parametrize(
    "data",
    [
        filegen.make_docx(["FINDINGS: none"])[:-200],  # cut short: the ZIP directory is gone
        filegen.make_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<not xml"}),
    ],
    ids=["truncated", "broken-xml"],
)
def test_damaged_docx_is_corrupt(data: bytes) -> None:
    reading_error(data, "corrupt", "Word file appears damaged")


# --- PDFs ----------------------------------------------------------------------------------------

WRAPPED = [
    "FINDINGS:",
    "The breasts are heterogeneously dense, which may obscure small",
    "masses. There are grouped amorphous calcifi-",
    "cations in the upper outer quadrant of the left",
    "breast, stable compared to",
    "March 2023.",
    "",
    "IMPRESSION:",
    "1. Suspicious calcifications in the left breast. A well-",
    "defined mass is noted.",
    "2. Recommend stereotactic biopsy; six-month follow-",
    "up.",
]


def test_pdf_hard_wrapped_lines_are_rejoined() -> None:
    document = read_bytes(filegen.make_pdf([WRAPPED]), "report.pdf")
    assert document.source.kind is SourceKind.PDF
    assert document.source.pages == 1
    assert document.text == (
        "FINDINGS:\n"
        "The breasts are heterogeneously dense, which may obscure small masses. There are grouped "
        "amorphous calcifications in the upper outer quadrant of the left breast, stable compared "
        "to March 2023.\n\n"
        "IMPRESSION:\n"
        "1. Suspicious calcifications in the left breast. A well-defined mass is noted.\n"
        "2. Recommend stereotactic biopsy; six-month follow-up."
    )


def test_pdf_running_header_and_footer_are_dropped() -> None:
    pages = [["FINDINGS:", "First page text."], ["Second page text."], ["IMPRESSION:", "Third page text."]]
    data = filegen.make_pdf(pages, header="St. Example Imaging Center", footer="Page {page} of {pages}")
    document = read_bytes(data)
    assert document.source.pages == 3
    assert "Page" not in document.text
    # Kept once, at the top, where it reads like a letterhead.
    assert document.text.count("St. Example Imaging Center") == 1
    assert document.text.startswith("St. Example Imaging Center")
    body = document.text.split("\n")
    assert body[-5:] == ["FINDINGS:", "First page text.", "Second page text.", "IMPRESSION:", "Third page text."]


def test_single_page_header_is_kept_and_its_page_number_dropped() -> None:
    # One page cannot show what repeats, so its header stays. "Page 1 of 1" used to stay with it; it is
    # now known by its shape (portals print one under a one-page report too) and is never report text.
    data = filegen.make_pdf([["Only page text."]], header="St. Example Imaging Center", footer="Page 1 of 1")
    assert read_bytes(data).text == "St. Example Imaging Center\nOnly page text."


def test_pdf_two_columns_read_left_column_first() -> None:
    left = [
        "FINDINGS: The breasts are heterogeneously",
        "dense, which may obscure small masses.",
        "There are grouped amorphous calcifi-",
        "cations in the upper outer quadrant of",
        "the left breast. No suspicious mass or",
        "architectural distortion is seen.",
    ]
    right = [
        "IMPRESSION: Suspicious calcifications",
        "in the left breast. A stereotactic",
        "biopsy is recommended to find out what",
        "they are. The right breast shows no",
        "sign of cancer and needs only routine",
        "screening in one year.",
    ]
    data = filegen.make_two_column_pdf("BILATERAL DIGITAL MAMMOGRAM WITH TOMOSYNTHESIS", left, right)
    text = read_bytes(data).text
    assert text.index("FINDINGS") < text.index("IMPRESSION")
    assert "The breasts are heterogeneously dense, which may obscure small masses." in text
    assert "calcifications in the upper outer quadrant of the left breast." in text
    assert "A stereotactic biopsy is recommended to find out what they are." in text
    assert text.startswith("BILATERAL DIGITAL MAMMOGRAM WITH TOMOSYNTHESIS\n")


def test_pdf_form_with_a_value_column_is_read_row_by_row() -> None:
    rows = [
        ("Exam:", "Bilateral screening mammogram"),
        ("Breast density:", "Heterogeneously dense (C)"),
        ("Right breast:", "No suspicious findings seen"),
        ("Left breast:", "Grouped amorphous calcifications present"),
        ("Assessment:", "BI-RADS 4: Suspicious finding"),
        ("Recommendation:", "Stereotactic biopsy of the left breast"),
    ]
    text = read_bytes(filegen.make_form_pdf(rows)).text
    assert text.split("\n") == [f"{label} {value}" for label, value in rows]


def test_pdf_named_txt_and_docx_named_pdf_are_read_by_content() -> None:
    pdf = read_bytes(filegen.make_pdf([["FINDINGS: no mass."]]), "report.txt")
    assert (pdf.source.kind, pdf.text, pdf.source.name) == (SourceKind.PDF, "FINDINGS: no mass.", "report.txt")
    word = read_bytes(filegen.make_docx(["FINDINGS: no mass."]), "report.pdf")
    assert (word.source.kind, word.text) == (SourceKind.DOCX, "FINDINGS: no mass.")


def test_pdf_after_a_little_junk_is_still_a_pdf() -> None:
    data = b"\r\n<junk from an e-mail gateway>\r\n" + filegen.make_pdf([["FINDINGS: no mass."]])
    assert read_bytes(data).text == "FINDINGS: no mass."


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.98])
def test_truncated_pdf_is_corrupt(fraction: float) -> None:
    data = filegen.make_pdf([WRAPPED, WRAPPED])
    reading_error(data[: int(len(data) * fraction)], "corrupt", "damaged or incomplete")


def test_pdf_missing_only_its_end_mark_is_read_with_a_warning() -> None:
    text = "FINDINGS: No suspicious mass or calcification. IMPRESSION: Negative."
    data = filegen.make_pdf([[text]])
    assert data.endswith(b"%%EOF\n")
    document = read_bytes(data[: -len(b"%%EOF\n")])
    assert document.text == text
    assert any("incomplete" in warning for warning in document.warnings)
    assert read_bytes(data).warnings == ()


def test_encrypted_pdf() -> None:
    error = reading_error(filegen.make_pdf([["secret words"]], encrypt="secret"), "encrypted", "password-protected")
    assert "secret words" not in str(error)


def test_pdf_restricted_only_by_permissions_is_read() -> None:
    data = filegen.make_pdf([["FINDINGS: no mass."]], encrypt=filegen.permissions_only())
    assert read_bytes(data).text == "FINDINGS: no mass."


def test_image_only_pdf_is_a_scan() -> None:
    reading_error(filegen.make_image_only_pdf(2), "scan", "no text layer", "scan or photo")


def test_scan_with_a_stamp_of_text_is_still_a_scan() -> None:
    reading_error(filegen.make_pdf([["Scanned by OfficeScan"], None]), "scan", "no text layer")


def test_pdf_with_one_scanned_page_warns_about_it() -> None:
    text = "FINDINGS: No suspicious mass or calcification. IMPRESSION: Negative. BI-RADS 1."
    document = read_bytes(filegen.make_pdf([[text], None]))
    assert document.text == text
    assert any("Page 2" in warning and "scan" in warning for warning in document.warnings)


def test_pdf_with_too_many_pages() -> None:
    data = filegen.make_pdf([["one"], ["two"], ["three"]])
    reading_error(data, "too_many_pages", "3 pages", "the limit is 2", limits=Limits(max_pages=2))


def test_pdf_with_too_much_text() -> None:
    data = filegen.make_pdf([WRAPPED])
    reading_error(data, "too_much_text", "too long", "the limit is 100 bytes", limits=Limits(max_text_bytes=100))


# --- unwrapping, as a table ----------------------------------------------------------------------


CAPS_WRAPPED = """FINDINGS:
BREAST COMPOSITION: THE BREASTS ARE HETEROGENEOUSLY DENSE, WHICH MAY
OBSCURE SMALL MASSES.
MAMMOGRAM: NO SUSPICIOUS MASSES OR CALCIFICATIONS IN THE RIGHT BREAST. AN
INTRADUCTAL MASS (E.G. PAPILLOMA) CANNOT BE EXCLUDED IN THE SUBAREOLAR
REGION.
IMPRESSION:
1. SINGLE DILATED RIGHT SUBAREOLAR DUCT AT 10:00 WITH QUESTIONABLE
INTRADUCTAL MATERIAL.
2. NO MAMMOGRAPHIC ABNORMALITY."""
CAPS_UNWRAPPED = """FINDINGS:
BREAST COMPOSITION: THE BREASTS ARE HETEROGENEOUSLY DENSE, WHICH MAY OBSCURE SMALL MASSES.
MAMMOGRAM: NO SUSPICIOUS MASSES OR CALCIFICATIONS IN THE RIGHT BREAST. AN INTRADUCTAL MASS (E.G. \
PAPILLOMA) CANNOT BE EXCLUDED IN THE SUBAREOLAR REGION.
IMPRESSION:
1. SINGLE DILATED RIGHT SUBAREOLAR DUCT AT 10:00 WITH QUESTIONABLE INTRADUCTAL MATERIAL.
2. NO MAMMOGRAPHIC ABNORMALITY."""


@pytest.mark.parametrize(
    ("wrapped", "unwrapped"),
    [
        ("no suspicious\nmasses.", "no suspicious masses."),
        ("calcifi-\ncations", "calcifications"),
        ("ill-\ndefined margins; ill-defined", "ill-defined margins; ill-defined"),
        ("a 6-\nmonth follow-up", "a 6-month follow-up"),
        ("left breast -\nstable", "left breast - stable"),
        ("FINDINGS\nno mass", "FINDINGS\nno mass"),
        ("Comparison:\nprior exams", "Comparison:\nprior exams"),
        ("No mass.\nno change", "No mass.\nno change"),
        ("Benign findings\n- cyst", "Benign findings\n- cyst"),
        ("Findings\n1. cyst", "Findings\n1. cyst"),
        ("1. Cyst in the\nleft breast.\n2. Node.", "1. Cyst in the left breast.\n2. Node."),
        ("Jane Doe\nMRN 123", "Jane Doe\nMRN 123"),
        ("measuring\n5 mm", "measuring 5 mm"),
        ("first\n\nsecond", "first\n\nsecond"),
        ("measures 5 mm\n, stable", "measures 5 mm, stable"),
        (CAPS_WRAPPED, CAPS_UNWRAPPED),
        ("LEFT BREAST\nNO SUSPICIOUS MASS.", "LEFT BREAST\nNO SUSPICIOUS MASS."),
        ("BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS AND CAD\nThe breasts are fatty.",
         "BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS AND CAD\nThe breasts are fatty."),
        ("There are no suspicious masses, calcifications or distortion\nBreast density: B",
         "There are no suspicious masses, calcifications or distortion\nBreast density: B"),
        ("Benign calcifications are stable since the study of\nMarch 2021, compared with the prior\nMRI.",
         "Benign calcifications are stable since the study of March 2021, compared with the prior\nMRI."),
        ("Regional round and punctate calcifications in the left UOQ, unchanged since 2020\nRight breast clear",
         "Regional round and punctate calcifications in the left UOQ, unchanged since 2020\nRight breast clear"),
    ],
    ids=["sentence", "hyphen", "compound-seen", "number-compound", "dash", "title", "colon", "sentence-end",
         "dash-item", "number-item", "item-continues", "capital", "digit", "blank-line", "comma", "all-capitals",
         "capitals-title", "title-above-text", "label-below", "acronym-after-short-line", "terse-no-full-stop"],
)
def test_unwrap_lines(wrapped: str, unwrapped: str) -> None:
    assert unwrap_lines(wrapped) == unwrapped


# --- the boundary: nothing but Documents and ReadingErrors ---------------------------------------


def _document_or_error(data: bytes) -> Document | ReadingError:
    try:
        return read_bytes(data, "fuzz.bin")
    except ReadingError as error:
        assert error.code and str(error)
        return error


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xff\xfe", b"\x89PNG\r\n\x1a\n", b"{\\rtf1"]),
    body=st.binary(max_size=2000),
)
def test_any_bytes_give_a_document_or_a_reading_error(prefix: bytes, body: bytes) -> None:
    result = _document_or_error(prefix + body)
    if isinstance(result, Document):
        assert canonicalize(result.text) == result.text
        assert result.text.strip()


@pytest.mark.parametrize(
    "mangle",
    [lambda b: b[:300] + b[600:], lambda b: b.replace(b"/Root", b"/Ruut"), lambda b: b.replace(b"stream", b"strem")],
    ids=["hole", "no-root", "broken-stream"],
)
def test_mangled_pdf_gives_a_reading_error(mangle: Callable[[bytes], bytes]) -> None:
    data = mangle(filegen.make_pdf([WRAPPED]))
    result = _document_or_error(data)
    assert isinstance(result, ReadingError | Document)


# --- read_path -----------------------------------------------------------------------------------


def test_read_path(tmp_path: Path) -> None:
    path = tmp_path / "scan-results.txt"
    path.write_bytes(REPORT.encode("cp1252"))
    document = read_path(path)
    assert (document.text, document.source.name) == (REPORT, "scan-results.txt")


def test_read_path_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadingError, match=r"Cannot read nowhere\.pdf") as caught:
        read_path(tmp_path / "nowhere.pdf")
    assert caught.value.code == "unreadable"


# --- the whole corpus, as PDFs -------------------------------------------------------------------

GOLDEN = sorted((Path(__file__).parents[1] / "golden" / "reports").glob("*.txt"))


def _reading(document: str | Document) -> tuple[object, ...]:
    """What the engine read, without offsets (a PDF's letterhead shifts them)."""
    report = analyze(document).to_dict()
    findings = sorted(
        repr((f["kind"], f["breast"], f["status"], f["stable"], f["morphology"], f["distribution"]))
        for f in report["findings"]
    )
    density = report["density"]["category"] if report["density"] else None
    recommendations = sorted(r["kind"] for r in report["recommendations"])
    return report["exam"], density, report["assessment"]["overall"], findings, recommendations


@pytest.mark.parametrize("case", GOLDEN, ids=[case.stem for case in GOLDEN])
def test_golden_report_reads_the_same_from_a_wrapped_multipage_pdf(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    lines = [wrapped for line in text.splitlines() for wrapped in (textwrap.wrap(line, 80) or [""])]
    pages = [lines[start : start + 40] for start in range(0, len(lines), 40)]
    pdf = filegen.make_pdf(pages, header="St. Example Imaging Center", footer="Page {page} of {pages}")
    assert _reading(read_bytes(pdf, case.name)) == _reading(text)


def test_a_forms_yes_no_rows_keep_their_breaks_while_a_wrapped_no_carries_on() -> None:
    rows = "Item Right Left\nMass Yes No\nCalcification No Yes (benign)\nFocal asymmetry No No\nSkin thickening No No"
    assert unwrap_lines(rows) == rows
    wrapped = ("The left breast shows scattered benign calcifications and there is no\n"
               "suspicious mass, distortion or new asymmetry in either breast today.")
    assert unwrap_lines(wrapped) == wrapped.replace("\n", " ")


def test_a_line_broken_for_room_after_a_full_stop_is_joined_and_one_with_room_is_not() -> None:
    from readingscan.ingest.pdf.wraps import PageLine, join_wrapped

    def lines(room: float) -> list[PageLine]:
        return [PageLine("2. Left breast 4:00: 7 mm irregular mass, suspicious.", room, 30, 9, 11),
                PageLine("BI-RADS 4B: Moderate suspicion for malignancy.", 20, 40, 9, 11)]

    assert join_wrapped([lines(room=25)]) == \
        "2. Left breast 4:00: 7 mm irregular mass, suspicious. BI-RADS 4B: Moderate suspicion for malignancy."
    assert join_wrapped([lines(room=120)]).count("\n") == 1  # the next word would have fitted: the author's break


def test_a_line_ending_inside_an_open_bracket_is_joined_when_the_width_forced_the_break() -> None:
    from readingscan.ingest.pdf.wraps import PageLine, join_wrapped

    def page(first: str) -> list[PageLine]:
        return [PageLine(first, room=20.0, lead=40.0, size=10.0),
                PageLine("BI-RADS 4A -- new solid mass since 2023.", room=200.0, lead=40.0, size=10.0, advance=12.0)]

    # The colon inside "[amended ...:" opens the rest of the aside: the writer broke for want of room.
    assert join_wrapped([page("Left breast: BI-RADS 3 [amended 09.02.2026:")]).count("\n") == 0
    # A colon with every bracket closed is the author's own line end: kept.
    assert join_wrapped([page("Left breast (upper outer) findings:")]).count("\n") == 1
