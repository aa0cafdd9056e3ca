"""Record which English text a glossary translation renders: ``python -m tools.stamp_translations LANG [SLUG...]``.

A translator writes term, slug, aliases, quick answer and body; this adds what the loader also needs:
``translated_from`` (the English entry's fingerprint, readingscan/glossary/translations.py) and an empty review
(``reviewed_by`` and ``reviewed``, filled in by the person who reviews it). A file already stamped keeps its
review, unless ``--again`` says it was brought up to date with a changed English entry (the review is then
cleared: the new text has not been reviewed).
"""

from __future__ import annotations

import argparse
import re
import sys

from readingscan.glossary import DEFAULT_FOLDER, load_glossary
from readingscan.glossary.entries import split_front_matter
from readingscan.glossary.translations import fingerprint


def stamp(text: str, print_: str, again: bool) -> str:
    data, _ = split_front_matter(text)
    head, body = re.match(r"\A---\n(.*?)\n---\n?(.*)\Z", text, re.DOTALL).groups()  # type: ignore[union-attr]
    if "translated_from" in data and not again:
        return text
    head = re.sub(r"^(translated_from|reviewed_by|reviewed):.*\n?", "", head + "\n", flags=re.MULTILINE).rstrip("\n")
    head += f"\ntranslated_from: \"{print_}\"\nreviewed_by: null\nreviewed: null"
    return f"---\n{head}\n---\n{body}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--again", action="store_true", help="re-stamp (after updating to changed English)")
    args = parser.parse_args(argv)
    english = load_glossary(language="en")
    folder = DEFAULT_FOLDER / args.language
    paths = [folder / f"{s}.md" for s in args.slugs] or sorted(folder.glob("*.md"))
    for path in paths:
        entry = english.get(path.stem)
        if entry is None:
            print(f"{path.name}: no English entry", file=sys.stderr)
            return 2
        text = path.read_text(encoding="utf-8")
        new = stamp(text, fingerprint(entry), args.again)
        if new != text:
            path.write_text(new, encoding="utf-8")
    print(f"{len(paths)} files checked in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
