"""medspaCy on the golden corpus: target rules from our lexicon, its default sentence splitter and ConText rules.

Runs inside the peers' own virtual environment (.venv-peers: spaCy pins an older numpy than the app; it has
no PyYAML, so it cannot import readingscan). The main process (bench/__main__.py, section ``peers``) sends one
JSON object on stdin:

  {"rules": [{"literal", "category", "pattern"}...], "reports": [{"name", "text"}...], "repeats": int}

``category`` is a finding kind (calcification, mass, ...) or "not_finding" (lexicon phrases that hold a finding
word but describe none: matched so that the longer phrase wins, then dropped). ``pattern`` is our regular
expression with our word boundaries, run by medspaCy's RegexMatcher.

Prints one JSON object on its last line: per report the set of (kind, status), the pipeline's load time and
its ms per report (median of ``repeats`` timed passes over all reports, after one warm-up pass).
Usage: .venv-peers/bin/python bench/peers_corpus.py < request.json
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def build(rules):  # type: ignore[no-untyped-def]
    import medspacy
    from medspacy.target_matcher import TargetRule

    # Default pipeline: medspaCy tokenizer, PyRuSH sentence splitter, target matcher, ConText (default rules).
    nlp = medspacy.load()
    matcher = nlp.get_pipe("medspacy_target_matcher")
    matcher.add([TargetRule(r["literal"], r["category"], pattern=r["pattern"]) for r in rules])
    return nlp


def status(ent) -> str | None:  # type: ignore[no-untyped-def]
    """Our statuses from ConText's attributes; None: not a finding of this patient."""
    if ent.label_ == "not_finding" or ent._.is_family:
        return None
    if ent._.is_negated:
        return "absent"
    if ent._.is_uncertain or ent._.is_hypothetical:
        return "possible"
    return "present"


def read(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return sorted({(ent.label_, s) for ent in doc.ents if (s := status(ent)) is not None})


def main() -> None:
    request = json.load(sys.stdin)
    start = time.perf_counter()
    nlp = build(request["rules"])
    load_seconds = time.perf_counter() - start
    texts = [r["text"] for r in request["reports"]]
    predictions = {r["name"]: read(nlp, r["text"]) for r in request["reports"]}  # also the warm-up pass
    passes = []
    for _ in range(int(request["repeats"])):
        start = time.perf_counter()
        for text in texts:
            nlp(text)
        passes.append((time.perf_counter() - start) * 1000 / len(texts))
    print(json.dumps({"predictions": predictions, "load_seconds": load_seconds,
                      "ms_per_report": statistics.median(passes), "passes_ms": passes}))


if __name__ == "__main__":
    main()
