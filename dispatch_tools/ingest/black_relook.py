"""A second look at the printed lines that a seal printed black crosses.

The engine reads the page with the seal on it. It may read the print through the seal well (the
title ``PHÓ GIÁM ĐỐC`` under the seal's letters), and it may drop the whole block as a picture
(``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH`` lost). Each printed line running across a black seal
(``black_lines`` of :func:`.image.black_seals`) is checked in that first reading: it is doubtful
when the words read surely in its box (holding a letter or a figure, confidence at least
:data:`SURE`) cover less than :data:`COVERED` of its width. The doubtful lines are cut from the
page without the seal (``black_page``), stacked on one sheet and read at once as a block of text:
one engine call on such a page, none on a page with no black seal or none doubtful. In a line's
box the second reading replaces the first when its sure words cover more of it.
"""

from __future__ import annotations

from .relook import Row, centre_inside, read_stacked, replace_read

SURE = 70.0  # a word's confidence: a surer word is read
COVERED = 0.7  # share of a line's width its sure words must cover for it to stand as read


def _sure_width(rows: list[Row]) -> float:
    return sum(r[3] for r in rows if r[5] >= SURE and any(ch.isalnum() for ch in r[0]))


def seal_relook(rows: list[Row], info: dict, options, read) -> list[Row]:
    """``rows`` (the page's words as ``run_tesseract`` gives them) with the doubtful lines across a
    black seal read again from the page without it (see the module's text)."""
    boxes = info.get("black_lines") or []
    page = info.get("black_page")
    if not boxes or page is None:
        return rows
    doubtful = [box for box in boxes
                if _sure_width([r for r in rows if centre_inside(r, box)]) < COVERED * (box[2] - box[0])]
    if not doubtful:
        return rows
    gap = max(20, max(box[3] - box[1] for box in doubtful))
    found = read_stacked(page, doubtful, options, read, gap)
    return replace_read(rows, doubtful, found, lambda new, old: _sure_width(new) > _sure_width(old))
