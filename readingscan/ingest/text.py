"""Text files: bytes -> str, whatever encoding the file was saved in.

A byte-order mark decides first, then UTF-16 told by its NULs, then UTF-8, then cp1252 or the
likeliest legacy encoding (charset-normalizer). Bytes that decode to too many control characters
or decoding failures are not text, and are refused with a ReadingError.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from readingscan.ingest.limits import refusal

__all__ = ["decode", "is_control_byte"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy single-byte encodings a report could plausibly be saved in. cp1252 (Windows "ANSI") is
# tried first; multi-byte Asian encodings are left out because binary junk "decodes" in them.
_LEGACY = ["cp1250", "cp1251", "cp1253", "iso8859_15", "mac_roman", "cp850", "cp437"]


def decode(data: bytes) -> str:
    """Text from bytes: BOM, then UTF-8, then BOM-less UTF-16, then the likeliest legacy encoding."""
    text = _decode_any(data)
    if text is None or _binary_share(text) > 0.05:
        raise refusal("not_text", "file")
    return text


def _decode_any(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    # BOM-less UTF-16 comes before UTF-8 because its ASCII half is valid UTF-8 (NUL is a character).
    utf16 = _utf16_by_nuls(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if sum(map(is_control_byte, sample)) > 0.05 * len(sample):
        return None  # binary: no single-byte encoding will make text of it
    try:
        text = data.decode("cp1252")
        if mess_ratio(_non_ascii_lines(text), 0.2) < 0.2:
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    return str(best) if best is not None else None


def _non_ascii_lines(text: str) -> str:
    """The lines a wrong guess would garble, at most 64 KB of them: judging them is enough."""
    return "\n".join(line for line in text.splitlines() if not line.isascii())[:65536]


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin text has a NUL in every other byte, odd for LE and even for BE."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    # Over 0.7, not 0.4: ASCII with a NUL after every third byte has NULs in half the odd bytes, and is
    # junk rather than UTF-16 (read as UTF-16 it becomes CJK nonsense instead of a clear refusal).
    if odd > 0.7 and even < 0.05:
        return "utf-16-le"
    if even > 0.7 and odd < 0.05:
        return "utf-16-be"
    return None


def _binary_share(text: str) -> float:
    """The share of characters no text file contains: control characters and decoding failures."""
    if not text:
        return 0.0
    odd = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f"))
    return odd / len(text)


def is_control_byte(byte: int) -> bool:
    return (byte < 0x20 and byte not in b"\t\n\r\f") or byte == 0x7F
