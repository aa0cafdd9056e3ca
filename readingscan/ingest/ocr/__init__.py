"""OCR: photos and scanned pages read by Tesseract on this machine through a pipe; pages prepared (EXIF
orientation, shading, contrast, ~300 dpi, deskew); every word keeps its confidence."""
