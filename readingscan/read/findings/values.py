"""Descriptor values on a finding being assembled: (name, value) pairs kept sorted, the first value said standing."""

from __future__ import annotations

from readingscan.model import Descriptor, ImplantRupture

Descriptors = tuple[tuple[str, str], ...]
CONTRACT = frozenset(Descriptor)  # the contract's descriptor names with fixed values
_RUPTURE_ORDER = tuple(ImplantRupture)


def with_descriptor(descriptors: Descriptors, key: str, value: str) -> Descriptors:
    """The descriptors with ``key`` set to ``value``, unless ``key`` already has a value (the first one stands;
    of an implant's rupture kinds, the most serious: an extracapsular rupture is an intracapsular one too)."""
    there = next((v for k, v in descriptors if k == key), None)
    if there is not None:
        if key != Descriptor.IMPLANT_RUPTURE or _RUPTURE_ORDER.index(ImplantRupture(there)) >= \
                _RUPTURE_ORDER.index(ImplantRupture(value)):
            return descriptors
        descriptors = tuple((k, v) for k, v in descriptors if k != key)
    return tuple(sorted((*descriptors, (str(key), str(value)))))


