"""PDF: text layers with positions (pdfplumber), reading order, two columns, running headers; heavy files in a
separate process stopped after a time limit; pages without text go to OCR."""
