"""A PDF read in a separate process with a time limit, for files whose size says they may be slow.

pdfminer parses page content in pure Python: a few KB of compressed drawing commands can keep it busy
for minutes, holding a server thread (and the GIL) all that time. Such a file is read by a child
process ("spawn": a fresh interpreter, safe beside the server's threads) that is killed when its time
is up. Only our own result travels back through the pipe; the report never touches the disk.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

from readingscan.ingest.limits import Limits
from readingscan.ingest.pdf.reader import CORRUPT, PdfText, read_pdf
from readingscan.model import ReadingError

__all__ = ["TOO_SLOW", "read_pdf_isolated"]

TOO_SLOW = (
    "This PDF takes too long to read: it holds far more drawing than a report does. "
    "Upload only the report's pages, or paste its text."
)


def _child(pipe: Connection, data: bytes, limits: Limits) -> None:
    try:
        pipe.send(("ok", read_pdf(data, limits.max_pages, limits)))
    except ReadingError as error:
        pipe.send(("refused", str(error), error.code))
    except Exception:  # read_pdf turns parser failures into ReadingErrors; anything else is a damaged file
        pipe.send(("refused", CORRUPT, "corrupt"))
    finally:
        pipe.close()


def read_pdf_isolated(data: bytes, limits: Limits) -> PdfText:
    """``read_pdf`` in a child process, stopped after ``limits.pdf_seconds`` (no progress reports)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, data, limits), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(limits.pdf_seconds):
            raise ReadingError(TOO_SLOW, code="too_slow")
        try:
            answer = receiver.recv()
        except EOFError:  # the child died (out of memory, killed)
            raise ReadingError(TOO_SLOW, code="too_slow") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if answer[0] == "ok":
        result: PdfText = answer[1]
        return result
    raise ReadingError(answer[1], code=answer[2])
