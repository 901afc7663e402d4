"""Grey round seals over printed text (photocopies), found by their ring and taken off the page.

A photocopy carries no colour, so the seal that the colour filter takes off a colour scan stays on
the page as a grey ring with grey letters around it. Over a title it makes the engine drop the whole
block (``QUYẾT ĐỊNH`` / ``Về việc …``): it sees a picture there, not text.

- **Ring.** Circles of a seal's size (about 25-50 mm across) are looked for on a reduced copy
  (Hough transform); one counts as a seal when its circumference is inked almost all round and its
  ink is grey (a print's black is darker; an inked red seal is already gone).
- **Removal.** Inside the ring's disc, grey pixels become paper unless they lie at the edge of a
  black stroke (the anti-aliased edges of the printed letters under the seal, with their marks,
  stay). Black print under the seal is untouched.
"""

from __future__ import annotations

import numpy as np

A4_WIDTH = 2480  # pixels across an A4 page at 300 dpi: seal sizes below are for that
MIN_RADIUS, MAX_RADIUS = 150, 330  # pixels at 300 dpi (a seal is 25-55 mm across)
BLACK = 90  # darker than this is print
GREY_MIN, GREY_MAX = 70, 215  # a ring's ink on a photocopy
COVER = 0.75  # share of the circumference that must be inked
SEAL_SHARE = 0.65  # of a seal's grey: darker is print (a seal's grey of 138 or more leaves BLACK as it is)
PRINT_SHARE = 0.45  # of a seal's grey: the print beside it is this dark or darker, or it keeps BLACK
MAX_CANDIDATES = 8  # circles checked per page, the strongest first


def circles(gray: np.ndarray) -> list[tuple[float, float, float]]:
    """(x, y, radius) of the circles of a seal's size on a page, in its pixels, the strongest first
    (Hough transform on a reduced copy; at most :data:`MAX_CANDIDATES`)."""
    import cv2

    scale = 0.25
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    unit = gray.shape[1] / A4_WIDTH
    lo, hi = int(MIN_RADIUS * unit * scale), int(MAX_RADIUS * unit * scale)
    found = cv2.HoughCircles(cv2.GaussianBlur(small, (5, 5), 1.5), cv2.HOUGH_GRADIENT_ALT, dp=1.5,
                             minDist=2 * lo, param1=300, param2=0.8, minRadius=lo, maxRadius=hi)
    if found is None:
        return []
    return [(float(x) / scale, float(y) / scale, float(r) / scale) for x, y, r in found[0][:MAX_CANDIDATES]]


def find_rings(gray: np.ndarray, candidates=None) -> list[tuple[float, float, float]]:
    """(x, y, radius) of the grey seal rings on a page, in its pixels (among ``candidates``, the
    page's :func:`circles` when not given)."""
    out = []
    for x, y, r in circles(gray) if candidates is None else candidates:
        ring = _ring(gray, x, y, r)
        if ring is not None:
            out.append(ring)
    return out


def _ring(gray: np.ndarray, cx: float, cy: float, r: float) -> tuple[float, float, float] | None:
    """The ring at (cx, cy, r) when it is inked all round in grey, with its radius refined."""
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    best = None
    for radius in np.arange(r - 10, r + 11, 2):
        xs = np.clip((cx + radius * np.cos(angles)).astype(int), 0, gray.shape[1] - 1)
        ys = np.clip((cy + radius * np.sin(angles)).astype(int), 0, gray.shape[0] - 1)
        values = gray[ys, xs]
        inked = values < GREY_MAX
        if best is None or inked.mean() > best[0]:
            best = (inked.mean(), radius, values[inked])
    if best is None or best[0] < COVER or not len(best[2]):
        return None
    if not GREY_MIN <= float(np.median(best[2])) <= GREY_MAX - 40:
        return None  # black (print, or a seal inked black) or too faint to matter
    return float(cx), float(cy), float(best[1])


def remove_rings(gray: np.ndarray, candidates=None) -> tuple[np.ndarray, list[tuple[float, float, float]]]:
    """The page with its grey seals taken off, and the rings found (among ``candidates``, the
    page's :func:`circles` when not given)."""
    import cv2

    rings = find_rings(gray, candidates)
    if not rings:
        return gray, rings
    out = gray.copy()
    paper = int(np.percentile(gray[::8, ::8], 90))
    for cx, cy, r in rings:
        x0, y0 = max(0, int(cx - r - 12)), max(0, int(cy - r - 12))
        x1, y1 = min(gray.shape[1], int(cx + r + 13)), min(gray.shape[0], int(cy + r + 13))
        yy, xx = np.mgrid[y0:y1, x0:x1]
        window = gray[y0:y1, x0:x1]
        dark = _print_line(gray, cx, cy, r)
        px0, py0 = max(0, x0 - 2), max(0, y0 - 2)  # print just outside the window is near too
        padded = gray[py0:min(gray.shape[0], y1 + 2), px0:min(gray.shape[1], x1 + 2)]
        near_print = cv2.dilate((padded < dark).astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        near_print = near_print[y0 - py0:y1 - py0, x0 - px0:x1 - px0]
        disc = (xx - cx) ** 2 + (yy - cy) ** 2 <= (r + 12) ** 2
        grey = disc & (window >= dark) & (window < 250) & ~near_print
        out[y0:y1, x0:x1][grey] = paper
    return out, rings


def _print_line(gray: np.ndarray, cx: float, cy: float, r: float) -> int:
    """The grey under which a pixel in the seal's disc is print: :data:`BLACK`, or for a dark grey
    seal (a red one photocopied) :data:`SEAL_SHARE` of its ring's grey, when the print beside the
    seal (its ink's darker quarter, left and right of the disc at its height) is darker still by
    far. A grey photocopy whose print is as grey as the seal keeps the fixed line: its letters would
    go with the seal."""
    level = ring_level(gray, cx, cy, r)
    line = int(SEAL_SHARE * level)
    if line >= BLACK:
        return BLACK
    reach = r + 300 * gray.shape[1] / A4_WIDTH
    x0, x1 = max(0, int(cx - reach)), min(gray.shape[1], int(cx + reach))
    y0, y1 = max(0, int(cy - r)), min(gray.shape[0], int(cy + r))
    yy, xx = np.mgrid[y0:y1, x0:x1]
    window = gray[y0:y1, x0:x1]
    ink = window[((xx - cx) ** 2 + (yy - cy) ** 2 > (r + 20) ** 2) & (window < 200)]
    core = float(np.percentile(ink, 25)) if ink.size else 0.0
    return line if core <= PRINT_SHARE * level else BLACK


def ring_level(gray: np.ndarray, cx: float, cy: float, r: float) -> float:
    """The grey of a seal's ink: the median of its ring's inked pixels (at radius ``r``)."""
    angles = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    values = []
    for radius in (r - 2, r, r + 2):
        xs = np.clip((cx + radius * np.cos(angles)).astype(int), 0, gray.shape[1] - 1)
        ys = np.clip((cy + radius * np.sin(angles)).astype(int), 0, gray.shape[0] - 1)
        values.append(gray[ys, xs])
    ink = np.concatenate(values)
    ink = ink[ink < GREY_MAX]
    return float(np.median(ink)) if ink.size else float(GREY_MAX)


def colour_seals(before: np.ndarray, after: np.ndarray) -> list[tuple[float, float, float, float]]:
    """Boxes ``(x0, y0, x1, y1)`` of the seals whose coloured ink :func:`.image.remove_colour_ink`
    took off the page (``before``/``after``: the page's grey with and without it): a blob of
    removed ink of a seal's size and roughly round (its ring, star and letters run together on a
    reduced copy). A signature's or a hand-filled box's ink is smaller or long and thin."""
    import cv2

    removed = (before != after).astype(np.uint8)
    if not removed.any():
        return []
    step = 8
    small = cv2.resize(removed * 255, (removed.shape[1] // step, removed.shape[0] // step), interpolation=cv2.INTER_AREA)
    small = cv2.dilate((small > 20).astype(np.uint8), np.ones((5, 5), np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8)
    unit = before.shape[1] / A4_WIDTH  # seal sizes are for an A4 page at 300 dpi
    low, high = 2 * MIN_RADIUS * unit / step, 2.3 * MAX_RADIUS * unit / step
    out = []
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        if low <= w <= high and low <= h <= high and 0.7 <= w / h <= 1.4:
            out.append((float(x * step), float(y * step), float((x + w) * step), float((y + h) * step)))
    return out
