"""The BI-RADS assessment exactly as the report states it: every category mention becomes a statement with its scope
(which breast: read/scope.py), its time (today's or an earlier exam's) and whether it is asserted at all (not negated,
hypothetical or a legend of the scale).

The overall category is the most serious of today's asserted categories by the Atlas order (a category stated as
overall or final counts among them: the overall is never less serious than a category read), never the last one
written. What cannot be tied to a breast, a breast given two categories, an overall less serious than a breast's, and a
range go to ``conflicts``, shown as written. An addendum's categories replace the report's (of the breasts it revises).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from itertools import pairwise

from readingscan.model import (
    CATEGORY_SERIOUSNESS,
    OTHER_BREAST,
    Assessment,
    Breast,
    Category,
    OtherScore,
    Section,
    SectionKind,
    Sentence,
    Span,
)
from readingscan.read.asserted import is_asserted
from readingscan.read.categories import find_category_mentions
from readingscan.read.category_tables import CategoryMention, earlier_column_cells, span_of
from readingscan.read.dates import (
    dated_earlier,
    exam_dates,
    latest_year,
    latest_year_line,
    written_date,
    year_before_latest,
)
from readingscan.read.scope import SideMarks, carried_side, scope, side_marks
from readingscan.read.scores import read_other_scores
from readingscan.read.sections import BreastHeader
from readingscan.read.statements import item_start, line_bounds, referenced_lesion_side, relative_side
from readingscan.read.versions import without_edits
from readingscan.rules import cue

_PREVIOUS_BEFORE = cue("previous_before")
_PAST_BEFORE = cue("past_before")
_CURRENT_BEFORE = cue("current_before")
_ADOPTED = cue("adopted_before")
_PREVIOUS_AFTER = cue("previous_after")
_ADDENDUM = cue("addendum")
_ARBITRATION = cue("arbitration")  # a double reading's decision over its readers: as an addendum
_ORIGINAL = cue("original_report")
_PRELIMINARY = cue("preliminary_report")
_REVISED_TO = cue("revised_to_before")
_NEW_AGAINST = cue("new_against_earlier")
_FINAL = cue("final_report")
_TIME_LABEL = cue("time_label_line")
_CURRENT_LABEL = cue("current_label")
_TIMELINE_DATE = cue("timeline_date")
_GENERIC = cue("generic_statement")  # "... is usually followed (often BI-RADS 3)": what is done in general
_EARLIER_SECTIONS = {SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE}
_CONCLUSION = {SectionKind.IMPRESSION, SectionKind.ASSESSMENT}
_LOOK_BACK = 80
_CONTRALATERAL = cue("contralateral_before")


def _sentence_at(sentences: tuple[Sentence, ...], starts: list[int], offset: int) -> Sentence | None:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index].span.start <= offset < sentences[index].span.end:
        return sentences[index]
    return None


def time_of(text: str, mention: CategoryMention, section: SectionKind | None, dates: tuple[date, ...] = ()) -> str:
    """"today", "earlier" (an earlier exam's: "previously BI-RADS 3", "assessed as 0 at screening", a line of a
    follow-up timeline labelled with an earlier time: "6 months: unchanged, BI-RADS 3.", a line labelled with an exam
    dated before the exam's ``dates``, "dated": "Imaging target (US 01/28/2026): ... BI-RADS 4A.", unless no other is
    given), "past" (past tense alone, "was categorised as BI-RADS 5": today's unless the report says which is today's)
    or "now" (said to be today's: "Today's assessment:", "now BI-RADS 2")."""
    if section in _EARLIER_SECTIONS or mention.earlier:
        return "earlier"
    if mention.today:  # a year-row table's latest row, its year label no earlier exam's
        return "today"
    line_start, line_end = line_bounds(text, mention.span.start)
    label = _TIME_LABEL.match(text, line_start, mention.span.start)
    if label and latest_year_line(text, line_start):
        return "past"
    if (labelled := label and not _CURRENT_LABEL.search(label.group(0))) or dated_earlier(text, line_start, mention.span.start, dates):
        return "earlier" if labelled else "dated"
    before = text[max(line_start, mention.span.start - _LOOK_BACK):mention.span.start]
    before = _NEW_AGAINST.sub(lambda m: " " * len(m.group()), before)  # "not present on the prior study, ... BI-RADS 0"
    # Not a cue said inside a bracket closed before it: "(prior 9 mm, prior BI-RADS 3), enlarging: BI-RADS 4B".
    earlier = next((m for at in range(len(before)) if (m := _PREVIOUS_BEFORE.match(before, at))
                    and before.count(")", at) <= before.count("(", at)), None)
    # "We agree with the outside assessment of BI-RADS 1", "The report we signed read: "BI-RADS 4C"": adopted, today's.
    now = _CURRENT_BEFORE.search(before) or (_ADOPTED.search(before) if earlier else None)
    after = _PREVIOUS_AFTER.match(text, mention.span.end, line_end)
    if (earlier and not (now and (now.start() > earlier.start() or now.re is _ADOPTED))) or (after and not latest_year(text, after.group(0))) \
            or year_before_latest(text, before):
        return "earlier"
    if now or _CURRENT_LABEL.search(text, line_start, mention.span.start):
        return "now"
    return "past" if _PAST_BEFORE.search(before) else "today"


def _older_entries(text: str, categories: list[int]) -> list[tuple[int, int]]:
    """The lines of a dated timeline ("- 02/2023  US: ... BR3." over "- 03/2025  US: ... BR2.") dated before its
    latest entry that states a category (``categories``: where they start; a later biopsy entry states none)."""
    entries = [(line_bounds(text, m.start()), (int(m.group("year")), int(m.group("month")), int(m.group("day") or 0))
                if not m.group("short") else (w.year, w.month, w.day) if (w := written_date(m.group("short"))) else None)
               for m in _TIMELINE_DATE.finditer(text)]
    stating = [when for (start, end), when in entries if when and any(start <= at < end for at in categories)]
    latest = max(stating, default=None)
    return [bounds for bounds, when in entries if when and when != latest] if len(entries) > 1 and latest else []


def _in_addendum(marks: list[tuple[int, bool]], offset: int) -> bool:
    """Whether the last heading before ``offset`` is one marked True (an addendum against the original report; a
    preliminary read against the final one)."""
    before = bisect_right(marks, (offset, True))
    return before > 0 and marks[before - 1][1]


def _worst(categories: Iterable[Category]) -> Category:
    return max(categories, key=CATEGORY_SERIOUSNESS.index)


def read_assessment(
    text: str, sections: tuple[Section, ...], sentences: tuple[Sentence, ...], headers: tuple[BreastHeader, ...],
    exam_breast: Breast | None = None, sides: SideMarks | None = None,
) -> Assessment:
    """Today's asserted categories: per breast where tied to one, the overall, and what is unsure."""
    starts = [s.span.start for s in sentences]
    per_side: dict[Breast, dict[Category, Span]] = {Breast.LEFT: {}, Breast.RIGHT: {}}
    unbound: list[tuple[Category, Span]] = []
    stated: list[Category] = []
    evidence: list[Span] = []
    mentions = []
    dates = exam_dates(text, sections)
    # Read as edited: "BI-RADS [-3-] {+4A+}" is 4A (the words as written stay the evidence).
    edited = without_edits(text)
    found = find_category_mentions(edited, sections)
    if edited is not text:
        found = tuple(replace(m, span=span_of(text, m.span.start, m.span.end)) for m in found)
    older = _older_entries(text, [m.span.start for m in found]) + earlier_column_cells(text)
    for mention in found:
        sentence = _sentence_at(sentences, starts, mention.span.start)
        section = sentence.span.section if sentence else None
        if any(start <= mention.span.start < end for start, end in older):
            continue  # an earlier entry of a dated timeline, a table's earlier column
        if is_asserted(text, mention) and not (sentence and _GENERIC.search(sentence.span.text)):
            mentions.append((mention, sentence, section, time_of(text, mention, section, dates)))
    # An addendum that states a category (or one a writer revises a breast to) replaces the report's categories, also
    # when a portal prints it above the original report ("ADDENDUM: ... BI-RADS 2.\nORIGINAL REPORT: ... BI-RADS 0.");
    # one that revises only one breast's ("Revised: left breast BI-RADS 4B") leaves the other breast's as the report gave it.
    marks = sorted([(m.start(), True) for pattern in (_ADDENDUM, _ARBITRATION) for m in pattern.finditer(text)]
                   + [(m.start(), False) for m in _ORIGINAL.finditer(text)])
    added = [m for m in mentions if _in_addendum(marks, m[0].span.start)] or [
        m for m in mentions if _REVISED_TO.search(text, line_bounds(text, m[0].span.start)[0], m[0].span.start)]
    kept = [m for m in mentions if m not in added] if added else []
    mentions = added or mentions
    # A preliminary read (a resident's, a night teleradiologist's) gives way to the final report that follows it.
    marks = sorted([(m.start(), True) for m in _PRELIMINARY.finditer(text)]
                   + [(m.start(), False) for pattern in (_FINAL, _ADDENDUM, _ORIGINAL) for m in pattern.finditer(text)])
    mentions = [m for m in mentions if not _in_addendum(marks, m[0].span.start)] or mentions
    sides = side_marks(text) if sides is None else sides
    # A side letter inside a category's own words is no side ("BI-RADS(R) Category 0").
    sides = tuple(mark for mark in sides if not any(m.span.start <= mark[0] < m.span.end for m, *_ in mentions + kept))
    read = _statements(text, mentions, headers, exam_breast, sides)
    revised = {breast for *_, breast, _ in read}
    if kept and revised <= {Breast.LEFT, Breast.RIGHT} and revised:
        read += [(*r[:2], side, False) for r in _statements(text, kept, headers, exam_breast, sides) if not r[3]
                 for side in ((Breast.LEFT, Breast.RIGHT) if r[2] is Breast.BOTH else (r[2],)) if side and side not in revised]
    ranges = [(min(cs, key=CATEGORY_SERIOUSNESS.index), _worst(cs)) for _, cs, *_ in read if len(cs) > 1]
    for span, categories, breast, overall in read:
        evidence.append(span)
        for category in categories:
            if overall:
                stated.append(category)
            if breast is None and not overall:
                unbound.append((category, span))
            for side in ((Breast.LEFT, Breast.RIGHT) if breast is Breast.BOTH else (breast,) if breast else ()):
                per_side[side].setdefault(category, span)
    return decide(per_side, unbound, stated, tuple(evidence), tuple(ranges),
                  read_other_scores(text, sections, sentences, exam_breast))


def _statements(text: str, mentions: list[tuple[CategoryMention, Sentence | None, SectionKind | None, str]],
                headers: tuple[BreastHeader, ...], exam_breast: Breast | None, sides: SideMarks,
                ) -> list[tuple[Span, list[Category], Breast | None, bool]]:
    """Each of today's mentions as (evidence, its categories, its breast, whether stated as overall)."""
    # A past-tense category gives way to one the report says is today's, or to one of its conclusion; a dated one to any.
    said_today = any(time == "now" or (time == "today" and section in _CONCLUSION) for _, _, section, time in mentions)
    # One said to be today's after it ("the screening reading was BI-RADS 0 ... Final assessment: right BI-RADS 4C"):
    # a past-tense category before it is the story so far, in a summary too.
    last_now = max((m.span.start for m, _, _, time in mentions if time == "now"), default=-1)
    following = {id(m[0]): n[0].span.start for m, n in pairwise(mentions)}
    read: list[tuple[Span, list[Category], Breast | None, bool]] = []
    previous: tuple[int, Breast | None] = (0, None)  # the end and side of the mention before (its end opens the next)
    for mention, sentence, section, time in mentions:
        if time == "earlier" or (time == "dated" and any(t not in ("earlier", "dated") for *_, t in mentions)) or (time == "past" and said_today and (section not in _CONCLUSION or mention.span.start < last_now)):
            continue
        said = text[sentence.span.start if sentence else mention.span.start:mention.span.start]
        breast: Breast | None
        if previous[1] in OTHER_BREAST and _CONTRALATERAL.search(said):  # "... right, BI-RADS 4C. Contralateral breast BI-RADS 1."
            breast, overall = OTHER_BREAST[previous[1]], False
        else:
            breast, overall = scope(text, mention, sentence, headers, exam_breast, previous[0], sides,
                                    following.get(id(mention)))
        if breast is None and not overall:  # "Left: cancer, BI-RADS 6. The NME ... is suspicious, BI-RADS 4B."
            line_start = line_bounds(text, mention.span.start)[0]
            item = item_start(text, line_start, mention.span.start, previous[0], sentence.span.start if sentence else None)
            breast = referenced_lesion_side(text, sentence.span.start if sentence else line_start, headers) \
                or relative_side(text, item, sides) \
                or carried_side(text, previous, mention.span.start, sides)  # "Finding 2 is BI-RADS 4A": as "Finding 2:" named
        previous = (mention.span.end, breast)
        span = Span(mention.span.start, mention.span.end, mention.span.text, section)
        read.append((span, [mention.category] + ([mention.range_of] if mention.range_of else []), breast, overall))
    return read


def decide(
    per_side: dict[Breast, dict[Category, Span]], unbound: list[tuple[Category, Span]], stated: list[Category],
    evidence: tuple[Span, ...], ranges: tuple[tuple[Category, Category], ...], other_scores: tuple[OtherScore, ...],
) -> Assessment:
    """Overall, per breast and conflicts from today's asserted statements (see the module docstring)."""
    by_breast = tuple((side, _worst(found)) for side, found in per_side.items() if found)
    everything = [c for found in per_side.values() for c in found] + [c for c, _ in unbound] + stated
    if not everything:
        return Assessment(None, (), evidence, other_scores=other_scores)
    overall = _worst(everything)
    conflicts: list[str] = []
    for found in per_side.values():
        if len(set(found.values())) > 1:  # two statements for one breast (a range alone is one statement)
            conflicts += [span.text for span in dict.fromkeys(found.values())]
    side_values = {c for _, c in by_breast}
    if by_breast:
        conflicts += [span.text for category, span in unbound if category not in side_values]
        conflicts += [f"overall {c.value}" for c in stated if c != overall]
    conflicts += [f"{low.value}-{high.value}" for low, high in ranges]
    return Assessment(overall, by_breast, evidence, stated_overall=bool(stated or unbound),
                      conflicts=tuple(dict.fromkeys(conflicts)), ranges=ranges, other_scores=other_scores)
