"""Ingest: bytes or pasted text in, a Document with canonical text out. All file and process I/O is here.

Takes a pasted str, an upload's bytes or a path; gives a Document (canonical text, source, warnings,
words read with low confidence) or raises ReadingError with a sentence fit to show a person.
Text, Word (docx), PDF (pdf/: text layers, two columns, running headers, a separate process for heavy
files) and photos or scans (ocr/: Tesseract on this machine, through a pipe). Also the wording lab's
corpora (a folder or an uploaded zip of reports, read in memory).
"""

from readingscan.ingest.corpus import DEV_CORPUS, Corpus, CorpusError, CorpusReport, read_folder, read_zip
from readingscan.ingest.limits import LIMITS, Limits
from readingscan.ingest.ocr.tesseract import OCR_WARNING
from readingscan.ingest.read import canonicalize, read_bytes, read_path, read_text

__all__ = ["DEV_CORPUS", "LIMITS", "OCR_WARNING", "Corpus", "CorpusError", "CorpusReport", "Limits", "canonicalize",
           "read_bytes", "read_folder", "read_path", "read_text", "read_zip"]
