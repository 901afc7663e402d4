"""The dotted lines of a form's rows inside a frame (``Số: ……``, ``Ngày: ……``, ``Chuyển: ……``).

An arrival stamp is a frame whose rows are dotted lines to be written on by hand. Stamped over
printed lines, its words run into the print and the engine reads none of them, but its dots stay
dots: rows of small blobs of ink, close together and on one level, over a good part of the frame.
Printed text has dots too (a full stop, the dot of an ``i``, a dot under a vowel), but a few to a
line, far apart and at two heights; only a form's rows (or a table of contents' leaders, which a
dispatch's upper page does not hold) line up dozens.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

DOT = 0.04  # of the frame's height: a dot's largest side
LEVEL = 0.012  # of the frame's height: how far a row's dots stand from its level
LEAST = 12  # dots a row holds at least
SPAN = 0.2  # of the frame's width: how far a row runs at least
CLOSE = 0.03  # of the frame's width: the median step from one dot of a row to the next, at most


def dotted_rows(crop: Image.Image) -> int:
    """How many rows of dots (a form's dotted lines) a frame's crop holds."""
    import cv2

    dark = np.asarray(crop.convert("RGB")).min(axis=2).astype(np.uint8)
    height, width = dark.shape
    if height < 20 or width < 20:
        return 0
    _, ink = cv2.threshold(dark, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, _labels, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    side = max(2.0, DOT * height)
    dots = [(float(centres[k][0]), float(centres[k][1])) for k in range(1, count)
            if stats[k, cv2.CC_STAT_WIDTH] <= side and stats[k, cv2.CC_STAT_HEIGHT] <= side
            and stats[k, cv2.CC_STAT_AREA] >= 2]
    dots.sort(key=lambda d: d[1])
    level = max(2.0, LEVEL * height)
    rows, row = 0, []
    for dot in dots + [(0.0, float("inf"))]:
        if row and dot[1] - row[0][1] > 2 * level:
            rows += _is_row(sorted(x for x, _y in row), width)
            row = []
        row.append(dot)
    return rows


def _is_row(xs: list[float], width: int) -> bool:
    if len(xs) < LEAST or xs[-1] - xs[0] < SPAN * width:
        return False
    return float(np.median(np.diff(xs))) <= CLOSE * width
