"""Where the hand-filled (or typed-in) number and day of a header are: the box between ``Số:``
and the symbol's ``/``, and between ``ngày`` and ``tháng``, found from the printed words around
it on page 1, with the printed month, year and symbol beside it and what the page OCR read inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from ..model import BBox, Word
from .box_digits import _digit_lookalikes

_SO = re.compile(r"^S[ốôoóồổ6ỏọỐÔOÓỒỔỎỌ]\w?\s*:?(?P<rest>.*)$")  # the header's ``Số:`` (a capital S)
_NGAY = re.compile(r"^ng[àaáạ]\w?(?P<rest>.*)$", re.IGNORECASE)  # ``ngày``, also misread (``ngàW/†``)
_THANG = re.compile(r"th[áa]ng[,.]?$", re.IGNORECASE)
TOP = 0.45  # the header's number and date lines are in this upper share of page 1
SURE = 85.0  # the page OCR read typed digits at least this surely
PRINTED = re.compile(r"\d{1,6}(?:-[^\W\d_]+)+")
CODE = re.compile(r"\d{1,6}(?:-[A-ZĐ][A-Za-zĐđ]{1,7})+")  # a printed number with a code part (``1690-CV``)
MAX_GAP = 14.0  # word heights between ``Số:`` and the symbol
# the widest a printed cue is, in heights of its word's box: ``Số:`` 1.24-1.37 and ``ngày`` 2.04-2.19
# on the scans read cleanly; the engine stretches a cue's box over hand-writing glued to it
CUE_WIDTH = {"number": 1.5, "date": 2.3}


def _cue_width(word: Word) -> float:
    """The widest the printed cue of ``word`` is, in its heights (:data:`CUE_WIDTH`; three for
    another word)."""
    text = word.text.strip()
    return CUE_WIDTH["number"] if _SO.match(text) else CUE_WIDTH["date"] if _NGAY.match(text) else 3.0


def _end(word: Word) -> float:
    """Where a cue word (``Số:``, ``ngày``) ends: its box, unless the engine stretched it over the
    hand-writing after it (``Số:11`` read as ``Số:`` over both): a cue is no wider than
    :func:`_cue_width`."""
    return min(word.bbox.x1, word.bbox.x0 + _cue_width(word) * max(word.bbox.height, 1.0))


def _row(words: list[Word], anchor: Word, side: int = 1) -> list[int]:
    """Indices of the words on the anchor's visual row, nearest first: right of it (``side`` 1)
    or left of it (-1)."""
    h = max(anchor.bbox.height, 1.0)
    cy = (anchor.bbox.y0 + anchor.bbox.y1) / 2

    def beyond(b: BBox) -> bool:
        return b.x0 >= _end(anchor) - 0.2 * h if side > 0 else b.x1 <= anchor.bbox.x0 + 0.2 * h

    return sorted((i for i, w in enumerate(words)
                   if w.bbox is not None and abs((w.bbox.y0 + w.bbox.y1) / 2 - cy) < 0.6 * h
                   and beyond(w.bbox) and w is not anchor),
                  key=lambda i: words[i].bbox.x0 if side > 0 else -words[i].bbox.x1)


def _fill(words: list[Word], start: Word, stop_at: Callable[[Word], int | None]
          ) -> tuple[list[int], int | None, int | None]:
    """(indices of the words in the box, index of the closing word, where its own text starts)."""
    h = max(start.bbox.height, 1.0)
    inside = []
    for i in _row(words, start):
        w = words[i]
        if w.bbox.x0 - _end(start) > MAX_GAP * h:
            break
        cut = stop_at(w)
        if cut is not None:
            return inside, i, cut
        inside.append(i)
    return inside, None, None


def _thang_at(word: Word) -> int | None:
    """Where ``tháng`` starts in a word (ink residue may be glued before it: ``{tháng``)."""
    m = _THANG.search(word.text.strip())
    return m.start() if m else None


_SYMBOL_SLASH = re.compile(r"/(?!\d)|/(?:19|20)\d\d/")  # the symbol's slash: not before a digit, but a year's


def _symbol_at(word: Word) -> int | None:
    """Where the symbol starts in a word: its slash, before a letter (or a sign the box's ink
    left, ``/(QĐ-UBND``) or a year (``/2024/QĐ-UBND``); a slash before other digits is a stroke
    of the hand-written number the engine read as one (``4/35`` for ``1595``)."""
    m = _SYMBOL_SLASH.search(word.text)
    return m.start() if m else None


_BRACKETED = re.compile(r"[(\[{|](?=[A-ZĐÐ][A-ZĐÐa-zđ]*(?:-[A-ZĐÐ][A-ZĐÐa-zđ0-9]*)+$)")


def _bracketed_symbol_at(word: Word) -> int | None:
    """Where a symbol whose slash the engine read as a bracket starts (``(QĐ-UBND`` for
    ``/QĐ-UBND`` on a low-resolution page): a bracket, then capitals and a dash, nothing else."""
    m = _BRACKETED.match(word.text.strip())
    return word.text.index(m.group(0)) if m else None


def _after_place(words: list[Word], word: Word) -> bool:
    """Does the place's comma come just before ``word`` (``Quảng Ngãi, ngày``)? Only the header's
    date line has it; a date cited in the text (``Chỉ thị số 11/CT-TTg ngày 16 tháng 4``) has not."""
    left = _row(words, word, -1)
    if not left:
        return False
    before = words[left[0]]
    return before.text.rstrip().endswith(",") and word.bbox.x0 - before.bbox.x1 < 3 * max(word.bbox.height, 1.0)


def _cited(words: list[Word], word: Word) -> bool:
    """Does a word of text come just before ``word`` on its row (``Kế hoạch SỐ 1231 /KH-UBND``)?
    The header's ``Số:`` opens its line; a number cited in the text has words before it."""
    left = _row(words, word, -1)
    if not left:
        return False
    before = words[left[0]]
    letters = sum(ch.isalpha() for ch in before.text)
    return letters >= 2 and word.bbox.x0 - before.bbox.x1 < 3 * max(word.bbox.height, 1.0)


def find_boxes(words: list[Word], page_height: float) -> list[dict]:
    """The number and day boxes of a header: field, opening word, box words, closing word."""
    out = []
    top = TOP * page_height
    order = sorted((i for i, w in enumerate(words) if w.bbox is not None), key=lambda i: words[i].bbox.y0)
    for i in order:
        w = words[i]
        if w.bbox is None or w.bbox.y0 > top:
            continue
        text = w.text.strip()
        if (m := _SO.match(text)) and not _cited(words, w) and not any(b["field"] == "number" for b in out):
            inside, close, cut = _fill(words, w, _symbol_at)
            if close is None:  # no slash before a letter or a year: the first slash of all
                inside, close, cut = _fill(words, w, lambda x: x.text.find("/") if "/" in x.text else None)
            if close is None:  # no slash at all: a symbol whose slash was read as a bracket
                inside, close, cut = _fill(words, w, _bracketed_symbol_at)
            if close is not None:
                out.append({"field": "number", "open": i, "rest": m.group("rest"), "inside": inside,
                            "close": close, "cut": cut})
        elif (m := _NGAY.match(text)) and _after_place(words, w) and not any(b["field"] == "date" for b in out):
            inside, close, cut = _fill(words, w, _thang_at)
            glued = _thang_at(w)
            if glued is not None and glued > m.start("rest"):
                inside, close, cut = [], i, glued  # ``ngày2tháng``: the box is inside one word
            if close is not None:
                out.append({"field": "date", "open": i, "rest": m.group("rest"),
                            "inside": inside, "close": close, "cut": cut})
    return out


def _box_bbox(words: list[Word], box: dict) -> BBox:
    a, b = words[box["open"]].bbox, words[box["close"]].bbox
    h = max(a.height, b.height)
    x0 = _end(words[box["open"]]) if not box["rest"] else a.x0 + min(a.width * 0.45, 1.5 * a.height)
    close = words[box["close"]]
    x1 = b.x0 + b.width * box["cut"] / max(len(close.text), 1)
    return BBox(x0, min(a.y0, b.y0) - 0.7 * h, max(x1, x0 + h), max(a.y1, b.y1) + 0.5 * h)


def _shown(box: BBox) -> BBox:
    """The part of the page shown to a person for a box: wider on both sides (hand-writing runs
    over the printed ``/`` or ``tháng`` that closes the box), the printed words around it help."""
    h = box.height / 2.2  # the printed words' height (:func:`_box_bbox`)
    return BBox(box.x0 - 0.5 * h, box.y0, box.x1 + 0.8 * h, box.y1)


def _row_bbox(words: list[Word], box: dict) -> BBox:
    """The header row around a box, as the second recogniser reads it: ``Số: … /SYMBOL``, or the
    place, ``ngày … tháng M năm Y``."""
    picked = [box["open"], *box["inside"], box["close"]]
    if box["field"] == "date":
        ends = {-1: words[box["open"]], 1: words[box["close"]]}
        for side in (-1, 1):  # the words joined to the row on either side (place; month and year)
            edge = ends[side]
            row = _row(words, edge, side)
            for i in row[:6]:
                w, h = words[i], max(edge.bbox.height, 1.0)
                gap = (edge.bbox.x0 - w.bbox.x1) if side < 0 else (w.bbox.x0 - edge.bbox.x1)
                if gap > 3 * h:
                    break
                picked.append(i)
                edge = w
    chosen = [words[i].bbox for i in picked]
    h = float(np.median([b.height for b in chosen]))
    return BBox(min(b.x0 for b in chosen) - 0.7 * h, min(b.y0 for b in chosen) - 0.6 * h,
                max(b.x1 for b in chosen) + 0.7 * h, max(b.y1 for b in chosen) + 0.6 * h)


def _month_year(words: list[Word], box: dict) -> tuple[str | None, str | None]:
    """The printed month and year after ``tháng``: the words on its row, and any word between
    ``tháng`` and the year that overlaps ``tháng`` in height (a speck glued to the month moves its
    box off the row, or ``tháng``'s box is stretched over it)."""
    close = words[box["close"]]
    row = _row(words, close)[:4]
    year_at = next((i for i in row if len(re.sub(r"\D", "", words[i].text)) == 4), None)
    end = words[year_at].bbox.x0 if year_at is not None else close.bbox.x1 + 4 * max(close.bbox.height, 1.0)
    between = [i for i, w in enumerate(words) if w.bbox is not None and i not in row and i != box["close"]
               and close.bbox.x0 + 0.5 * close.bbox.width < w.bbox.x0 < end
               and min(w.bbox.y1, close.bbox.y1) - max(w.bbox.y0, close.bbox.y0) > 0.5 * min(w.bbox.height, close.bbox.height)]
    ordered = sorted(set(row) | set(between), key=lambda i: words[i].bbox.x0)
    digits = [d for d in (re.sub(r"\D", "", _digit_lookalikes(words[i].text)) for i in ordered) if d]
    month = next((d for d in digits if len(d) <= 2), None)
    month = month if month and 1 <= int(month) <= 12 else None
    return month, next((d for d in digits if len(d) == 4), None)


def _digit_span(words: list[Word], box: dict) -> tuple[float, float, Word]:
    """Where the page OCR's digits of a box are: their columns and the word holding them (a word
    of their own, or the part of the cue or the symbol word they are glued to)."""
    if box["inside"]:
        inside = [words[i] for i in box["inside"]]
        return min(w.bbox.x0 for w in inside), max(w.bbox.x1 for w in inside), inside[0]
    if box["open"] == box["close"]:  # ``ngày2tháng``: the digits' share of the word
        word, size = words[box["open"]], max(len(words[box["open"]].text), 1)
        at = word.bbox.width * (len(word.text) - len(box["rest"])) / size
        return word.bbox.x0 + at, word.bbox.x0 + word.bbox.width * box["cut"] / size, word
    if box["rest"]:
        opener = words[box["open"]]
        share = len(box["rest"]) / max(len(opener.text), 1)
        return opener.bbox.x1 - share * opener.bbox.width, opener.bbox.x1, opener
    close = words[box["close"]]
    return close.bbox.x0, close.bbox.x0 + close.bbox.width * box["cut"] / max(len(close.text), 1), close


def _beside(words: list[Word], box: dict) -> list[tuple[float, float, Word]]:
    """The printed words just before and after a box (the cue, ``tháng`` or the symbol), as
    columns of the words (the part of a word the box's digits are not glued to)."""
    opener, close = words[box["open"]], words[box["close"]]
    h = max(opener.bbox.height, 1.0)
    spans = [(opener.bbox.x0, min(opener.bbox.x1, opener.bbox.x0 + (1.2 if box["rest"] else 3.0) * h), opener)]
    start = close.bbox.x0 + close.bbox.width * box["cut"] / max(len(close.text), 1)
    if close.bbox.x1 - start > 0.5 * h:
        spans.append((start, close.bbox.x1, close))
    return spans


def clean_symbol(text: str) -> str:
    """The printed symbol after the number's box (``/UBND-KTTH``) without what the box's ink left
    before its first letter (``/(QĐ-UBND``), and with the Icelandic ``Ð`` the engine reads for
    ``Đ`` (never a Vietnamese letter)."""
    if _BRACKETED.match(text):  # its slash read as a bracket (``(QĐ-UBND``)
        text = "/" + text[1:]
    match = re.match(r"^(?P<slash>/?)[^\w/]*(?P<rest>.*)$", text)
    return (match.group("slash") + match.group("rest")).replace("Ð", "Đ")


def page_reading(words: list[Word], box: dict) -> tuple[str, float]:
    """What the page OCR read in a box, and its lowest confidence."""
    close = words[box["close"]]
    if box["open"] == box["close"]:  # ``ngày2tháng`` read as one word
        read = re.sub(r"^\W+", "", box["rest"])[:box["cut"] - (len(close.text) - len(box["rest"]))]
        return read, close.conf or 0
    read = "".join(words[i].text for i in box["inside"])
    read += re.sub(r"^\W+", "", box["rest"]) + close.text[:box["cut"]]
    return read, min((words[i].conf or 0 for i in box["inside"]), default=close.conf or 0)


def _printed_number(words: list[Word], box: dict) -> bool:
    """A printed number with its own symbol part (``1690-CV/…``) read surely, or digits a text
    layer holds: not a box to read."""
    close = words[box["close"]]
    page_read, page_conf = page_reading(words, box)
    if (PRINTED.fullmatch(page_read) and page_conf >= SURE) or CODE.fullmatch(page_read):
        return True  # a code part after the digits is printed, never written in by hand
    # a text layer's own digits there (words with no OCR confidence) are exact: nothing to read
    layer = [words[i] for i in box["inside"]] + ([close] if box["cut"] else [])
    return any(ch.isdigit() for ch in page_read) and bool(layer) and all(w.conf is None for w in layer)

