"""The checks every content file passes at load, as pydantic validators, and the error that names the problem.

A content record is a frozen dataclass validated by pydantic (``extra="forbid"``: an unknown key is refused,
a missing one too). On top of that:

- ``template(*names)``: a sentence with ``str.format`` placeholders, exactly ``names`` (``template()`` for a
  plain text, with none); "{thing}" where the code fills "{a_thing}" is refused at load, not at the screen.
- ``every(keys)``: a mapping with a record for each key (``every(Category)``: one per BI-RADS category).
- ``table(spec)``: a mapping of templates with their own placeholders (``{"new": ("a_thing", "where")}``),
  nested mappings for nested tables.

``ContentError`` names the file and the record: "content/en/explain.yaml: categories.4B: missing 'likelihood'".
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import AfterValidator, BeforeValidator, ConfigDict
from pydantic_core import ErrorDetails, PydanticCustomError

__all__ = ["FORBID", "ContentError", "Spec", "describe", "every", "placeholders", "problem", "table", "template"]

FORBID = ConfigDict(extra="forbid")
# A table's spec: a key's placeholders (a template), or the spec of a nested table.
Spec = Mapping[str, "tuple[str, ...] | Spec"]


class ContentError(ValueError):
    """A content file that cannot be used; each line names the file and the record at fault."""


def problem(what: str, where: str = "") -> PydanticCustomError:
    """A validation failure of ours; ``where`` is the path below the value being checked ("4B.name")."""
    return PydanticCustomError("content", "{what}", {"what": what, "where": where})


def placeholders(text: str) -> set[str]:
    """The named fields of a ``str.format`` template; positional, dotted or formatted fields are refused."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:  # "Single '}' encountered in format string"
        raise problem(f"unbalanced braces ({error})") from None
    names = set()
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        # Only plain names: the code formats numbers itself, so a language never needs a format spec.
        if not name.isidentifier() or spec or conversion:
            raise problem(f"placeholder {{{name}}} is not a plain name")
        names.add(name)
    return names


def _check_fields(text: str, names: frozenset[str], where: str = "") -> str:
    if not text.strip():
        raise problem("empty text", where)
    found = placeholders(text)
    wrong = [f"unknown placeholder {{{n}}}" for n in sorted(found - names)]
    wrong += [f"missing placeholder {{{n}}}" for n in sorted(names - found)]
    if wrong:
        raise problem("; ".join(wrong), where)
    return text


def template(*names: str) -> AfterValidator:
    """A non-empty sentence whose placeholders are exactly ``names`` (none for a plain text)."""
    expected = frozenset(names)
    return AfterValidator(lambda text: _check_fields(text, expected))


def _keys(data: Mapping[Any, Any], expected: Iterable[str], where: str = "") -> None:
    # YAML reads an unquoted 0 as a number; the content team writes keys as they are printed.
    given = [str(key) for key in data]
    wanted = list(expected)
    unknown = [k for k in given if k not in wanted]
    if unknown:
        raise problem("unknown key " + ", ".join(map(repr, unknown)), where)
    missing = [k for k in wanted if k not in given]
    if missing:
        raise problem("missing " + ", ".join(map(repr, missing)), where)


def every(keys: Iterable[str]) -> BeforeValidator:
    """A mapping with exactly these keys (an enum's values, say), each once; keys are read as text."""
    expected = tuple(str(k) for k in keys)

    def check(data: Any) -> Any:
        if not isinstance(data, Mapping):
            return data  # pydantic says what type it wanted
        _keys(data, expected)
        return {str(key): value for key, value in data.items()}

    return BeforeValidator(check)


def _check_table(data: Any, spec: Spec, where: str) -> Any:
    if not isinstance(data, Mapping):
        raise problem("expected a mapping", where)
    _keys(data, spec, where)
    checked: dict[str, Any] = {}
    for key, value in data.items():
        inner, path = spec[str(key)], f"{where}.{key}" if where else str(key)
        if isinstance(inner, Mapping):
            checked[str(key)] = _check_table(value, inner, path)
        elif not isinstance(value, str):
            raise problem(f"expected a text, got {type(value).__name__}", path)
        else:
            checked[str(key)] = _check_fields(value, frozenset(inner), path)
    return checked


def table(spec: Spec) -> BeforeValidator:
    """A mapping of templates, each with the placeholders ``spec`` gives it (nested specs: nested tables)."""

    def check(data: Any) -> Any:
        return _check_table(data, spec, "")

    return BeforeValidator(check)


def describe(error: ErrorDetails) -> tuple[str, str]:
    """(record, problem) of one pydantic error: ("categories.4B", "missing 'likelihood'")."""
    loc = [str(part) for part in error["loc"] if part != "[key]"]
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "content":
        where = [*loc, str(ctx["where"])] if ctx.get("where") else loc
        return ".".join(where), str(ctx["what"])
    if kind in ("missing", "missing_argument") and loc:
        return ".".join(loc[:-1]), f"missing {loc[-1]!r}"
    if kind in ("extra_forbidden", "unexpected_keyword_argument") and loc:
        return ".".join(loc[:-1]), f"unknown key {loc[-1]!r}"
    return ".".join(loc), f"{error['msg']} (found {error.get('input')!r})"
