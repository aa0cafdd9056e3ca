"""Build findings: one per described lesion, with its breast, descriptors, status and the reason why.

Per sentence, finding words ("calcifications", "mass", "focal asymmetry") are the heads; descriptors ("fine
pleomorphic", "grouped", "spiculated"), sides, clock faces and sizes bind to the nearest head they fit. Context
(context.py) says whether each head is present, possible or absent, and stable.

Then mentions of one lesion are merged (drafts.py), descriptors bound to their finding (binding.py). A form's
right/left table is read row by row (tables.py). Drafts are frozen: no stage sees another change what it was given.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import reduce

from readingscan.model import OTHER_BREAST, Breast, Finding, FindingKind, Modality, SectionKind, Sentence, Status
from readingscan.read.context import ModifierLookup, assert_target, modifier_lookup
from readingscan.read.findings.checklist import statements_kept
from readingscan.read.findings.columns import today_only
from readingscan.read.findings.correlates import is_new_lesion, same_place, seen_before
from readingscan.read.findings.describe import describe_with, describes, kinds_described, own_words
from readingscan.read.findings.drafts import Draft, freeze, kept, merge_into, replace_at
from readingscan.read.findings.earlier import second_of_its_kind
from readingscan.read.findings.exam_words import in_exam
from readingscan.read.findings.focus import (
    SidesNamed,
    at_earlier_site,
    compared_sides,
    composition_only,
    operated_side,
    other_breast_clear,
    past_inline_label,
    quiz_option,
    relative_sides,
    seen_otherwise,
    signed,
    survey_negative,
    unsided_absences,
)
from readingscan.read.findings.labels import sentence_label
from readingscan.read.findings.no_imaging import describes_no_imaging
from readingscan.read.findings.own_line import off_focus
from readingscan.read.findings.pending import Pending, given, pending_from, recommends
from readingscan.read.findings.sentence import read_sentence, recharacterised
from readingscan.read.findings.tables import Table, read_tables, sided
from readingscan.read.findings.taken_up import (
    gone_from,
    headed,
    item_focus,
    said_stable,
    several,
    subject_side,
    went_from,
)
from readingscan.read.lexicon import Mention
from readingscan.read.locations import find_clocks
from readingscan.read.sections import BreastHeader
from readingscan.read.sentences import is_prose, opens_item
from readingscan.rules.records import LexiconCategory as C

_POINTING = frozenset({"same", "operated"})
# What contrast shows of a lesion seen otherwise is a finding of its own ("non-mass enhancement corresponding to the
# distortion"): the enhancement, not another view of the same thing.
_ENHANCEMENT = frozenset({FindingKind.NON_MASS, FindingKind.FOCUS})


def build_findings(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    exam_breast: Breast | None,
    modifiers: ModifierLookup | None = None,
    modalities: tuple[Modality, ...] = (),
    headers: tuple[BreastHeader, ...] = (),
) -> tuple[Finding, ...]:
    """Findings of the report in order of first mention (see module docstring for the rules). ``modalities``: the
    exam's, when known: some words name a kind only in some exams (rules/lexicon.yaml exams)."""
    modifiers = modifiers or modifier_lookup(text)
    mentions = today_only(text, statements_kept(text, in_exam(mentions, modalities)))  # not an earlier column, option
    starts = [s.span.start for s in sentences]
    tables = read_tables(text, mentions, lambda at: sentences[max(0, bisect_right(starts, at) - 1)].span.section)
    operated = operated_side(sentences, mentions)
    drafts: tuple[Draft, ...] = ()
    index = 0
    last_side: Breast | None = None  # the one side the previous sentence named, for "at this site"
    last_clock: str | None = None
    # The side of the lesion being described: the one side the last sentence naming a side named, within
    # one prose section. "Associated calcifications are present." continues that lesion.
    focus: Breast | None = None
    by_lesion = placing = False  # whether the sentence that set the focus described a lesion; placed one (headed)
    # With no exam side known (a case report), the side the presenting complaint names is the lesion's.
    complaint: Breast | None = None
    section = None
    # The lesion being described: words that describe without naming one ("Internal vascularity is seen.",
    # "Kinetics: fast initial enhancement, washout.") in the sentences after it, in its section, describe it.
    touched: list[int] = []  # the lesions this section described, the last one last
    went = False  # whether the last sentence said a lesion described before is gone
    lesions: list[int] = []  # the lesions the last sentence naming findings described, in its order
    read: set[int] = set()  # tables already read
    sides_named = SidesNamed(exam_breast)
    section_sides: set[str] = set()  # the sides the section named so far (own_line.py)
    pending: Pending | None = None  # what a sentence naming no finding said of the lesion the next one names
    for sentence in sentences:
        if sentence.span.section is not section:
            section, focus, touched, lesions, pending, section_sides = sentence.span.section, None, [], [], None, set()
        if (table := _table_at(tables, sentence.span.start)) is not None:
            drafts = drafts if table.start in read else _merged(drafts, sided(table.drafts, sentence.breast))
            read.add(table.start)
            continue
        while index < len(mentions) and mentions[index].span.start < sentence.span.start:
            index += 1
        j = next((k for k in range(index, len(mentions)) if mentions[k].span.end > sentence.span.end), len(mentions))
        in_sentence = list(mentions[index:j])
        if describes_no_imaging(sentence) or quiz_option(text, sentence) or signed(text, sentence):
            continue
        if focus in OTHER_BREAST and sentence.breast in OTHER_BREAST and focus is not sentence.breast \
                and past_inline_label(text, headers, sentence):  # "Right breast: ...\n\nBI-RADS 4 left. The mass ...": past it
            sentence = replace(sentence, breast=None)
        if opens_item(text, sentence):  # "3. No axillary adenopathy." after "2. Right breast: ...": no side of its own
            focus = item_focus(sentence, focus)
        lesion = next((drafts[i].breast for i in reversed(touched) if drafts[i].status is not Status.ABSENT), focus)
        # "The contralateral breast was negative.": said of the other breast, the lesion described stays in focus.
        aside, in_sentence = len(in_sentence), relative_sides(sentence, compared_sides(text, in_sentence), lesion)
        aside = (len(in_sentence) > aside and not any(m.has(C.FINDING) for m in in_sentence)) \
            or other_breast_clear(in_sentence, modifiers(sentence), [drafts[i] for i in touched])
        # "The breasts are extremely dense.": no lesion; the one in focus stays, else none is (nor the complaint's side).
        composition = composition_only(in_sentence)
        named = set() if composition and focus in (Breast.LEFT, Breast.RIGHT) else {
            r.value for m in in_sentence if (r := m.reading(C.LATERALITY)) is not None}
        if not named and sentence.breast is None and (subject := subject_side(text, sentence, in_sentence, drafts)):
            focus = subject  # "The mass itself contained no calcifications.": the side of the mass it points back to
        pointing = "same" in named
        if "operated" in named:  # "at the lumpectomy site": the side of the surgery the history names
            in_sentence = [_as_side(m, operated) if _is(m, "operated") else m for m in in_sentence if operated or not _is(m, "operated")]
            named = (named - {"operated"}) | ({operated.value} if operated else set())
        if pointing and len(own := named - _POINTING) == 1 and (last_side is None or last_side.value not in own):
            pointing = last_side is None  # "Left breast: beneath the marker ...": its own side, not the one before
            in_sentence = [_as_side(m, Breast(next(iter(own)))) if _is(m, "same") else m for m in in_sentence]
        if pointing and last_side is not None:
            in_sentence = [_as_side(m, last_side) if _is(m, "same") else m for m in in_sentence]
        elif named - _POINTING:
            sides = named - _POINTING
            last_side = Breast(sides.pop()) if len(sides) == 1 else None
        if is_prose(sentence.span.section) and any(m.has(C.FINDING) for m in in_sentence):
            drafts, touched, in_sentence = seen_before(drafts, touched, text, sentence, in_sentence)  # "Its site matches the"
            seen = pending is None and any(d.status is not Status.ABSENT for d in drafts)
            lesions, went = [], False
            said = read_sentence(text, sentence, tuple(in_sentence), exam_breast, modifiers(sentence),
                                 focus or complaint, seen, past_inline_label(text, headers, sentence), modalities)
            if by_lesion and survey_negative(said, sentence):  # several kinds absent, no side: about the breasts, not the lesion
                said = read_sentence(text, sentence, tuple(in_sentence), exam_breast, modifiers(sentence), None, seen,
                                     past_inline_label(text, headers, sentence), modalities)
            tag, earlier_site = sentence_label(text, sentence), at_earlier_site(sentence.span.text)  # once a sentence
            for draft in (off_focus(text, sentence, replace(d, tag=tag), section_sides) for d in said):
                draft, pending = second_of_its_kind(given(sides_named.placed(headed(draft, focus, not placing)), pending), drafts), None
                if draft.anaphoric and draft.status is Status.ABSENT and sentence.span.text.rstrip().endswith("?"):
                    continue  # "why not BI-RADS 3 for the mass?": a question's "not" asks of the lesion, denies nothing
                if pointing:  # "at this site": the place named just before, clock face included
                    draft = replace(draft, clock=draft.clock or last_clock)
                    draft = seen_otherwise(draft, [drafts[i] for i in touched] or list(drafts), sentence.span.text)
                elif earlier_site:  # "at the sites of the asymmetries": those lesions, each
                    near = [drafts[i] for i in touched] or list(drafts)
                    at_site = seen_otherwise(replace(draft, another=False), near, sentence.span.text)
                    draft = at_site if at_site.correlate else draft
                    site = next((d.breast for d in reversed(near) if d.status is not Status.ABSENT), None)
                    if not draft.breast_stated and site in OTHER_BREAST and draft.status is not Status.ABSENT:
                        draft = replace(draft, breast=site)  # "At the site of the distortion focal NME": its breast
                if draft.correlate and draft.kind not in _ENHANCEMENT and draft.status is not Status.ABSENT \
                        and not is_new_lesion(drafts, draft, draft.seen_as):
                    continue
                # A diagnosis under a heading of its own ("Diagnosis: ...") is of the last lesion seen before it.
                at_last = touched[-1] if touched else next((i for i in reversed(range(len(drafts)))
                                                            if draft.diagnosis and drafts[i].status is not Status.ABSENT), None)
                last = drafts[at_last] if at_last is not None else None
                if draft.diagnosis and last and at_last is not None and draft.kind not in (last.kind, FindingKind.OTHER) \
                        and recharacterised(last, draft.kind) and same_place(last, draft):
                    # "... a 5 mm mass ... The appearance is that of an intramammary lymph node.": the mass is the node
                    drafts = replace_at(drafts, at_last, replace(last, kind=draft.kind, label=draft.label, term=draft.term))
                    touched, lesions = [i for i in touched if i != at_last] + [at_last], [i for i in lesions if i != at_last] + [at_last]
                    continue
                gone = gone_from(drafts, draft)
                if gone is not None:  # "The punctate calcifications ... are no longer seen.": that lesion is absent
                    drafts = went_from(drafts, gone, draft)
                    touched, went = [i for i in touched if i != gone], True
                    continue
                before, drafts = drafts, merge_into(drafts, draft)
                at = _changed(before, drafts)
                if at is not None and drafts[at].status is not Status.ABSENT:
                    touched = [*(i for i in touched if i != at), at]
                    lesions = [*(i for i in lesions if i != at), at]
        elif is_prose(sentence.span.section) and not recommends(sentence):
            # "These are round and punctate.", "Morphology: fine pleomorphic": the lesion just described, the
            # last one each word can describe ("No vascularity." after "... with associated calcifications").
            if touched and named - _POINTING - {drafts[touched[-1]].breast} and not aside:
                touched, lesions = [], []  # "LEFT BREAST:" - another side's lesions follow
            context, count = own_words(modifiers(sentence), tuple(in_sentence)), several(sentence.span.text)
            # "Lesion 2: fast initial, plateau": that lesion's, not the one described last
            tag = sentence_label(text, sentence)
            labelled = [i for i, d in enumerate(drafts) if tag and d.tag == tag]
            if not touched and not labelled:  # no lesion yet: what it says waits for the one the next sentence names
                pending = pending_from(text, sentence, tuple(in_sentence), context) or pending
            for mention in (m for m in in_sentence if describes(m) and (touched or labelled)):
                kinds = kinds_described(mention)
                owners = [i for i in (labelled or reversed(touched)) if drafts[i].kind in kinds][:1 if labelled else count]
                for owner in owners:
                    drafts = replace_at(drafts, owner, describe_with(drafts[owner], mention,
                                                                     assert_target(mention.span, context), modalities))
            drafts = said_stable(drafts, sentence.span, lesions, context)
        if not pointing:
            clocks = {c.value for c in find_clocks(text, sentence.span.start, sentence.span.end)}
            last_clock = str(clocks.pop()) if len(clocks) == 1 else None
        sides_named.add(named - _POINTING if any(m.has(C.FINDING) for m in in_sentence) else set())
        section_sides |= named - _POINTING
        if sentence.span.section is SectionKind.HISTORY and exam_breast is None and len(named - _POINTING) == 1:
            complaint = last_side
        placing = is_prose(sentence.span.section) and bool(named - _POINTING or sentence.breast) and not aside
        if placing:
            focus = sentence.breast if not named - _POINTING else last_side
            by_lesion = any(m.has(C.FINDING) for m in in_sentence)
        placing = placing and not by_lesion and last_clock is not None  # "Finding 2: Left breast, 4 o'clock."
        if (went and not lesions) or (composition and focus is Breast.BOTH):  # about the breasts again
            focus, went, complaint = None, False, None if composition else complaint
    return tuple(freeze(d) for d in unsided_absences(drafts, sentences, mentions, exam_breast) if kept(d))


def _merged(drafts: tuple[Draft, ...], more: tuple[Draft, ...]) -> tuple[Draft, ...]:
    return reduce(merge_into, more, drafts)  # each of a table's drafts merged in turn


def _table_at(tables: tuple[Table, ...], offset: int) -> Table | None:
    return next((t for t in tables if t.start <= offset < t.end), None)


def _changed(before: tuple[Draft, ...], after: tuple[Draft, ...]) -> int | None:
    """Which draft a merge added or changed (None: the mention added nothing)."""
    if len(after) > len(before):
        return len(after) - 1
    return next((i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b), None)


def _is(mention: Mention, value: str) -> bool:
    return mention.has(C.LATERALITY) and mention.rule.value == value


def _as_side(mention: Mention, side: Breast | None) -> Mention:
    """A pointing phrase ("at this site") read as the side it points back to."""
    assert side is not None
    return Mention(mention.span, (replace(mention.rule, value=side.value),))
