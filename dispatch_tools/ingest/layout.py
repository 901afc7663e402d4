"""Reading order from word boxes, keeping the two header and foot columns apart.

An official dispatch has a two-column header (issuing body, number and subject on the left;
national title, motto, place and date on the right) and a two-column foot (Nơi nhận on the left,
the signature on the right). An OCR engine or a PDF text layer may put a left and a right piece on
one visual line. Here words are grouped into visual rows, rows are cut at wide gaps into segments,
and runs of rows whose segments sit in the left or right half of the page (with at least one row
holding both) become a column block: its left segments are emitted first, then its right ones.
Full-width rows (the body) are emitted in order. Wide vertical gaps become blank lines.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import BBox, Line, Word
from .side_note import sides as note_sides
from .side_note import split_side_note


@dataclass
class Segment:
    words: list[Word]
    bbox: BBox
    group: tuple = ()  # engine grouping key (block, paragraph, line) where known

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Row:
    segments: list[Segment] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        """The row's words, left to right."""
        return sorted((w for s in self.segments for w in s.words), key=lambda w: w.bbox.x0)

    @property
    def bbox(self) -> BBox:
        box = self.segments[0].bbox
        for s in self.segments[1:]:
            box = box.union(s.bbox)
        return box


def _median(values: Iterable[float], default: float) -> float:
    values = list(values)
    return statistics.median(values) if values else default


def group_rows(words: list[Word], keys: list[tuple] | None = None) -> list[Row]:
    """Group words into visual rows (by vertical overlap), each row sorted left to right.

    ``keys`` (one per word) are the engine's own line identities; words of one engine line always
    stay in one row, and a row never mixes words whose centres are far apart vertically.
    """
    if not words:
        return []
    keys = keys or [()] * len(words)
    # Start from engine lines when given, else single words.
    units: dict[tuple, list[Word]] = {}
    for i, (w, k) in enumerate(zip(words, keys)):
        units.setdefault(k if k else (i,), []).append(w)
    pieces = []
    for k, ws in units.items():
        box = ws[0].bbox
        for w in ws[1:]:
            box = box.union(w.bbox)
        pieces.append((box, k, sorted(ws, key=lambda w: w.bbox.x0)))
    pieces.sort(key=lambda p: (p[0].y0 + p[0].y1) / 2)

    rows: list[list[tuple]] = []
    for piece in pieces:
        box = piece[0]
        cy = (box.y0 + box.y1) / 2
        placed = False
        for row in reversed(rows[-3:]):
            rbox = row[0][0]
            for p in row[1:]:
                rbox = rbox.union(p[0])
            overlap = min(rbox.y1, box.y1) - max(rbox.y0, box.y0)
            # Pieces of one visual row sit side by side: one that overlaps a piece of the row
            # horizontally is on the next line (tall capitals with marks make lines overlap).
            beside = all(box.x0 >= p[0].x1 or box.x1 <= p[0].x0 for p in row)
            if beside and overlap > 0.5 * min(rbox.height, box.height) and rbox.y0 <= cy <= rbox.y1:
                row.append(piece)
                placed = True
                break
        if not placed:
            rows.append([piece])

    out = []
    for row in rows:
        segments = [Segment(ws, box, k) for box, k, ws in sorted(row, key=lambda p: p[0].x0)]
        out.append(Row(segments))
    return out


def _row_of(parts: list[list[Word]]) -> Row:
    """A row of one segment for each run of words."""
    segments = []
    for ws in parts:
        box = ws[0].bbox
        for w in ws[1:]:
            box = box.union(w.bbox)
        segments.append(Segment(ws, box))
    return Row(segments)


def split_gaps(row: Row, gap: float) -> Row:
    """Cut each segment of a row where two neighbouring words are more than ``gap`` apart."""
    words = row.words
    segments, current = [], [words[0]]
    for prev, w in zip(words, words[1:]):
        if w.bbox.x0 - prev.bbox.x1 > gap:
            segments.append(current)
            current = []
        current.append(w)
    segments.append(current)
    return _row_of(segments)


LONE_SIGNS = set("-–—_ˆ`~¨´˜")  # signs a speck is read as, alone: a mark stands on its letter
LOW_QUOTES = set("„‚")  # quotes Vietnamese print never uses: alone, a speck at the foot of a line
NO_SIGN = 20.0  # a lone sign read less surely than this is the engine's guess at a speck
TWICE_UNSURE = 50.0  # a small word over a surely read one, read less surely than this, is its marks read twice
SURE_PRINT = 90.0  # a word of the text's height read this surely is print, whatever else its row holds


def _speck_word(word: Word, h: float) -> bool:
    """A "word" with letters or digits but a fraction of the text's height, read without
    confidence, is a speck or a rule (``cà`` for a 4-pixel dash of dust); so is a dash or a lone
    mark a fifth of the text's height long and high, however surely read (``KẾ HOẠCH - ˆ``: a
    printed dash is longer), and a flat one up to half the text's height long that the engine read
    with next to no confidence (``bổ sung - nội dung``: a scratch of toner; printed dashes, also
    those of a list, are read at 40 and more). A low quote (``„``), which Vietnamese print never
    uses, under half the text's height is a speck at the foot of a line however surely read
    (``ỦY BAN NHÂN DÂN „``). Other punctuation (full stops, commas) is small by nature and stays."""
    box = word.bbox
    if word.text.strip() and set(word.text.strip()) <= LOW_QUOTES and box.height < 0.5 * h:
        return True
    if word.text.strip() in LONE_SIGNS and box.height < 0.2 * h:
        unsure = word.conf is not None and 0 <= word.conf < NO_SIGN
        if box.width < (0.5 if unsure else 0.2) * h:
            return True
    return (box.height < 0.3 * h and any(ch.isalnum() for ch in word.text)
            and (word.conf is None or 0 <= word.conf < 60))


def _not_read_twice(kept: list[tuple[Word, tuple]], h: float) -> list[tuple[Word, tuple]]:
    """Without the words that are another word's marks read a second time: under half the text's
    height, read unsurely (under :data:`TWICE_UNSURE`) and lying by half their area or more over a
    word of the text's height read more surely (``Zatt`` read at 35 over the ``ố`` of ``thuốc"``:
    a line of its own that broke a subject in two)."""
    small = [k for k, (w, _key) in enumerate(kept)
             if w.bbox.height < 0.5 * h and w.conf is not None and 0 <= w.conf < TWICE_UNSURE]
    if not small:
        return kept
    drop = set()
    for k in small:
        box = kept[k][0].bbox
        area = max(box.width * box.height, 1.0)
        for j, (other, _key) in enumerate(kept):
            if j == k or other.conf is None or other.conf <= kept[k][0].conf or other.bbox.height < 0.67 * h:
                continue
            o = other.bbox
            dx, dy = min(box.x1, o.x1) - max(box.x0, o.x0), min(box.y1, o.y1) - max(box.y0, o.y0)
            if dx > 0 and dy > 0 and dx * dy >= 0.5 * area:
                drop.add(k)
                break
    return [pair for k, pair in enumerate(kept) if k not in drop]


def _ink_soup(seg: Segment, h: float) -> bool:
    """A segment the engine made of ink that is not print (a seal's show-through, a scribble):
    small marks read as ``À .ˆ^A r$ .^A`` with no two letters in a row anywhere, no more letters
    than other signs, under two thirds of the text's height and read unsurely. A word of two figures
    or letters of the text's height read surely (``2020`` after a speck read ``:``) is print."""
    if any(w.conf is not None and w.conf >= SURE_PRINT and w.bbox.height >= 0.67 * h
           and sum(ch.isalnum() for ch in w.text) >= 2 for w in seg.words):
        return False
    chars = [ch for ch in seg.text if not ch.isspace()]
    letters = sum(unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lo") for ch in chars)  # not ``ˆ``
    if not chars or re.search(r"[^\W\d_]{2}", seg.text) or letters > len(chars) / 2:
        return False
    confs = [w.conf for w in seg.words if w.conf is not None and w.conf >= 0]
    return (_median((w.bbox.height for w in seg.words), h) < 0.67 * h
            and bool(confs) and sum(confs) / len(confs) < 80)


def _below_or_above(word: Word, seg: Segment, h: float) -> bool:
    """Is ``word`` a letter or two of a fraction of the text's height lying wholly below or above
    its neighbours on the line (the two words either side, by the middle of their tops and
    bottoms)? Ink between two lines the engine took into one (``Thông I báo``: a speck under the
    line read as ``I``); a letter of the line always reaches into its neighbours' height."""
    text = word.text.strip()
    if not (1 <= len(text) <= 2 and text.isalnum() and word.bbox.height < 0.7 * h):
        return False
    others = sorted((w for w in seg.words if w is not word), key=lambda w: abs(w.bbox.x0 - word.bbox.x0))[:4]
    if len(others) < 3:
        return False
    top = statistics.median(w.bbox.y0 for w in others)
    bottom = statistics.median(w.bbox.y1 for w in others)
    return word.bbox.y0 >= bottom or word.bbox.y1 <= top


def _off_the_line(seg: Segment, h: float) -> Segment:
    """The segment without the specks lying below or above its line (:func:`_below_or_above`)."""
    kept = [w for w in seg.words if not _below_or_above(w, seg, h)]
    if not kept or len(kept) == len(seg.words):
        return seg
    box = kept[0].bbox
    for w in kept[1:]:
        box = box.union(w.bbox)
    return Segment(kept, box, seg.group)


def _drop_specks(row: Row, h: float) -> Row | None:
    """Segments with no letter or digit beside others (a rule, a speck read as ``_`` or ``'``) are
    dropped, so that they do not split a two-column row into three; segments of ink soup
    (:func:`_ink_soup`) are dropped, and a row of nothing else (None)."""
    if _ink_soup(Segment([w for s in row.segments for w in s.words], row.bbox), h):
        return None
    segments = [_off_the_line(s, h) for s in row.segments if not _ink_soup(s, h)]
    if not segments:
        return None
    if len(segments) < 2:
        return Row(segments)
    kept = [s for s in segments if any(ch.isalnum() for ch in s.text)]
    return Row(kept) if kept else Row(segments)


def _centred(box: BBox, margin: float, right: float, width: float) -> bool:
    """Set in from the margin and centred on the text area, like a line of a title."""
    return box.x0 > margin + 0.05 * width and abs(box.cx - (margin + right) / 2) < 0.04 * width


def _hanging(box: BBox, previous: Line, margin: float, width: float) -> bool:
    """The line goes on under the text after a label (``Kính gửi: Công ty …`` / ``(Việt Nam)``),
    or under an indented line that has not ended its sentence, at the same indent."""
    near = 0.012 * width
    words = previous.words or []
    for a, b in zip(words, words[1:]):
        if a.text.endswith(":") and a.bbox and b.bbox and abs(b.bbox.x0 - box.x0) < near:
            return True
    prev = previous.bbox
    return (prev.x0 > margin + 0.025 * width and abs(prev.x0 - box.x0) < near
            and not previous.text.rstrip().endswith((".", ";", ":", "!", "?")))


def _starts_paragraph(box: BBox, previous: Line, margin: float, right: float, width: float) -> bool:
    """An indented line after one that ended a sentence or stopped short of the right margin
    (the last line of a justified paragraph) opens a new paragraph; the lines of a centred
    title go on one after another."""
    if previous.bbox is None or box.x0 <= margin + 0.025 * width:
        return False
    if _centred(box, margin, right, width) and _centred(previous.bbox, margin, right, width):
        return False
    if _hanging(box, previous, margin, width):
        return False
    ended = previous.text.rstrip().endswith((".", ";", ":", "!", "?"))
    return ended or previous.bbox.x1 < right - 0.08 * width


def _merge_one_sided(row: Row, left: float, right: float) -> Row:
    """Pieces of a row that all lie in one half of the text area belong to one column line
    (the engine may cut a line of the Nơi nhận list at a wide space): join them."""
    if len(row.segments) < 2:
        return row
    mid = (left + right) / 2
    slack = 0.05 * (right - left)
    if all(s.bbox.x1 < mid + slack for s in row.segments) or all(s.bbox.x0 > mid - slack for s in row.segments):
        words = [w for s in row.segments for w in s.words]
        return Row([Segment(words, row.bbox)])
    return row


def _row_sides(row: Row, left: float, right: float) -> list[str]:
    """Side of each segment of a row: "left"/"right" in a two-column part, else all "full".

    One segment: "full" when it crosses the middle of the text area or is centred on it (a
    title), else the side its centre is on. Two segments: one on each side when the first
    ends before the middle and the second starts near or after it (a long national title
    may start left of the middle). Three or more: a table row, "full".
    """
    width = right - left
    mid = left + width / 2

    def crosses(box: BBox) -> bool:
        return box.x0 < mid - 0.12 * width and box.x1 > mid + 0.12 * width

    segs = row.segments
    if len(segs) == 1:
        box = segs[0].bbox
        if crosses(box) or abs(box.cx - mid) < 0.08 * width:
            return ["full"]
        return ["left" if box.cx < mid else "right"]
    if len(segs) == 2:
        a, b = segs[0].bbox, segs[1].bbox
        if a.x1 < mid + 0.05 * width and b.x0 > mid - 0.2 * width:
            return ["left", "right"]
    return ["full"] * len(segs)


def _cut_at_middle(row: Row, left: float, right: float) -> Row | None:
    """A row of three or more pieces that fall apart at the middle of the text area, one group
    wholly in the left half and one wholly in the right half, as two segments (each group's pieces
    joined, a piece of one or two signs after the left part's text left out); None when a piece
    crosses the middle or a half is empty."""
    width = right - left
    mid = left + width / 2
    first = [s for s in row.segments if s.bbox.x1 < mid + 0.05 * width]
    second = [s for s in row.segments if s.bbox.x0 > mid]
    if len(row.segments) < 3 or not first or not second or len(first) + len(second) != len(row.segments):
        return None
    # a letter or two of ink beside the left part's text (``(để b/c); n``) is no part of it
    first = first[:1] + [s for s in first[1:] if len(s.text.replace(" ", "")) > 2]
    return _row_of([[w for s in first for w in s.words], [w for s in second for w in s.words]])


def _signature_cut(rows: list[Row], sides: list[list[str]], left: float,
                   right: float) -> tuple[list[Row], list[list[str]]]:
    """Rows a signature's ink cut into three or more pieces (``- Lưu: VT, KTN | N | ấn Hữu Vũ``)
    are two-column rows again when they fall apart at the middle (:func:`_cut_at_middle`) and the
    rows of one column or two that run on from them above or below hold a two-column row, below the
    first line of the body (a full-width row of one or two pieces): a table row stays a table row,
    as the rows around it are table rows or body lines, never a left and a right part side by side."""
    rows, sides = list(rows), list(sides)
    # only under the body: a header's row the motto's rule cut (``VĂN PHÒNG … | BH... | TL``) is
    # left as it was read, whatever the rows beside it
    body = next((k for k, s in enumerate(sides) if "full" in s and len(rows[k].segments) < 3), len(rows))

    def beside_columns(k: int) -> bool:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(sides) and "full" not in sides[j]:
                if "left" in sides[j] and "right" in sides[j]:
                    return True
                j += step
        return False

    changed = True
    while changed:
        changed = False
        for k, row in enumerate(rows):
            if k < body or len(row.segments) < 3 or "full" not in sides[k] or not beside_columns(k):
                continue
            cut = _cut_at_middle(row, left, right)
            if cut is not None:
                rows[k], sides[k], changed = cut, ["left", "right"], True
    return rows, sides


def _in_column_blocks(sides: list[list[str]]) -> list[bool]:
    """Which rows belong to a column block: a run of rows without a full-width one, in which at
    least one row has both a left and a right part."""
    n = len(sides)
    in_block = [False] * n
    i = 0
    while i < n:
        if "full" in sides[i]:
            i += 1
            continue
        j = i
        while j < n and "full" not in sides[j]:
            j += 1
        split_rows = sum(1 for k in range(i, j) if "left" in sides[k] and "right" in sides[k])
        if split_rows:
            for k in range(i, j):
                in_block[k] = True
        i = j
    return in_block


def _sided(rows: list[Row], h: float, left: float, right: float, source: str) -> tuple[list[Row], list[list[str]]]:
    """The rows, a note typed beside an OCR'd header cut off (:mod:`.side_note`) and pieces of one
    half joined, with the side of each segment."""
    edge, note = None, set()
    if source.startswith("tesseract"):
        rows, edge, note = split_side_note(rows, h, _row_of)
    rows = [r if k in note else _merge_one_sided(r, left, right) for k, r in enumerate(rows)]
    sides = [note_sides(r, edge) if k in note else _row_sides(r, left, right) for k, r in enumerate(rows)]
    return _signature_cut(rows, sides, left, right)


def reading_order(words: list[Word], *, page_width: float, source: str,
                  keys: list[tuple] | None = None) -> list[Line]:
    """Lines in reading order with columns kept apart; see the module docstring."""
    keys = keys or [()] * len(words)  # one per word: filtered alongside
    kept = [(w, k) for w, k in zip(words, keys) if w.text.strip() and w.bbox is not None]
    if not kept:
        return []
    h = _median((w.bbox.height for w, _ in kept), 10.0)
    kept = [(w, k) for w, k in kept if not _speck_word(w, h)]
    kept = _not_read_twice(kept, h)
    if not kept:
        return []
    words, keys = [w for w, _ in kept], [k for _, k in kept]
    heights = [w.bbox.height for w in words]
    h = _median(heights, 10.0)
    rows = [_drop_specks(split_gaps(r, gap=max(1.5 * h, 0.025 * page_width)), h)
            for r in group_rows(words, keys)]
    rows = [r for r in rows if r is not None]
    if not rows:
        return []
    left = min(w.bbox.x0 for w in words)
    right = max(w.bbox.x1 for w in words)
    rows, sides = _sided(rows, h, left, right, source)

    n = len(rows)
    in_block = _in_column_blocks(sides)

    lines: list[Line] = []
    line_gap = _median((rows[k + 1].bbox.y0 - rows[k].bbox.y1 for k in range(n - 1)
                        if rows[k + 1].bbox.y0 > rows[k].bbox.y1), h * 0.5)

    def emit(seg: Segment, column: str, text: str | None = None) -> None:
        confs = [w.conf for w in seg.words if w.conf is not None and w.conf >= 0]
        lines.append(Line(text if text is not None else seg.text, seg.bbox, round(sum(confs) / len(confs), 1) if confs else None,
                          source, column, seg.words))

    def blank() -> None:
        if lines and lines[-1].text:
            lines.append(Line("", source=source))

    # The body's left margin: where most full-width lines start.
    starts = [round(rows[r].bbox.x0 / max(h, 1)) for r in range(n) if not in_block[r]]
    margin = max(set(starts), key=starts.count) * max(h, 1) if starts else left
    prev_bottom = None
    k = 0
    while k < n:
        top = rows[k].bbox.y0
        if prev_bottom is not None and top - prev_bottom > max(1.8 * line_gap, 0.9 * h):
            blank()
        if in_block[k]:
            j = k
            while j < n and in_block[j]:
                j += 1
            block_rows = range(k, j)
            for column in ("left", "right"):
                col_prev = None
                for r in block_rows:
                    for seg, side in zip(rows[r].segments, sides[r]):
                        if side != column:
                            continue
                        if col_prev is not None and seg.bbox.y0 - col_prev > max(1.8 * line_gap, 0.9 * h):
                            blank()
                        emit(seg, column)
                        col_prev = seg.bbox.y1
                blank()
            prev_bottom = max(rows[r].bbox.y1 for r in block_rows)
            k = j
            continue
        segs = rows[k].segments
        if lines and lines[-1].text and lines[-1].column == "full" and _starts_paragraph(
                rows[k].bbox, lines[-1], margin, right, right - left):
            blank()  # a new paragraph: its first line is indented and the last one ended a sentence
        emit(Segment([w for s in segs for w in s.words], rows[k].bbox), "full",
             "\t".join(s.text for s in segs))  # a table row keeps its cells apart
        prev_bottom = rows[k].bbox.y1
        k += 1
    while lines and not lines[-1].text:
        lines.pop()
    return lines
