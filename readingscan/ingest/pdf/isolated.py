"""A PDF read in a separate process with a time limit, for files whose size says they may be slow.

pdfminer parses page content in pure Python: a few KB of compressed drawing commands can keep it busy
for minutes, holding a server thread (and the GIL) all that time. Such a file is read by a child
process ("spawn": a fresh interpreter, safe beside the server's threads) that is killed when its time
is up. Only our own result travels back through the pipe; the report never touches the disk.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

from readingscan.ingest.limits import Limits, refusal
from readingscan.ingest.pdf.reader import PdfText, read_pdf
from readingscan.model import ReadingError

__all__ = ["read_pdf_isolated"]


def _child(pipe: Connection, data: bytes, limits: Limits) -> None:
    try:
        pipe.send(("ok", read_pdf(data, limits.max_pages, limits)))
    except Exception as error:  # read_pdf turns parser failures into ReadingErrors; anything else is a damaged file
        refused = error if isinstance(error, ReadingError) else refusal("corrupt", "pdf")
        # The error itself would not survive the pipe whole (pickling keeps only its message).
        pipe.send(("refused", str(refused), refused.code, refused.key))
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
            raise refusal("too_slow", "pdf")
        try:
            answer = receiver.recv()
        except EOFError:  # the child died (out of memory, killed)
            raise refusal("too_slow", "pdf") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if answer[0] == "ok":
        result: PdfText = answer[1]
        return result
    raise ReadingError(answer[1], code=answer[2], key=answer[3])
