"""Where print runs across the sides of an arrival stamp's frame.

A printed line that stops just short of a stamp's frame may have gone on under it: its next word
then crosses the frame's side, ink on both sides of the line (``… trình HĐND tỉ|nh``, the rest
under the stamp). A line that merely begins or ends beside the frame leaves clean paper between
its last letter and the frame. The rows where ink lies just outside and just inside a side, at
the same height, are kept with the stamp (``values["crossed"]``) for the checks that flag a value
whose line may have lost words under it (:mod:`..parse.under_marks`).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from ..model import BBox

A4_300 = 2480  # an A4 page's width in pixels at 300 dpi: the strips below are sized for it
NEAR, FAR = 2, 14  # px at 300 dpi beyond a side: the strip outside it
IN_NEAR, IN_FAR = 10, 40  # px at 300 dpi within a side (past its line): the strip inside it
REACH = 7  # px at 300 dpi up or down: the letters of one line hold ink at rows a little apart
JOIN = 3  # px: rows this close make one span


def _spans(rows: np.ndarray, top: float) -> list[list[float]]:
    hits = np.flatnonzero(rows)
    if hits.size == 0:
        return []
    runs = np.split(hits, np.flatnonzero(np.diff(hits) > JOIN) + 1)
    return [[top + float(run[0]), top + float(run[-1]) + 1] for run in runs]


def crossed_rows(image: Image.Image, box: BBox) -> dict[str, list[list[float]]]:
    """The spans of rows (``[top, bottom]``, pixels of ``image``) where ink runs across the left and
    the right side of the frame ``box`` (its lines included)."""
    import cv2

    s = image.width / A4_300
    pad = int(round(FAR * s)) + 1
    x0, y0 = max(0, int(box.x0) - pad), max(0, int(box.y0))
    x1, y1 = min(image.width, int(box.x1) + pad), min(image.height, int(box.y1))
    if x1 - x0 < 4 * pad or y1 <= y0:
        return {"left": [], "right": []}
    dark = np.asarray(image.crop((x0, y0, x1, y1)).convert("RGB")).min(axis=2).astype(np.uint8)
    _, ink = cv2.threshold(dark, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = ink.astype(bool)

    def strip(a: float, b: float) -> np.ndarray:
        lo, hi = sorted((int(round(a)) - x0, int(round(b)) - x0))
        lo, hi = max(0, lo), min(ink.shape[1], hi)
        return ink[:, lo:hi].any(axis=1) if hi > lo else np.zeros(ink.shape[0], bool)

    def near(rows: np.ndarray) -> np.ndarray:  # a row with ink within REACH rows of it
        k = int(round(REACH * s))
        return np.convolve(rows.astype(int), np.ones(2 * k + 1, int), mode="same") > 0

    left = near(strip(box.x0 - FAR * s, box.x0 - NEAR * s)) & near(strip(box.x0 + IN_NEAR * s, box.x0 + IN_FAR * s))
    right = near(strip(box.x1 + NEAR * s, box.x1 + FAR * s)) & near(strip(box.x1 - IN_FAR * s, box.x1 - IN_NEAR * s))
    return {"left": _spans(left, y0), "right": _spans(right, y0)}
