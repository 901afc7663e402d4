"""A numbered note typed beside the header (by the receiving office, in a smaller font) kept apart.

An office that receives a dispatch may type its own numbered note to the right of the subject
(``1. Cô Hương gửi văn bản …``, ``2. Phòng CTSV phối hợp …``) before it scans the page. The
engine runs each line of the subject into the note's line beside it, across a gap narrower than
the one that parts a header's two columns, and the subject's lines after the first are lost in
the note's words.

Such a note is found by its items: at least :data:`MIN_ITEMS` list numbers (``1.``, ``2)``)
counting up (one the engine misread may be missing), each opening an OCR'd row or the rest of one
after a gap (not after ``Điều``, ``Khoản``, ``Mục`` …, whose number it is), one at least with words of the row before it that do not introduce it (a list after
``Kính gửi:`` is the page's own), on rows of the upper page, all starting
at one left edge (within half a line's height), typed smaller than the words before it on their
rows (:func:`_smaller`). Every row from the first item to the
last is cut at that edge into the part before it and the note's part: the reading order then
keeps them apart as the two columns of the header, and the subject reads on in its own column.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Word

MIN_ITEMS = 2
ALIGN = 0.5  # of the text's height: how far the items' left edges may stray from one another
GAP = 0.2  # of the text's height: the least gap before an item (a space between words is 0.3-0.4)
SMALLER = 0.85  # a note's width per letter, of the row's words before it, at most
UNSURE = 50.0  # a letter or two alone read less surely than this beside the note is a stroke
SPECK = 0.35  # of the text's height: ink under it beside the note's words is specks
UPPER = 0.4  # of the page's text height: the note stands beside the header, in its upper part
_ITEM = re.compile(r"^\(?(\d{1,2})[.)]$")
# a word whose number follows it: "Điều | 1. Quyết định này …" is an article's number, no note's item
_NUMBERED_PART = re.compile(r"^(?:Điều|Khoản|Mục|Chương|Phần|Điểm|Bước)$", re.IGNORECASE)


def _items(rows: list, h: float, limit: float) -> list[tuple[int, float, int, bool]]:
    """(row, left edge, number, words before it) of each list number opening a row or the rest
    of a row after a gap."""
    out = []
    for r, row in enumerate(rows):
        if row.bbox.y0 > limit:
            break
        words = row.words
        for k, word in enumerate(words):
            m = _ITEM.match(word.text.strip())
            if m and k > 0 and _NUMBERED_PART.match(words[k - 1].text.strip()):
                break  # the number of the article, clause or part the word before it names
            if m and (k == 0 or word.bbox.x0 - words[k - 1].bbox.x1 > GAP * h):
                # a list its row's words introduce (``Kính gửi: 1. Sở Nội vụ;``) is the page's own
                out.append((r, word.bbox.x0, int(m.group(1)), k > 0 and not words[k - 1].text.endswith(":")))
                break
    return out


def note_edge(rows: list, h: float) -> tuple[float, int, int] | None:
    """(left edge, first row, last row) of a numbered note typed beside the header, or None: its
    items count up (an item the engine misread may be missing) and one at least has words of the
    row before it."""
    if not rows:
        return None
    top, bottom = min(r.bbox.y0 for r in rows), max(r.bbox.y1 for r in rows)
    items = _items(rows, h, top + UPPER * (bottom - top))
    for k, (row, edge, number, _) in enumerate(items):
        run = [items[k]]
        for other in items[k + 1:]:
            if abs(other[1] - edge) <= ALIGN * h and other[2] > run[-1][2]:
                run.append(other)
        if len(run) >= MIN_ITEMS and any(beside for *_, beside in run):
            edge = min(item[1] for item in run) - ALIGN * h
            if _smaller([rows[r] for r, *_, beside in run if beside], edge):
                return edge, run[0][0], run[-1][0]
    return None


def _pitch(words: list[Word]) -> float:
    """Width per letter or space of a run of words (a font's size, whatever its letters' height)."""
    text = " ".join(w.text for w in words)
    return (words[-1].bbox.x1 - words[0].bbox.x0) / max(len(text), 1)


def _smaller(rows: list, edge: float) -> bool:
    """Is the part of these rows from ``edge`` on typed smaller than the part before it? A note
    is typed in a smaller font than the page (a width per letter of 0.70 of the subject's on a
    development scan); a list of the page's own (``Điều 3.`` over ``1.``, ``2.`` indented alike)
    is not."""
    left, right = [], []
    for row in rows:
        words = row.words
        before = [w for w in words if w.bbox.x0 < edge]
        after = [w for w in words if w.bbox.x0 >= edge]
        if before and after:
            left.append(_pitch(before))
            right.append(_pitch(after))
    return bool(left) and sum(right) < SMALLER * sum(left)


def split_side_note(rows: list, h: float, cut: Callable[[list[list[Word]]], object]
                    ) -> tuple[list, float | None, set[int]]:
    """The rows (:class:`.layout.Row`) with those beside a numbered note (:func:`note_edge`) cut
    at its left edge into two parts, the row's own words and the note's (a row made by ``cut``
    from the words of each part); the edge; and the rows
    of the note (from its first item to the last row after it that starts at the edge), whose
    sides :func:`sides` gives. Ink far under the text's height left of the edge on a row of the
    note (``2 ĐÀ`` read in specks between two lines), or nothing but a letter or two read unsurely
    there, is no word of either column: a line of the subject beside the note holds words."""
    found = note_edge(rows, h)
    if found is None:
        return rows, None, set()
    edge, first, last = found
    while last + 1 < len(rows) and min(w.bbox.x0 for s in rows[last + 1].segments for w in s.words) >= edge:
        last += 1
    out = list(rows)
    for r in range(first, last + 1):
        words = rows[r].words
        right = [w for w in words if w.bbox.x0 >= edge]
        left = [w for w in words if w.bbox.x0 < edge and not (right and w.bbox.height < SPECK * h)]
        if right and all(len(w.text.strip()) <= 2 and (w.conf or 0) < UNSURE for w in left):
            left = []  # a stroke between two lines read as a letter or two (``sư`` at 0, ``cv`` at 42)
        out[r] = cut([ws for ws in (left, right) if ws])
    return out, edge, set(range(first, last + 1))


def sides(row, edge: float) -> list[str]:
    """The side of each segment of a row of the note: its own words left, the note's right."""
    return ["right" if seg.bbox.x0 >= edge else "left" for seg in row.segments]
