"""Compare an older and a newer report: which findings are new, unchanged, changed or gone, and how the
BI-RADS category and breast density moved. The sentences live in rules/compare.yaml.

How findings are paired (``compare_reports``):
- Two findings can be the same one when they are of the same kind, on the same side (or a side is not
  stated), and in the same place: clock faces at most an hour apart ("2 o'clock" and "2:30"), the same
  quadrant, or a clock face inside that quadrant ("left breast 2 o'clock" is upper outer). A finding
  with no place can pair with any, but scores lower. The same glossary term, morphology, size and status
  raise the score; pairs are taken best score first, each finding at most once.
- Only findings seen (present or possible) count. "No mass" in both reports says nothing, so two absent
  findings are never paired.
- A seen finding, then "The right breast cyst is no longer seen" (absent, same side): RESOLVED, said to
  be gone. A general list ("No suspicious masses or calcifications in either breast": no one side, no
  place, no particular term) does not retire a particular finding; that one is RESOLVED, "not mentioned".
- A seen finding of the older report with no partner: RESOLVED, not mentioned in the newer report.
  A seen finding of the newer report with no partner: NEW.
- A pair of seen findings is CHANGED when both reports give a morphology and they differ ("fine
  pleomorphic" then "amorphous"), or a distribution, or a size that differs by 2 mm or 20% or more
  ("8 mm" then "12 mm"), or when one is possible and the other present. A detail one report leaves out
  is not a change. Otherwise it is UNCHANGED.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml

from readingscan.explain.text import wording
from readingscan.model import Breast, Category, Density, Finding, Morphology, Quadrant, Report, Status


class Change(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    RESOLVED = "resolved"
    CHANGED = "changed"


@dataclass(frozen=True)
class FindingChange:
    """One finding across the two reports. ``differences`` uses the labels of rules/compare.yaml."""

    change: Change
    prior: Finding | None
    current: Finding | None
    differences: tuple[str, ...]
    sentence: str

    @property
    def not_mentioned(self) -> bool:
        """RESOLVED because the newer report does not mention it, not because it says it is gone."""
        return self.change is Change.RESOLVED and self.current is None


@dataclass(frozen=True)
class Comparison:
    findings: tuple[FindingChange, ...]
    prior_category: Category | None
    current_category: Category | None
    category_sentence: str
    prior_density: Density | None
    current_density: Density | None
    density_sentence: str

    def count(self, change: Change) -> int:
        """How many findings have this change."""
        return sum(item.change is change for item in self.findings)


@cache
def compare_wording() -> dict[str, Any]:
    """The comparison wording (rules/compare.yaml), loaded once."""
    text = resources.files("readingscan").joinpath("content", "en", "compare.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


_SEEN = (Status.PRESENT, Status.POSSIBLE)
_EDGE_QUADRANTS = (Quadrant.CENTRAL, Quadrant.SUBAREOLAR)


def _hours(clock: str) -> float:
    hour, _, minute = clock.partition(":")
    return (int(hour) % 12) + int(minute or 0) / 60


def _clock_quadrants(clock: str, breast: Breast | None) -> set[Quadrant]:
    # Seen from the front, 9 o'clock is the right breast's outer side and 3 o'clock the left's; a clock
    # face on a boundary (3, 6, 9, 12) belongs to the quadrants on both sides of it.
    h = _hours(clock)
    nine_side, three_side = h >= 6 or h == 0, h <= 6
    outer, inner = {Breast.RIGHT: (nine_side, three_side), Breast.LEFT: (three_side, nine_side)}.get(
        breast, (True, True))  # type: ignore[arg-type]
    upper, lower = h >= 9 or h <= 3, 3 <= h <= 9
    return {q for q, ok in ((Quadrant.UPPER_OUTER, upper and outer), (Quadrant.UPPER_INNER, upper and inner),
                            (Quadrant.LOWER_OUTER, lower and outer), (Quadrant.LOWER_INNER, lower and inner),
                            (Quadrant.AXILLARY_TAIL, upper and outer)) if ok}


def _place_score(a: Finding, b: Finding) -> float | None:
    """How well two places agree (higher is closer), or None when they cannot be the same place."""
    la, lb = a.location, b.location
    if la is None or lb is None or not (la.clock or la.quadrant) or not (lb.clock or lb.quadrant):
        return 1.0
    if la.clock and lb.clock:
        gap = abs(_hours(la.clock) - _hours(lb.clock))
        gap = min(gap, 12 - gap)
        return 4.0 - gap if gap <= 1 else None
    if la.quadrant and lb.quadrant:
        return 3.0 if la.quadrant is lb.quadrant else None
    clock, quadrant = (la.clock, lb.quadrant) if la.clock else (lb.clock, la.quadrant)
    if clock is None or quadrant is None or quadrant in _EDGE_QUADRANTS:
        return 1.0
    sides = {a.breast, b.breast} - {None, Breast.BOTH}
    return 2.0 if quadrant in _clock_quadrants(clock, sides.pop() if len(sides) == 1 else None) else None


def _specific(finding: Finding) -> bool:
    return bool(finding.term) and finding.term != finding.kind.value


def _can_retire(absent: Finding, seen: Finding) -> bool:
    """An absent finding speaks of a seen one only if it names one side, a place or the same term."""
    if _specific(absent) and absent.term != seen.term:
        return False
    placed = absent.location is not None and bool(absent.location.clock or absent.location.quadrant)
    return absent.breast in (Breast.LEFT, Breast.RIGHT) or placed or (_specific(absent) and absent.term == seen.term)


def _size_changed(a: float, b: float) -> bool:
    return abs(a - b) >= 2 or abs(a - b) >= 0.2 * min(a, b)


def _score(a: Finding, b: Finding) -> float | None:
    """The pairing score of an older and a newer finding; None when they cannot be the same finding."""
    if a.kind is not b.kind or (a.status not in _SEEN and b.status not in _SEEN):
        return None
    if a.breast and b.breast and a.breast is not b.breast and Breast.BOTH not in (a.breast, b.breast):
        return None
    place = _place_score(a, b)
    if place is None:
        return None
    if any(x.status not in _SEEN and not _can_retire(x, y) for x, y in ((a, b), (b, a))):
        return None
    score = 10 + place + (3.0 if a.breast is b.breast and a.breast else 1.0)
    score += 6 if a.status in _SEEN and b.status in _SEEN else 0
    score += 2 if a.term and a.term == b.term else 1 if a.label == b.label else 0
    score += 1 if a.status is b.status else 0
    score += 1 if a.morphology and set(a.morphology) == set(b.morphology) else 0
    score += 0.5 if a.distribution and a.distribution is b.distribution else 0
    return score + (0.5 if a.size_mm and b.size_mm and not _size_changed(a.size_mm, b.size_mm) else 0)


def pair_findings(prior: Report, current: Report) -> list[tuple[Finding | None, Finding | None]]:
    """The findings paired best score first (see the module's docstring); absent ones left alone drop out."""
    scored = []
    for i, a in enumerate(prior.findings):
        for j, b in enumerate(current.findings):
            score = _score(a, b)
            if score is not None:
                scored.append((-score, abs(i - j), min(i, j), i, j))
    used_a, used_b = set(), set()
    pairs: list[tuple[Finding | None, Finding | None]] = []
    for *_, i, j in sorted(scored):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((prior.findings[i], current.findings[j]))
    pairs += [(a, None) for i, a in enumerate(prior.findings) if i not in used_a and a.status in _SEEN]
    pairs += [(None, b) for j, b in enumerate(current.findings) if j not in used_b and b.status in _SEEN]
    return pairs


_AGREE = {"is": ("is", "are"), "was": ("was", "were"), "has": ("has", "have"), "it": ("it", "they"),
          "them": ("it", "them"), "measures": ("measures", "measure")}


def _shape(morphology: tuple[Morphology, ...]) -> str:
    return " and ".join(m.value.replace("_", " ") for m in morphology)


def _words(finding: Finding, where: str) -> dict[str, str]:
    """The pieces a template fills in, agreeing with the finding's label ("mass is", "calcifications are")."""
    label = finding.label or str(wording()["kinds"][finding.kind.value]["name"])
    possible = "possible" if finding.status is Status.POSSIBLE else ""
    thing = " ".join(p for p in (possible, finding.distribution or "", _shape(finding.morphology), label) if p)
    many = label.endswith("s") and not label.endswith(("ss", "sis", "us"))
    article = "" if many else ("an " if thing[0] in "aeiou" else "a ")
    return {"thing": thing, "a_thing": article + thing, "label": label, "where": where,
            **{key: forms[many] for key, forms in _AGREE.items()}}


def _where(finding: Finding, other: Finding | None) -> str:
    breast = finding.breast or (other.breast if other else None)
    side = {Breast.LEFT: " in the left breast", Breast.RIGHT: " in the right breast",
            Breast.BOTH: " in both breasts"}.get(breast, "")  # type: ignore[arg-type]
    location = finding.location or (other.location if other else None)
    if location is None:
        return side
    if location.clock:
        hour, _, minute = location.clock.partition(":")
        return side + (f" at {hour} o'clock" if minute in ("", "00") else f" at the {location.clock} position")
    if location.quadrant:
        return side + " in the " + location.quadrant.value.replace("_", " ") + " part"
    return side


def _say(key: str, values: dict[str, str]) -> str:
    text = str(compare_wording()["findings"][key]).format(**values)
    return text[0].upper() + text[1:]


def _differences(a: Finding, b: Finding) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    if a.morphology and b.morphology and set(a.morphology) != set(b.morphology):
        found.append(("morphology", {"old": _shape(a.morphology), "new": _shape(b.morphology)}))
    if a.distribution and b.distribution and a.distribution is not b.distribution:
        found.append(("distribution", {"old": a.distribution.value, "new": b.distribution.value}))
    if a.size_mm and b.size_mm and _size_changed(a.size_mm, b.size_mm):
        found.append(("size", {"old": f"{a.size_mm:g}", "new": f"{b.size_mm:g}"}))
    if a.status is not b.status:
        found.append(("status", {"key": "status_firmer" if b.status is Status.PRESENT else "status_weaker"}))
    return found


def _finding_change(prior: Finding | None, current: Finding | None) -> FindingChange:
    names = compare_wording()["differences"]
    if prior is not None and (current is None or current.status not in _SEEN):
        key = "not_mentioned" if current is None else "gone"
        return FindingChange(Change.RESOLVED, prior, current, (names[key],),
                             _say(key, _words(prior, _where(prior, current))))
    assert current is not None  # pair_findings never pairs two absent findings, nor gives (None, None)
    words = _words(current, _where(current, prior))
    if prior is None or prior.status not in _SEEN:
        before = () if prior is None else (names["absent_before"],)
        sentences = [_say("new", words)] + [_say("new_after_absent", words)] * len(before)
        return FindingChange(Change.NEW, prior, current, before, " ".join(sentences))
    changes = _differences(prior, current)
    if not changes:
        sentences = [_say("unchanged", words)] + [_say("stable", words)] * current.stable
        return FindingChange(Change.UNCHANGED, prior, current, (), " ".join(sentences))
    sentences = [_say(values.get("key", name), {**words, **values, "where": words["where"] if n == 0 else ""})
                 for n, (name, values) in enumerate(changes)]
    return FindingChange(Change.CHANGED, prior, current, tuple(names[n] for n, _ in changes), " ".join(sentences))


def _value_sentence(kind: str, old: str | None, new: str | None) -> str:
    """The category's or the density's sentence, with the names of rules/explain.yaml in lower case."""
    w, names = compare_wording()[kind], wording()["categories" if kind == "category" else "density"]

    def value(v: str) -> str:
        name = str(names[v]["name"])
        return str(w["value"]).format(value=v.upper(), name=name[0].lower() + name[1:])

    if old is None or new is None:
        key = "neither" if old is new else "only_new" if old is None else "only_old"
        return str(w[key]).format(old=value(old) if old else "", new=value(new) if new else "")
    return str(w["stayed" if old == new else "went"]).format(old=value(old), new=value(new))


def compare_reports(prior: Report, current: Report) -> Comparison:
    """What changed from ``prior`` (the older report) to ``current``: one FindingChange per finding seen
    in either report, and sentences on the category and the density (rules in the module docstring).
    """
    old_category, new_category = prior.assessment.overall, current.assessment.overall
    old_density = prior.density.category if prior.density else None
    new_density = current.density.category if current.density else None
    return Comparison(
        findings=tuple(_finding_change(a, b) for a, b in pair_findings(prior, current)),
        prior_category=old_category,
        current_category=new_category,
        category_sentence=_value_sentence("category", old_category, new_category),
        prior_density=old_density,
        current_density=new_density,
        density_sentence=_value_sentence("density", old_density, new_density),
    )
