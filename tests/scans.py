"""Scans and photos of the development corpus, generated at test time (no binary fixtures).

Each report (tests/golden/reports/<case>.txt, with its expected JSON beside it) is drawn with Pillow
on a page at 300 dpi in one of a few fonts and sizes, then spoiled the way paper gets spoiled on its way
into a phone or a scanner: tilted up to ±5°, blurred, noisy, JPEG-compressed, shaded, photographed at an
angle (a perspective warp), stored sideways with an EXIF orientation tag. Two scanned PDFs carry such
page pictures and no text layer (one mixed: a text page, then a scanned page). Everything is seeded.

Used by tests/test_ocr*.py and bench/ocr.py. Fonts come from Debian's fonts-dejavu-core and
fonts-liberation (the Makefile installs them for the tests); Pillow's own font stands in if missing.
"""

from __future__ import annotations

import io
import json
import random
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

REPORTS = Path(__file__).resolve().parent / "golden" / "reports"
FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = ("dejavu/DejaVuSans.ttf", "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSans-Regular.ttf",
         "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSansMono.ttf")
SIZES_PT = (11, 10, 12, 10.5)
DPI = 300
PAGE = (2550, 3300)  # Letter at 300 dpi
MARGIN = 200
SCAN_COUNT = 20
SEED = 20240611


@dataclass(frozen=True)
class Scan:
    """One generated picture or PDF of a corpus report."""

    name: str  # file name, e.g. "mg_05_mag....jpg"
    case: str  # the corpus report's stem
    data: bytes
    mime: str
    text: str  # the report's source text
    spoiled: str  # what was done to it, for messages
    pages: int = 1

    @property
    def expected(self) -> dict[str, Any]:
        return json.loads((REPORTS / f"{self.case}.expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def cases() -> list[Path]:
    """The reports drawn: every third report with two findings or more, 22 of them (20 photos, 2 PDFs)."""
    chosen = []
    for path in sorted(REPORTS.glob("*.txt")):
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        if len(expected.get("findings", [])) >= 2:
            chosen.append(path)
    return chosen[::3][: SCAN_COUNT + 2]


@cache
def font(index: int, size_pt: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    pixels = round(size_pt * DPI / 72)
    path = FONT_DIR / FONTS[index % len(FONTS)]
    if path.exists():
        return ImageFont.truetype(str(path), pixels)
    return ImageFont.load_default(size=pixels)


def wrap(text: str, face: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> list[str]:
    """The report's lines, each wrapped to ``width`` pixels as a word processor would."""
    lines: list[str] = []
    for line in text.splitlines():
        words, current = line.split(" "), ""
        if not line.strip():
            lines.append("")
            continue
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and face.getlength(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def render(lines: list[str], face: ImageFont.FreeTypeFont | ImageFont.ImageFont, size_pt: float) -> Image.Image:
    """White page(s) at 300 dpi with the lines drawn in black; taller than Letter when the report is long."""
    leading = round(size_pt * DPI / 72 * 1.4)
    height = max(PAGE[1], 2 * MARGIN + leading * len(lines))
    page = Image.new("L", (PAGE[0], height), 255)
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(lines):
        draw.text((MARGIN, MARGIN + number * leading), line, font=face, fill=20)
    return page


def page_of(text: str, index: int) -> Image.Image:
    size = SIZES_PT[index % len(SIZES_PT)]
    face = font(index, size)
    return render(wrap(text, face, PAGE[0] - 2 * MARGIN), face, size)


# --- spoiling ------------------------------------------------------------------------------------


def tilt(page: Image.Image, angle: float) -> Image.Image:
    """Turned counter-clockwise by ``angle`` degrees, as a page laid crooked on a scanner."""
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def noise(page: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    generator = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(page, dtype=np.float32) + generator.normal(0, sigma, (page.height, page.width))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def shade(page: Image.Image) -> Image.Image:
    """A shadow across the page, darker to the right, as in a photo taken under a lamp."""
    ramp = np.linspace(1.0, 0.55, page.width, dtype=np.float32)[None, :]
    return Image.fromarray((np.asarray(page, dtype=np.float32) * ramp).astype(np.uint8))


def perspective(page: Image.Image) -> Image.Image:
    """The page photographed from a little below and to the side, on a grey table."""
    width, height = page.size
    table = Image.new("L", (width + 300, height + 300), 110)
    table.paste(page, (150, 150))
    w, h = table.size
    # Where each corner of the output comes from in the table picture (top narrower: a tilted phone).
    source = [(0, 0), (w, 0), (w, h), (0, h)]
    target = [(120, 60), (w - 40, 0), (w, h), (0, h - 50)]
    return table.transform((w, h), Image.Transform.PERSPECTIVE, _coefficients(target, source),
                           resample=Image.Resampling.BICUBIC, fillcolor=90)


def _coefficients(target: list[tuple[int, int]], source: list[tuple[int, int]]) -> tuple[float, ...]:
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solution = np.linalg.solve(np.array(rows, dtype=float), np.array([c for point in source for c in point], dtype=float))
    return tuple(float(c) for c in solution)


def encode(image: Image.Image, fmt: str, quality: int = 75, exif_rotated: bool = False) -> bytes:
    """The picture's bytes; ``exif_rotated`` stores it turned sideways with an Orientation tag, as phones do."""
    buffer = io.BytesIO()
    if exif_rotated:
        exif = Image.Exif()
        exif[0x0112] = 6  # "rotate 90° clockwise to show": the pixels are stored turned the other way
        image.transpose(Image.Transpose.ROTATE_90).save(buffer, format="JPEG", quality=quality, exif=exif)
    elif fmt == "JPEG":
        image.save(buffer, format="JPEG", quality=quality)
    elif fmt == "TIFF":
        image.save(buffer, format="TIFF", compression="tiff_deflate")
    elif fmt == "HEIC":  # an iPhone photo (pillow-heif, a runtime requirement, writes it too)
        from readingscan.ingest.ocr.image import register_heif

        register_heif()
        image.convert("RGB").save(buffer, format="HEIF", quality=quality)
    else:
        image.save(buffer, format=fmt, quality=quality)
    return buffer.getvalue()


# One recipe per photo: format, and what happens to the page. Tilts and amounts come from the seed.
_RECIPES = [
    ("PNG", "tilt"), ("JPEG", "tilt+blur"), ("JPEG", "tilt+noise"), ("JPEG", "exif-rotated"),
    ("WEBP", "tilt+blur+noise"), ("JPEG", "shade"), ("PNG", "tilt"), ("JPEG", "perspective"),
    ("TIFF", "tilt+noise"), ("JPEG", "tilt+blur"), ("PNG", "blur+noise"), ("JPEG", "small+tilt"),
    ("JPEG", "tilt+noise"), ("HEIC", "tilt"), ("JPEG", "tilt+blur+noise"), ("PNG", "tilt+noise"),
    ("JPEG", "tilt"), ("TIFF", "blur"), ("JPEG", "shade+tilt"), ("JPEG", "tilt+blur+noise"),
]
_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "TIFF": "image/tiff", "HEIC": "image/heic"}
_SUFFIX = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "TIFF": "tif", "HEIC": "heic"}


def spoil(page: Image.Image, recipe: str, rng: random.Random) -> Image.Image:
    for step in recipe.split("+"):
        if step == "tilt":
            page = tilt(page, rng.choice((-1, 1)) * rng.uniform(1.0, 5.0))
        elif step == "blur":
            page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.6)))
        elif step == "noise":
            page = noise(page, rng.uniform(12, 28), rng)
        elif step == "shade":
            page = shade(page)
        elif step == "perspective":
            page = perspective(page)
        elif step == "small":  # a photo from further away: about 200 dpi
            page = page.resize((page.width * 2 // 3, page.height * 2 // 3), Image.Resampling.LANCZOS)
    return page


@cache
def photos() -> tuple[Scan, ...]:
    """The 20 generated photos and scans of single reports."""
    rng = random.Random(SEED)
    made = []
    for index, (path, (fmt, recipe)) in enumerate(zip(cases()[:SCAN_COUNT], _RECIPES, strict=True)):
        text = path.read_text(encoding="utf-8")
        page = spoil(page_of(text, index), recipe, rng)
        quality = rng.randrange(45, 80)
        data = encode(page, fmt, quality, exif_rotated=recipe == "exif-rotated")
        made.append(Scan(f"{path.stem}.{_SUFFIX[fmt]}", path.stem, data, _MIMES[fmt], text,
                         f"{recipe}, {FONTS[index % len(FONTS)]} {SIZES_PT[index % len(SIZES_PT)]} pt, {fmt} q{quality}"))
    return tuple(made)


# --- scanned PDFs --------------------------------------------------------------------------------


def _halves(text: str) -> tuple[str, str]:
    lines = text.splitlines()
    middle = len(lines) // 2
    return "\n".join(lines[:middle]), "\n".join(lines[middle:])


def _scanned_page(canvas: Canvas, text: str, index: int, rng: random.Random) -> None:
    page = noise(tilt(page_of(text, index), rng.uniform(-3, 3)), 10, rng).resize(PAGE)
    canvas.drawImage(ImageReader(io.BytesIO(encode(page, "JPEG", 70))), 0, 0, *LETTER)


def _text_page(canvas: Canvas, text: str) -> None:
    canvas.setFont("Helvetica", 11)
    y = LETTER[1] - 72
    for line in text.splitlines():
        for piece in textwrap.wrap(line, 85) or [""]:
            canvas.drawString(72, y, piece)
            y -= 14


@cache
def pdfs() -> tuple[Scan, ...]:
    """Two scanned PDFs: both pages scanned, and a mixed one (a text page, then a scanned page)."""
    rng = random.Random(SEED + 1)
    made = []
    for number, path in enumerate(cases()[SCAN_COUNT : SCAN_COUNT + 2]):
        text = path.read_text(encoding="utf-8")
        first, second = _halves(text)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=LETTER, invariant=1)
        if number == 0:
            _scanned_page(canvas, first, 0, rng)
        else:
            _text_page(canvas, first)
        canvas.showPage()
        _scanned_page(canvas, second, 1, rng)
        canvas.showPage()
        canvas.save()
        kind = "scanned" if number == 0 else "mixed"
        made.append(Scan(f"{path.stem}-{kind}.pdf", path.stem, buffer.getvalue(), "application/pdf", text,
                         f"{kind} PDF, 2 pages", pages=2))
    return tuple(made)


def all_scans() -> tuple[Scan, ...]:
    return photos() + pdfs()


def write_all(folder: Path) -> list[Path]:
    """Write every generated scan to ``folder`` (to look at them, or to upload them in a browser)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for scan in all_scans():
        target = folder / scan.name
        target.write_bytes(scan.data)
        written.append(target)
    return written


# --- reading them --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """What analyze() made of one scan, and of the same report as text."""

    scan: Scan
    report: Any  # readingscan.Report of the scan
    as_text: Any  # readingscan.Report of the source text
    seconds: float

    @property
    def cer(self) -> float:
        """Character error rate of the OCR text against the source text, spaces and line breaks aside."""
        from rapidfuzz.distance import Levenshtein

        from readingscan.ingest.read import canonicalize

        source = " ".join(canonicalize(self.scan.text).split())
        read = " ".join(self.report.document.text.split())
        return Levenshtein.distance(source, read) / max(len(source), 1)


def read_scan(scan: Scan) -> Reading:
    import time

    from readingscan import analyze

    start = time.perf_counter()
    report = analyze(scan.data, scan.name)
    seconds = time.perf_counter() - start
    return Reading(scan, report, analyze(scan.text, f"{scan.case}.txt"), seconds)


def read_all(scans: tuple[Scan, ...], workers: int = 2) -> list[Reading]:
    """Every scan read by analyze(); ``workers`` Tesseract processes at once (1 for honest timings)."""
    if workers <= 1:
        return [read_scan(scan) for scan in scans]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(read_scan, scans))


def findings_counts(readings: list[Reading]) -> tuple[Any, Any]:
    """Findings counts (readingscan.evaluate.Counts) over all scans: OCR'd, and the same reports as text."""
    from tools.evaluate import Counts, compare_case

    ocr, text = Counts(), Counts()
    for reading in readings:
        expected = reading.scan.expected
        ocr += compare_case(reading.scan.case, expected, reading.report.to_dict()).findings
        text += compare_case(reading.scan.case, expected, reading.as_text.to_dict()).findings
    return ocr, text
