"""PDF: text layers with positions (pdfplumber) put in reading order - rows (rows.py), two columns read one
after the other (columns.py), right/left tables read per side (sides.py), page furniture and the patient's
identifiers dropped (furniture.py, identifiers.py), breaks the width forced joined (wraps.py); heavy files
in a separate process stopped after a time limit (isolated.py); pages without text go to OCR."""
