"""Which sentences describe the imaging, and which side a sentence's lesion is in when it names none.

A sentence about a biopsy's result, a teaching point or a generic statement ("When both axillae show enlarged nodes,
a systemic cause should be considered") describes no lesion of this patient. A statement of breast composition ("The
breasts are extremely dense.") describes none either, so the lesion in focus stays in focus across it. A text that
names no exam side and only ever one breast has its lesions in that breast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from readingscan.model import OTHER_BREAST, Breast, FindingKind, Modifier, SectionKind, Sentence, Span, Status
from readingscan.model.text import blanks_end, line_above, line_end
from readingscan.read.findings.drafts import Draft
from readingscan.read.findings.headings import past_heading
from readingscan.read.findings.rows import hangs_under, past_rows
from readingscan.read.lexicon import Mention, within
from readingscan.read.sections import BreastHeader
from readingscan.read.sentences import is_prose
from readingscan.rules import cue
from readingscan.rules.records import ContextCategory, Rule
from readingscan.rules.records import LexiconCategory as C

_SIGNATURE = cue("signature")
# The line under an article's title: its authors.
_BYLINE = re.compile(r"\s*\n\s*(?:(?i:authors?)\s*:|By\s+[A-Z][a-z]*\.?\s+[A-Z])")
_SURGERY = cue("surgery")
_POINTING = frozenset({"same", "operated"})
_NEW_LESION = cue("new_lesion")
_EARLIER_SITE = cue("earlier_site")
_RELATIVE_SIDE = cue("relative_side")
_BOTH = cue("explicit_both")
_WITH_THE_LESION = cue("with_the_lesion")
_SURVEY = cue("survey_negation")
# An option of a multiple-choice question at the start of its line ("   A. ...", "(b) ...").
_OPTION = re.compile(r"[ \t]*\(?[A-Ea-e][.)][ \t]+\S")
# A viva's hypothetical question ("Q. If only the calcifications were present, what category?"; not a flashcard's
# "Q: 52F, screening ...", which tells the case) with its answer on its line ("- A. ...") or the next ("A: ...").
_VIVA_Q = re.compile(r"[ \t]*Q[ \t]*[.:][ \t]+(?:and[ \t]+|but[ \t]+)?(?:if|what[ \t]+if|suppose|supposing|without|had)\b",
                     re.IGNORECASE)
_VIVA_A = re.compile(r"[ \t]*A[ \t]*[.:][ \t]")
_SUMMARIES = frozenset({SectionKind.IMPRESSION, SectionKind.ASSESSMENT})
_COMPARED_WITH = cue("compared_with_side")  # the side a lesion is compared with: the reference, not where it is
# Kinds that one lesion may show as on different views or exams: a mammographic asymmetry or distortion is often a
# hypoechoic "area" on ultrasound, and an earlier exam's distortion today's mass.
_SEEN_OTHERWISE = frozenset({FindingKind.MASS, FindingKind.ASYMMETRY, FindingKind.ARCHITECTURAL_DISTORTION})


def signed(text: str, sentence: Sentence) -> bool:
    """Whether a sentence lies on a signature block's line ("INTERPRETED BY: MAJ L. Pike, MC, USA"): the reader's
    name and titles, no imaging, however its initials split it. So does an article's title, over its authors' line
    ("Authors: N. Dlamini, J. van der Merwe", "By J. Smith"): the title names the case, it describes no imaging."""
    line_start = text.rfind("\n", 0, sentence.span.start) + 1
    line_end = text.find("\n", sentence.span.end)
    if line_end >= 0 and _BYLINE.match(text, line_end) and not text[line_start:line_end].rstrip().endswith("."):
        return True
    return bool(_SIGNATURE.match(text, line_start))


def quiz_option(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is an option offered under a quiz question ("2. What is the most likely diagnosis?" over
    "A. Fat necrosis   B. Hamartoma"): a choice to be made, not what the imaging shows. So is a viva's question and
    its answer when the question is a hypothetical ("Q. What if the mass were absent? - A. Still 4C")."""
    line_start = text.rfind("\n", 0, sentence.span.start) + 1
    if _VIVA_Q.match(text, line_start):
        return True
    line_above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if _VIVA_A.match(text, line_start) and line_start > 0 and _VIVA_Q.match(text, line_above):
        return True
    if not _OPTION.match(text, line_start):
        return False
    at = line_start - 1
    while at > 0:  # the line above the options: the question
        above = text[text.rfind("\n", 0, at) + 1:at]
        if above.strip() and not _OPTION.match(above):
            return above.rstrip().endswith("?") and not _answered(text, above, line_start)
        at = text.rfind("\n", 0, at)
    return False


def _answered(text: str, question: str, line_start: int) -> bool:
    """Whether the "A." line at ``line_start`` answers a transcript's "Q." line above it ("Q. And the left breast?\n
    A. The left breast had a small node."): no option B follows it, on its line or the next, as under a quiz's."""
    stop = line_end(text, line_start)
    below = text[stop + 1:line_end(text, stop + 1)]
    return bool(_VIVA_A.match(text, line_start) and re.match(r"[ \t]*Q[ \t]*[.:]", question)) \
        and not re.search(r"(?:^|\s)\(?[Bb][.)]\s", text[line_start:stop] + "\n" + below)


def survey_negative(drafts: tuple[Draft, ...], sentence: Sentence) -> bool:
    """Whether a sentence naming no side says several kinds are absent, each with its own negation ("No suspicious
    calcifications, no architectural distortion, no new masses."): a survey of the exam's breasts, not more about the
    lesion just described ("No underlying mass or distortion." shares one negation, unless it asks for anything
    suspicious; "No associated calcifications, no distortion." says it goes with it)."""
    negations = {d.status_trigger.start for d in drafts if d.status_trigger is not None}
    surveyed = len(negations) > 1 or bool(_SURVEY.search(sentence.span.text))
    return len({d.kind for d in drafts}) > 1 and surveyed and not _WITH_THE_LESION.search(sentence.span.text) \
        and all(d.status is Status.ABSENT and not d.breast_stated for d in drafts)


def composition_only(mentions: list[Mention]) -> bool:
    """Whether a sentence only states the breasts' composition: its sides do not end the focus on one lesion."""
    return any(m.has(C.DENSITY) for m in mentions) and not any(m.has(C.FINDING) for m in mentions)


@dataclass
class SidesNamed:
    """The sides the sentences naming findings name: with no exam side, one side alone is the side of its lesions
    (a name's initial "L" in a header names no lesion's side)."""

    exam: Breast | None
    named: set[str] = field(default_factory=set)

    def add(self, sides: set[str]) -> None:
        self.named |= sides

    def placed(self, draft: Draft) -> Draft:
        """The draft of a lesion seen that names no side placed in the one breast the text named, if it named one."""
        if draft.breast is not None or draft.status is Status.ABSENT or self.exam is not None or len(self.named) != 1:
            return draft
        side = Breast(next(iter(self.named)))
        return replace(draft, breast=side) if side in (Breast.LEFT, Breast.RIGHT) else draft


def relative_sides(sentence: Sentence, mentions: list[Mention], lesion: Breast | None) -> list[Mention]:
    """The sentence's mentions with a side named relative to the lesion described read as that side: "Two nodes were
    seen on the same side" (the lesion's), "The contralateral breast shows ..." (the other one). Only in a sentence
    that names no side of its own, and when the lesion's side is one breast."""
    if lesion not in OTHER_BREAST or any(m.has(C.LATERALITY) for m in mentions):
        return mentions
    text, start = sentence.span.text, sentence.span.start
    added = [Mention(Span(start + m.start(), start + m.end(), m.group()),
                     (Rule(_RELATIVE_SIDE.pattern, m.group(), C.LATERALITY, _RELATIVE_SIDE.pattern,
                           (lesion if m.group("same") else OTHER_BREAST[lesion]).value),))
             for m in _RELATIVE_SIDE.finditer(text)]
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def compared_sides(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions without a side named only as what another side is compared with ("showed the left
    breast to be larger than the right, with skin thickening": the left), when another side stays."""
    compared = [m for m in mentions if m.has(C.LATERALITY) and _COMPARED_WITH.search(text, max(0, m.span.start - 40),
                                                                                     m.span.start)]
    kept = [m for m in mentions if m not in compared]
    return kept if compared and any(m.has(C.LATERALITY) for m in kept) else mentions


def other_breast_clear(mentions: list[Mention], modifiers: tuple[Modifier, ...], described: list[Draft]) -> bool:
    """Whether a sentence naming no finding says the other breast than the lesion last described shows nothing ("No
    abnormal findings were seen in the right breast."): said of that breast, the lesion stays in focus. A side that
    only a statement set ("Right breast BI-RADS 1.") is no lesion's."""
    lesion = next((d.breast for d in reversed(described) if d.status is not Status.ABSENT), None)
    if lesion not in OTHER_BREAST or any(m.has(C.FINDING) for m in mentions):
        return False
    sides = {r.value for m in mentions if (r := m.reading(C.LATERALITY)) is not None}
    return sides == {OTHER_BREAST[lesion].value} and any(m.category == ContextCategory.NEGATED for m in modifiers)


def seen_otherwise(draft: Draft, described: list[Draft], sentence: str) -> Draft:
    """The draft marked as another view of the last lesion described when the sentence places it at that lesion's site
    ("Ultrasound shows an ill-defined hypoechoic area at the same site.") and the two are kinds one lesion may show as.
    """
    lesion = next((d for d in reversed(described) if d.kind in _SEEN_OTHERWISE and d.status is not Status.ABSENT), None)
    if (lesion is None or draft.status is Status.ABSENT or draft.kind is lesion.kind or draft.another
            or not {draft.kind, lesion.kind} <= _SEEN_OTHERWISE or _NEW_LESION.search(sentence)):
        return draft
    return replace(draft, correlate=True)


def at_earlier_site(sentence: str) -> bool:
    """Whether a sentence places what it describes at a lesion's site already described ("irregular hypoechoic areas
    at the sites of the asymmetries", "a 9 mm hypoechoic area at the site."): another view of that lesion."""
    return bool(_EARLIER_SITE.search(sentence))


def operated_side(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> Breast | None:
    """The breast operated on or treated, from the first sentence naming surgery and one side ("Right breast
    conserving surgery and radiotherapy in 2021", "Lt. breast cancer, s/p BCS")."""
    for sentence in sentences:
        if _SURGERY.search(sentence.span.text):
            sides = {r.value for m in within(mentions, sentence.span.start, sentence.span.end)
                     if (r := m.reading(C.LATERALITY)) is not None} - _POINTING
            if len(sides) == 1 and (side := Breast(sides.pop())) is not Breast.BOTH:
                return side
    return None


def unsided_absences(drafts: tuple[Draft, ...], sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                     exam: Breast | None) -> tuple[Draft, ...]:
    """With no exam side, a report that names the right and the left breast each in its findings read both: what its
    impression says is absent with no side of its own ("1. Left breast: ... 2. Right breast: normal. 3. No axillary
    adenopathy.") is absent in both; so is an unsided absence anywhere in a text that names both breasts as such
    ("bilateral", "both breasts", "either breast") beside a side, or in an impression with a lesion in both ("Stable
    bilateral benign calcifications. No new mass."; not a device's "bilateral implants") or one said absent in both
    ("No suspicious mass in either breast. No axillary adenopathy."). A text naming only
    "bilateral" or one side, a plural alone ("The breasts are fatty"), or a case's narrative naming right and left (a
    teaching text's "There are no new masses") leaves it unsided."""
    prose = [m for s in sentences if is_prose(s.span.section) for m in within(mentions, s.span.start, s.span.end)]
    named = {r.value for m in prose if (r := m.reading(C.LATERALITY)) is not None}
    # Both breasts named as such beside a side ("Bilateral axillae ...", "the largest on the left"): what the text says
    # is absent with no side of its own is absent in both, in its narrative too.
    both = any(r.value == Breast.BOTH.value and _BOTH.search(m.span.text) for m in prose
               if (r := m.reading(C.LATERALITY)) is not None) and bool(named & {Breast.LEFT.value, Breast.RIGHT.value})
    in_both = any(d.breast is Breast.BOTH and (d.status is not Status.ABSENT or d.breast_stated)
                  and d.kind is not FindingKind.IMPLANT and d.section in _SUMMARIES for d in drafts)
    # After lesions seen in each breast ("two masses: one ... in the right breast, and one ... in the left. No axillary
    # lymphadenopathy."), both were read: an absence before them stays unsided.
    firsts = [min((d.evidence.start for d in drafts if d.breast is side and d.status is not Status.ABSENT and d.breast_stated),
                  default=None) for side in OTHER_BREAST]
    seen = None if None in firsts else max(f for f in firsts if f is not None)
    if exam is not None or not ({Breast.LEFT.value, Breast.RIGHT.value} <= named or both or in_both or seen is not None):
        return drafts
    return tuple(replace(d, breast=Breast.BOTH) if d.status is Status.ABSENT and d.breast is None and (
        both or d.section in _SUMMARIES or (seen is not None and d.evidence.start >= seen)) else d for d in drafts)


def past_inline_label(text: str, headers: tuple[BreastHeader, ...], sentence: Sentence) -> bool:
    """Whether the sentence's sub-header side comes from a label that opened an earlier line with a statement of its
    own ("Right breast: No suspicious mass.\\nNo axillary adenopathy."): what such a sentence says is absent is about
    the exam's breasts, not that one (a label alone on its line, "RIGHT BREAST:", heads all the lines under it)."""
    if sentence.breast is None:
        return False
    header = next((h for h in reversed(headers) if h.start <= sentence.span.start < h.end), None)
    if header is None:
        return False
    if past_rows(text, header, sentence.span.start) or past_heading(text, header, sentence.span.start):
        return True  # "[AXILLAE]", "-----": the label's block ends
    if hangs_under(text, header, sentence.span.start):  # "L: ...\n   No enhancing mass.": the label's item goes on
        return False
    line_end = text.find("\n", header.header.end)
    # The sentence opens its line, or follows one that does ("Surgical clips in the left axilla. No axillary
    # lymphadenopathy." after a blank line or a full stop): not the label's wrapped statement.
    line_start = text.rfind("\n", 0, sentence.span.start) + 1
    above = line_above(text, line_start)
    opens_line = not text[line_start:sentence.span.start].strip() or not above or above.endswith((".", "!", "?"))
    # Between this label and the other side's ("LEFT: ... concern.\nDistortion was not demonstrated.\nRIGHT: ..."),
    # a line is still this side's block: the other label closes it.
    # (Only blanks between: the other label starts by the first non-blank after this one; numbers compared.)
    blank_to = blanks_end(text, header.end)
    return opens_line and line_end >= 0 and bool(text[header.header.end:line_end].strip()) \
        and sentence.span.start > line_end and not any(
            header.end <= h.header.start <= blank_to and h.breast is not header.breast for h in headers)

