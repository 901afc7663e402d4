"""Print the engine left unread: lines whose last letters it dropped, and words it lost whole.

Tesseract's line recogniser now and then ends a line before its ink does, and says nothing of
it: the last figure of a year in a bold title (``NĂM 201`` for ``NĂM 2014``, ``năm 202`` for
``năm 2025``), read at a confidence of 96. The ink it left is still on the page, just right of
the line's last word, and no word's box covers it. Read again on its own, cut out with a margin,
the line comes back whole.

A piece of an engine line (split at wide gaps, as the two header columns are) has a **ragged
end** when, within :data:`REACH` line heights right of its last word, there is ink that no word
of the page covers, at least :data:`MIN_WIDTH` of the line's height wide and :data:`MIN_HEIGHT`
of it tall, in the band of the line (a speck, a full stop or a rule under the line is not), and the
piece's last word holds two letters or figures (the signs and lone letters a stamp, a seal or a
signature is read as are not a line of print). All such pieces of a page are cut out, stacked on
one sheet and read by one call of the engine (``--psm 6``, :func:`.relook.read_stacked`). The new reading replaces the piece's words only when
it holds them unchanged and adds to them (its letters, spaces aside, begin with the old ones and
go on with a letter or a figure): a word is never changed, only a lost end given back.

A word can be lost whole too: the last word of a long name the narrow header column wrapped onto
a line of its own (``BCH HỘI LHPN PHƯỜNG KINH`` / ``BẮC``), a distribution entry under the
others. Ink that no word covers (with a margin), merged into words, of the text's height and at
least :data:`LOST_WIDTH` line heights wide, outside every seal the page's preparation found, is
read in the same call; what is read there is added to the page only when it reads as print:
every word surely enough on average (:data:`LOST_SURE`), most of its words ones the language
model knows or abbreviations the corpus uses (:func:`.line_second.judged`), two letters at
least. A signature, a seal's ring or a stamp is read, if at all, as signs and unsure pieces, and
stays out. A page with more such pieces than :data:`MAX_PIECES` is left as read.
"""

from __future__ import annotations

import re
from statistics import median

import numpy as np
from PIL import Image

from ..options import Options
from .line_second import judged
from .relook import Row, centre_inside, engine_lines, line_pieces, read_stacked, rows_box

REACH = 1.2  # how far right of the last word (in line heights) lost ink is looked for
MIN_WIDTH = 0.25  # the lost ink's width, in line heights, for it to be a glyph rather than a speck
MIN_HEIGHT = 0.45  # its height, in line heights: a full stop or a rule under the line is lower
DARK = 128  # a pixel darker than this is ink
MAX_PIECES = 12  # per page: more is a page of ragged ink (a stamp, a photo's edge), not lost ends
LOST_WIDTH = 1.2  # the width of ink no word covers, in line heights, for it to be a word lost whole
LOST_SURE = 80.0  # the mean confidence of the words read there for them to be print
LOST_KNOWN = 0.6  # the share of those words the language model must know
_SPACES = re.compile(r"\s+")


def _word_boxes(rows: list[Row]) -> np.ndarray:
    """The words' boxes as rows of (left, top, right, bottom)."""
    return np.array([(r[1], r[2], r[1] + r[3], r[2] + r[4]) for r in rows], dtype=np.int64).reshape(-1, 4)


def _uncovered(ink: np.ndarray, boxes: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The ink of ``box`` (left, top, right, bottom) that no word's box (``boxes``, of
    :func:`_word_boxes`) covers."""
    left, top, right, bottom = box
    part = ink[top:bottom, left:right].copy()
    over = (boxes[:, 0] < right) & (boxes[:, 2] > left) & (boxes[:, 1] < bottom) & (boxes[:, 3] > top)
    for x0, y0, x1, y1 in boxes[over].tolist():
        part[max(y0, top) - top:min(y1, bottom) - top, max(x0, left) - left:min(x1, right) - left] = False
    return part


def _lost_end(ink: np.ndarray, boxes: np.ndarray, seg: list[Row]) -> int | None:
    """The right edge of ink lost after ``seg``'s last word, or None when it ends with its ink."""
    if sum(ch.isalnum() for ch in seg[-1][0]) < 2:  # a line of signs or a lone letter: a stamp's or a seal's
        return None
    left, top, right, bottom = rows_box(seg)
    height = median(r[4] for r in seg)
    reach = int(REACH * height)
    area = (right + 1, top, min(ink.shape[1], right + 1 + reach), bottom)
    if area[2] - area[0] < MIN_WIDTH * height:
        return None
    part = _uncovered(ink, boxes, area)
    columns = np.flatnonzero(part.any(axis=0))
    if columns.size == 0:
        return None
    glyph = part[:, columns[0]:columns[-1] + 1]
    rows_inked = np.flatnonzero(glyph.any(axis=1))
    if columns[-1] - columns[0] + 1 < MIN_WIDTH * height or rows_inked[-1] - rows_inked[0] + 1 < MIN_HEIGHT * height:
        return None
    return area[0] + int(columns[-1]) + 1


def ink_of(image: Image.Image) -> np.ndarray:
    """The page's ink: True where a pixel is darker than :data:`DARK`."""
    return np.asarray(image.convert("L")) < DARK


def ragged_pieces(image: Image.Image, rows: list[Row], ink: np.ndarray | None = None
                  ) -> list[tuple[tuple[int, int, int, int], list[Row]]]:
    """The pieces of lines whose end the engine dropped: (the region to read again, its words)."""
    if len(rows) < 3:
        return []
    ink = ink_of(image) if ink is None else ink
    word_h = median(r[4] for r in rows)
    pad_y, pad_x = int(0.3 * word_h), int(0.6 * word_h)
    boxes = _word_boxes(rows)
    out = []
    for words in engine_lines(rows).values():
        for seg in line_pieces(words, 1.5 * word_h):
            end = _lost_end(ink, boxes, seg)
            if end is None:
                continue
            left, top, _right, bottom = rows_box(seg)
            out.append(((max(0, left - pad_x), max(0, top - pad_y),
                         min(image.width, end + pad_x), min(image.height, bottom + pad_y)), seg))
    return out if len(out) <= MAX_PIECES else []


def lost_words(image: Image.Image, rows: list[Row], seals=(), ink: np.ndarray | None = None
               ) -> list[tuple[int, int, int, int]]:
    """Regions (left, top, right, bottom) of ink no word covers that has a word's size and shape
    (looked for at half the page's resolution, which is plenty for a word's size)."""
    import cv2

    if len(rows) < 3:
        return []
    h = median(r[4] for r in rows) / 2
    small = (ink_of(image) if ink is None else ink)[::2, ::2].astype(np.uint8)
    m = 0.15 * h
    for r in rows:
        small[max(0, int((r[2] / 2) - m)):int((r[2] + r[4]) / 2 + m) + 1,
              max(0, int((r[1] / 2) - m)):int((r[1] + r[3]) / 2 + m) + 1] = 0
    merged = cv2.dilate(small, np.ones((max(1, int(0.1 * h)), max(1, int(0.6 * h))), np.uint8))
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(merged, connectivity=8)
    pad = int(0.8 * h)
    out = []
    for x, y, w, height, _area in stats[1:count]:
        if not (0.6 * h <= height <= 1.8 * h and w >= LOST_WIDTH * h
                and small[y:y + height, x:x + w].sum() >= 0.04 * w * height):
            continue
        x, y, w, height = 2 * int(x), 2 * int(y), 2 * int(w), 2 * int(height)
        if any(x + w > x0 and x < x1 and y + height > y0 and y < y1 for x0, y0, x1, y1 in seals):
            continue
        out.append((max(0, x - pad), max(0, y - pad), min(image.width, x + w + pad), min(image.height, y + height + pad)))
    return out


def _print(words: list[Row]) -> bool:
    """Do the words read in ink no word covered read as print?"""
    if not words or sum(ch.isalpha() for r in words for ch in r[0]) < 2:
        return False
    if sum(r[5] for r in words) / len(words) < LOST_SURE:
        return False
    return sum(judged(r[0].strip(".,;:()“”\"'")) for r in words) >= LOST_KNOWN * len(words)


def _letters(words: list[Row]) -> str:
    return _SPACES.sub("", "".join(r[0] for r in sorted(words, key=lambda r: r[1])))


def _gives_back(new: list[Row], old: list[Row]) -> bool:
    """Does the new reading hold the old words unchanged and go on with a letter or a figure?"""
    before, after = _letters(old), _letters(new)
    return len(after) > len(before) and after.startswith(before) and any(ch.isalnum() for ch in after[len(before):])


def mend_line_ends(image: Image.Image, rows: list[Row], options: Options, read, seals=()) -> list[Row]:
    """``rows`` with each line whose end the engine dropped given back its end, and the words it
    lost whole added (``seals``: boxes of the seals found on the page, where no word is looked for)."""
    if len(rows) < 3:
        return rows
    ink = ink_of(image)
    pieces = ragged_pieces(image, rows, ink)
    lost = [box for box in lost_words(image, rows, seals, ink)
            if not any(box[2] > r[0] and box[0] < r[2] and box[3] > r[1] and box[1] < r[3] for r, _seg in pieces)]
    if len(lost) > MAX_PIECES:
        lost = []
    if not pieces and not lost:
        return rows
    word_h = median(r[4] for r in rows)
    regions = [region for region, _seg in pieces] + lost
    found = read_stacked(image, regions, options, read, int(2 * word_h))
    block = max(r[6] for r in rows) + 1
    for k, (region, new) in enumerate(zip(regions, found)):
        new = sorted((r for r in new if centre_inside(r, region)), key=lambda r: r[1])
        if k >= len(pieces):  # a word lost whole: a block of its own
            if _print(new):
                rows = rows + [r[:6] + [block, 1, 1] for r in new]
                block += 1
            continue
        seg = pieces[k][1]
        if not _gives_back(new, seg):
            continue
        keys = seg[0][6:9]
        olds = {id(r) for r in seg}
        rows = [r for r in rows if id(r) not in olds] + [r[:6] + list(keys) for r in new]
    return rows
