"""descriptors.yaml is refused at load when it does not hold every descriptor value of the contract, names a
source or intro it does not have, or gives BPE and FGT words for values the model lacks; a question naming an
unknown descriptor is refused too. The shipped file matches the JSON contract both ways."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from readingscan.content import load_content
from tests.content.test_content import broken, drop, put


def _question(descriptors: list[str]) -> Callable[[Any], object]:
    def edit(data: Any) -> object:
        data.append({"question": "Is this a question?", "when": {"descriptors": descriptors}, "priority": 1})
        return data
    return edit


BROKEN = [
    ("descriptors.yaml", drop("descriptors", "elasticity"), "content/en/descriptors.yaml: descriptors: missing 'elasticity'"),
    ("descriptors.yaml", drop("descriptors", "kinetics_delayed", "values", "washout"),
     "content/en/descriptors.yaml: descriptors.kinetics_delayed.values: missing value 'washout'"),
    ("descriptors.yaml", put(None, "descriptors", "orientation", "values", "sideways"),
     "content/en/descriptors.yaml: descriptors.orientation.values.sideways: "),
    ("descriptors.yaml", put(["atlas_ultrasound", "stavros_1995"], "descriptors", "orientation", "values",
                             "not_parallel", "sources"),
     "content/en/descriptors.yaml: descriptors.orientation.not_parallel: unknown source 'stavros_1995'"),
    ("descriptors.yaml", put([], "descriptors", "shape", "values", "oval", "sources"),
     "content/en/descriptors.yaml: descriptors.shape.oval: no source"),
    ("descriptors.yaml", drop("descriptors", "margin", "values", "spiculated", "concern"),
     "content/en/descriptors.yaml: descriptors.margin.values.spiculated: missing 'concern'"),
    ("descriptors.yaml", put("worrying", "descriptors", "margin", "values", "spiculated", "level"),
     "content/en/descriptors.yaml: descriptors.margin.values.spiculated.level: "),
    ("descriptors.yaml", put(["timing"], "descriptors", "kinetics_initial", "intros"),
     "content/en/descriptors.yaml: descriptors.kinetics_initial: unknown intro 'timing'"),
    ("descriptors.yaml", put(["lump"], "intros", "enhancement", "kinds"), "content/en/descriptors.yaml: intros.enhancement.kinds.0: "),
    ("descriptors.yaml", put(["enhancing masss"], "intros", "enhancement", "labels"),
     "content/en/descriptors.yaml: intros.enhancement.labels: unknown finding name 'enhancing masss'"),
    ("descriptors.yaml", drop("background_enhancement", "levels", "marked"),
     "content/en/descriptors.yaml: background_enhancement.levels: missing 'marked'"),
    ("descriptors.yaml", drop("fibroglandular_tissue", "categories", "d"),
     "content/en/descriptors.yaml: fibroglandular_tissue.categories: missing 'd'"),
    ("descriptors.yaml", put("**{name}**", "background_enhancement", "sentence"),
     "content/en/descriptors.yaml: background_enhancement.sentence: missing placeholder {meaning}"),
    ("questions.yaml", _question(["kinetics_delayed.washed"]),
     ".when.descriptors: unknown descriptor 'kinetics_delayed.washed'"),
    ("questions.yaml", _question(["Kinetics Delayed"]), "is not a descriptor name or name.value"),
    ("questions.yaml", _question(["stiffness"]), "unknown descriptor 'stiffness'"),
    ("findings.yaml", drop("kinds", "focus"), "content/en/findings.yaml: kinds: missing 'focus'"),
    ("terms.yaml", drop("kind", "implant"), "content/en/terms.yaml: kind: missing 'implant'"),
]


@pytest.mark.parametrize(("name", "edit", "message"), BROKEN, ids=[message.split(": ", 1)[-1] for _, _, message in BROKEN])
def test_broken_descriptor_content_is_refused_naming_file_and_record(tmp_path: Path, name: str,
                                                                     edit: Callable[[Any], object], message: str) -> None:
    assert message in broken(tmp_path, name, edit)


def test_the_descriptor_words_are_the_contracts_names_and_values(schema: dict) -> None:
    fixed = schema["$defs"]["finding"]["properties"]["descriptors"]["properties"]
    words = load_content().descriptors
    assert {str(n): sorted(e.values) for n, e in words.descriptors.items()} == \
        {n: sorted(spec["enum"]) for n, spec in fixed.items()}
    bpe = schema["properties"]["background_enhancement"]["oneOf"][1]["properties"]
    assert sorted(map(str, words.background_enhancement.levels)) == sorted(bpe["level"]["enum"])
    assert sorted(map(str, words.background_enhancement.symmetry)) == sorted(v for v in bpe["symmetry"]["enum"] if v)
    fgt = schema["properties"]["fibroglandular_tissue"]["oneOf"][1]["properties"]
    assert sorted(map(str, words.fibroglandular_tissue.categories)) == sorted(fgt["category"]["enum"])
    kinds = schema["$defs"]["finding"]["properties"]["kind"]["enum"]
    content = load_content()
    assert set(map(str, content.findings.kinds)) == set(kinds) == set(map(str, content.explain.kinds))
