"""Sentence tables for the context rules: negation, possibility, stability, history, pseudo-triggers,
termination and lists. Each row is a report sentence and what a careful reader takes from it."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.rules.loader import load_rules


def read(sentence: str) -> list[tuple[str, str, bool]]:
    report = analyze("FINDINGS: " + sentence)
    return [(f.kind.value, f.status.value, f.stable) for f in report.findings]


# (sentence, expected findings as (kind, status, stable)), id
TABLE = [
    # --- negation, forward, over lists
    ("No suspicious masses, calcifications, or architectural distortion.",
     [("mass", "absent", False), ("calcification", "absent", False), ("architectural_distortion", "absent", False)], "neg-list"),
    ("There are no masses or calcifications.", [("mass", "absent", False), ("calcification", "absent", False)], "neg-there-are-no"),
    ("No evidence of a mass.", [("mass", "absent", False)], "neg-no-evidence-of"),
    ("Negative for axillary lymphadenopathy.", [("lymph_node", "absent", False)], "neg-negative-for"),
    ("The breasts are free of suspicious calcifications.", [("calcification", "absent", False)], "neg-free-of"),
    ("Absence of architectural distortion.", [("architectural_distortion", "absent", False)], "neg-absence-of"),
    ("Without skin thickening.", [("skin", "absent", False)], "neg-without"),
    ("Neither a mass nor calcifications are present.", [("mass", "absent", False), ("calcification", "absent", False)], "neg-neither-nor"),
    ("The ultrasound does not demonstrate a mass.", [("mass", "absent", False)], "neg-does-not-demonstrate"),
    ("Patient denies any palpable mass.", [], "neg-denies-in-history-words-is-not-a-finding"),
    ("FINDINGS note: patient denies skin thickening or nipple retraction.", [("skin", "absent", False)], "neg-denies"),
    # --- negation, backward
    ("A mass is not seen.", [("mass", "absent", False)], "neg-backward-not-seen"),
    ("The previously noted asymmetry is no longer visualized.", [("asymmetry", "absent", False)], "neg-backward-no-longer"),
    ("The cyst has resolved.", [("mass", "absent", False)], "neg-backward-resolved"),
    ("A possible asymmetry which resolves on spot views.", [("asymmetry", "absent", False)], "neg-backward-which-resolves"),
    ("Query distortion on tomo: not reproduced on further views.", [("architectural_distortion", "absent", False)],
     "neg-backward-not-reproduced"),
    ("I don't see a mass in the left breast.", [("mass", "absent", False)], "neg-dont-see"),
    ("The ultrasound doesn't show a cyst.", [("mass", "absent", False)], "neg-doesnt-show"),
    ("Pas de calcifications suspectes / no suspicious calcifications.", [("calcification", "absent", False)], "neg-pas-de"),
    ("Aucune calcification suspecte.", [("calcification", "absent", False)], "neg-aucune"),
    ("Suspicious calcifications: none.", [("calcification", "absent", False)], "neg-backward-none"),
    # --- possibility
    ("Possible mass in the left breast.", [("mass", "possible", False)], "poss-possible"),
    ("Questionable focal asymmetry.", [("asymmetry", "possible", False)], "poss-questionable"),
    ("A small mass cannot be excluded.", [("mass", "possible", False)], "poss-cannot-be-excluded"),
    ("This density may represent a mass.", [("mass", "possible", False)], "poss-may-represent"),
    ("Suspected architectural distortion.", [("architectural_distortion", "possible", False)], "poss-suspected"),
    ("Equivocal asymmetry at 12:00.", [("asymmetry", "possible", False)], "poss-equivocal"),
    ("We cannot exclude a mass.", [("mass", "possible", False)], "poss-cannot-exclude"),
    # --- hedges about what it is, not whether it is there
    ("Oval mass, likely a fibroadenoma.", [("mass", "present", False)], "present-likely-what-it-is"),
    ("Probably benign oval mass.", [("mass", "present", False)], "present-probably-benign"),
    # --- stability
    ("Stable benign calcifications.", [("calcification", "present", True)], "stable-stable"),
    ("The mass is unchanged since 2021.", [("mass", "present", True)], "stable-unchanged-since"),
    ("The asymmetry is similar to prior.", [("asymmetry", "present", True)], "stable-similar-to"),
    ("The lymph node has not changed.", [("lymph_node", "present", True)], "stable-not-changed"),
    ("Cysts and stable benign calcifications.", [("mass", "present", False), ("calcification", "present", True)],
     "stable-before-the-second-of-two"),
    ("Oil cyst and calcifications, stable.", [("mass", "present", True), ("calcification", "present", True)],
     "stable-after-a-list"),
    ("The cyst is smaller and stable in size.", [("mass", "present", True)], "stable-and-stable-in-size"),
    ("A mass at 8:00, and on the left a stable lymph node.", [("mass", "present", False), ("lymph_node", "present", True)],
     "stable-after-an-article"),
    ("Irregular mass / benign calcifications (stable nodes).", [("mass", "present", False), ("calcification", "present", False),
     ("lymph_node", "present", True)], "stable-after-a-bracket"),
    # --- pseudo-triggers: no negation
    ("No change in the calcifications.", [("calcification", "present", True)], "pseudo-no-change-in"),
    ("No significant change in the left breast mass.", [("mass", "present", True)], "pseudo-no-significant-change"),
    ("There is not only a mass but also calcifications.", [("mass", "present", False), ("calcification", "present", False)], "pseudo-not-only"),
    ("No increase in the size of the cyst.", [("mass", "present", False)], "pseudo-no-increase"),
    ("The calcifications are not suspicious.", [("calcification", "present", False)], "pseudo-not-suspicious"),
    # --- termination
    ("No mass, but there are coarse calcifications.", [("mass", "absent", False), ("calcification", "present", False)], "term-but"),
    ("No masses; benign calcifications are present.", [("mass", "absent", False), ("calcification", "present", False)], "term-semicolon"),
    ("No mass is seen, however a focal asymmetry is present.", [("mass", "absent", False), ("asymmetry", "present", False)], "term-however"),
    ("No suspicious masses are seen, although vascular calcifications are present.", [("mass", "absent", False), ("calcification", "present", False)], "term-although"),
    ("No mass other than the known cyst.", [("mass", "absent", False), ("mass", "present", False)], "term-other-than"),
    ("No masses are seen. Grouped calcifications are present.", [("mass", "absent", False), ("calcification", "present", False)], "term-new-sentence"),
    # A clause of another exam saying what it shows ends what a negation before it covers.
    ("Mammography was unremarkable with no mass, and sonography demonstrates a 9 mm cyst at 2 o'clock.",
     [("mass", "absent", False), ("mass", "present", False)], "term-exam-shows"),
    ("No abnormality on the mammogram, ultrasound revealed a 14 mm oval solid lesion.",
     [("mass", "present", False)], "term-exam-showed"),
    # A tab between a table's cells is a cell border: a negation in one column says nothing of the next.
    ("Left\tno suspicious abnormality\tbenign-appearing cyst 6 mm at 4 o'clock\t2",
     [("mass", "present", False)], "term-tab-cell"),
    ("Mass:\tNo", [("mass", "absent", False)], "neg-tab-answer"),
    # --- "no new": new ones are said to be absent; a question asserts nothing
    ("No new masses or calcifications.", [("mass", "absent", False), ("calcification", "absent", False)], "neg-no-new"),
    ("Evaluate for a mass in the left breast.", [], "unasserted-evaluate-for"),
    # --- Commonwealth and worklist shorthand
    ("Nil suspicious masses.", [("mass", "absent", False)], "neg-nil"),
    ("ALN neg on US.", [("lymph_node", "absent", False)], "neg-neg-after"),
    ("Axillary lymph nodes negative.", [("lymph_node", "absent", False)], "neg-negative-after"),
    ("Query distortion in the upper outer quadrant.", [("architectural_distortion", "possible", False)], "possible-query"),
    ("Cannot r/o a small mass.", [("mass", "possible", False)], "possible-cannot-r-o"),
    ("New mass vs 2023.", [("mass", "present", False)], "pseudo-vs-year"),
    # --- history
    ("History of fibroadenoma excision.", [], "hist-history-of"),
    ("Status post lumpectomy; postsurgical changes are seen.", [("other", "present", False)], "hist-status-post"),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for s, e, _ in TABLE], ids=[i for *_, i in TABLE])
def test_context_table(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert sorted(read(sentence)) == sorted(expected)


def test_every_context_category_has_a_row() -> None:
    categories = {rule.category for rule in load_rules("context")}
    prefixes = {"negated": "neg-", "possible": "poss-", "stable": "stable-", "historical": "hist-", "unasserted": "unasserted-",
                "pseudo": "pseudo-", "terminate": "term-"}
    assert categories == set(prefixes)
    for category, prefix in prefixes.items():
        assert any(row_id.startswith(prefix) for *_, row_id in TABLE), f"no sentence row for {category}"


def test_absent_finding_names_its_trigger() -> None:
    report = analyze("FINDINGS: No suspicious calcifications in the left breast.")
    (finding,) = report.findings
    assert finding.status_trigger is not None and finding.status_trigger.text.lower() == "no"
    assert finding.status_rule == "context.negated.no"
    assert report.text[finding.status_trigger.start:finding.status_trigger.end] == "No"


def test_possible_finding_names_its_trigger() -> None:
    (finding,) = analyze("FINDINGS: A mass cannot be excluded.").findings
    assert finding.status_trigger is not None and "excluded" in finding.status_trigger.text
