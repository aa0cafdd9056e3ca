"""Make the terminology list name each glossary entry as its translation does:
``python -m tools.reconcile_terms LANG``.

The glossary's translators choose each entry's name with the whole entry in view, and the body uses that name
throughout; the terminology list is then brought in line. A name that changes loses its source (the source used
the old name): it becomes ``translation``, our own rendering to review, and the old name is kept as an alias of
the entry so a person who types it still finds the entry.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from readingscan.content.terminology import OWN_RENDERING, load_terminology
from readingscan.glossary import DEFAULT_FOLDER, load_glossary

TERMS = DEFAULT_FOLDER.parent / "readingscan" / "content" / "terminology.yaml"


def main(argv: list[str] | None = None) -> int:
    language = (argv or sys.argv[1:])[0]
    terminology = load_terminology()
    text = TERMS.read_text(encoding="utf-8")
    changed = 0
    for entry in load_glossary(language=language):
        key = f"glossary:{entry.slug}"
        old = terminology.name(key, language)
        if old is None or old == entry.term:
            continue
        row = re.compile(rf"^(  {re.escape(key)}: .*)$", re.MULTILINE)
        line = row.search(text)
        if line is None:
            print(f"{key}: no row", file=sys.stderr)
            return 2
        named = line.group(1).replace(f"{language}: {json.dumps(old, ensure_ascii=False)}",
                                      f"{language}: {json.dumps(entry.term, ensure_ascii=False)}", 1)
        names, sources = named.split("source:", 1)
        sources = re.sub(rf"({re.escape(language)}: )[a-z_0-9]+(?=[,}}])", rf"\g<1>{OWN_RENDERING}", sources)
        text = text.replace(line.group(1), f"{names}source:{sources}")
        assert entry.path is not None, "an entry loaded from its file"
        _add_alias(entry.path, old)
        changed += 1
    TERMS.write_text(text, encoding="utf-8")
    print(f"{changed} names brought in line with the {language} glossary")
    return 0


def _add_alias(file: Path, alias: str) -> None:
    text = file.read_text(encoding="utf-8")
    match = re.search(r"^aliases: \[(.*)\]$", text, re.MULTILINE)
    if match is None or alias in match.group(1):
        return
    quoted = json.dumps(alias, ensure_ascii=False)  # a name with ": " in it is text, not a YAML mapping
    items = f"{match.group(1)}, {quoted}" if match.group(1).strip() else quoted
    file.write_text(text[:match.start()] + f"aliases: [{items}]" + text[match.end():], encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
