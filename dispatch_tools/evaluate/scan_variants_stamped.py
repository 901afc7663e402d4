"""Scan variants with a mark over the subject: the development scans' subjects as the owner's scans
show them, under a seal or beside an arrival stamp. Made only when asked for
(``scan_variants --kinds stamped`` gives both).

``sealed``    a red round seal (about 40 mm across, its ring, a star and rows of small letters
              around it) stamped over the end of the subject's last line, as an office seals a copy
``arrived``   a receiving office's arrival stamp (``CV ĐẾN`` / ``Số`` / ``Ngày`` / ``Chuyển``,
              hand-filled in blue) stamped in black beside the subject, its frame crossing the
              start of its lines (or their end, where the page leaves no room on the left), all of
              it on the sheet and of its real size on a page scanned at a lower resolution

Where the subject lies is taken from the pipeline's reading of the same page as it is
(:func:`subject_boxes`, the ``page1`` variant, its OCR cached): only the mark's place comes from
it; the variant is scored against the gold as every other kind.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

STAMPED_KINDS = ("sealed", "arrived")
FONTS = (Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
RED, INK, BLUE = (205, 35, 45), (25, 25, 30), (30, 50, 170)
A4_WIDTH_300 = 2480  # an A4 page's width in pixels at 300 dpi, the size the marks are drawn for


def _font(size: int) -> ImageFont.ImageFont:
    for path in FONTS:
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default()


def subject_boxes(page1: Path) -> list[tuple[float, float, float, float]]:
    """The boxes (page-1 pixels at 300 dpi) of the subject's lines as the pipeline reads ``page1``
    (a scan's ``page1`` variant, its OCR cached): empty when no subject was read."""
    from ..options import Options
    from ..pipeline import read
    from .real_scans import cache_root

    doc = read(page1, Options(ocr_cache=str(cache_root() / "ocr" / "scan-variants"), jobs=1))
    source = doc.fields.sources.get("subject") if doc.fields else None
    if source is None or source.end <= source.start:
        return []
    return [(b.x0, b.y0, b.x1, b.y1) for line in doc.lines_in(source.start, source.end)
            if (b := line.bbox) is not None]


def _multiply(page: Image.Image, layer: Image.Image) -> Image.Image:
    """Ink stamped over the page: the layer's colour multiplies the paper and the print."""
    a = np.asarray(page.convert("RGB")).astype(np.float32)
    b = np.asarray(layer.convert("RGB")).astype(np.float32)
    return Image.fromarray(np.clip(a * b / 255.0, 0, 255).astype(np.uint8))


def sealed(image: Image.Image, seed: int, boxes: list) -> Image.Image:
    rng = np.random.default_rng(seed)
    if not boxes:
        return image.copy()
    x0, y0, x1, y1 = boxes[-1]
    radius = int(rng.uniform(215, 250))
    cx = int(x1 - rng.uniform(0.05, 0.35) * (x1 - x0))
    cy = int(y1 + rng.uniform(-0.2, 0.6) * radius)
    layer = Image.new("RGB", image.size, "white")
    draw = ImageDraw.Draw(layer)
    colour = tuple(int(c * rng.uniform(0.92, 1.05)) for c in RED)
    for r, width in ((radius, 9), (radius - 50, 5)):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=width)
    star = [(cx + (40 if k % 2 == 0 else 16) * np.cos(np.pi / 2 + k * np.pi / 5),
             cy - (40 if k % 2 == 0 else 16) * np.sin(np.pi / 2 + k * np.pi / 5)) for k in range(10)]
    draw.polygon(star, fill=colour)
    font = _font(30)
    letters = "ỦY BAN NHÂN DÂN TỈNH * VĂN PHÒNG *"
    for k, ch in enumerate(letters):  # the body's name round the ring
        angle = np.pi * (0.95 + 1.9 * k / len(letters))
        draw.text((cx + (radius - 27) * np.cos(angle) - 9, cy + (radius - 27) * np.sin(angle) - 15), ch,
                  fill=colour, font=font)
    draw.text((cx - 95, cy + 60), "CHÁNH VĂN PHÒNG", fill=colour, font=_font(26))
    return _multiply(image, layer)


def arrived(image: Image.Image, seed: int, boxes: list) -> Image.Image:
    rng = np.random.default_rng(seed)
    if not boxes:
        return image.copy()
    s = image.width / A4_WIDTH_300  # the stamp's size on the sheet, whatever the page's resolution
    x0, y0 = min(b[0] for b in boxes), boxes[0][1]
    x1 = max(b[2] for b in boxes)
    width, height = int(s * rng.uniform(600, 680)), int(s * rng.uniform(240, 280))
    top = int(y0 - rng.uniform(0.05, 0.25) * height)
    left = int(x0 - rng.uniform(0.8, 0.95) * width)  # its right part across the start of the lines
    if left < 20 * s:  # no room on the left (a subject in the header's left column): across their end
        left = int(x1 - rng.uniform(0.05, 0.2) * width)
    left = min(left, int(image.width - width - s * rng.uniform(30, 90)))  # a stamp lies on the sheet
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


def stamped(kind: str, image: Image.Image, seed: int, page1: Path) -> Image.Image:
    """The ``kind`` of mark stamped over the subject of ``image`` where the pipeline reads it on
    ``page1`` (the same page as it is)."""
    boxes = subject_boxes(page1)
    return (sealed if kind == "sealed" else arrived)(image, seed, boxes)
