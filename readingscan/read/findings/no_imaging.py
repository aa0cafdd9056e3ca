"""Whether a sentence reports no imaging of this patient (a biopsy's result, a teaching point, an exam's title)."""

from __future__ import annotations

import re
from functools import lru_cache

from readingscan.model import Sentence
from readingscan.rules import cue

_NO_IMAGING = cue("no_imaging")
_EXAM_TITLE = cue("exam_title")  # "ULTRASOUND OF THE BREASTS AND REGIONAL LYMPH NODES": the parts scanned
# A break inside a sentence, going on in lower case: hard-wrapped prose reads as one line.
_WRAPPED = re.compile(r"[ \t]*\n[ \t]*(?=[a-z(])")


def describes_no_imaging(sentence: Sentence) -> bool:
    """Whether a sentence reports no imaging of this patient: "Core biopsy showed a papilloma.", "Take-home: ...", or
    only names the exam and the parts it scans ("MRI of both breasts"); hard-wrapped prose reads as one line."""
    return _said_no_imaging(sentence.span.text)


# By the sentence's words alone: the cue is long and searched on every sentence, and boilerplate sentences recur
# (across reports, and when a text is read again). Bounded: input is not ours.
@lru_cache(maxsize=4096)
def _said_no_imaging(said: str) -> bool:
    joined = _WRAPPED.sub(" ", said) if "\n" in said else said
    return bool(_NO_IMAGING.search(said) or _EXAM_TITLE.match(said) or (joined != said and _NO_IMAGING.search(joined)))
