"""Descriptor values on a finding being assembled: (name, value) pairs kept sorted, the first value said standing."""

from __future__ import annotations

from readingscan.model import Descriptor, ImplantRupture
from readingscan.model.descriptors import Margin

Descriptors = tuple[tuple[str, str], ...]
CONTRACT = frozenset(Descriptor)  # the contract's descriptor names with fixed values
_RUPTURE_ORDER = tuple(ImplantRupture)
# A margin not all circumscribed is named by its least favourable part (BI-RADS Atlas 5th ed.: "partially
# circumscribed and partially indistinct" is indistinct), and "not circumscribed" said with its kind is that kind
# ("not circumscribed with spiculation" is spiculated). Values of one rank: the first said stands.
_MARGIN_RANK = {Margin.CIRCUMSCRIBED: 0, Margin.OBSCURED: 0, Margin.NOT_CIRCUMSCRIBED: 1, Margin.IRREGULAR: 2,
                Margin.INDISTINCT: 2, Margin.ANGULAR: 2, Margin.MICROLOBULATED: 2, Margin.SPICULATED: 3}


def _outranks(key: str, value: str, there: str) -> bool:
    """Whether ``value`` said after ``there`` replaces it."""
    if key == Descriptor.IMPLANT_RUPTURE:
        return _RUPTURE_ORDER.index(ImplantRupture(value)) > _RUPTURE_ORDER.index(ImplantRupture(there))
    if key == Descriptor.MARGIN:
        return _MARGIN_RANK.get(Margin(value), 0) > _MARGIN_RANK.get(Margin(there), 0)
    return False


def with_descriptor(descriptors: Descriptors, key: str, value: str) -> Descriptors:
    """The descriptors with ``key`` set to ``value``, unless ``key`` already has a value (the first one stands;
    of an implant's rupture kinds, the most serious: an extracapsular rupture is an intracapsular one too; of
    margins, the least favourable)."""
    there = next((v for k, v in descriptors if k == key), None)
    if there is not None:
        if not _outranks(key, value, there):
            return descriptors
        descriptors = tuple((k, v) for k, v in descriptors if k != key)
    return tuple(sorted((*descriptors, (str(key), str(value)))))
