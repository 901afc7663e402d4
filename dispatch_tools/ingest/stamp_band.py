"""Printed lines an arrival stamp's frame made the engine lose, read again without the frame.

A frame stamped across printed lines (``CÔNG VĂN ĐẾN`` over the subject) makes the engine take
the region for a picture or a table: the printed lines it crosses may come back cut or not at all
(a subject's first line lost without a trace). Once the stamp is found, the band of the page it
spans (a line's height above and below it, the page's whole width) is cut out, its long straight
lines (the frame's, the dotted rows', a rule) made paper and its coloured ink taken off, and read
again. A word of that reading is added to the page's words only where the page has none (no word
of the first reading over it), and only when it is no word of the stamp: not wholly between the
frame's sides, and inside it only on a printed line that runs on outside it
(:func:`.arrival.stamp_words`). Of what the first reading has, only a word a side of the frame runs
through, read unsurely, may change: to the band's reading of it, when that is much surer and
alike (:func:`side_mends`; the side read as a letter, ``/SGDĐT-CTrTTT``). A page whose lines were
all read surely is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from statistics import median
from typing import NamedTuple

import numpy as np
from PIL import Image
from rapidfuzz import fuzz

from ..model import BBox, Word
from ..options import Options
from .arrival import stamp_words
from .image import remove_colour_ink

LONG = 0.3  # of the stamp's width (horizontal) or height (vertical): a straight run this long is a line
LEAST_CONF = 30.0  # a word read again under this confidence is not added
OVERLAP = 0.3  # of a word's width and height: a word of the first reading this much over it takes its place
UNSURE = 70.0  # a word of the first reading a frame's side runs through, read under this confidence, may be mended
GAIN = 20.0  # … by the band's word over it read surer by this much
SIDE = 6.0  # px: how far past a word's end a side may lie and run through it, and its new reading reach past its box
ALIKE = 60  # rapidfuzz ratio: the band's word is the same word read without the side


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


class Band(NamedTuple):
    """The band of an arrival stamp read again without its lines: the words (page pixels), their keys,
    the positions of the stamp's own words among them, and the page's median word height."""
    words: list[Word]
    keys: list[tuple]
    stamp: set[int]
    height: float


def read_band(words: list[Word], box: BBox, page_width: float, crop: Callable[[BBox], Image.Image | None],
              options: Options, engine: Callable[..., list[list]]) -> Band | None:
    """The band of an arrival stamp (its box ``box``) cut from the page (``crop`` cuts a box of the page as
    its words ``words`` were read), made :func:`unruled` and read again; None when it cannot be."""
    sized = [w.bbox.height for w in words if w.bbox is not None]
    if not sized:
        return None
    h = median(sized)
    region = BBox(0.0, max(0.0, box.y0 - h), page_width, box.y1 + h)
    image = crop(region)
    if image is None:
        return None
    read = Options(lang=options.lang, ocr_cache=options.ocr_cache, page_timeout=options.page_timeout)
    try:
        rows = engine(unruled(image, box.width, box.height), read, psm=3)
    except Exception:  # an engine error: the page keeps its first reading
        return None
    band, keys = [], []
    for text, left, top, width, height, conf, block, par, line in rows:
        band.append(Word(text, BBox(region.x0 + left, region.y0 + top, region.x0 + left + width,
                                    region.y0 + top + height), conf))
        keys.append(("band", block, par, line))
    return Band(band, keys, stamp_words(band, keys, box), h)


def _printed(band: Band, k: int, box: BBox) -> bool:
    """Is the band's word ``k`` printed, sure enough and of a printed line's size (no word of the stamp)?"""
    w = band.words[k]
    return (k not in band.stamp and not _within(w.bbox, box) and w.conf is not None and w.conf >= LEAST_CONF
            and any(ch.isalnum() for ch in w.text) and w.bbox.height >= 0.5 * band.height)


def added_words(words: list[Word], band: Band, box: BBox) -> tuple[list[Word], list[tuple]]:
    """The printed words of ``band`` that the page's reading ``words`` (the stamp's own words included)
    lacks, with their keys (lines of their own), as the module's text says."""
    known = [w.bbox for w in words if w.bbox is not None]
    out = [k for k in range(len(band.words)) if _printed(band, k, box)
           and not any(_over(band.words[k].bbox, other) for other in known)]
    return [band.words[k] for k in out], [band.keys[k] for k in out]


def side_mends(words: list[Word], band: Band, box: BBox) -> dict[int, Word]:
    """The page's words that a side of the frame runs through or just past (``/SGDĐT-CTrTTT`` for
    ``/SGDĐT-CTrTT``, the side read as a letter), read unsurely, each replaced by the one printed word of
    the band over it that the engine read surer by :data:`GAIN` and much alike (the same word read
    without the side), over the same span. Positions in ``words`` → the new word."""
    out: dict[int, Word] = {}
    for i, w in enumerate(words):
        b = w.bbox
        if b is None or w.conf is None or w.conf >= UNSURE or b.y1 <= box.y0 or b.y0 >= box.y1:
            continue
        sides = [x for x in (box.x0, box.x1) if b.x0 + SIDE < x < b.x1 + SIDE]
        if len(sides) != 1:
            continue
        over = [k for k in range(len(band.words)) if _over(band.words[k].bbox, b)]
        if len(over) != 1 or not _printed(band, over[0], box):
            continue
        new = band.words[over[0]]
        within = b.x0 - SIDE <= new.bbox.x0 and new.bbox.x1 <= b.x1 + SIDE  # the same span read again
        if new.conf >= w.conf + GAIN and within and fuzz.ratio(new.text, w.text) >= ALIKE:
            out[i] = new
    return out
