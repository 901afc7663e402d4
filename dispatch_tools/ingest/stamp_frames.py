"""Rectangles closed by straight lines of ink, of a stamp's size, in the upper part of a page: the
frame of an arrival stamp (:mod:`.arrival` reads what it says; :mod:`.frame_erase` takes it off the
page the engine reads).

Long horizontal and vertical runs of ink (a morphological opening keeps only them) that close a
rectangle of a stamp's size in the upper part of the page. A frame alone is not a stamp (a table
has one too): :mod:`.arrival` reads the region again for the stamp's words.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from ..model import BBox

TOP = 0.6  # the stamp is on the upper part of page 1
MIN_W, MAX_W = 0.07, 0.45  # of the page width
MIN_H, MAX_H = 0.025, 0.16  # of the page height
UPRIGHT_RUN = 0.018  # of the page's height: the least run of ink down a frame's side
STEP = 0.0008  # of the page's width (2 px at 300 dpi): how far a frame's thin line steps up or down
FULL_SIDE = 0.92  # of a frame's width: its top or bottom line runs unbroken over at least this


def frames(image: Image.Image, turned: bool = False) -> list[tuple[BBox, BBox]]:
    """Rectangles closed by long straight ink lines, of a stamp's size, in the upper page: (the
    closed frame, the frame with the heading row above it). On a page fed in at an angle
    (``turned``) a thin line steps from one pixel row to the next: it is thickened across its run
    first, so that a row of it goes on unbroken."""
    return frames_in(*line_masks(np.asarray(image.convert("L")), turned))


def frames_in(ink: np.ndarray, horiz: np.ndarray, vert: np.ndarray) -> list[tuple[BBox, BBox]]:
    """:func:`frames` in a page's masks as :func:`line_masks` gives them."""
    import cv2

    lines = cv2.dilate(horiz | vert, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(lines, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour in contours:
        box = cv2.boundingRect(contour)
        if not _framed(horiz, vert, *box):
            box = _trimmed(horiz, vert, *box)
            if box is None or not _framed(horiz, vert, *box):
                continue
        x, y, w, h = box
        top = _grow_up(ink, x, y, w, h)
        out.append((BBox(float(x), float(y), float(x + w), float(y + h)),
                    BBox(float(x), float(top), float(x + w), float(y + h))))
    return out


def line_masks(gray: np.ndarray, turned: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The page's ink (Otsu) and its long horizontal and vertical runs (a morphological opening),
    as :func:`frames` looks for a frame in them."""
    import cv2

    height, width = gray.shape
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    step = 2 * max(1, round(STEP * width)) + 1
    rows, cols = (cv2.dilate(ink, np.ones(k, np.uint8)) for k in ((step, 1), (1, step))) if turned else (ink, ink)
    horiz = cv2.morphologyEx(rows, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(width * 0.035), 1)))
    vert = cv2.morphologyEx(cols, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(height * UPRIGHT_RUN))))
    return ink, horiz, vert


def _framed(horiz: np.ndarray, vert: np.ndarray, x: int, y: int, w: int, h: int) -> bool:
    """Is the box (``x, y, w, h``) a frame of a stamp's size and place: lines near its top and
    bottom and near both sides, one of its long sides whole?"""
    height, width = horiz.shape
    if not (MIN_W * width <= w <= MAX_W * width and MIN_H * height <= h <= MAX_H * height):
        return False
    if y > TOP * height or not 1.0 <= w / h <= 5.0:
        return False
    sides = (horiz[y:y + h, x:x + w].any(axis=1), vert[y:y + h, x:x + w].any(axis=0))
    band_y, band_x = max(3, h // 8), max(3, w // 10)
    return bool(sides[0][:band_y].any() and sides[0][-band_y:].any() and sides[1][:band_x].any()
                and sides[1][-band_x:].any() and _full_side(horiz[y:y + h, x:x + w], band_y))


def _trimmed(horiz: np.ndarray, vert: np.ndarray, x: int, y: int, w: int, h: int
             ) -> tuple[int, int, int, int] | None:
    """The rectangle inside a contour that reaches past its frame (a straight stroke of ink joined
    to a corner, a rule running on below it): from its outermost horizontal lines that run over
    half its width to its outermost vertical lines that run over half the height between them."""
    rows = np.flatnonzero(horiz[y:y + h, x:x + w].astype(bool).sum(axis=1) >= 0.5 * w)
    if rows.size < 2 or rows[-1] - rows[0] < 3:
        return None
    top, bottom = y + int(rows[0]), y + int(rows[-1])
    cols = np.flatnonzero(vert[top:bottom + 1, x:x + w].astype(bool).sum(axis=0) >= 0.5 * (bottom - top))
    if cols.size < 2 or cols[-1] - cols[0] < 3:
        return None
    left, right = x + int(cols[0]), x + int(cols[-1])
    if (left, top, right - left + 1, bottom - top + 1) == (x, y, w, h):
        return None
    return left, top, right - left + 1, bottom - top + 1


def _full_side(horiz: np.ndarray, band: int) -> bool:
    """Does a straight line run along the top or the bottom of a frame (``horiz``: its horizontal
    lines), over at least :data:`FULL_SIDE` of its width? A rectangle has one whole side at least
    (its top may be broken by a heading); the arcs of a round seal, straightened by the thickening
    of :func:`frames`, cover a small part of it."""
    return max(horiz[:band].any(axis=0).mean(), horiz[-band:].any(axis=0).mean()) >= FULL_SIDE


def _grow_up(ink: np.ndarray, x: int, y: int, w: int, h: int) -> int:
    """The top of a stamp whose heading row (``TRUNG TÂM CÔNG BÁO …``) sits above the closed frame,
    between the frame's side lines going on upwards: where both sides stop."""
    top = y
    for edge in (x, x + w - 1):
        band = ink[:, max(0, edge - 4):edge + 5].any(axis=1)
        k, gap = y, 0
        while k > max(0, y - h // 2) and gap <= 4:
            k -= 1
            gap = 0 if band[k] else gap + 1
        top = min(top, k + gap) if edge == x else max(top, k + gap)
    return top
