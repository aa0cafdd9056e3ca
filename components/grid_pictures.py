"""Pictures drawn by code: the specks of each calcification shape, and each distribution on a simple breast
outline (chest wall on the left, nipple on the right). Sketches to point at, not images of anyone.

Drawn as SVG (shown through st.image: st.html strips SVG) on a dark tile, white specks as on a mammogram, so they read the same in a light or a
dark theme. Positions come from a seeded random generator: the same picture on every run.
"""

from __future__ import annotations

import html
import math
import random
from collections.abc import Callable

import streamlit as st

from components.words import screen_words
from readingscan import DISTRIBUTION_WORDS, MORPHOLOGY_WORDS, Distribution, Morphology

BACKGROUND = "#1f2428"
INK = "#f4f4f4"
FAINT = "#8a949c"
SIZE = 120  # a shape tile is SIZE x SIZE; a pattern tile is 160 x SIZE
PX_PER_CM = 11  # the outline is about 13 cm from chest wall to nipple
NIPPLE = (150.0, 60.0)
OUTLINE = "M 12 6 C 95 6, 150 32, 150 60 C 150 88, 95 114, 12 114 Z"


def _dot(x: float, y: float, r: float, opacity: float = 1.0) -> str:
    return f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{r:.1f}' fill='{INK}' fill-opacity='{opacity:.2f}'/>"


def _blob(rng: random.Random, x: float, y: float, radius: float, points: int, jag: float) -> str:
    corners = []
    for k in range(points):
        angle = 2 * math.pi * k / points
        r = radius * (1 - jag + 2 * jag * rng.random())
        corners.append(f"{x + r * math.cos(angle):.1f},{y + r * math.sin(angle):.1f}")
    return f"<polygon points='{' '.join(corners)}' fill='{INK}'/>"


def _spots(rng: random.Random, count: int, margin: float = 14) -> list[tuple[float, float]]:
    return [(rng.uniform(margin, SIZE - margin), rng.uniform(margin, SIZE - margin)) for _ in range(count)]


def _skin(rng: random.Random) -> str:
    ring = [f"<path d='M 0 22 Q 60 8 120 22' stroke='{FAINT}' stroke-width='2' fill='none'/>"]
    for x, y in [(22, 32), (48, 28), (70, 34), (96, 31), (36, 46), (84, 48)]:
        ring.append(f"<circle cx='{x}' cy='{y}' r='5' fill='{INK}'/><circle cx='{x}' cy='{y}' r='2' fill='{BACKGROUND}'/>")
    return "".join(ring)


def _vascular(rng: random.Random) -> str:
    parts = [f"<path d='M 0 {y} C 40 {y - 25}, 80 {y + 25}, 120 {y - 5}' stroke='{INK}' stroke-width='2.5' "
             f"stroke-dasharray='9 4' fill='none'/>" for y in (52, 64)]
    return f"<path d='M 0 58 C 40 33, 80 83, 120 53' stroke='{FAINT}' stroke-width='10' stroke-opacity='0.35' fill='none'/>" + "".join(parts)


def _coarse(rng: random.Random) -> str:
    return _blob(rng, 45, 50, 18, 11, 0.35) + _blob(rng, 82, 80, 13, 9, 0.35)


def _rods(rng: random.Random) -> str:
    rods = []
    for _ in range(6):
        x, y = rng.uniform(15, 70), rng.uniform(20, 100)
        length = rng.uniform(22, 38)
        rods.append(f"<line x1='{x:.1f}' y1='{y:.1f}' x2='{x + length:.1f}' y2='{y + rng.uniform(-4, 4):.1f}' "
                    f"stroke='{INK}' stroke-width='5' stroke-linecap='round'/>")
    return "".join(rods)


def _round(rng: random.Random) -> str:
    return "".join(_dot(x, y, rng.uniform(3, 5)) for x, y in _spots(rng, 12))


def _punctate(rng: random.Random) -> str:
    return "".join(_dot(x, y, rng.uniform(1.2, 1.8)) for x, y in _spots(rng, 20))


def _rim(rng: random.Random) -> str:
    return "".join(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{rng.uniform(6, 10):.1f}' stroke='{INK}' stroke-width='2.5' "
                   f"fill='none'/>" for x, y in _spots(rng, 6, margin=20))


def _dystrophic(rng: random.Random) -> str:
    return "".join(_blob(rng, x, y, rng.uniform(8, 13), 14, 0.6) for x, y in _spots(rng, 4, margin=22))


def _milk(rng: random.Random) -> str:
    cups = []
    for x, y in [(35, 40), (80, 45), (55, 85)]:
        cups.append(f"<circle cx='{x}' cy='{y}' r='11' stroke='{FAINT}' stroke-width='1' fill='none'/>"
                    f"<path d='M {x - 10} {y + 4} A 11 11 0 0 0 {x + 10} {y + 4} Z' fill='{INK}'/>")
    return "".join(cups)


def _suture(rng: random.Random) -> str:
    return (f"<path d='M 20 90 C 40 60, 50 40, 60 55 C 70 70, 48 75, 56 58 C 64 42, 85 35, 100 25' stroke='{INK}' "
            f"stroke-width='3.5' fill='none' stroke-linecap='round'/>")


def _amorphous(rng: random.Random) -> str:
    return "".join(_dot(x, y, rng.uniform(1.2, 2.0), 0.5) for x, y in _spots(rng, 28, margin=30))


def _coarse_heterogeneous(rng: random.Random) -> str:
    return "".join(_blob(rng, x, y, rng.uniform(2.5, 5.5), 7, 0.45) for x, y in _spots(rng, 12, margin=28))


def _fine_pleomorphic(rng: random.Random) -> str:
    parts = []
    for k, (x, y) in enumerate(_spots(rng, 18, margin=30)):
        if k % 3 == 0:
            parts.append(f"<line x1='{x:.1f}' y1='{y:.1f}' x2='{x + 4:.1f}' y2='{y + 2:.1f}' stroke='{INK}' stroke-width='1.4'/>")
        else:
            parts.append(_blob(rng, x, y, rng.uniform(1.2, 2.4), 3 + k % 3, 0.5))
    return "".join(parts)


def _fine_linear(rng: random.Random) -> str:
    paths = ["M 20 30 L 45 45 L 62 52 L 88 60 L 104 62", "M 45 45 L 52 28 L 58 20", "M 62 52 L 70 74 L 76 92",
             "M 24 84 L 44 78 L 60 76"]
    return "".join(f"<path d='{d}' stroke='{INK}' stroke-width='1.6' stroke-dasharray='7 3' fill='none'/>" for d in paths)


SHAPES: dict[Morphology, Callable[[random.Random], str]] = {
    Morphology.SKIN: _skin, Morphology.VASCULAR: _vascular, Morphology.COARSE: _coarse,
    Morphology.LARGE_ROD_LIKE: _rods, Morphology.ROUND: _round, Morphology.PUNCTATE: _punctate, Morphology.RIM: _rim,
    Morphology.DYSTROPHIC: _dystrophic, Morphology.MILK_OF_CALCIUM: _milk, Morphology.SUTURE: _suture,
    Morphology.AMORPHOUS: _amorphous, Morphology.COARSE_HETEROGENEOUS: _coarse_heterogeneous,
    Morphology.FINE_PLEOMORPHIC: _fine_pleomorphic, Morphology.FINE_LINEAR: _fine_linear,
}


def _inside(x: float, y: float) -> bool:
    # The outline is close to half an ellipse centred on the chest wall.
    return x > 16 and ((x - 12) / 136) ** 2 + ((y - 60) / 52) ** 2 < 1


def _scatter(rng: random.Random, count: int, accept: Callable[[float, float], bool]) -> str:
    dots: list[str] = []
    while len(dots) < count:
        x, y = rng.uniform(12, 150), rng.uniform(6, 114)
        if _inside(x, y) and accept(x, y):
            dots.append(_dot(x, y, 1.5))
    return "".join(dots)


def _label(x: int, y: int, key: str) -> str:
    """A few words written in a drawing (screens.yaml grid), escaped."""
    text = html.escape(screen_words("grid")[key])
    return f"<text x='{x}' y='{y}' font-size='9' fill='{FAINT}' text-anchor='middle'>{text}</text>"


def _pattern(distribution: Distribution | None, rng: random.Random) -> str:
    dashed = f"stroke='{FAINT}' stroke-width='1' stroke-dasharray='3 2' fill='none'"
    if distribution is Distribution.DIFFUSE:
        return _scatter(rng, 70, lambda x, y: True)
    if distribution is Distribution.REGIONAL:
        return (f"<ellipse cx='70' cy='45' rx='30' ry='20' {dashed}/>"
                + _scatter(rng, 30, lambda x, y: ((x - 70) / 30) ** 2 + ((y - 45) / 20) ** 2 < 1)
                + _label(70, 76, "drawing_regional"))
    if distribution is Distribution.GROUPED:
        r = PX_PER_CM / 2
        return (f"<circle cx='85' cy='55' r='{r + 2}' {dashed}/>" + _scatter(rng, 7, lambda x, y: math.dist((x, y), (85, 55)) < r)
                + _label(85, 78, "drawing_grouped"))
    if distribution is Distribution.LINEAR:
        return "".join(_dot(60 + 6 * k + rng.uniform(-1, 1), 40 + 2.2 * k + rng.uniform(-1, 1), 1.5) for k in range(12))
    if distribution is Distribution.SEGMENTAL:
        nx, ny = NIPPLE
        wedge = f"M {nx - 4} {ny} L 40 22 L 40 82 Z"
        return (f"<path d='{wedge}' {dashed}/>"
                + _scatter(rng, 40, lambda x, y: 40 < x < nx - 6 and abs(y - (ny - 8 * (nx - x) / 110)) < 30 * (nx - x) / 110))
    return f"<text x='75' y='66' font-size='22' fill='{FAINT}' text-anchor='middle'>?</text>"


def _svg(width: int, body: str, label: str) -> str:
    title = html.escape(label)
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {SIZE}' width='{width * 2}' "
            f"height='{SIZE * 2}' role='img' "
            f"aria-label='{title}'><title>{title}</title><rect width='{width}' height='{SIZE}' rx='10' "
            f"fill='{BACKGROUND}'/>{body}</svg>")


def shape_svg(morphology: Morphology) -> str:
    """The specks of one shape, magnified."""
    body = SHAPES[morphology](random.Random(morphology.value))  # noqa: S311 - layout of a drawing, not security
    return _svg(SIZE, body, screen_words("grid")["shape_label"].format(name=MORPHOLOGY_WORDS[morphology].name.lower()))


def pattern_svg(distribution: Distribution | None) -> str:
    """One distribution on a breast outline: chest wall on the left, nipple on the right, a 1 cm scale bar."""
    nx, ny = NIPPLE
    outline = (f"<path d='{OUTLINE}' stroke='{FAINT}' stroke-width='2' fill='none'/>"
               f"<circle cx='{nx + 2}' cy='{ny}' r='3' fill='{FAINT}'/>"
               f"<line x1='14' y1='108' x2='{14 + PX_PER_CM}' y2='108' stroke='{FAINT}' stroke-width='2'/>"
               f"<text x='{16 + PX_PER_CM}' y='111' font-size='8' fill='{FAINT}'>"
               f"{html.escape(screen_words('grid')['drawing_scale'])}</text>")
    body = outline + _pattern(distribution, random.Random(str(distribution)))  # noqa: S311 - layout of a drawing
    plain = DISTRIBUTION_WORDS[distribution].plain.strip(",")
    return _svg(160, body, screen_words("grid")["pattern_label"].format(plain=plain))


def shape_alt(morphology: Morphology) -> str:
    """The text alternative of a shape's picture: what the drawing shows, in plain words."""
    words = MORPHOLOGY_WORDS[morphology]
    return screen_words("grid")["shape_alt"].format(name=words.name.lower(), plain=words.plain.strip(",").lower())


def pattern_alt(distribution: Distribution | None) -> str:
    """The text alternative of a pattern's picture."""
    words = DISTRIBUTION_WORDS[distribution]
    return screen_words("grid")["pattern_alt"].format(plain=words.plain.strip(","), name=words.name.lower())


def render_pair(morphology: Morphology, distribution: Distribution | None) -> None:
    """The chosen cell's shape and pattern side by side."""
    words = screen_words("grid")
    st.image([shape_svg(morphology), pattern_svg(distribution)], width=210,
             caption=[words["caption_shape"].format(name=MORPHOLOGY_WORDS[morphology].name),
                      words["caption_pattern"].format(name=DISTRIBUTION_WORDS[distribution].name)],
             alt=[shape_alt(morphology), pattern_alt(distribution)])


def render_shapes() -> None:
    """Every shape, magnified."""
    st.image([shape_svg(m) for m in Morphology], caption=[MORPHOLOGY_WORDS[m].name for m in Morphology], width=140,
             alt=[shape_alt(m) for m in Morphology])


def render_patterns() -> None:
    """Every distribution on the outline (the "not stated" column has no picture)."""
    st.image([pattern_svg(d) for d in Distribution], caption=[DISTRIBUTION_WORDS[d].name for d in Distribution], width=210,
             alt=[pattern_alt(d) for d in Distribution])
