"""E-signature stamps of a PDF, read from the text the signing software drew.

Signing software draws its stamp (``Ký bởi … Thời gian ký …``, the publishing centre's box, ``SAO Y
…``) as the appearance of a signature field or as text on the page, over a scanned page image.
The page is flattened in memory (annotation appearances become page content; the input file is not
touched), its characters are read with their boxes, and :func:`.esign.find_stamps` picks out the
stamps. Their words are exact, unlike an OCR reading of the same small print.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..model import BBox, Mark, Word
from .esign import find_stamps


def _words(textpage, height: float) -> list[Word]:
    """Words with boxes (top-left origin, points) from a PDFium text page."""
    words: list[Word] = []
    for i in range(textpage.count_rects()):
        x0, bottom, x1, top = textpage.get_rect(i)
        text = unicodedata.normalize("NFC", textpage.get_text_bounded(x0, bottom, x1, top) or "")
        parts = text.split()
        if not parts:
            continue
        total = sum(len(p) for p in parts) + len(parts) - 1
        pos = 0
        for part in parts:  # share the run's width among its words by their length
            a = x0 + (x1 - x0) * pos / total
            b = x0 + (x1 - x0) * (pos + len(part)) / total
            words.append(Word(part, BBox(a, height - top, b, height - bottom)))
            pos += len(part) + 1
    return words


def pdf_stamps(path: Path, pages: int) -> dict[int, list[Mark]]:
    """0-based page index -> the e-signature stamps printed on it (boxes in points)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out: dict[int, list[Mark]] = {}
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return out
    try:
        for i in range(min(pages, len(doc))):
            page = doc[i]
            height = page.get_height()
            raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY)
            page.close()
            page = doc[i]  # the flattened page must be loaded again
            textpage = page.get_textpage()
            words = _words(textpage, height)
            textpage.close()
            page.close()
            marks, _ = find_stamps(words, "pdf-text")
            if marks:
                out[i] = marks
    except pdfium.PdfiumError:
        pass
    finally:
        doc.close()
    return out


def inside(box: BBox, marks: list[Mark], scale: float = 1.0, margin: float = 2.0) -> bool:
    """Is the centre of ``box`` inside one of the marks' boxes (``scale`` takes them to box units)?"""
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    for m in marks:
        b = m.bbox
        if b is None:
            continue
        if (b.x0 * scale - margin <= cx <= b.x1 * scale + margin
                and b.y0 * scale - margin <= cy <= b.y1 * scale + margin):
            return True
    return False
