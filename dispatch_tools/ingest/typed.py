"""Typed digits in a header box: printed (or typed in by an e-office system), or written by hand?

The page OCR reads the digits of a box (``Số: 58/KH-UBND``, ``ngày 20 tháng 9``); whether they
may stand as read depends on how they were put there. Typed digits have the printed text's ink
(not red or blue) and stand like the row's print: the height of the year's digits on the date
line and the baseline of the printed words beside them, both measured on the ink (a speck above a
digit does not count). Hand-writing is rarely the print's size and rarely sits on its baseline.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from ..model import BBox, Word
from .image import ink_mask

HEIGHT = (0.8, 1.25)  # the digits' ink height against the year's
BASELINE = 0.2  # the digits' baseline off the row's, in the year's ink heights
COLOURED = 0.05  # share of a box's ink that may be red or blue and the box still be printed
SPECK = 0.02  # a piece of ink smaller than this share of the word height squared is a speck


def _dark(image: Image.Image | None) -> np.ndarray | None:
    """The dark ink of a crop, True where a pixel is darker than halfway between the paper and the
    darkest pixel; None when the crop is too small or holds no ink."""
    if image is None or image.width < 2 or image.height < 2:
        return None
    arr = np.asarray(image.convert("RGB")).min(axis=2).astype(np.int16)
    paper, darkest = float(np.percentile(arr, 90)), float(arr.min())
    if paper - darkest < 60:  # no ink, only paper and its noise
        return None
    return arr < (paper + darkest) / 2


def ink_band(image: Image.Image | None) -> tuple[int, int, int] | None:
    """(top, bottom, baseline) in pixels of the tallest run of rows holding dark ink, or None when
    the crop holds none. The baseline of a word is where its ink thins most in the lower half of
    the run: the body of the letters ends there, and only descenders (``g``, ``y``) and a slash's
    tail go on."""
    dark = _dark(image)
    if dark is None:
        return None
    counts = dark.sum(axis=1)
    best, start = None, None
    for y, n in enumerate([*counts, 0]):
        if n and start is None:
            start = y
        elif not n and start is not None:
            if best is None or y - start > best[1] - best[0]:
                best = (start, y)
            start = None
    if best is None:
        return None
    run = np.convolve(np.append(counts[best[0]:best[1]], [0, 0]).astype(float), np.ones(3) / 3, mode="same")
    drops = run[:-1] - run[1:]
    half = (best[1] - best[0]) // 2
    return best[0], best[1], best[0] + half + int(np.argmax(drops[half:])) + 1


def coloured(image: Image.Image) -> bool:
    """Is the dark ink of a crop red or blue (a pen or a stamp, not the printer)?"""
    rgb = np.asarray(image.convert("RGB"))
    dark = rgb.min(axis=2) < 160
    if not dark.any():
        return False
    return bool(ink_mask(rgb, strong=False)[dark].mean() > COLOURED)


def _band(crop: Callable[[BBox], Image.Image | None], x0: float, x1: float, word: Word
          ) -> tuple[float, float, float] | None:
    """The ink band (top, bottom, baseline) of the columns x0-x1 around a word's row, in page units."""
    h = max(word.bbox.height, 1.0)
    top = word.bbox.y0 - 0.5 * h
    band = ink_band(crop(BBox(x0, top, x1, word.bbox.y1 + 0.5 * h)))
    return tuple(top + v for v in band) if band else None


def digits_band(crop: Callable[[BBox], Image.Image | None], digits: Span, limits: tuple[float, float]
                ) -> tuple[float, float, float] | None:
    """The ink band of digits that are a word of their own: the pieces of ink between ``limits``
    (the box between the printed words) that reach into the word's columns, whole (the engine's
    box of a short word may sit beside its ink: ``7`` boxed half a glyph to the left), except a
    piece the box cuts at its edge that lies mostly outside the word (an italic ``y`` before it)
    and a rule across the whole box."""
    import cv2

    x0, x1, word = digits
    h = max(word.bbox.height, 1.0)
    top = word.bbox.y0 - 0.5 * h
    dark = _dark(crop(BBox(limits[0], top, limits[1], word.bbox.y1 + 0.5 * h)))
    if dark is None:
        return None
    mask = dark.astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    a, b = x0 - limits[0], x1 - limits[0]
    kept = []
    for k in range(1, n):
        left, width = int(stats[k, cv2.CC_STAT_LEFT]), int(stats[k, cv2.CC_STAT_WIDTH])
        inside = min(left + width, b) - max(left, a)  # columns shared with the word's box
        starts, ends = left == 0, left + width >= mask.shape[1]
        if starts and ends:
            continue  # a rule across the box (the line under the motto), not a digit
        cut = starts or ends  # a neighbour's letter the box cuts
        if stats[k, cv2.CC_STAT_AREA] >= SPECK * h * h and inside > 0 and (not cut or inside >= 0.5 * width):
            kept.append(k)
    if not kept:
        return None
    y0 = min(int(stats[k, cv2.CC_STAT_TOP]) for k in kept)
    y1 = max(int(stats[k, cv2.CC_STAT_TOP] + stats[k, cv2.CC_STAT_HEIGHT]) for k in kept)
    return top + y0, top + y1, top + y1


def year_word(words: list[Word], row: list[int]) -> Word | None:
    """The printed year of a date line (four digits) among the first words after ``tháng``."""
    return next((words[i] for i in row[:4] if words[i].text.strip(".,").isdigit()
                 and len(words[i].text.strip(".,")) == 4), None)


Span = tuple[float, float, Word]  # columns x0-x1 of (a part of) a word


def _expected_bottom(bottoms: list[tuple[float, float]], x: float) -> float:
    """The baseline at ``x`` on the line through the baselines (x, y) of printed words of a row."""
    if len(bottoms) == 1:
        return bottoms[0][1]
    (xa, ya), (xb, yb) = min(bottoms), max(bottoms)
    return ya if xb - xa < 1 else ya + (yb - ya) * (x - xa) / (xb - xa)


def year_band(crop: Callable[[BBox], Image.Image | None], year: Word | None
              ) -> tuple[float, float, float] | None:
    """The ink band of the date line's printed year (:func:`year_word`), measured once a page:
    what typed digits are measured by. None without a year."""
    return _band(crop, year.bbox.x0, year.bbox.x1, year) if year is not None else None


def stands_printed(crop: Callable[[BBox], Image.Image | None], digits: Span,
                   ref: tuple[float, float, float] | None, beside: list[Span],
                   limits: tuple[float, float] | None = None) -> bool:
    """Do the digits have the ink height of the year's printed digits (``năm 2025`` of the date
    line, its band ``ref``: :func:`year_band`) and sit on the baseline of the printed words
    ``beside`` them on their row (the cue before the box and the word after it, so that a page's
    residual skew does not count)? With ``limits`` (the box's columns, for digits that are a word
    of their own) the digits' ink is taken whole by :func:`digits_band`."""
    if ref is None or ref[1] <= ref[0]:
        return False
    got = digits_band(crop, digits, limits) if limits else _band(crop, *digits)
    if not got:
        return False
    ref_height = ref[1] - ref[0]
    if not HEIGHT[0] <= (got[1] - got[0]) / ref_height <= HEIGHT[1]:
        return False
    bases = [((x0 + x1) / 2, band[2]) for x0, x1, word in beside if (band := _band(crop, x0, x1, word))]
    if not bases:
        return False
    # digits have no descender: their baseline is the bottom of their ink
    return abs(got[1] - _expected_bottom(bases, (digits[0] + digits[1]) / 2)) <= BASELINE * ref_height
