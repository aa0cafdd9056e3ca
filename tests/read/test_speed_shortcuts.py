"""The speed shortcuts read as the slow ways did: memoised, pre-filtered and sliced paths give the same answers."""

from __future__ import annotations

from readingscan import analyze
from readingscan.read.findings.no_imaging import _said_no_imaging
from readingscan.read.lexicon import lexicon_for, shipped_spelling
from readingscan.read.matcher import word_starts
from readingscan.rules import cue
from readingscan.rules.records import LexiconGroup

_TEXT = "MAMMOGRAM BILATERAL: FINDINGS: A 9 mm oval mass in the left breast at 2 o'clock.\nNo calcifcations. BI-RADS 4."


def test_a_text_read_again_reads_the_same() -> None:
    assert analyze(_TEXT) == analyze(_TEXT)


def test_respelling_is_remembered_and_bounded() -> None:
    spelling = shipped_spelling()
    first = spelling.respell(_TEXT)
    assert first is not None and spelling.respell(_TEXT) is first
    for n in range(300):
        spelling.respell(f"calcifcations {n}")
    assert len(spelling._seen) <= 128
    assert spelling.respell(_TEXT) == first


def test_a_span_finds_what_the_whole_text_finds_inside_it() -> None:
    lexicon, starts = lexicon_for(LexiconGroup.FINDINGS), word_starts(_TEXT)
    whole = lexicon.find(_TEXT, starts=starts)
    start, end = _TEXT.index("A 9"), _TEXT.index("\n")
    part = lexicon.find(_TEXT, start, end, starts)
    assert part == tuple(m for m in whole if start <= m.span.start and m.span.end <= end)


def test_mention_readings() -> None:
    mention = lexicon_for(LexiconGroup.FINDINGS).find("left")[0]
    assert mention.has(mention.category) and mention.reading(mention.category) is mention.rule
    assert not mention.has("no such category") and mention.reading("no such category") is None


def test_no_imaging_reads_a_wrapped_sentence_as_one_line() -> None:
    said = "Core biopsy of the mass\nshowed a fibroadenoma."
    assert _said_no_imaging(said) is bool(cue("no_imaging").search(said.replace("\n", " ")))
    assert _said_no_imaging("An oval mass in the left breast.") is False
