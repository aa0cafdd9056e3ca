"""Whether two names of one kind may name one lesion: the same name or family ("focal" and "developing asymmetry"),
or one that says only the kind ("mass", which may turn out to be the "cyst" described elsewhere). "Nipple
retraction" and "skin thickening" are two signs, never one."""

from __future__ import annotations

from readingscan.rules import word_map, words

__all__ = ["GENERIC_LABELS", "named_alike", "named_short"]

GENERIC_LABELS = frozenset(words("generic_labels"))
_FAMILIES = word_map("label_families")


def named_alike(old: str | None, new: str | None) -> bool:
    """Whether a lesion named ``old`` may be the one named ``new``."""
    return _family(old) == _family(new) or old in GENERIC_LABELS or new in GENERIC_LABELS


def _family(label: str | None) -> str | None:
    return label if label is None else _FAMILIES.get(label, label)



def named_short(old: str | None, new: str | None) -> bool:
    """Whether ``new`` is ``old``'s name cut to its last words ("the cyst" after "an oil cyst"): a lesion pointed back
    to by the head of its name."""
    return bool(old and new) and f" {old}".endswith(f" {new}") and old != new
