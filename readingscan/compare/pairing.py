"""Which finding of an older report is which finding of a newer one (the rules: ``readingscan.compare``'s
``changes`` module docstring, "How findings are paired")."""

from __future__ import annotations

from readingscan.model import Breast, Finding, Quadrant, Report, Status

__all__ = ["SEEN", "pair_findings", "size_changed"]

SEEN = (Status.PRESENT, Status.POSSIBLE)
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


def size_changed(a: float, b: float) -> bool:
    """Whether two sizes (mm) differ enough to be a change: by 2 mm, or by 20% of the smaller, or more."""
    return abs(a - b) >= 2 or abs(a - b) >= 0.2 * min(a, b)


def _score(a: Finding, b: Finding) -> float | None:
    """The pairing score of an older and a newer finding; None when they cannot be the same finding."""
    if a.kind is not b.kind or (a.status not in SEEN and b.status not in SEEN):
        return None
    if a.breast and b.breast and a.breast is not b.breast and Breast.BOTH not in (a.breast, b.breast):
        return None
    place = _place_score(a, b)
    if place is None:
        return None
    if any(x.status not in SEEN and not _can_retire(x, y) for x, y in ((a, b), (b, a))):
        return None
    score = 10 + place + (3.0 if a.breast is b.breast and a.breast else 1.0)
    score += 6 if a.status in SEEN and b.status in SEEN else 0
    score += 2 if a.term and a.term == b.term else 1 if a.label == b.label else 0
    score += 1 if a.status is b.status else 0
    score += 1 if a.morphology and set(a.morphology) == set(b.morphology) else 0
    score += 0.5 if a.distribution and a.distribution is b.distribution else 0
    return score + (0.5 if a.size_mm and b.size_mm and not size_changed(a.size_mm, b.size_mm) else 0)


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
    pairs += [(a, None) for i, a in enumerate(prior.findings) if i not in used_a and a.status in SEEN]
    pairs += [(None, b) for j, b in enumerate(current.findings) if j not in used_b and b.status in SEEN]
    return pairs
