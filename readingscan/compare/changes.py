"""Compare an older and a newer report: which findings are new, unchanged, changed or gone, and how the
BI-RADS category and breast density moved. The sentences live in content/en/compare.yaml; this module
chooses and fills them in (pairing: ``pairing.py``).

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

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from readingscan.compare.pairing import SEEN, pair_findings, size_changed
from readingscan.content import CompareWords, Count, load_content
from readingscan.explain.finding import count_of, described, noun_of
from readingscan.explain.notes import tidied
from readingscan.explain.words import term_words
from readingscan.model import Category, Density, Finding, Morphology, Report, Status

__all__ = ["Change", "Comparison", "FindingChange", "compare_reports", "pair_findings"]


class Change(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    RESOLVED = "resolved"
    CHANGED = "changed"


@dataclass(frozen=True)
class FindingChange:
    """One finding across the two reports. ``differences`` uses the labels of content/en/compare.yaml."""

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


def _wording() -> CompareWords:
    return load_content().compare


def _shape(morphology: tuple[Morphology, ...]) -> str:
    return _wording().thing.shapes_joiner.join(term_words(m) for m in morphology)


def _words(finding: Finding, where: str) -> dict[str, str]:
    """The pieces a template fills in, agreeing with the finding's label ("mass is", "calcifications are")."""
    w = _wording()
    if load_content().language != "en":
        return _words_in_language(finding, where, w)
    thing_words = w.thing
    label = finding.label or load_content().explain.kinds[finding.kind].name
    possible = thing_words.possible if finding.status is Status.POSSIBLE else ""
    pattern = term_words(finding.distribution) if finding.distribution else ""
    thing = " ".join(p for p in (possible, pattern, _shape(finding.morphology), label) if p)
    many = label.endswith(thing_words.plural_ending) and not label.endswith(thing_words.singular_endings)
    vowel = thing[0] in thing_words.vowels
    article = thing_words.article_many if many else thing_words.article_before_vowel if vowel else thing_words.article
    return {"a_thing": article + thing, "label": label, "where": where,
            **{key: forms.many if many else forms.one for key, forms in w.agree.items()}}


def _words_in_language(finding: Finding, where: str, w: CompareWords) -> dict[str, str]:
    """The pieces of another language's sentence: the finding named by that language's grammar table
    (findings.yaml: its names, word order and count), never by the report's English label."""
    count = count_of(finding)
    noun = noun_of(finding)
    label = noun.several if count is Count.SEVERAL else noun.one
    thing = described(finding, count, article=finding.status is not Status.POSSIBLE)
    many = count is Count.SEVERAL and noun.one != noun.several
    if finding.status is Status.POSSIBLE:
        thing = f"{w.thing.possible_several if many else w.thing.possible} {thing}"
    return {"a_thing": thing, "label": label, "where": where,
            **{key: forms.many if many else forms.one for key, forms in w.agree.items()}}


def _where(finding: Finding, other: Finding | None) -> str:
    words = _wording().where
    breast = finding.breast or (other.breast if other else None)
    side = words.sides[breast] if breast else ""
    location = finding.location or (other.location if other else None)
    if location is None:
        return side
    if location.clock:
        hour, _, minute = location.clock.partition(":")
        whole = words.clock_one if hour == "1" else words.clock
        return side + (whole.format(hour=hour) if minute in ("", "00")
                       else words.clock_minutes.format(clock=location.clock))
    if location.quadrant:
        return side + words.quadrant.format(quadrant=term_words(location.quadrant))
    return side


def _say(key: str, values: dict[str, str]) -> str:
    text = _wording().findings[key].format(**values)
    return text[0].upper() + text[1:]


def _differences(a: Finding, b: Finding) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    if a.morphology and b.morphology and set(a.morphology) != set(b.morphology):
        found.append(("morphology", {"old": _shape(a.morphology), "new": _shape(b.morphology)}))
    if a.distribution and b.distribution and a.distribution is not b.distribution:
        found.append(("distribution", {"old": term_words(a.distribution), "new": term_words(b.distribution)}))
    if a.size_mm and b.size_mm and size_changed(a.size_mm, b.size_mm):
        found.append(("size", {"old": f"{a.size_mm:g}", "new": f"{b.size_mm:g}"}))
    if a.status is not b.status:
        found.append(("status", {"key": "status_firmer" if b.status is Status.PRESENT else "status_weaker"}))
    return found


def _finding_change(prior: Finding | None, current: Finding | None) -> FindingChange:
    names = _wording().differences
    if prior is not None and (current is None or current.status not in SEEN):
        key = "not_mentioned" if current is None else "gone"
        return FindingChange(Change.RESOLVED, prior, current, (names[key],),
                             _say(key, _words(prior, _where(prior, current))))
    assert current is not None  # pair_findings never pairs two absent findings, nor gives (None, None)
    words = _words(current, _where(current, prior))
    if prior is None or prior.status not in SEEN:
        before = () if prior is None else (names["absent_before"],)
        sentences = [_say("new", words)] + [_say("new_after_absent", words)] * len(before)
        return FindingChange(Change.NEW, prior, current, before, " ".join(sentences))
    changes = _differences(prior, current)
    if not changes:
        sentences = [_say("unchanged", words)] + [_say("stable", words)] * current.stable
        return FindingChange(Change.UNCHANGED, prior, current, (), " ".join(sentences))
    # The place is said once, in the first sentence of the change.
    sentences = [_say(values.get("key", name), {**words, **values, "where": words["where"] if n == 0 else ""})
                 for n, (name, values) in enumerate(changes)]
    return FindingChange(Change.CHANGED, prior, current, tuple(names[n] for n, _ in changes), " ".join(sentences))


def _value_sentence(sentences: Mapping[str, str], names: Mapping[str, str], old: str | None, new: str | None) -> str:
    """The category's or the density's sentence, with the names of explain.yaml in lower case."""

    def value(v: str) -> str:
        name = names[v]
        return sentences["value"].format(value=v.upper(), name=name[0].lower() + name[1:])

    if old is None or new is None:
        key = "neither" if old is new else "only_new" if old is None else "only_old"
        return sentences[key].format(old=value(old) if old else "", new=value(new) if new else "")
    return sentences["stayed" if old == new else "went"].format(old=value(old), new=value(new))


def compare_reports(prior: Report, current: Report) -> Comparison:
    """What changed from ``prior`` (the older report) to ``current``: one FindingChange per finding seen
    in either report, and sentences on the category and the density (rules in the module docstring).
    """
    old_category, new_category = prior.assessment.overall, current.assessment.overall
    old_density = prior.density.category if prior.density else None
    new_density = current.density.category if current.density else None
    w, explained = _wording(), load_content().explain
    category_names = {str(key): words.name for key, words in explained.categories.items()}
    density_names = {str(key): words.name for key, words in explained.density.items()}
    return tidied(Comparison(
        findings=tuple(_finding_change(a, b) for a, b in pair_findings(prior, current)),
        prior_category=old_category,
        current_category=new_category,
        category_sentence=_value_sentence(w.category, category_names, old_category, new_category),
        prior_density=old_density,
        current_density=new_density,
        density_sentence=_value_sentence(w.density, density_names, old_density, new_density),
    ))
