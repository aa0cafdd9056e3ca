"""A PDF's compressed streams, measured before pdfminer unpacks them: a flate bomb is refused cheaply.

pdfminer inflates a whole stream in memory (``zlib.decompress``), so a 1 MB content stream can become
1 GB. Here every stream in the raw bytes is inflated in small pieces and only counted, stopping as soon
as the total passes the limit; nothing is kept. Pictures are left out of the total (pdfminer never
unpacks them, and a scan's pages are large), but each must still fit the largest picture we would read.
Streams that are not flate-compressed, or are encrypted, fail to inflate at once and count for nothing.
"""

from __future__ import annotations

import re
import zlib

from readingscan.ingest.limits import Limits, format_size, refusal

__all__ = ["check_pdf_streams"]

_STREAM_START = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_CHUNK = 1024 * 1024
_DICTIONARY_REACH = 4096  # bytes searched back from "stream" for the stream's own dictionary


def check_pdf_streams(data: bytes, limits: Limits) -> int:
    """Refuse a PDF whose streams would unpack to more than ``limits.max_unpacked_bytes``.

    Returns how many bytes of its streams other than pictures pdfminer will parse (page contents,
    fonts): a report's PDF holds some hundreds of KB; far more means a slow or hostile file.
    """
    total = content = 0
    for match in _STREAM_START.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        before = data[max(0, match.start() - _DICTIONARY_REACH) : match.start()]
        if _IMAGE.search(before[before.rfind(b" obj") + 1 :]):
            _refuse_if(_inflated_size(data, start, end, 4 * limits.max_image_pixels), 4 * limits.max_image_pixels)
            continue
        inflated = _inflated_size(data, start, end, limits.max_unpacked_bytes - total)
        total += inflated
        content += max(inflated, end - start)  # a stream that is not compressed is parsed as it is
        _refuse_if(total, limits.max_unpacked_bytes)
    return content


def _refuse_if(size: int, limit: int) -> None:
    if size > limit:
        raise refusal("too_large", "pdf_unpacked", limit=format_size(limit))


def _inflated_size(data: bytes, start: int, end: int, budget: int) -> int:
    """How many bytes ``data[start:end]`` inflates to, counting no further than just past ``budget``."""
    inflate = zlib.decompressobj()
    pending = memoryview(data)[start:end]
    size = 0
    try:
        while pending and size <= budget and not inflate.eof:
            size += len(inflate.decompress(pending, _CHUNK))
            pending = memoryview(inflate.unconsumed_tail) if inflate.unconsumed_tail else memoryview(b"")
    except zlib.error:  # not flate data, encrypted, or damaged: pdfminer decides
        pass
    return size
