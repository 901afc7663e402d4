"""Scan variants with a mark over the subject: the development scans' subjects as the owner's scans
show them, under a seal or beside an arrival stamp. Made only when asked for
(``scan_variants --kinds stamped`` gives both).

``sealed``    a red round seal (about 40 mm across, its ring, a star and rows of small letters
              around it) stamped over the end of the subject's last line, as an office seals a copy
``sealed_grey`` the same page photocopied (its own seed, so the seal lies elsewhere): the seal and
              every colour grey, as a photocopied central-government page carries its seal
``arrived``   a receiving office's arrival stamp (``CV ĐẾN`` / ``Số`` / ``Ngày`` / ``Chuyển``,
              hand-filled in blue) stamped in black beside the subject, its frame crossing the
              start of its lines (or their end, where the page leaves no room on the left), all of
              it on the sheet and of its real size on a page scanned at a lower resolution

Four more in coloured ink (``--kinds coloured``), as the owner's unseen scans show them:

``arrived_red``   a red ``CÔNG VĂN ĐẾN`` / ``Số:`` / ``Ngày:`` / ``Chuyển:`` stamp, its number and day
                  written in blue pen, stamped left under the number (over the left column's
                  subject) or across the subject, as the seed draws
``arrived_blue``  the same stamp in blue, its figures in red pen
``hand_blue``     the number's figures taken away (a blank ``Số:`` box) and written in blue pen
``hand_red``      the same, written in red pen

Where the subject lies is taken from the pipeline's reading of the same page as it is
(:func:`subject_boxes`, the ``page1`` variant, its OCR cached): only the mark's place comes from
it; the variant is scored against the gold as every other kind.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

STAMPED_KINDS = ("sealed", "arrived", "sealed_grey")
COLOURED_KINDS = ("arrived_red", "arrived_blue", "hand_blue", "hand_red")
FONTS = (Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
HAND_FONTS = (Path("/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf"),
              Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"))
RED, INK, BLUE = (205, 35, 45), (25, 25, 30), (30, 50, 170)
PEN = {"blue": (25, 45, 160), "red": (200, 30, 40)}  # ballpoint inks
STAMP_INK = {"red": (210, 45, 60), "blue": (45, 70, 190)}  # stamp pads'
A4_WIDTH_300 = 2480  # an A4 page's width in pixels at 300 dpi, the size the marks are drawn for


def _font(size: int, paths: tuple[Path, ...] = FONTS) -> ImageFont.ImageFont:
    for path in paths:
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default()


def _page1_read(page1: Path):
    from ..options import Options
    from ..pipeline import read
    from .real_scans import cache_root

    return read(page1, Options(ocr_cache=str(cache_root() / "ocr" / "scan-variants"), jobs=1))


def field_lines(doc, field: str) -> list:
    """The lines of ``doc`` that hold ``field`` as the pipeline read it (empty when none)."""
    source = doc.fields.sources.get(field) if doc.fields else None
    if source is None or source.end <= source.start:
        return []
    return [line for line in doc.lines_in(source.start, source.end) if line.bbox is not None]


def subject_boxes(page1: Path) -> list[tuple[float, float, float, float]]:
    """The boxes (page-1 pixels at 300 dpi) of the subject's lines as the pipeline reads ``page1``
    (a scan's ``page1`` variant, its OCR cached): empty when no subject was read."""
    return [(b.x0, b.y0, b.x1, b.y1) for line in field_lines(_page1_read(page1), "subject") if (b := line.bbox)]


def _multiply(page: Image.Image, layer: Image.Image) -> Image.Image:
    """Ink stamped over the page: the layer's colour multiplies the paper and the print."""
    a = np.asarray(page.convert("RGB")).astype(np.float32)
    b = np.asarray(layer.convert("RGB")).astype(np.float32)
    return Image.fromarray(np.clip(a * b / 255.0, 0, 255).astype(np.uint8))


def sealed(image: Image.Image, seed: int, boxes: list) -> Image.Image:
    rng = np.random.default_rng(seed)
    if not boxes:
        return image.copy()
    s = image.width / A4_WIDTH_300  # the seal's size on the sheet, whatever the page's resolution
    x0, y0, x1, y1 = boxes[-1]
    radius = int(s * rng.uniform(215, 250))
    cx = int(x1 - rng.uniform(0.05, 0.35) * (x1 - x0))
    cy = int(y1 + rng.uniform(-0.2, 0.6) * radius)
    layer = Image.new("RGB", image.size, "white")
    draw = ImageDraw.Draw(layer)
    colour = tuple(int(c * rng.uniform(0.92, 1.05)) for c in RED)
    for r, width in ((radius, 9), (radius - 50 * s, 5)):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=max(2, round(width * s)))
    star = [(cx + s * (40 if k % 2 == 0 else 16) * np.cos(np.pi / 2 + k * np.pi / 5),
             cy - s * (40 if k % 2 == 0 else 16) * np.sin(np.pi / 2 + k * np.pi / 5)) for k in range(10)]
    draw.polygon(star, fill=colour)
    font = _font(round(30 * s))
    letters = "ỦY BAN NHÂN DÂN TỈNH * VĂN PHÒNG *"
    for k, ch in enumerate(letters):  # the body's name round the ring
        angle = np.pi * (0.95 + 1.9 * k / len(letters))
        draw.text((cx + (radius - 27 * s) * np.cos(angle) - 9 * s, cy + (radius - 27 * s) * np.sin(angle) - 15 * s),
                  ch, fill=colour, font=font)
    draw.text((cx - 95 * s, cy + 60 * s), "CHÁNH VĂN PHÒNG", fill=colour, font=_font(round(26 * s)))
    return _multiply(image, layer)


def _across(image: Image.Image, boxes: list, width: int, height: int, rng) -> tuple[int, int]:
    """Where a stamp of ``width`` × ``height`` lies across the subject's lines ``boxes``: its
    right part across their start, or across their end where the page leaves no room on the
    left (a subject in the header's left column); always on the sheet."""
    s = image.width / A4_WIDTH_300
    x0, y0 = min(b[0] for b in boxes), boxes[0][1]
    x1 = max(b[2] for b in boxes)
    top = int(y0 - rng.uniform(0.05, 0.25) * height)
    left = int(x0 - rng.uniform(0.8, 0.95) * width)
    if left < 20 * s:
        left = int(x1 - rng.uniform(0.05, 0.2) * width)
    return min(left, int(image.width - width - s * rng.uniform(30, 90))), top


def grey_sealed(image: Image.Image, seed: int, boxes: list) -> Image.Image:
    """The sealed page photocopied: its red seal over the subject, and every colour, made grey (a
    red seal comes out a dark grey, 80-90, near the print's black)."""
    return sealed(image, seed, boxes).convert("L").convert("RGB")


def arrived(image: Image.Image, seed: int, boxes: list) -> Image.Image:
    rng = np.random.default_rng(seed)
    if not boxes:
        return image.copy()
    s = image.width / A4_WIDTH_300  # the stamp's size on the sheet, whatever the page's resolution
    width, height = int(s * rng.uniform(600, 680)), int(s * rng.uniform(240, 280))
    left, top = _across(image, boxes, width, height, rng)
    right = left + width
    layer = Image.new("RGB", image.size, "white")
    draw = ImageDraw.Draw(layer)
    draw.rectangle((left, top, right, top + height), outline=INK, width=max(2, round(5 * s)))
    split = left + int(0.25 * width)
    draw.line((split, top, split, top + height), fill=INK, width=max(2, round(4 * s)))
    big, small, hand = _font(round(52 * s)), _font(round(30 * s)), _font(round(44 * s))
    draw.text((left + 30 * s, top + 40 * s), "CV", fill=INK, font=big)
    draw.text((left + 20 * s, top + 130 * s), "ĐẾN", fill=INK, font=big)
    rows = (("Số:", f"{int(rng.integers(100, 9999))}"), ("Ngày:", f"{int(rng.integers(1, 28))}/{int(rng.integers(1, 12))}"),
            ("Chuyển:", ""))
    for k, (label, value) in enumerate(rows):
        y = top + 30 * s + k * (height - 40 * s) // 3
        draw.text((split + 20 * s, y), label + "." * 40, fill=INK, font=small)
        if value:
            draw.text((split + 150 * s, y - 18 * s), value, fill=BLUE, font=hand)
    return _multiply(image, layer)


def _under(image: Image.Image, number: tuple, width: int, height: int, rng) -> tuple[int, int]:
    """Where a stamp lies left under the number's line ``number``: its top a little under the
    line, its left near the line's start, on the sheet."""
    s = image.width / A4_WIDTH_300
    x0, _, _, y1 = number
    top = int(y1 + rng.uniform(0.05, 0.5) * height * 0.5)
    left = int(x0 - rng.uniform(0.0, 0.3) * width)
    return max(int(30 * s), min(left, int(image.width - width - 40 * s))), top


def arrival_stamp(image: Image.Image, seed: int, colour: str, subject: list, number: tuple | None) -> Image.Image:
    """A ``CÔNG VĂN ĐẾN`` stamp in ``colour`` ink, its number and day hand-written in the other
    pen, left under the ``number`` line or across the ``subject`` lines (as the seed draws; the
    other where one is missing)."""
    rng = np.random.default_rng(seed)
    if not subject and number is None:
        return image.copy()
    s = image.width / A4_WIDTH_300
    ink = tuple(int(c * rng.uniform(0.92, 1.05)) for c in STAMP_INK[colour])
    pen = PEN["blue" if colour == "red" else "red"]
    width, height = int(s * rng.uniform(560, 640)), int(s * rng.uniform(250, 290))
    under = number is not None and (not subject or rng.integers(2) == 0)
    left, top = (_under if under else _across)(image, number if under else subject, width, height, rng)
    layer = Image.new("RGB", image.size, "white")
    draw = ImageDraw.Draw(layer)
    draw.rectangle((left, top, left + width, top + height), outline=ink, width=max(2, round(5 * s)))
    title, small, hand = _font(round(40 * s)), _font(round(30 * s)), _font(round(42 * s), HAND_FONTS)
    draw.text((left + width / 2, top + 14 * s), "CÔNG VĂN ĐẾN", fill=ink, font=title, anchor="ma")
    rows = (("Số:", f"{int(rng.integers(100, 9999))}"),
            ("Ngày:", f"{int(rng.integers(1, 28))}/{int(rng.integers(1, 12))}"), ("Chuyển:", ""))
    for k, (label, value) in enumerate(rows):
        y = top + 75 * s + k * (height - 90 * s) / 3
        draw.text((left + 20 * s, y), label + "." * 34, fill=ink, font=small)
        if value:
            draw.text((left + 150 * s + rng.uniform(0, 40) * s, y - 20 * s), value, fill=pen, font=hand)
    return _multiply(image, layer)


def figures_box(doc) -> tuple[float, float, float, float] | None:
    """Where the number's figures lie on the page the pipeline read (``Số: 574 /UBND``): the
    hand-filled box it cut out, or the figures' word, or the part of the word before ``/``."""
    for mark in (m for page in doc.pages[:1] for m in page.marks):
        if mark.kind == "handwriting" and mark.values.get("field") == "number" and mark.bbox:
            b, page = mark.bbox, doc.pages[0]
            mid = (b.y0 + b.y1) / 2  # the number's line; where no number was read, the line across the box
            lines = field_lines(doc, "number") or sorted(
                (o for o in page.lines if o.bbox and o.bbox.x0 < b.x1 and o.bbox.x1 > b.x0
                 and b.y0 < (o.bbox.y0 + o.bbox.y1) / 2 < b.y1), key=lambda o: abs((o.bbox.y0 + o.bbox.y1) / 2 - mid))
            if not lines:
                return (b.x0, b.y0, b.x1, b.y1)
            line = lines[0].bbox  # hand-writing runs under the printed line, never into the next one
            below = [o.bbox.y0 for o in page.lines if o.bbox and o.bbox.y0 > line.y1 - 2
                     and o.bbox.x0 < b.x1 and o.bbox.x1 > b.x0]
            return (b.x0, line.y0, b.x1, min([b.y1, line.y1 + 0.5 * line.height] + [y - 0.25 * line.height for y in below]))
    for line in field_lines(doc, "number"):
        for word in line.words:
            head = word.text.split("/")[0].removeprefix("Số:").removeprefix("số:")
            if word.bbox and head.isdigit():
                b, n = word.bbox, max(len(word.text), 1)
                start = word.text.index(head)
                return (b.x0 + b.width * start / n, b.y0, b.x0 + b.width * (start + len(head)) / n, b.y1)
    return None


def hand_number(image: Image.Image, seed: int, box: tuple | None, figures: str, colour: str) -> Image.Image:
    """The number's figures in ``box`` taken away and ``figures`` written there in ``colour`` pen,
    a little larger than the print and off its line, as a clerk fills the blank box."""
    rng = np.random.default_rng(seed)
    if box is None or not figures:
        return image.copy()
    x0, y0, x1, y1 = box
    size = min(y1 - y0, 58 * image.width / A4_WIDTH_300)  # a printed line's height, at most
    out = image.convert("RGB").copy()
    ImageDraw.Draw(out).rectangle((x0 + 0.05 * size, y0 - 0.1 * size, x1 - 0.2 * size, y1), fill="white")
    layer = Image.new("RGB", image.size, "white")
    font = _font(round(size * rng.uniform(1.0, 1.25)), HAND_FONTS)
    x = x0 + rng.uniform(0.1, 0.3) * size
    y = y0 - rng.uniform(0.1, 0.3) * size
    ImageDraw.Draw(layer).text((x, y), figures, fill=PEN[colour], font=font)
    return _multiply(out, layer)


def stamped(kind: str, image: Image.Image, seed: int, page1: Path, number: str = "") -> Image.Image:
    """The ``kind`` of mark stamped over ``image`` where the pipeline reads the subject (or the
    number) on ``page1`` (the same page as it is); ``number``: the dispatch's number, whose
    figures the ``hand_*`` kinds write by hand."""
    if kind in STAMPED_KINDS:
        maker = {"sealed": sealed, "arrived": arrived, "sealed_grey": grey_sealed}[kind]
        return maker(image, seed, subject_boxes(page1))
    doc = _page1_read(page1)
    if kind.startswith("hand_"):
        return hand_number(image, seed, figures_box(doc), number.split("/")[0].strip(), kind[5:])
    subject = [(b.x0, b.y0, b.x1, b.y1) for line in field_lines(doc, "subject") if (b := line.bbox)]
    lines = field_lines(doc, "number")
    number_box = (lines[0].bbox.x0, lines[0].bbox.y0, lines[0].bbox.x1, lines[0].bbox.y1) if lines else None
    return arrival_stamp(image, seed, kind.split("_")[1], subject, number_box)
