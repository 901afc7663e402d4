"""Printed lines an arrival stamp's frame made the engine lose, read again without the frame.

A frame stamped across printed lines (``CÔNG VĂN ĐẾN`` over the subject) makes the engine take
the region for a picture or a table: the printed lines it crosses may come back cut or not at all
(a subject's first line lost without a trace). Once the stamp is found, the band of the page it
spans (a line's height above and below it, the page's whole width) is cut out, its long straight
lines (the frame's, the dotted rows', a rule) made paper and its coloured ink taken off, and read
again. A word of that reading is added to the page's words only where the page has none (no word
of the first reading over it), and only when it is no word of the stamp: not wholly between the
frame's sides, and inside it only on a printed line that runs on outside it
(:func:`.arrival.stamp_words`). Nothing the first reading has is changed, so a page whose lines
were all read is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from statistics import median

import numpy as np
from PIL import Image

from ..model import BBox, Word
from ..options import Options
from .arrival import stamp_words
from .image import remove_colour_ink

LONG = 0.3  # of the stamp's width (horizontal) or height (vertical): a straight run this long is a line
LEAST_CONF = 30.0  # a word read again under this confidence is not added
OVERLAP = 0.3  # of a word's width and height: a word of the first reading this much over it takes its place


def unruled(crop: Image.Image, width: float, height: float) -> Image.Image:
    """``crop`` in grey without coloured ink and without straight runs of ink at least :data:`LONG`
    of ``width`` (horizontal) or ``height`` (vertical), the size of the frame they belong to."""
    import cv2

    gray = remove_colour_ink(np.asarray(crop.convert("RGB")))
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(LONG * width)), 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, int(LONG * height)))))
    ruled = cv2.dilate(horiz | vert, np.ones((5, 5), np.uint8))
    gray = gray.copy()
    gray[ruled > 0] = 255
    return Image.fromarray(gray)


def _over(word: BBox, other: BBox) -> bool:
    dx = min(word.x1, other.x1) - max(word.x0, other.x0)
    dy = min(word.y1, other.y1) - max(word.y0, other.y0)
    return dx > OVERLAP * min(word.width, other.width) and dy > OVERLAP * min(word.height, other.height)


def _within(word: BBox, box: BBox) -> bool:
    """Does a word lie wholly between the frame's sides (inside it, or in its band just above or
    below it)? Such a word of the second reading may be the stamp's own (its ``CV`` beside a
    printed line, a letter of its heading row): only the first reading's are kept."""
    return word.x0 >= box.x0 and word.x1 <= box.x1


def lost_words(words: list[Word], box: BBox, page_width: float, crop: Callable[[BBox], Image.Image | None],
               options: Options, engine: Callable[..., list[list]]) -> tuple[list[Word], list[tuple]]:
    """The printed words in the band of an arrival stamp (its box ``box``) that the page's reading
    ``words`` (the stamp's own words included) lacks, with their keys (lines of their own), read
    again as the module's text says. ``crop`` cuts a box of the page as its words were read."""
    sized = [w.bbox.height for w in words if w.bbox is not None]
    if not sized:
        return [], []
    h = median(sized)
    region = BBox(0.0, max(0.0, box.y0 - h), page_width, box.y1 + h)
    image = crop(region)
    if image is None:
        return [], []
    read = Options(lang=options.lang, ocr_cache=options.ocr_cache, page_timeout=options.page_timeout)
    try:
        rows = engine(unruled(image, box.width, box.height), read, psm=3)
    except Exception:  # an engine error: the page keeps its first reading
        return [], []
    band, keys = [], []
    for text, left, top, width, height, conf, block, par, line in rows:
        band.append(Word(text, BBox(region.x0 + left, region.y0 + top, region.x0 + left + width,
                                    region.y0 + top + height), conf))
        keys.append(("band", block, par, line))
    stamp = stamp_words(band, keys, box)
    known = [w.bbox for w in words if w.bbox is not None]
    out = [k for k, w in enumerate(band) if k not in stamp and not _within(w.bbox, box)
           and w.conf is not None and w.conf >= LEAST_CONF
           and any(ch.isalnum() for ch in w.text) and w.bbox.height >= 0.5 * h
           and not any(_over(w.bbox, other) for other in known)]
    return [band[k] for k in out], [keys[k] for k in out]
