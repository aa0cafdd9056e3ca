"""A finding's descriptors in plain words (content/en/descriptors.yaml), and the two MRI paragraphs: background
enhancement (normal tissue taking up the dye, never a finding) and the amount of fibroglandular tissue.

"Irregular mass, not parallel, with posterior shadowing" gives, on its card, "Irregular shape", "Not parallel
orientation" and "Posterior shadowing", each with what it looks like, what it usually means and how
concerning it is, and the works that say so. An MRI mass with washout first says what the contrast dye and
its timing are.
"""

from __future__ import annotations

from dataclasses import dataclass

from readingscan.content import load_content
from readingscan.content.descriptors import Concern, DescriptorWords
from readingscan.model import Finding, Report, Status

__all__ = ["Detail", "background_words", "detail_line", "finding_details", "sources_of", "tissue_heading",
           "tissue_sources", "tissue_words"]


@dataclass(frozen=True, slots=True)
class Detail:
    """One paragraph on a finding's card: a descriptor value, or an intro that explains the ones after it."""

    term: str  # the heading, in the Atlas's words: "Posterior shadowing", "Enhancement and contrast dye"
    text: str  # what it looks like, what it usually means, how concerning (an intro: its explanation)
    sources: tuple[str, ...]  # the primary works, as shown
    level: Concern | None = None  # None for an intro
    glossary: str | None = None  # the slug of its glossary entry, when one exists


def _words() -> DescriptorWords:
    return load_content().descriptors


def _cites(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_words().sources[key].cite for key in keys)


def _intro(key: str) -> Detail:
    intro = _words().intros[key]
    return Detail(intro.term, intro.text, _cites(intro.sources))


def finding_details(finding: Finding, said: set[str] | None = None) -> tuple[Detail, ...]:
    """The card's paragraphs for the descriptors of the contract a finding has, in the Atlas's order.

    An intro comes once, before the first paragraph that needs it (or first, for the kinds and names it is
    for: an MRI focus says what enhancement is). ``said`` holds the intros an earlier card on the same
    screen already gave: they are not repeated (three MRI masses explain the dye once), and this card's are
    added. A finding said to be absent has none; a name or value the contract does not fix ("site") has none.
    """
    if finding.status is Status.ABSENT:
        return ()
    words = _words()
    given = dict(finding.descriptors)
    said = set() if said is None else said
    intros = [key for key, intro in words.intros.items()
              if finding.kind in intro.kinds or (finding.label and finding.label in intro.labels)]
    details = [_intro(key) for key in intros if key not in said]
    for name, entry in words.descriptors.items():
        value = entry.values.get(given.get(name, ""))
        if value is None:
            continue
        for key in entry.intros:
            if key not in intros:
                intros.append(key)
                if key not in said:
                    details.append(_intro(key))
        text = " ".join((value.looks, value.means, value.concern))
        details.append(Detail(value.term, text, _cites(value.sources), value.level, value.glossary))
    said.update(intros)
    return tuple(details)


def sources_of(details: tuple[Detail, ...]) -> tuple[str, ...]:
    """The works a card's paragraphs rest on, each once, in the order they first appear."""
    return tuple(dict.fromkeys(cite for detail in details for cite in detail.sources))


def detail_line(detail: Detail) -> str:
    """One paragraph as the downloads write it: "**Posterior shadowing.** The area behind it ..."."""
    return _words().detail.format(term=detail.term, text=detail.text)


def background_words(report: Report) -> str:
    """Background enhancement as normal tissue behaviour: how much the normal tissue took up the dye, whether
    both sides match, and that it is not a finding; "" when the report does not state it."""
    reading, words = report.background_enhancement, _words().background_enhancement
    if reading is None:
        return ""
    level = words.levels[reading.level]
    parts = [words.sentence.format(name=level.name, meaning=level.meaning)]
    if reading.symmetry is not None:
        parts.append(words.symmetry[reading.symmetry])
    parts.append(words.normal)
    return " ".join(parts)


def tissue_words(report: Report) -> str:
    """The MRI amount of fibroglandular tissue, a to d, said apart from a mammogram's density; "" when not stated."""
    reading, words = report.fibroglandular_tissue, _words().fibroglandular_tissue
    if reading is None:
        return ""
    named = words.categories[reading.category]
    return " ".join((words.sentence.format(letter=reading.category.value.upper(), name=named.name,
                                           meaning=named.meaning), words.note))


def tissue_heading(report: Report) -> str:
    """The heading over the MRI paragraphs, or "" when the report states neither."""
    return _words().tissue_heading if background_words(report) or tissue_words(report) else ""


def tissue_sources(report: Report) -> str:
    """The works the MRI paragraphs rest on, as shown ("; "-joined), or "" when there are none."""
    words = _words()
    keys = [*(words.background_enhancement.sources if background_words(report) else ()),
            *(words.fibroglandular_tissue.sources if tissue_words(report) else ())]
    return "; ".join(_cites(tuple(dict.fromkeys(keys))))
