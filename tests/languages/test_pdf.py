"""The PDF download in each language: its words in the reader's language, Chinese in an embedded font that has
every character used (no missing-glyph boxes on any device), checked on the rendered page (poppler)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from reportlab.pdfbase.ttfonts import TTFontFile

from readingscan import analyze, explanation_pdf, load_content, use_language
from readingscan.explain.export import CJK_FONT_FILES

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "2_suspicious_calcifications.txt"
REPORT = analyze(SAMPLE.read_text(encoding="utf-8"))


def _pdf(language: str) -> bytes:
    with use_language(language):
        return explanation_pdf(REPORT)


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("language", ["en", "zh-Hant", "es"])
def test_the_pdf_speaks_the_readers_language(language: str) -> None:
    text = _text(_pdf(language))
    words = load_content(language).explain
    assert words.export.title in text.replace("\n", "")
    assert words.export.headings.questions in text
    if language == "es":
        assert "á" in text or "í" in text  # accents kept, not stripped to plain letters


def test_chinese_is_embedded_in_a_font_that_has_every_character_used(tmp_path: Path) -> None:
    data = _pdf("zh-Hant")
    path = tmp_path / "explanation.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert embedded and all(line.split()[-5] == "yes" for line in embedded), fonts  # the "emb" column
    used = set(re.findall(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]", _text(data)))
    assert len(used) > 100
    font = next(p for p in CJK_FONT_FILES if p.is_file())
    have = TTFontFile(str(font), subfontIndex=0).charToGlyph
    assert sorted(c for c in used if ord(c) not in have) == []


def test_the_rendered_chinese_page_shows_ink_where_the_title_is(tmp_path: Path) -> None:
    path = tmp_path / "explanation.pdf"
    path.write_bytes(_pdf("zh-Hant"))
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = page.size
    title = page.crop((0, 0, width, height // 10))  # the title's band at the top of the page
    dark = sum(1 for value in title.tobytes() if value < 128)
    assert dark > 200, "the title rendered as no ink: missing glyphs or an empty page"
