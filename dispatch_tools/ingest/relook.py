"""A second look at doubtful lines of an OCR'd page.

Tesseract's page layout analysis (``--psm 3``) now and then merges two text lines into one, or
reads a line through a stain, and the words come back garbled with low confidence (``5 Nhàn Vũ
Luận`` for ``- Như trên;`` over ``- BT. Phạm Vũ Luận``). Such a line is cut out of the page with a
small margin and read again as a block of text (``--psm 6``), all of a page's doubtful lines in
one call; the second reading replaces the words of that region when the engine is clearly
surer of it.

A line is doubtful when it is much taller than the page's lines (two lines merged) and holds a
word of normal size read with low confidence; on most pages no line is.
"""

from __future__ import annotations

from statistics import median

from PIL import Image

from ..options import Options

Row = list  # [text, left, top, width, height, conf, block, par, line], as run_tesseract gives

TALL = 1.6  # a line this many times the median line height holds two lines
LOW_CONF = 45.0  # a word read with less confidence than this makes its line doubtful
GAIN = 8.0  # the second reading must be surer by this much (mean word confidence)
MAX_LINES = 12  # per page: a page this doubtful is poor all over and a second look will not save it


def engine_lines(rows: list[Row]) -> dict[tuple, list[Row]]:
    """The engine's rows grouped by its line (block, paragraph, line)."""
    out: dict[tuple, list[Row]] = {}
    for row in rows:
        out.setdefault((row[6], row[7], row[8]), []).append(row)
    return out


def rows_box(rows: list[Row]) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) around some rows."""
    return (min(r[1] for r in rows), min(r[2] for r in rows),
            max(r[1] + r[3] for r in rows), max(r[2] + r[4] for r in rows))


def _mean_conf(rows: list[Row]) -> float:
    confs = [r[5] for r in rows if r[5] >= 0]
    return sum(confs) / len(confs) if confs else 0.0


def line_pieces(words: list[Row], gap: float) -> list[list[Row]]:
    """The words of one engine line split at wide gaps: a line may run across both columns."""
    words = sorted(words, key=lambda r: r[1])
    out = [[words[0]]]
    for r in words[1:]:
        prev = out[-1][-1]
        if r[1] - (prev[1] + prev[3]) > gap:
            out.append([r])
        else:
            out[-1].append(r)
    return out


def doubtful_lines(rows: list[Row]) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the pieces of lines worth a second look."""
    lines = engine_lines(rows)
    if len(lines) < 3:
        return []
    word_h = median(r[4] for r in rows)
    line_h = median(box[3] - box[1] for box in map(rows_box, lines.values()))
    out = []
    for ws in lines.values():
        for seg in line_pieces(ws, 1.5 * word_h):
            box = rows_box(seg)
            tall = box[3] - box[1] > TALL * line_h and len(seg) > 1
            unsure = any(r[5] < LOW_CONF and r[4] >= 0.6 * word_h and any(ch.isalpha() for ch in r[0])
                         for r in seg)
            if tall and unsure:
                out.append(box)
    return out if len(out) <= MAX_LINES else []


def read_stacked(image: Image.Image, regions: list[tuple[int, int, int, int]], options: Options, read,
                 gap: int) -> list[list[Row]]:
    """The words of each region (left, top, right, bottom) of ``image``, in its coordinates: the
    regions are cut out and stacked on one sheet, ``gap`` of white between them, read by one call
    of ``read(sheet, options, 6)`` (a block of text)."""
    sheet = Image.new(image.mode, (max(r[2] - r[0] for r in regions) + 2 * gap,
                                   sum(r[3] - r[1] + gap for r in regions) + gap), "white")
    offsets = []  # top of each region on the sheet
    y = gap
    for region in regions:
        sheet.paste(image.crop(region), (gap, y))
        offsets.append(y)
        y += region[3] - region[1] + gap
    found: list[list[Row]] = [[] for _ in regions]
    for t, x, y0, w, h, c, b, p, ln in read(sheet, options, 6):
        cy = y0 + h / 2
        for k, (region, top) in enumerate(zip(regions, offsets)):
            if top <= cy < top + region[3] - region[1]:
                found[k].append([t, x - gap + region[0], y0 - top + region[1], w, h, c, b, p, ln])
                break
    return found


def second_look(image: Image.Image, rows: list[Row], options: Options, read) -> list[Row]:
    """``rows`` with the doubtful regions read again by ``read(image, options, psm)``.

    The regions are cut out and stacked on one sheet, white between them, so that the engine
    is started once per page however many lines are doubtful."""
    boxes = doubtful_lines(rows)
    if not boxes:
        return rows
    word_h = median(r[4] for r in rows)
    pad_y, pad_x, gap = int(0.3 * word_h), int(0.6 * word_h), int(2 * word_h)
    regions = [(max(0, left - pad_x), max(0, top - pad_y),
                min(image.width, right + pad_x), min(image.height, bottom + pad_y))
               for left, top, right, bottom in boxes]
    found = read_stacked(image, regions, options, read, gap)
    return replace_read(rows, regions, found,
                        lambda new, old: len(new) >= 0.5 * len(old) and _mean_conf(new) >= _mean_conf(old) + GAIN)


def centre_inside(row: Row, box: tuple) -> bool:
    """Does the centre of a word's box lie in ``box`` (left, top, right, bottom)?"""
    cx, cy = row[1] + row[3] / 2, row[2] + row[4] / 2
    return box[0] <= cx < box[2] and box[1] <= cy < box[3]


def replace_read(rows: list[Row], regions: list[tuple], found: list[list[Row]], better) -> list[Row]:
    """``rows`` with the words of each region replaced by those read again there (``found``, as
    :func:`read_stacked` gives them) when ``better(new, old)`` says the second reading is better; the
    new words get blocks of their own, after the page's."""
    block = max((r[6] for r in rows), default=0) + 1
    for region, new in zip(regions, found):
        old = [r for r in rows if centre_inside(r, region)]
        new = [r for r in new if centre_inside(r, region)]
        if new and better(new, old):
            new = [r[:6] + [block + r[6], r[7], r[8]] for r in new]
            rows = [r for r in rows if not centre_inside(r, region)] + new
            block = max(r[6] for r in new) + 1
    return rows
