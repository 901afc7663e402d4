"""Round seals printed black (a 1-bit scan, a photocopy) over printed lines, found by their ring.

On a bilevel scan or a photocopy the seal is as black as the print, so neither the colour filter
nor the grey rings of :mod:`.seal` take it off. Where its ring crosses the signature's title lines
(``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``) or a title block, the engine takes the block for a picture and
drops every line of it.

- **Ring.** A circle of a seal's size (the candidates of :func:`.seal.circles`) counts as a black
  seal when, with its centre and radius refined, its circumference is inked almost all round in
  black, in a thin band (a few percent of the radius), with paper just outside it. Print does not
  ink a circle all round, a signature is no circle, and a block of text inks every radius alike.
- **Printed lines across it.** The rows of the disc where a printed line runs out of it: letters
  of a print's size (not a signature's long strokes, not a rule) within a short gap of the disc's
  edge, lying mostly outside it.
- **Removal.** The ring's band and the inner ring's become paper; inside the disc, the ink
  outside those rows (the letters around the ring, the emblem, the seal's half of a signature)
  becomes paper. Within the rows a blob that lies wholly there stays when it sits on a line as a
  letter does (its foot on the baseline, or a mark above or under it); a blob that runs out of the
  rows (print run into the seal's letters) keeps its part within them, and so does a letter the
  ring's band cut. A line lost is worse than a line misread: the letters the ring crossed lose
  the ring's slice, and some of the seal's letters beside a line stay.
- **Lines.** The boxes of those printed lines (their ink followed out to the column's gutter)
  are given with the copy, for :mod:`.black_relook` to read them again.
"""

from __future__ import annotations

import numpy as np

from .seal import A4_WIDTH, BLACK, COVER, circle_points, coverage, refined

INK = 128  # darker than this is ink on a bilevel page
MAX_BAND = 0.14  # of the radius: the ring's band is thinner than this
BAND_GAP = 0.03  # of the radius: a gap of paper this wide may part the lines of one ring
PAPER_OUTSIDE = 0.35  # share of a circle just outside the ring that may be inked (print crossing it)
PROMISE = 0.45  # share of the candidate's own circle inked for its ring to be looked for
LETTER = (0.05, 0.3)  # of the radius: the height of a printed letter (or a word's blob)
LINE_HEIGHT = 0.08  # of the radius: a printed line's letters are at least this tall (median)
LETTER_WIDTH = 0.6  # of the radius: wider blobs are rules or strokes, not letters
REACH = 0.6  # of the radius: letters this near the disc's edge belong to a line that runs across it
IN_ROWS = 0.9  # share of a blob inside the disc that must lie in the lines' rows for it to stay whole
PAD = 0.035  # of the radius: paper taken on each side of a ring's band (its ragged edge)
INNER = (0.55, 0.88)  # of the outer ring's radius: where a seal's inner ring lies
INNER_COVER = 0.5  # share of the inner ring's circle inked (print and the letters cross it)
ON_BASELINE = 0.3  # of the letters' height: a blob whose foot is this near the line's baseline is a letter
GUTTER = 2.5  # of a line's letter height: a wider gap parts its columns
MARK = 0.5  # of the letters' height: a smaller blob above or under the line is a mark


def _band(ink: np.ndarray, x: float, y: float, radius: float, best: float) -> tuple[float, float]:
    """The radii of the inner and outer edges of the ring's band: the circles inked at least half
    as fully as its best one, with gaps of at most :data:`BAND_GAP` of the radius between them (a
    seal's outer ring may be two lines close together)."""
    radii = np.arange(radius * (1 - 1.5 * MAX_BAND), radius * (1 + 1.5 * MAX_BAND) + 1)
    inked = coverage(ink, np.full(len(radii), x), np.full(len(radii), y), radii) >= best / 2
    gap = max(2, int(BAND_GAP * radius))
    centre = int(np.argmin(abs(radii - radius)))
    edges = []
    for direction in (-1, 1):
        k = last = centre
        while 0 <= k + direction < len(radii) and abs(k + direction - last) <= gap:
            k += direction
            if inked[k]:
                last = k
        edges.append(float(radii[last]))
    return edges[0], edges[1]


def black_ring(gray: np.ndarray, cx: float, cy: float, r: float
               ) -> tuple[float, float, float, float, float] | None:
    """``(x, y, radius, inner, outer)`` of the black ring near the circle (cx, cy, r) — inner and
    outer the radii of its band's edges — or None when it is no black seal's ring."""
    unit = gray.shape[1] / A4_WIDTH
    ink = gray < INK
    near = coverage(ink, np.full(9, cx), np.full(9, cy), r + np.arange(-8, 9, 2) * unit)
    if near.max() < PROMISE:
        return None  # no ring here: most candidates on a page of print end at this
    best, x, y, radius = refined(ink, cx, cy, r, wide=True)
    if best < COVER:
        return None
    inner, outer = _band(ink, x, y, radius, best)
    if outer - inner >= MAX_BAND * radius:
        return None  # no thin band: a block of print inks every radius alike
    one = np.ones(1)
    beyond = coverage(ink, x * one, y * one, (outer + max(4.0, 0.06 * radius)) * one)[0]
    if beyond > PAPER_OUTSIDE:
        return None
    values = gray[circle_points(gray.shape, x, y, radius)]
    if float(np.median(values[values < INK])) >= BLACK:
        return None  # a grey ring: :func:`.seal.remove_rings` takes it
    return x, y, radius, float(inner), float(outer)


def _line_rows(ink: np.ndarray, x: float, y: float, r: float, edge: float, box) -> list[tuple]:
    """The printed lines (of the window ``box``) that run out of the disc (centre x, y; radius
    ``edge``), told by letters of a print's size near its edge, lying mostly outside it: ``(top,
    bottom, baseline, letter height, left, right)`` of each (left and right: of those letters), in
    the window's rows and columns."""
    import cv2

    x0, y0, x1, y1 = box
    window = ink[y0:y1, x0:x1].astype(np.uint8)
    count, labels, stats, _c = cv2.connectedComponentsWithStats(window, connectivity=8)
    letters = []
    for k in range(1, count):
        bx, by, bw, bh, _area = (int(v) for v in stats[k])
        if not (LETTER[0] * r <= bh <= LETTER[1] * r and bw <= LETTER_WIDTH * r):
            continue
        top, bottom = y0 + by, y0 + by + bh
        dy = 0.0 if top <= y <= bottom else min(abs(top - y), abs(bottom - y))
        if dy >= edge:
            continue
        half = (edge * edge - dy * dy) ** 0.5
        if max(x - half - (x0 + bx + bw), (x0 + bx) - (x + half)) > REACH * r:
            continue  # too far from the disc
        yy, xx = np.nonzero(labels[by:by + bh, bx:bx + bw] == k)
        inside = (xx + x0 + bx - x) ** 2 + (yy + y0 + by - y) ** 2 <= edge * edge
        if inside.mean() > 0.2:
            continue  # the seal's own letters, or print under it
        letters.append((by, by + bh, bx, bx + bw))
    lines: list[list[tuple[int, int, int, int]]] = []
    for letter in sorted(letters):
        if lines and letter[0] < max(b[1] for b in lines[-1]):
            lines[-1].append(letter)
        else:
            lines.append([letter])
    out = []
    for line in lines:
        height = float(np.median([b - t for t, b, _l, _r in line]))
        if height >= LINE_HEIGHT * r:  # specks and marks standing alone make no line
            out.append((min(b[0] for b in line), max(b[1] for b in line), float(np.median([b[1] for b in line])),
                        height, min(b[2] for b in line), max(b[3] for b in line)))
    return out


def _keep(top: int, bottom: int, lines) -> bool:
    """Does a blob (its rows, in the window) sit on one of the printed lines as a letter does: on its
    baseline, or a mark above it or under it, within its rows?"""
    for line_top, line_bottom, baseline, height, _left, _right in lines:
        if top < line_top or bottom > line_bottom:
            continue
        if abs(bottom - baseline) <= ON_BASELINE * height:
            return True  # a letter standing on the line
        if bottom - top <= MARK * height and (bottom <= baseline or top >= baseline - 0.2 * height):
            return True  # a tone mark above it, a dot under it
    return False


def _inner_ring(ink: np.ndarray, x: float, y: float, radius: float) -> float | None:
    """The radius of the seal's thin inner ring (:data:`INNER` of the outer one), when a circle
    there is inked more than half round (:data:`INNER_COVER`; print and the letters cross it)."""
    radii = np.arange(INNER[0] * radius, INNER[1] * radius)
    cover = coverage(ink, np.full(len(radii), x), np.full(len(radii), y), radii)
    k = int(np.argmax(cover))
    return float(radii[k]) if cover[k] >= INNER_COVER else None


def _outermost(rings: list) -> list:
    """The rings that lie inside no larger one (a seal's inner ring is part of it)."""
    return [a for a in rings if not any(b[2] > a[2] and (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 < b[2] ** 2
                                         for b in rings)]


def _extent(ink: np.ndarray, top: int, bottom: int, left: int, right: int, height: float) -> tuple[int, int]:
    """The columns a printed line at rows ``top:bottom`` spans around ``left:right`` (the disc's
    chord): its ink, followed out while the gaps are narrower than a column's gutter."""
    inked = ink[top:bottom].any(axis=0)
    gutter = max(3, int(GUTTER * height))
    x0, x1 = max(0, left), min(ink.shape[1], right)
    while True:
        ahead = np.flatnonzero(inked[max(0, x0 - gutter):x0])
        if not ahead.size:
            break
        x0 = max(0, x0 - gutter) + int(ahead[0])
    while True:
        ahead = np.flatnonzero(inked[x1:x1 + gutter])
        if not ahead.size:
            break
        x1 = x1 + int(ahead[-1]) + 1
    return x0, x1


def remove_black_rings(gray: np.ndarray, candidates) -> tuple[np.ndarray, list, list]:
    """The page with its black seals taken off where they do not cross printed lines (see the
    module's text), the rings found as ``(x, y, radius)`` and the boxes ``(left, top, right,
    bottom)`` of the printed lines that cross them. ``candidates`` are circles ``(x, y, r)`` of a
    seal's size on the page."""
    import cv2

    rings = _outermost([ring for ring in (black_ring(gray, *c) for c in candidates) if ring is not None])
    if not rings:
        return gray, [], []
    regions = []
    out = gray.copy()
    ink = gray < INK
    paper = 255
    height, width = gray.shape
    for x, y, radius, inner, outer in rings:
        pad = max(3.0, PAD * radius)
        edge = outer + pad
        reach = REACH * radius + LETTER_WIDTH * radius
        box = (max(0, int(x - edge - reach)), max(0, int(y - edge - LETTER[1] * radius)),
               min(width, int(x + edge + reach) + 1), min(height, int(y + edge + LETTER[1] * radius) + 1))
        lines = _line_rows(ink, x, y, radius, edge, box)
        x0, y0, x1, y1 = box
        rows = np.zeros(y1 - y0, bool)
        for top, bottom, *_rest in lines:
            rows[top:bottom] = True
        yy, xx = np.mgrid[y0:y1, x0:x1]
        dist = np.sqrt((xx - x) ** 2 + (yy - y) ** 2)
        band = (dist >= inner - pad) & (dist <= outer + pad)
        second = _inner_ring(ink, x, y, radius)
        if second is not None:  # the thin inner ring: the seal's letters lie between the two
            band |= np.abs(dist - second) <= max(2 * pad, 0.03 * radius)
        disc = dist <= edge
        window = out[y0:y1, x0:x1]
        window[band] = paper
        cut = cv2.dilate(band.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)  # beside the band
        left = (ink[y0:y1, x0:x1] & disc & ~band).astype(np.uint8)
        count, labels, stats, _c = cv2.connectedComponentsWithStats(left, connectivity=8)
        for k in range(1, count):
            bx, by, bw, bh, _area = (int(v) for v in stats[k])
            mask = labels[by:by + bh, bx:bx + bw] == k
            in_rows = rows[by:by + bh][:, None].repeat(bw, axis=1)
            share = in_rows[mask].mean()
            if share < IN_ROWS or bh > LETTER[1] * radius:  # print run into the seal's letters
                window[by:by + bh, bx:bx + bw][mask & ~in_rows] = paper
            elif not _keep(by, by + bh, lines) and not cut[by:by + bh, bx:bx + bw][mask].any():
                # the seal's letters between the line's (a letter the band cut lost its foot: it stays)
                window[by:by + bh, bx:bx + bw][mask] = paper
        left_ink = out < INK
        for top, bottom, _base, line_height, left, right in lines:
            pad_y = int(0.25 * line_height)
            a, b = max(0, y0 + top - pad_y), min(height, y0 + bottom + pad_y)
            left, right = min(x0 + left, int(x)), max(x0 + right, int(x))  # the line runs across the disc
            span = _extent(left_ink, y0 + top, y0 + bottom, left, right, line_height)
            regions.append((span[0], a, span[1], b))
    return out, [(x, y, radius) for x, y, radius, _i, _o in rings], regions
