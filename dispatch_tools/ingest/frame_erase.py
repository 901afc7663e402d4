"""A stamp's frame taken off the page that goes to the engine.

An arrival stamp pressed over printed lines draws its frame through them: the engine then takes
the crossed line and the frame for a picture and drops the line (``Về việc tăng cường …`` under a
``CV ĐẾN`` stamp), or reads a side as a letter. The straight runs of ink of each closed frame of
a stamp's size in the upper page (:func:`.stamp_frames.frames`) are whitened on the page image the
engine reads: its top and bottom lines, and every upright line within it (its sides and the
line between its cells). Where a letter's stroke crosses the line (ink on both sides of it, just
past its edge) the stroke's ink is kept. The stamp itself is found and read on the page as
scanned, frame and all (:mod:`.arrival`).
"""

from __future__ import annotations

import numpy as np

from ..model import BBox
from .frame_sides import A4_300
from .stamp_frames import MAX_H, TOP, UPRIGHT_RUN, frames_in, line_masks

LIGHT_INK = 200  # grey levels under this are ink, for the first look
PAD = 1  # px: the line is whitened this far past its run's edge (its ragged border)
SIDE = 14  # px at 300 dpi: how far from a frame's top or bottom edge its line may lie


def _clear(out: np.ndarray, ink: np.ndarray, lines: np.ndarray) -> None:
    """Whiten the runs of ``lines`` down each column of ``out`` (a view; ``ink`` and ``lines``
    of the same shape), save where ink lies just above and just below the run: a stroke across."""
    has = lines.any(axis=0)
    if not has.any():
        return
    n = lines.shape[0]
    first = lines.argmax(axis=0) - PAD
    last = n - 1 - lines[::-1].argmax(axis=0) + PAD
    cols = np.arange(lines.shape[1])
    above = ink[np.clip(first - 1, 0, n - 1), cols] & (first - 1 >= 0)
    below = ink[np.clip(last + 1, 0, n - 1), cols] & (last + 1 < n)
    clear = has & ~(above & below)
    rows = np.arange(n)[:, None]
    out[(rows >= first) & (rows <= last) & clear[None, :]] = 255


def _runs(cols: np.ndarray, gap: int = 3) -> list[tuple[int, int]]:
    """The runs of true values in ``cols`` (``gap`` false ones join two), as (first, past last)."""
    hits = np.flatnonzero(cols)
    if hits.size == 0:
        return []
    parts = np.split(hits, np.flatnonzero(np.diff(hits) > gap) + 1)
    return [(int(p[0]), int(p[-1]) + 1) for p in parts]


def _upright_lines(gray: np.ndarray) -> bool:
    """Is there an upright straight line as long as a frame's side where a frame can lie (the
    upper part of the page, a frame's height below it)? Most pages have none: they are passed
    without looking further. Any ink darker than the paper counts, the look being cheap."""
    import cv2

    height = gray.shape[0]
    ink = (gray[:int((TOP + MAX_H) * height) + 1] < LIGHT_INK).astype(np.uint8)
    side = cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(UPRIGHT_RUN * height)))
    return bool(cv2.erode(ink, side).any())


def erase_frames(gray: np.ndarray) -> tuple[np.ndarray, list[BBox]]:
    """``gray`` (the page as the engine will read it) without the straight lines of the stamp
    frames found on it, and the frames' boxes."""
    if not _upright_lines(gray):
        return gray, []
    masks = line_masks(gray)
    found = [box for box, _outer in frames_in(*masks)]
    if not found:
        return gray, []
    ink, horiz, vert = (m.astype(bool) for m in masks)
    out = gray.copy()
    height, width = gray.shape
    side = max(4, round(SIDE * width / A4_300))
    for box in found:
        x0, x1 = max(0, int(box.x0) - side), min(width, int(box.x1) + side + 1)
        y0, y1 = max(0, int(box.y0) - side), min(height, int(box.y1) + side + 1)
        for top, bottom in ((y0, min(y1, int(box.y0) + side + 1)), (max(y0, int(box.y1) - side), y1)):
            _clear(out[top:bottom, x0:x1], ink[top:bottom, x0:x1], horiz[top:bottom, x0:x1])
        for left, right in _runs(vert[y0:y1, x0:x1].any(axis=0)):  # each upright line by itself
            a, b = x0 + max(0, left - side), x0 + right + side
            _clear(out[y0:y1, a:b].T, ink[y0:y1, a:b].T, vert[y0:y1, a:b].T)
    return out, found
