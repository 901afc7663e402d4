"""E-signature stamps printed in blue on a colour scan, read when the page's hand-filled day is not.

An e-signed dispatch printed and scanned in colour carries its stamps as small blue text at the top
of page 1 (``Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi / Cơ quan: … / Thời gian ký: 07/02/2025
17:12:11``, the gazette's ``TRUNG TÂM CÔNG BÁO …`` beside it). The page given to the engine has its
coloured ink taken off (:func:`.image.remove_colour_ink`: seals and hand-writing are no print), and
the stamps with it, so :mod:`.esign` never sees their words. The signing time is the best evidence
for the issue date when the hand-filled day cannot be read (parse takes the signing day then,
flagged, and says so in the date's source), so on such a page the blue ink of the top band is read
by itself: its text-like clusters (:func:`clusters`) are drawn on white, each pixel as dark as it is
blue, stacked into one image (one call of the engine) and read, and the stamps are found among
those words as on any page. Nothing of the page's text changes; only marks are added. A page
whose day was read, or that has a stamp already (a PDF's layer, a black print), is not read again.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from ..model import BBox, Mark, Word
from ..options import Options
from .esign import find_stamps
from .image import channel_excess

BAND = 0.16  # of the page's height: the stamps are printed above the header
STRONG = 40  # blue above the larger of red and green: a stamp's letters
GAIN = 3.0  # the sheet's darkness for each level of blue (85 above the others is black)
A4_300 = 2480  # an A4 page's width in pixels at 300 dpi: the sizes below are for it
JOIN = (31, 15)  # px: a stamp's letters and lines joined into one cluster
MIN_INK, MIN_W, MIN_H = 400, 150, 25  # px: a cluster smaller holds no stamp's lines (a speck, a pen's dot)
GAP = 20  # px of paper between the clusters stacked for the engine


def day_unread(marks: list[Mark]) -> bool:
    """Was a hand-filled day found on the page and left unread (no e-signature stamp yet)?"""
    return not any(m.kind == "esign" for m in marks) and any(
        m.kind == "handwriting" and m.values.get("field") == "date" and not m.values.get("reading") for m in marks)


def _blue(rgb: np.ndarray) -> np.ndarray:
    return channel_excess(rgb)[1]


def clusters(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the clusters of strong blue ink in ``rgb`` large enough to be a
    stamp's lines of text (the blue cast at the edges of black print makes none)."""
    import cv2

    s = rgb.shape[1] / A4_300
    strong = (_blue(rgb) > STRONG).astype(np.uint8)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (int(JOIN[0] * s) | 1, int(JOIN[1] * s) | 1))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(strong, kernel))
    out = []
    for x, y, w, h, _area in stats[1:n].tolist():
        if w >= MIN_W * s and h >= MIN_H * s and strong[y:y + h, x:x + w].sum() >= MIN_INK * s * s:
            out.append((x, y, x + w, y + h))
    return out


def ink_sheet(rgb: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> tuple[Image.Image, list[tuple[int, int]]]:
    """The blue ink of each box drawn dark on white, as dark as it is blue (the letters' paler
    edges stay pale: a small or blurred stamp's letters keep their shapes), the boxes stacked one
    under the other, and where each box's top left corner lies on the sheet."""
    ink = np.clip(_blue(rgb).astype(np.float32) * GAIN, 0, 255)
    width = max(x1 - x0 for x0, _y0, x1, _y1 in boxes) + 2 * GAP
    height = sum(y1 - y0 + GAP for _x0, y0, _x1, y1 in boxes) + GAP
    sheet = np.full((height, width), 255, np.uint8)
    at, top = [], GAP
    for x0, y0, x1, y1 in boxes:
        sheet[top:top + y1 - y0, GAP:GAP + x1 - x0] = (255 - ink[y0:y1, x0:x1]).astype(np.uint8)
        at.append((GAP, top))
        top += y1 - y0 + GAP
    return Image.fromarray(sheet), at


def coloured_stamps(image: Image.Image, options: Options, engine: Callable[..., list[list]],
                    source: str) -> list[Mark]:
    """The e-signature stamps printed in blue in the top band of ``image`` (page 1 as scanned), read
    by ``engine`` (:func:`.tesseract.run_tesseract`); their boxes are in pixels of ``image``."""
    if image.mode != "RGB":
        return []
    rgb = np.asarray(image)[: int(image.height * BAND)]
    boxes = clusters(rgb)
    if not boxes:
        return []
    sheet, at = ink_sheet(rgb, boxes)
    try:
        rows = engine(sheet, Options(lang=options.lang, ocr_cache=options.ocr_cache,
                                     page_timeout=options.page_timeout), psm=6)
    except Exception:  # an engine error: the page keeps what it has
        return []
    words = []
    for text, left, top, width, height, conf, *_ in rows:
        k = next((k for k in range(len(at) - 1, -1, -1) if top + height / 2 >= at[k][1]), 0)
        x, y = boxes[k][0] - at[k][0], boxes[k][1] - at[k][1]
        words.append(Word(text, BBox(left + x, top + y, left + width + x, top + height + y), conf))
    marks, _used = find_stamps(words, source + "+blue")
    return marks
