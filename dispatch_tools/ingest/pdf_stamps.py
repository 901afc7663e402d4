"""E-signature stamps of a PDF, read from the text the signing software drew.

Signing software draws its stamp (``Ký bởi … Thời gian ký …``, the publishing centre's box, ``SAO Y
…``) as the appearance of a signature field or as text on the page, over a scanned page image.
The page is flattened in memory (annotation appearances become page content; the input file is not
touched), its characters are read with their boxes, and :func:`.esign.find_stamps` picks out the
stamps. Their words are exact, unlike an OCR reading of the same small print. On a page that holds
invisible text (a scanned page's own OCR layer) the characters the page shows are read first: where
the layer's lines cross a stamp's they run together in one rectangle of text.

A stamp that lies over print (a copy stamp across the motto) is hidden before the page is rendered
for OCR (:func:`lifted_page`), so that the printed line under it is read whole and its words stay.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..model import BBox, Mark, Word
from .esign import find_stamps


def _box(left: float, bottom: float, right: float, top: float, height: float) -> BBox:
    """A PDFium box (bottom-left origin) as a box with its origin at the page's top left."""
    return BBox(left, height - top, right, height - bottom)


def _flattened(doc, index: int):
    """Page ``index`` of ``doc`` with its annotations' appearances made page content (in memory), loaded
    again as PDFium asks after flattening."""
    import pypdfium2.raw as raw

    page = doc[index]
    raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY)
    page.close()
    return doc[index]


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
            words.append(Word(part, _box(a, bottom, b, top, height)))
            pos += len(part) + 1
    return words


def _hidden_text(page) -> bool:
    """Does the page hold text drawn invisible (a scanned page's own OCR layer)?"""
    import pypdfium2.raw as raw

    return any(raw.FPDFTextObj_GetTextRenderMode(obj.raw) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
               for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=8))


def _shown(textpage):
    """(index, text object, its render mode) of each character of ``textpage`` the page shows."""
    import pypdfium2.raw as raw

    for i in range(textpage.count_chars()):
        obj = raw.FPDFText_GetTextObject(textpage.raw, i)
        if obj:
            mode = raw.FPDFTextObj_GetTextRenderMode(obj)
            if mode != raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                yield i, obj, mode


def _visible_words(textpage, height: float) -> list[Word]:
    """Words with boxes of the characters the page shows: a scanned page's own OCR layer is text drawn
    invisible (render mode 3) under the image, and where its lines cross a stamp's (a copy stamp laid
    over the motto) its characters run into the stamp's in one rectangle of text. Empty when this
    PDFium cannot tell a character's text object."""
    import pypdfium2.raw as raw

    if not hasattr(raw, "FPDFText_GetTextObject"):
        return []
    words: list[Word] = []
    chars: list[tuple[str, tuple[float, float, float, float]]] = []

    def close() -> None:
        if chars:
            text = unicodedata.normalize("NFC", "".join(c for c, _ in chars))
            x0 = min(b[0] for _, b in chars)
            x1 = max(b[2] for _, b in chars)
            top = max(b[3] for _, b in chars)
            bottom = min(b[1] for _, b in chars)
            words.append(Word(text, _box(x0, bottom, x1, top, height)))
            chars.clear()

    last = -2
    for i, _obj, _mode in _shown(textpage):
        ch = textpage.get_text_range(i, 1)
        if i != last + 1 or not ch.strip():  # a character not shown, or a space, between: a new word
            close()
        last = i
        if ch.strip():
            chars.append((ch, textpage.get_charbox(i, loose=True)))  # the font's height: marks do not count
    close()
    return words


def pdf_stamps(path: Path, pages: int) -> dict[int, list[Mark]]:
    """0-based page index -> the e-signature stamps printed on it (boxes in points)."""
    import pypdfium2 as pdfium

    out: dict[int, list[Mark]] = {}
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return out
    try:
        for i in range(min(pages, len(doc))):
            page = _flattened(doc, i)
            height = page.get_height()
            textpage = page.get_textpage()
            marks = []
            if _hidden_text(page):  # the characters shown first: an OCR layer's lines run into a stamp's
                marks, _ = find_stamps(_visible_words(textpage, height), "pdf-text")
            if not marks:
                marks, _ = find_stamps(_words(textpage, height), "pdf-text")
            textpage.close()
            page.close()
            if marks:
                out[i] = marks
    except pdfium.PdfiumError:
        pass
    finally:
        doc.close()
    return out


INK_UNDER = 0.005  # a stamp's box with more of its area dark once the stamp is hidden lies over print


def _hide(page, marks: list[Mark], height: float) -> dict:
    """Hide the shown characters of ``page`` inside ``marks``: {mark's index: [(text object, its render
    mode)]}, so that they can be shown again."""
    import pypdfium2.raw as raw

    hidden: dict[int, list] = {}
    textpage = page.get_textpage()  # characters in page space, whatever form they are drawn in
    for i, obj, mode in _shown(textpage):
        box = _box(*textpage.get_charbox(i), height)
        for k, mark in enumerate(marks):
            if inside(box, [mark]):
                raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
                hidden.setdefault(k, []).append((obj, mode))
    textpage.close()
    return hidden


def _over_print(page, marks: list[Mark], width: float, height: float) -> list[Mark]:
    """The ``marks`` (their own characters hidden) that lie over printed ink: a share of the box over
    :data:`INK_UNDER` dark, with the page's annotations and fields not drawn. One rendering of the
    part of the page they span (its scan is decoded once, whatever the crop)."""
    import numpy as np

    marks = [m for m in marks if m.bbox is not None and m.bbox.x1 > m.bbox.x0 and m.bbox.y1 > m.bbox.y0]
    if not marks:
        return []
    boxes = [m.bbox for m in marks]
    x0, y0 = max(0.0, min(b.x0 for b in boxes)), max(0.0, min(b.y0 for b in boxes))
    x1, y1 = min(width, max(b.x1 for b in boxes)), min(height, max(b.y1 for b in boxes))
    scale = 150 / 72
    image = page.render(scale=scale, crop=(x0, height - y1, width - x1, y0), draw_annots=False,
                        may_draw_forms=False).to_pil()
    dark = np.asarray(image.convert("L")) < 128
    over = []
    for mark in marks:
        b = mark.bbox
        part = dark[max(0, int((b.y0 - y0) * scale)):int((b.y1 - y0) * scale) + 1,
                    max(0, int((b.x0 - x0) * scale)):int((b.x1 - x0) * scale) + 1]
        if part.size and part.mean() > INK_UNDER:
            over.append(mark)
    return over


def lifted_page(doc, index: int, marks: list[Mark]):
    """Page ``index`` of ``doc`` to render, with the text of each stamp that lies over print hidden
    (in memory; the file is not touched): signing software draws its stamp over the scan as text
    (as page content or a signature field's appearance), and where it lies across a printed line (a
    copy stamp over the motto) the two would be read as one. A stamp in the margin is drawn as it
    is, so the page reads as it always did. Returns the page and the marks whose text was hidden."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    page = doc[index]
    if not marks or not hasattr(raw, "FPDFText_GetTextObject"):
        return page, []
    width, height = page.get_size()
    shown: dict = {}
    try:
        shown = _hide(page, marks, height)  # a stamp drawn as page content, hidden to see what lies under
        over = _over_print(page, marks, width, height)
    except pdfium.PdfiumError:  # the page is drawn as it is: the stamp's words are dropped as before
        over = []
    finally:
        for objects in shown.values():
            for obj, mode in objects:
                raw.FPDFTextObj_SetTextRenderMode(obj, mode)
    if not over:
        return page, []
    page.close()
    page = _flattened(doc, index)  # its stamps are page content now
    hidden = _hide(page, over, height)
    return page, [m for k, m in enumerate(over) if k in hidden]


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
