"""Toner specks between the letters of a printed line, on a speckled page (a photocopy, a fax).

:func:`.image.despeckle` whitens the specks that stand alone, with no ink near them. A speck that
falls in a line of print, between two letters or two words, is near ink and stays: the engine
reads it as a mark of the line (``BAN.-NHÂN``, ``Quyết: định``, ``TTg.về``, ``tổng kết 10:``).
Such a speck is told from the marks print has by where it sits: a small round dot halfway up the
letters beside it, with no ink straight above or below it within the line. A full stop and a
comma sit on the line, a hyphen is wider than tall, the dot of an ``i`` and a diacritic stand
above or below a letter, and the upper dot of a colon or a semicolon has its other half below it;
Vietnamese print puts no dot halfway up a line. Only a speckled page is searched, so a clean scan
keeps every pixel.
"""

from __future__ import annotations

import numpy as np

TARGET_WIDTH = 2480  # A4 at 300 dpi: the sizes below are for it, scaled to the page's width
DOT_AREA = 24  # pixels: the largest dot taken for a speck (a full stop of 13-point print is about as large)
DOT_SIDE = 9  # pixels: a dot's largest width or height
REACH_X, REACH_Y = 40, 45  # pixels: how far on either side the letters beside a dot are looked for
LOW, HIGH = 0.25, 0.8  # a dot's centre between these shares of the letters' height, from their foot
CLEAR = 0.15  # of the letters' height: the column above and below the dot looked at past the letters


def whiten_mid_line_specks(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page without the specks halfway up its lines of print, and how many were whitened."""
    found, labels, stats = _find(gray)
    if not found:
        return gray, 0
    out = gray.copy()
    for k in found:
        x, y, w, h = (int(v) for v in stats[k, :4])
        out[y:y + h, x:x + w][labels[y:y + h, x:x + w] == k] = 255
    return out, len(found)


def _find(gray: np.ndarray) -> tuple[list[int], np.ndarray, np.ndarray]:
    import cv2

    ink = (gray < 128).astype(np.uint8)
    n, labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    scale = gray.shape[1] / TARGET_WIDTH
    height, width = ink.shape
    small = max(4.0, DOT_AREA * scale * scale)
    side = DOT_SIDE * scale + 1
    rx, ry = int(REACH_X * scale) + 1, int(REACH_Y * scale) + 1
    x, y, w, h, area = (stats[:, i] for i in range(5))
    dots = np.flatnonzero((area <= small) & (w <= 2 * h) & (h <= 2 * w) & (w <= side) & (h <= side))
    found = []
    for k in dots[dots > 0].tolist():
        kx, ky, kw, kh = int(x[k]), int(y[k]), int(w[k]), int(h[k])
        x0, x1 = max(0, kx - rx), min(width, kx + kw + rx)
        y0, y1 = max(0, ky - ry), min(height, ky + kh + ry)
        near = np.unique(labels[y0:y1, x0:x1])
        near = near[(near != 0) & (near != k)]
        near = near[area[near] > small]  # letters, not other dots
        cy = ky + kh / 2
        beside = near[(y[near] <= cy) & (y[near] + h[near] >= cy)]
        if beside.size < 2:
            continue
        top, foot = float(np.median(y[beside])), float(np.median(y[beside] + h[beside]))
        tall = foot - top
        if tall < 6 * scale or not LOW <= (foot - cy) / tall <= HIGH:
            continue
        c0, c1 = max(0, kx - 1), min(width, kx + kw + 1)
        r0, r1 = max(0, int(top - CLEAR * tall)), min(height, int(foot + CLEAR * tall) + 1)
        column = labels[r0:r1, c0:c1]
        if np.any((column != 0) & (column != k)):
            continue  # a colon's, an i's or a letter's other part straight above or below
        found.append(k)
    return found, labels, stats
