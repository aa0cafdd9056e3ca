"""Pictures of paper -> page images ready for Tesseract: opened safely, turned upright, cleaned.

Used only by ``readingscan.ingest.ocr.tesseract``. Opening checks the picture's size from its header before any pixel is
decoded, so a decompression bomb is refused cheaply; a damaged file becomes a ReadingError. Preparing a
page follows what phone photos need: the EXIF orientation, grey levels, the shading of the room flattened,
contrast stretched, about 300 dpi, and the small tilt of a hand-held photo removed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from readingscan.ingest.limits import Limits, ingest_words, refusal, too_many_ocr_pages
from readingscan.model import ReadingError

__all__ = ["deskew", "estimate_skew", "open_pages", "prepare", "register_heif"]
# Formats Pillow names after opening (MPO is how many phones' JPEGs open).
_READ_FORMATS = frozenset({"PNG", "JPEG", "MPO", "TIFF", "WEBP", "HEIF"})
_TARGET_WIDTH = 2550  # a Letter or A4 page across at about 300 dpi
_SKEW_LIMIT = 6.0  # degrees searched either way: a hand-held photo is rarely tilted more


def register_heif() -> bool:
    """Teach Pillow to open HEIC/HEIF (iPhone photos) when pillow-heif is installed."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # optional: without it a HEIC upload gets a clear message
        return False
    register_heif_opener()
    return True


@contextmanager
def _guarded() -> Iterator[None]:
    """Pillow's failures on hostile or broken files, as ReadingErrors with a sentence for people.

    Our own pixel limit is far below Pillow's bomb threshold, so Pillow's error only fires for files we
    would refuse anyway; its global setting is left alone (other sessions share the process).
    """
    try:
        yield
    except ReadingError:
        raise
    except Image.DecompressionBombError:
        raise refusal("image_too_large", "pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise refusal("image_damaged", "file") from None


def open_pages(data: bytes, limits: Limits) -> list[Image.Image]:
    """Each page of a picture (a TIFF can hold several), decoded, upright per its EXIF orientation.

    The size is checked from the header first, so pixels are decoded only for pictures within limits.
    """
    pages: list[Image.Image] = []
    with _guarded():
        image = Image.open(io.BytesIO(data))
        if image.format not in _READ_FORMATS:
            raise refusal("image_format", "format", format=image.format or ingest_words().unknown_format)
        frames = getattr(image, "n_frames", 1)
        if frames > limits.max_ocr_pages:
            raise too_many_ocr_pages(frames, limits)
        for index in range(frames):
            image.seek(index)
            check_size(image.size, limits)
            frame = ImageOps.exif_transpose(image.copy() if frames > 1 else image)
            frame.load()
            pages.append(frame)
    return pages


def check_size(size: tuple[int, int], limits: Limits) -> None:
    """Refuse a picture too large to read safely, or too small to hold a readable page."""
    width, height = size
    if width * height > limits.max_image_pixels or max(width, height) > limits.max_image_side:
        raise refusal("image_too_large", "size", width=width, height=height,
                      megapixels=limits.max_image_pixels // 1_000_000, side=limits.max_image_side)
    if min(width, height) < limits.min_image_side:
        raise refusal("image_too_small", "size", width=width, height=height)


def prepare(image: Image.Image) -> Image.Image:
    """A page photo as Tesseract reads it best: grey, shading flattened, contrast stretched, ~300 dpi, level.

    Binarisation is left to Tesseract (Otsu on the flattened page), which beats one global threshold of ours.
    """
    grey = _grey(image)
    scale = _TARGET_WIDTH / grey.width
    if scale > 1.25 or scale < 0.6:  # near enough to 300 dpi already: resampling would only blur
        size = (round(grey.width * scale), round(grey.height * scale))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    flat = _flatten(grey)
    return deskew(flat)[0]


def _grey(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        background = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(background, image.convert("RGBA"))
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        image = ImageOps.autocontrast(image.convert("I").point(lambda v: v / 256).convert("L"))
    return image.convert("L")


def _flatten(grey: Image.Image) -> Image.Image:
    """Divide by the page's own background (a wide blur of it), so a shadow across a photo is not ink;
    then stretch the contrast: paper (the median, most of any page) to white, the darkest ink to black."""
    small = grey.reduce(8) if min(grey.size) >= 800 else grey
    background = small.filter(ImageFilter.MedianFilter(5)).filter(ImageFilter.GaussianBlur(12)).resize(grey.size)
    page = np.asarray(grey, dtype=np.float32)
    flat = page / np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    paper = float(np.median(flat))
    ink = min(float(np.percentile(flat, 0.2)), paper * 0.6)
    stretched = (flat - ink) / max(paper - ink, 1e-3) * 255.0
    return Image.fromarray(np.clip(stretched, 0, 255).astype(np.uint8))


def estimate_skew(grey: Image.Image) -> float:
    """The page's tilt in degrees (counter-clockwise positive), by projection profiles.

    Text lines turned level make the sharpest row profile: the angle maximising the variance of the
    row sums of ink is the tilt. Searched coarse then fine, within ±6 degrees, on a reduced page.
    """
    small = grey.reduce(max(1, min(grey.size) // 700))
    ink = small.point(lambda v: 255 if v < 128 else 0)

    def sharpness(angle: float) -> float:
        turned = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0), dtype=np.float32)
        return float(np.var(turned.sum(axis=1)))

    coarse = max(np.arange(-_SKEW_LIMIT, _SKEW_LIMIT + 0.01, 1.0), key=sharpness)
    fine = max(np.arange(coarse - 1.0, coarse + 1.01, 0.2), key=sharpness)
    return -round(float(fine), 1)


def deskew(grey: Image.Image) -> tuple[Image.Image, float]:
    """The page turned level, and the tilt that was removed (degrees); tilts under 0.3° are left alone."""
    angle = estimate_skew(grey)
    if abs(angle) < 0.3:
        return grey, angle
    level = grey.rotate(-angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return level, angle
