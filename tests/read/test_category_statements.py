"""Category statements: a table of 200 impressions and assessment blocks (every form, scope and time the
engine reads) with the expected overall category, per-breast categories, whether a conflict is shown and
any UK RCR scores; and the invariants as property tests.

The table (category_statements.jsonl) holds 127 blocks written by a helper who never saw the engine's
output (the first-look blind set of issue 13, folded in after it was scored; three it does not read are
left out and named in the README), 30 written here for forms it lacked, and 25 (cs_new_*) for the forms the
second blind set showed missing: pipe tables, row lists and "Final:" labels, changes ("4A→2", "now 1"),
subcategories in brackets, unasserted and generic mentions, outside and timeline categories, side labels
opening a sentence, bracketed and lone side letters, asides inside lists, clause-level sides, "bilat",
past-tense case reports, indented form rows, "BR4A"; and 14 (cs_r3_*) for what the third blind set showed: value
names between a row's pairs, "4A/4B" ranges, lone-letter labels and sides ("L BIRADS 3", "Cat 4B R -"), the
compared exam's bracket, numbered items wrapped over lines, values in words and dictated ("BI-RADS to."),
"Right and left breasts:", and what none of these may catch; and 4 (cs_r4_*) for what portal PDFs and
pastes do to them: side rows closed to one space, a bulleted item wrapped before its category, a history
line ending in a colon; and 27 (cs_r5_*) for what the fourth blind sets showed, in our own wording: changes
"from X to Y", letter-only ranges ("4A-B", "4B/C"), bracketed letters before values, pipe tables with a side
per column or per row, value names before a bracketed value, counterfactual and modal-perfect categories,
"both" after a value's name or as "(B/L)", overall labels followed by sides or by side-value pairs, a
marker title alone on its line, notes before a marker's colon, sides after a value's name, values broken
onto the next line, lines wrapped after a dash, an addendum printed above the original report, participle
past tense, spoken values, outside reports, a list item labelled "Bilateral:", and "BI-RADS-ACR"; and 24 (cs_r6_*)
for what the fifth blind sets showed, in our own wording: categories of several or dated earlier exams, thresholds
("3 or above") and long negated clauses, tables with prior/current columns and comma-separated exports, "Imp:",
side-value lines without a marker (and a count that is none), a side's reach ending at the next category, "R
breast", indented form rows and ticked rows per side, a preliminary read replaced by the final report, lines
wrapped in lower case or before a bracket, short side labels, French "ACR n", "both mammary glands", short notes
and "for ..." after a side, "Imaging today (...)" after a history paragraph, "at first reading"; and 9 (cs_r7_*) for
what the sixth blind sets showed, in our own wording: a side that opens the next category ("Left breast BI-RADS 4B,
right breast BI-RADS 2"), a legend without signs, "no more BI-RADS 3 ...", a dictated "too benign", fixed-width
tables, an item wrapped onto a bullet holding only its category (indented, or at a page's width), and a line
labelled with an exam dated before the one reported; and 2 (cs_r8_*) for the seventh: a "Bilateral ..." statement
with one side named as a detail, and a table of categories by year (the latest row is today's); and 7 (cs_r9_*) for
held_out_8: OCR forms of the marker ("Bl-RADS", "B1-RADS"), "BR 4B" with a space, a numbered item naming only both
breasts, "Comparison is made with ... (reported as BIRADS 3)", an earlier dated exam's category in the same sentence,
and an audit's "Review category: 2"; and 13 (cs_r10_*) for what held_out_9/10 and modalities_6 showed, in our own
wording: a side noun after the side ("for the left side"), a bracketed side between marker and value ("Category (R) -
3"), value names before bracketed sides in a list, a dictated "bye rads", "to the left breast", "(benign), both
breasts", a bilateral exam opening a letter's sentence, "at presentation" and a class of lesions ("BI-RADS 4A
lesions"), quiz choices, "Cat. R 4B / L 1", "from BI-RADS 3 to 2", a dated timeline, and a second value for one side
("L 6 (...) and 4 (...). R 2"); and 15 (cs_r11_*) for what held_out_11/12 and modalities_7 showed, in our own
wording: sides named before "respectively", a slash or a pipe after a value's side, "(right breast)" after values in
a list, "4(b)", a value's name then a comma and the side (or both), a first reading's and a past-perfect category
against a final assessment, slashed values then "(R/L)", advice after a dash (and a dash before a side, which is
none), a fixed-width block of side columns, a side wrapped alone onto the next line, and a removed breast; and 17 (cs_r12_*)
for what held_out_13/14 and modalities_8/9 showed, in our own wording: an exam "of both breasts" opening a sentence,
a passive "was given to the left breast", a second value for a side in the statement carrying on its labelled one
(and none carried past a line's full stop), side letters inside a label word ("RESULT:"), picklist brackets
("Right [2 - Benign]", "Overall: [4 - ...]"), a list line labelled with an exam dated before the note, an "If ...,"
plan, a rule of use, an adverb in a modal perfect, year-labelled narrative lines, a quoted value in an exported
record, "our read" after an outside category, "do not use BI-RADS 3", and a line wrapped inside an open bracket;
and 8 (cs_r13_*) for what held_out_15/16 showed, in our own wording: an earlier exam's word inside a bracket closed
before the category, a meaning explained ("a BI-RADS 4 result would mean"), a quoted record key, a note with a comma
before a side ending the line, a longer note before a marker's colon, a bracketed category closing a line that names
one side, a category asked about in a question, and "assessed at that time as"; and 9 (cs_r14_*) for the second
look at held_out_15/16: a bilingual report's own side words in a row, a dictated "for"/"fore" 4 with its letter, a
side letter opening a label before a place, an earlier exam that "pointed out" or a screening that "found" a
category, a side label opening a heading's text mid-line, and a report's own scale read as BI-RADS only where the
report equates them ("C3 (BI-RADS 3)"; never a UK score), and a category given "at the <year> ..." exam that is
today's when that year is the latest the text names; and 18 (cs_w10c_*) for what held_out_17/18 and modalities_12
showed, in our own wording: a value then a capital side letter ("2 R / 1 L"), a label with a bracketed note before
its colon, a clock abbreviation ("3 o'c") that is no value, side-column tables with a Final row, a bracket naming
another visit, a category ending its line after a dash, a second opinion's original or quoted report, two-digit-year
timelines, a lesion block's "Side:" field and a list item opened by a lone side letter; and 7 (cs_r15_*) for
held_out_19/20: Roman ranges, "4 (c)", "(R+L)", glossed bilingual side pairs, an earlier exam dated by month and
year, a report quoted after a colon, and the earlier value in a bracket after today's category; and 12 (cs_r16_*)
for modalities_13/14: a list item or line opened by a lone side letter before a clock face, a follow-up
interval after a dash ("3 - 6 mo") that is no range, a bracketed lesion number that opens no list item, and
lesion labels that carry the side ("R1", "Lt-1"), a side letter inside the numbered item a category closes, an item taking up the lesion of the item before
("extending from the mass"); and 11 (cs_r17_*) for held_out_21, modalities_15 and held_out_16: an addendum revising one breast, "both" after the
value, a capital line opened by a side letter, a side word typed with swapped letters, a hyphenated follow-up interval after a dash, a category in a sentence of generic teaching.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readingscan import analyze
from readingscan.model import CATEGORY_SERIOUSNESS, Category

TABLE = [json.loads(line) for line in (Path(__file__).parent / "category_statements.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]


def test_the_table_is_large_and_varied() -> None:
    assert len(TABLE) >= 150
    assert sum(1 for row in TABLE if len(row["by_breast"]) == 2) >= 60  # two-breast statements
    assert sum(1 for row in TABLE if row["conflict"]) >= 10


@pytest.mark.parametrize("row", TABLE, ids=[row["id"] for row in TABLE])
def test_category_statement(row: dict) -> None:
    assessment = analyze(row["text"]).to_dict()["assessment"]
    assert assessment["overall"] == row["overall"], row["style"]
    assert assessment["by_breast"] == row["by_breast"], row["style"]
    assert bool(assessment["conflicts"]) == row["conflict"], assessment["conflicts"]
    if "other_scores" in row:
        got = sorted(f"{s['modality']}:{s['score']}:{s['breast']}" for s in assessment["other_scores"])
        assert got == row["other_scores"]


CATEGORIES = st.sampled_from([c.value for c in Category])
SIDES = st.sampled_from(["Right breast", "Left breast", "Right", "Left", ""])


def _rank(value: str) -> int:
    return CATEGORY_SERIOUSNESS.index(Category(value))


@given(st.lists(st.tuples(SIDES, CATEGORIES), min_size=1, max_size=4))
def test_overall_is_never_less_serious_than_a_category_read(statements: list[tuple[str, str]]) -> None:
    text = "IMPRESSION:\n" + "\n".join(f"{side}: BI-RADS {value}." if side else f"BI-RADS {value}."
                                       for side, value in statements)
    assessment = analyze(text).to_dict()["assessment"]
    read = list(assessment["by_breast"].values()) + [value for _, value in statements]
    assert assessment["overall"] is not None
    assert all(_rank(assessment["overall"]) >= _rank(value) for value in read)


@given(CATEGORIES, CATEGORIES, st.sampled_from([
    "Previously BI-RADS {old}.", "The prior study was BI-RADS {old}.", "Last year's category {old} stands corrected.",
    "Downgraded from BI-RADS {old}.", "The asymmetry was assessed as BI-RADS {old} at screening.",
]))
def test_a_previous_exams_category_never_sets_overall(old: str, now: str, clause: str) -> None:
    text = f"IMPRESSION: {clause.format(old=old)} Today: BI-RADS {now}."
    assert analyze(text).to_dict()["assessment"]["overall"] == now


@given(CATEGORIES, CATEGORIES, st.sampled_from([
    "No findings of category {named} type.", "There are no BI-RADS {named} features.",
    "This would be BI-RADS {named} if it enlarges.", "Not a BI-RADS {named} finding.",
]))
def test_a_negated_or_hypothetical_mention_never_sets_a_category(named: str, stated: str, clause: str) -> None:
    text = f"IMPRESSION: {clause.format(named=named)} BI-RADS {stated}."
    assert analyze(text).to_dict()["assessment"]["overall"] == stated
