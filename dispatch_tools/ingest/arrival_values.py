"""The hand-written values of an arrival stamp's ``Số`` and ``Ngày`` rows, cut out clean for the
second recogniser: the frame's lines, the dotted line and the printed label taken away, and a
date cut at its hand-drawn separators.

- **Lines and dots.** Straight runs longer than 1.5 row heights (the frame) are taken out; then
  every piece of ink too small to be a stroke (a dot of the dotted line, the label's colon, a
  speck), flat or hair-thin, or whose middle lies outside the row (the tail of the row above).
- **The label.** The first pieces (``Số``, ``Ngày``) run on with gaps under a third of the row's
  height; the first wider gap (where the dots were) ends it; the rest is the value.
- **A date's separators.** A hand-drawn ``/`` or ``.`` between day, month and year is a narrow
  piece clearly shorter than the figures; read together with them the recogniser takes it for a
  ``1``. The value is cut there and each part (day, month, year) read alone.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

LINE = 1.5  # row heights: a straight run at least this long is the frame's line
SPECK = 0.3  # row heights: a piece no larger is a dot, a colon or a speck
LABEL_GAP = 0.3  # row heights: a gap this wide ends the printed label
VALUE_GAP = 2.0  # row heights: a gap this wide ends the hand-written value
SEPARATOR_WIDTH, SEPARATOR_HEIGHT = 0.3, 0.8  # of the tallest figure: a date's separator is narrower and shorter


def _pieces(band: Image.Image, height: float, top: float) -> tuple[np.ndarray, np.ndarray, list[tuple]]:
    """The ink of a row's band without the frame's lines, its labelled pieces, and the pieces
    that are strokes of the row (x, y, w, h, label), left to right. ``top``: the label's top in
    the band, ``height``: its height."""
    import cv2

    gray = np.asarray(band.convert("RGB")).min(axis=2).astype(np.uint8)
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    k = max(3, int(LINE * height))
    lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    lines |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, k)))
    ink = ink & ~lines
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, 8)
    out = []
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i][:4])
        if max(w, h) <= SPECK * height or h < 0.25 * height or w < 0.1 * height:
            continue
        if not top - 0.3 * height <= y + h / 2 <= top + 1.3 * height:
            continue
        if w < 0.25 * height and x + w >= ink.shape[1] - 0.15 * height:
            continue  # what is left of the frame's right side
        out.append((x, y, w, h, i))
    return ink, labels, sorted(out)


def _after_label(pieces: list[tuple], height: float) -> list[tuple]:
    """The pieces after the printed label (past the first gap wider than :data:`LABEL_GAP`) up to
    a gap wider than :data:`VALUE_GAP` (a mark far to the right is no part of the value)."""
    if not pieces:
        return []
    end, start = pieces[0][0] + pieces[0][2], None
    for k, piece in enumerate(pieces[1:], 1):
        if start is None and piece[0] - end > LABEL_GAP * height:
            start = k
        elif start is not None and piece[0] - end > VALUE_GAP * height:
            return pieces[start:k]
        end = max(end, piece[0] + piece[2])
    return pieces[start:] if start is not None else []


def _image(labels: np.ndarray, pieces: list[tuple]) -> Image.Image:
    """The pieces alone, black on white, cut to them with a white margin of a quarter of their height."""
    import cv2

    keep = np.zeros(int(labels.max()) + 1, bool)
    keep[[p[4] for p in pieces]] = True
    ink = np.where(keep[labels], 0, 255).astype(np.uint8)
    x0, x1 = min(p[0] for p in pieces), max(p[0] + p[2] for p in pieces)
    y0, y1 = min(p[1] for p in pieces), max(p[1] + p[3] for p in pieces)
    m = max(6, (y1 - y0) // 4)
    return Image.fromarray(cv2.copyMakeBorder(ink[y0:y1, x0:x1], m, m, m, m, cv2.BORDER_CONSTANT, value=255))


def value_parts(band: Image.Image, height: float, top: float, date: bool) -> list[Image.Image]:
    """The hand-written value of a stamp row's band as images to read: one for a number, the
    parts between the separators for a date (three when it is cut so). Empty when nothing
    follows the label."""
    _, labels, pieces = _pieces(band, height, top)
    value = _after_label(pieces, height)
    if not value:
        return []
    if not date:
        return [_image(labels, value)]
    tallest = max(p[3] for p in value)
    parts: list[list[tuple]] = [[]]
    for piece in value:
        if piece[2] < SEPARATOR_WIDTH * tallest and piece[3] < SEPARATOR_HEIGHT * tallest:
            parts.append([])
        else:
            parts[-1].append(piece)
    parts = [p for p in parts if p]
    return [_image(labels, p) for p in parts]
