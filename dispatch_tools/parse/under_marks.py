"""A header value the engine read through a seal or an arrival stamp gets a look (run with the marks).

Where a seal's ink or a stamp's frame and dotted lines cross printed words, the engine reads
through them: letters are lost or changed (``Trong`` under a stamp's dotted line), and a figure
may pass for another. A number, issuer, place or date whose words lie under such a mark (its box
covers a good part of a word's height) is kept, flagged ``cần xem lại``. The subject's own
checks (:mod:`.weak_evidence`) look at a mark over its last line or just below it; a mark over
one of its other lines is looked for here. A line of a value that runs into an arrival stamp's
frame (across it, or beside its first or last word where print crosses the frame's side at its
height) is flagged too: the words under the frame are taken for the stamp's or lost, so that the
line read may be short of them (``… trình HĐND`` for ``… trình HĐND tỉnh``). Words of a text layer are the document's own
and are never in doubt.
"""

from __future__ import annotations

import unicodedata

from ..i18n import _
from ..model import BBox, Document, Fields, Mark
from .ocr_check import EDGE
from .text import review_note

FIELDS = ("number", "issuer", "place", "date", "subject")
COVER_MARKS = ("seal", "arrival")
COVER = 0.3  # of a word's height and width the mark must cover for the word to lie under it
REACH = 1.0  # in heights of a line: a stamp's frame this near its end (or across it) may hide words
# in heights of a line: a frame this far from a line's end, where print runs across its side at the
# line's height, may hide words (the word that ran on under the side was read with the stamp's)
CROSSED_REACH = 3.0


def covers(mark: BBox, word: BBox) -> bool:
    dx = min(mark.x1, word.x1) - max(mark.x0, word.x0)
    dy = min(mark.y1, word.y1) - max(mark.y0, word.y0)
    return dx >= COVER * (word.x1 - word.x0) and dy >= COVER * (word.y1 - word.y0)


def _core(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip(EDGE))


def covered_word(doc: Document, fields: Fields, name: str) -> str | None:
    """The first word of a field's value, on its lines as the engine read them, that a seal or an
    arrival stamp of the page covers; None when none is."""
    value, source = getattr(fields, name, None), fields.sources.get(name)
    if not value or source is None or source.end <= source.start:
        return None
    wanted = {_core(t) for t in str(value).split()} - {""}
    for line in doc.lines_in(source.start, source.end):
        if not line.source.startswith("tesseract"):
            continue
        marks = _page_marks(doc, line)
        for word in line.words:
            if word.bbox is None or _core(word.text) not in wanted:
                continue
            if any(covers(m.bbox, word.bbox) for m in marks):
                return word.text
    return None


def _reaches(mark: Mark, line: BBox) -> bool:
    """Does an arrival stamp's frame run across a line, or stand beside it at its height, within
    :data:`CROSSED_REACH` heights of a line, with print running across its side there (the rows
    ingest found, ``values["crossed"]``; without them, any frame within :data:`REACH`)?"""
    box, h = mark.bbox, line.y1 - line.y0
    dy = min(box.y1, line.y1) - max(box.y0, line.y0)
    gap = max(box.x0 - line.x1, line.x0 - box.x1)
    if h <= 0 or dy < 0.5 * h or gap > CROSSED_REACH * h:
        return False
    crossed = (mark.values or {}).get("crossed")
    if gap < 0:  # the frame across the line
        return True
    if crossed is None:  # no record: a frame close beside it
        return gap <= REACH * h
    side = crossed.get("left" if line.x1 <= box.x0 else "right") or []
    return any(min(b, line.y1) - max(a, line.y0) >= COVER * h for a, b in side)


def line_at_stamp(doc: Document, fields: Fields, name: str) -> str | None:
    """The word of a field's line (read by the engine) nearest an arrival stamp whose frame runs
    across the line or stands beside it at its height; None when no line of it does."""
    value, source = getattr(fields, name, None), fields.sources.get(name)
    if not value or source is None or source.end <= source.start:
        return None
    for line in doc.lines_in(source.start, source.end):
        if not line.source.startswith("tesseract") or line.bbox is None:
            continue
        # its words (a frame's side read as ``|`` at its start is none)
        words = [w for w in line.words if w.bbox is not None and any(ch.isalnum() for ch in w.text)]
        if not words:
            continue
        box = BBox(min(w.bbox.x0 for w in words), min(w.bbox.y0 for w in words),
                   max(w.bbox.x1 for w in words), max(w.bbox.y1 for w in words))
        for mark in _page_marks(doc, line):
            if mark.kind == "arrival" and _reaches(mark, box):
                centre = (mark.bbox.x0 + mark.bbox.x1) / 2
                return min(words, key=lambda w: abs((w.bbox.x0 + w.bbox.x1) / 2 - centre)).text
    return None


def _page_marks(doc: Document, line) -> list[Mark]:
    page = doc.page_of(line)
    return [m for m in (page.marks if page else []) if m.kind in COVER_MARKS and m.bbox is not None]


def check_under_marks(doc: Document, fields: Fields) -> None:
    """Flag a value read by OCR whose words lie under a seal or an arrival stamp (see the module's text)."""
    if not doc.has_ocr_page():
        return
    for name in FIELDS:
        if name in fields.review:
            continue
        word = covered_word(doc, fields, name)
        if word is not None:
            fields.review[name] = review_note(
                _("“%(word)s” was read under a seal or stamp and may be misread") % {"word": word})
            continue
        word = line_at_stamp(doc, fields, name)
        if word is not None:
            fields.review[name] = review_note(
                _("the line of “%(word)s” runs into an arrival stamp: words under it may be lost") % {"word": word})
