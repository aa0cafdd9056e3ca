"""Peers on the NegEx set: negspacy (NegEx, en_clinical termset) and medspaCy's ConText default rules.

Runs inside the peers' own virtual environment (.venv-peers: spaCy pins an older numpy than the app),
prints one JSON object. Usage: .venv-peers/bin/python bench/peers_negex.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from negex_set import load_rows, locate, scores


def _with_entity(nlp, sentence: str, span: tuple[int, int]):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(sentence)
    for token in doc:  # each row is one sentence
        token.is_sent_start = token.i == 0
    ent = doc.char_span(span[0], span[1], label="CONDITION", alignment_mode="expand")
    doc.ents = [ent] if ent is not None else []
    return doc


def run_negspacy(rows):  # type: ignore[no-untyped-def]
    import spacy
    from negspacy.negation import Negex  # noqa: F401 - registers the factory
    from negspacy.termsets import termset

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    negex = nlp.add_pipe("negex", config={"neg_termset": termset("en_clinical").get_patterns(), "ent_types": ["CONDITION"]})
    gold, pred = [], []
    start = time.perf_counter()
    for row, span in rows:
        doc = negex(_with_entity(nlp, row.sentence, span))
        gold.append(row.negated)
        pred.append(bool(doc.ents) and bool(doc.ents[0]._.negex))
    return scores(gold, pred) | {"ms_per_sentence": (time.perf_counter() - start) * 1000 / len(rows)}


def run_medspacy(rows):  # type: ignore[no-untyped-def]
    import medspacy

    nlp = medspacy.load(enable=["medspacy_context"])
    context = nlp.get_pipe("medspacy_context")
    gold, pred, hist_gold, hist_pred = [], [], [], []
    start = time.perf_counter()
    for row, span in rows:
        doc = context(_with_entity(nlp, row.sentence, span))
        ent = doc.ents[0] if doc.ents else None
        gold.append(row.negated)
        pred.append(bool(ent is not None and ent._.is_negated))
        hist_gold.append(row.historical)
        hist_pred.append(bool(ent is not None and ent._.is_historical))
    elapsed = (time.perf_counter() - start) * 1000 / len(rows)
    return scores(gold, pred) | {"ms_per_sentence": elapsed, "historical": scores(hist_gold, hist_pred)}


def main() -> None:
    rows = [(row, span) for row in load_rows() if (span := locate(row.condition, row.sentence))]
    print(json.dumps({"negspacy": run_negspacy(rows), "medspacy": run_medspacy(rows)}))


if __name__ == "__main__":
    main()
