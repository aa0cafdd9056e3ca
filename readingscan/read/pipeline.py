"""The reading pipeline: canonical text in, frozen Report out.

document -> sections -> sentences -> lexicon mentions + context -> findings, assessment, density,
exam, recommendations -> glossary terms and warnings. Each step is a pure function of values.
"""

from __future__ import annotations

from dataclasses import replace

from readingscan.model import (
    Assessment,
    Breast,
    Document,
    Finding,
    Report,
    Section,
    SectionKind,
)
from readingscan.read.assessment import read_assessment
from readingscan.read.context import modifier_lookup
from readingscan.read.dates import read_exam_date
from readingscan.read.density import read_density
from readingscan.read.enhancement import read_background_enhancement, read_fibroglandular_tissue
from readingscan.read.exam import read_exam, read_recommendations
from readingscan.read.findings.build import build_findings
from readingscan.read.lexicon import CATEGORIES_TERM, DENSITY_TERM, category_term, lexicon_for, term_of
from readingscan.read.matcher import word_starts
from readingscan.read.scope import side_marks
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import split_sentences
from readingscan.read.warnings import reading_warnings
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C
from readingscan.rules.records import LexiconGroup

# Mentions that only a breast report has (see "breast_word" in rules/lexicon.yaml).
_BREAST_CONTEXT = frozenset({C.BREAST_WORD, C.MORPHOLOGY, C.DISTRIBUTION, C.DENSITY, C.QUADRANT})
# A text naming no exam that says both breasts are normal or negative was of both ("Both breasts normal. No mass.").
_BOTH_NORMAL = cue("both_breasts_normal")


def read_document(document: Document) -> Report:
    """Read one ingested document into a Report (see ``readingscan.analyze`` for the public door)."""
    text = document.text
    sections = split_sections(text)
    headers = breast_headers(text, sections)
    sentences = split_sentences(text, sections, headers)
    starts = word_starts(text)  # shared by every lexicon pass over this text
    modifiers = modifier_lookup(text, starts)
    exam = read_exam(text, sections, sentences, lexicon_for(LexiconGroup.EXAM).find(text, starts=starts), modifiers)
    exam = replace(exam, date=read_exam_date(text, sections))
    mentions = lexicon_for(LexiconGroup.FINDINGS).find(text, starts=starts)
    # A report about another part of the body: its words outnumber the breast's ("Bilateral breast
    # shadows are noted" on a chest X-ray is still a chest X-ray).
    breast_words = sum(m.category in _BREAST_CONTEXT for m in mentions) + 3 * len(exam.modalities)
    other_body_part = sum(m.category == C.OTHER_BODY_PART for m in mentions) > 2 * breast_words
    examined = exam.breast or (Breast.BOTH if _BOTH_NORMAL.search(text) else None)
    findings = () if other_body_part else build_findings(
        text, sentences, mentions, examined, modifiers, exam.modalities, headers)
    assessment = read_assessment(text, sections, sentences, headers, exam.breast, side_marks(text, mentions))
    density = read_density(sentences, mentions, exam.modalities)
    recommendations = read_recommendations(
        text, sentences, lexicon_for(LexiconGroup.RECOMMENDATION).find(text, starts=starts), modifiers
    )
    terms = _terms(text, sections, findings, assessment, density is not None, starts)
    found_terms = any(m.category != C.OTHER_BODY_PART for m in mentions) or bool(exam.modalities)
    breast_report = found_terms and not other_body_part
    warnings = document.warnings + reading_warnings(assessment, findings, mentions_found=breast_report)
    return Report(
        document=document, sections=sections, exam=exam, density=density, assessment=assessment,
        findings=findings, recommendations=recommendations, terms=terms, warnings=warnings, breast_report=breast_report,
        fibroglandular_tissue=read_fibroglandular_tissue(sentences, mentions, exam.modalities, text),
        background_enhancement=read_background_enhancement(text, sentences, mentions),
    )


def _terms(
    text: str, sections: tuple[Section, ...], findings: tuple[Finding, ...], assessment: Assessment,
    has_density: bool, starts: list[int],
) -> tuple[str, ...]:
    """Glossary slugs the explanation links to: what was read, then every glossary word in the text."""
    slugs: list[str] = []
    if assessment.overall is not None or assessment.by_breast:
        slugs.append(CATEGORIES_TERM)
    categories = [c for _, c in assessment.by_breast] + ([assessment.overall] if assessment.overall else [])
    slugs += [category_term(c) for c in categories]
    for finding in findings:
        slugs += [finding.term] if finding.term else []
        slugs += [m.value for m in finding.morphology]
        slugs += [finding.distribution.value] if finding.distribution else []
    if has_density:
        slugs.append(DENSITY_TERM)
    # Every glossary word in the report, except in a header block of names and addresses.
    header_end = sections[0].body.end if len(sections) > 1 and sections[0].kind is SectionKind.HEADER else 0
    for mention in lexicon_for(LexiconGroup.TERMS).find(text, header_end, starts=starts):
        slugs += [term_of(rule) for rule in mention.readings]
    return tuple(dict.fromkeys(s for s in slugs if s))
