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
SHIFT = 10  # pixels at 300 dpi: a ring's centre is looked for this far around the candidate's


def circle_points(shape: tuple, cx, cy, radius, samples: int = 180) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of ``samples`` points round the circles (broadcast arrays, or numbers, of
    centres and radii; the points on the last axis), kept on a page of ``shape``."""
    cx, cy, radius = np.asarray(cx), np.asarray(cy), np.asarray(radius)
    angles = np.linspace(0, 2 * np.pi, samples, endpoint=False)
    xs = np.clip((cx[..., None] + radius[..., None] * np.cos(angles)).astype(int), 0, shape[1] - 1)
    ys = np.clip((cy[..., None] + radius[..., None] * np.sin(angles)).astype(int), 0, shape[0] - 1)
    return ys, xs


def coverage(ink: np.ndarray, cx: np.ndarray, cy: np.ndarray, radius: np.ndarray, samples: int = 180
             ) -> np.ndarray:
    """Share of the circles (broadcast arrays of centres and radii) whose points are inked."""
    return ink[circle_points(ink.shape, cx, cy, radius, samples)].mean(axis=-1)


def refined(ink: np.ndarray, cx: float, cy: float, r: float, unit: float | None = None, wide: bool = False
            ) -> tuple[float, float, float, float]:
    """``(coverage, x, y, radius)`` of the circle near (cx, cy, r) that ``ink`` covers most: a
    candidate's centre, found on a reduced copy, may lie a few pixels off a thin ring's (``unit``:
    the page's width against an A4 page's at 300 dpi, the ink's own width when not given). The
    radius is looked for 10 pixels either way, or twice as far as the centre when ``wide`` (a
    black ring, whose band the print may thicken)."""
    shift = max(2, int(SHIFT * (ink.shape[1] / A4_WIDTH if unit is None else unit)))
    step = max(1, shift // 5)
    radii = np.arange(-2 * shift, 2 * shift + 1, step) if wide else np.arange(-10, 11, 2)
    dx, dy, dr = np.meshgrid(np.arange(-shift, shift + 1, step), np.arange(-shift, shift + 1, step), radii,
                             indexing="ij")
    cover = coverage(ink, cx + dx, cy + dy, r + dr)
    k = np.unravel_index(int(np.argmax(cover)), cover.shape)
    return float(cover[k]), cx + float(dx[k]), cy + float(dy[k]), r + float(dr[k])


def circles(gray: np.ndarray, unit: float | None = None) -> list[tuple[float, float, float]]:
    """(x, y, radius) of the circles of a seal's size on a page (or a part of a page whose width is
    ``unit`` times an A4 page's at 300 dpi), in its pixels, the strongest first (Hough transform on
    a reduced copy; at most :data:`MAX_CANDIDATES`)."""
    import cv2

    scale = 0.25
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    unit = gray.shape[1] / A4_WIDTH if unit is None else unit
    lo, hi = int(MIN_RADIUS * unit * scale), int(MAX_RADIUS * unit * scale)
    found = cv2.HoughCircles(cv2.GaussianBlur(small, (5, 5), 1.5), cv2.HOUGH_GRADIENT_ALT, dp=1.5,
                             minDist=2 * lo, param1=300, param2=0.8, minRadius=lo, maxRadius=hi)
    if found is None:
        return []
    return [(float(x) / scale, float(y) / scale, float(r) / scale) for x, y, r in found[0][:MAX_CANDIDATES]]


def find_rings(gray: np.ndarray, candidates=None) -> list[tuple[float, float, float]]:
    """(x, y, radius) of the grey seal rings on a page, in its pixels (among ``candidates``, the
    page's :func:`circles` when not given)."""
    inked = gray < GREY_MAX
    rings = (_ring(gray, inked, x, y, r) for x, y, r in (circles(gray) if candidates is None else candidates))
    return outer_rings([ring for ring in rings if ring is not None])


def outer_rings(rings: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """The rings less those inside another about the same centre (a seal's inner ring)."""
    out: list[tuple[float, float, float]] = []
    for x, y, r in sorted(rings, key=lambda ring: -ring[2]):
        if not any(np.hypot(x - ox, y - oy) < 0.3 * orad for ox, oy, orad in out):
            out.append((x, y, r))
    return out


def _ring(gray: np.ndarray, inked: np.ndarray, cx: float, cy: float, r: float) -> tuple[float, float, float] | None:
    """The ring near (cx, cy, r) when it is inked (``inked``: ``gray`` below :data:`GREY_MAX`)
    almost all round in grey, with its centre and radius refined (:func:`refined`)."""
    cover, x, y, radius = refined(inked, cx, cy, r)
    if cover < COVER:
        return None
    values = gray[circle_points(gray.shape, x, y, radius)]
    if not GREY_MIN <= float(np.median(values[values < GREY_MAX])) <= GREY_MAX - 40:
        return None  # black (print, or a seal inked black) or too faint to matter
    return x, y, radius


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
    reduced copy; a signature's or a hand-filled box's ink is smaller or long and thin), or a ring
    of removed ink (:func:`removed_rings`) where the seal's ink runs into other removed ink (a
    note written in the margin beside it)."""
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
        elif w >= low and h >= low:  # no seal's blob (too large, or not round): a seal may have run into a note
            x0, y0 = int(x * step), int(y * step)
            for cx, cy, r in removed_rings(removed[y0:(y + h) * step, x0:(x + w) * step], unit):
                out.append((float(x0 + cx - r), float(y0 + cy - r), float(x0 + cx + r), float(y0 + cy + r)))
    return out


def removed_rings(removed: np.ndarray, unit: float) -> list[tuple[float, float, float]]:
    """(x, y, radius) of the seal rings in a mask of removed coloured ink (a part of a page whose
    width is ``unit`` times an A4 page's at 300 dpi): circles of a seal's size (:func:`circles`)
    whose circumference the mask covers almost all round."""
    import cv2

    mask = cv2.dilate(removed, np.ones((3, 3), np.uint8)) > 0
    candidates = circles(np.where(mask, 0, 255).astype(np.uint8), unit)
    rings = (refined(mask, cx, cy, r, unit) for cx, cy, r in candidates)
    return outer_rings([(x, y, radius) for cover, x, y, radius in rings if cover >= COVER])
