"""Pages unlike the development scans: a page in uneven light, and a ``SỐ:`` read in capitals."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.ingest import image
from dispatch_tools.ingest.header_boxes import find_boxes
from dispatch_tools.model import BBox, Word

from .conftest import shared_path


def _lines_page(width: int) -> Image.Image:
    """A page of dark bars like lines of print, as an A4 sheet ``width`` pixels wide."""
    height = round(width * 297 / 210)
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    step = max(4, width // 60)
    for y in range(height // 10, height * 9 // 10, 3 * step):
        draw.rectangle((width // 10, y, width * 9 // 10, y + step // 2), fill="black")
    return page


def test_a_shadow_does_not_turn_the_page():
    """A page's skew is measured on the page with its light made even: a shadow's and a dark
    corner's edges are no lines of text (``shadow`` of the scan variants gave a level page a turn)."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.evaluate.scan_variants import variant

    page = page_one_image(shared_path("scans", "danang_coretest_3.pdf"))
    _plain, info = image.prepare(page)
    assert "deskew" not in info  # the page itself is level enough to read as it is
    shaded = variant(page, "danang_coretest_3", "shadow")  # its seeded shadow: a dark corner, a band
    gray = np.asarray(shaded.convert("L"))
    assert image.uneven(image.background(gray))
    _prepared, info = image.prepare(shaded)
    assert "deskew" not in info and info["binarised"]


def test_a_turned_page_in_uneven_light_is_still_straightened():
    page = _lines_page(1654).rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    rgb = np.asarray(page, np.float32)
    light = np.linspace(0.55, 1.0, rgb.shape[1], dtype=np.float32)[None, :, None]
    _prepared, info = image.prepare(Image.fromarray((rgb * light).astype(np.uint8)))
    assert info["binarised"] and abs(info["deskew"] + 1.5) <= 0.2


def test_a_number_cue_read_in_capitals_opens_the_box():
    """``SỐ:`` (the engine read the small ``ố`` of a blurred page as a capital) still opens the
    number's box, so that the hand-written digits are read as a box and not as print."""
    words = [Word("SỐ:", BBox(100, 300, 150, 330), 80), Word("Z340", BBox(170, 300, 240, 330), 40),
             Word("/UBND-SGDĐT", BBox(250, 300, 420, 330), 90)]
    boxes = find_boxes(words, 3000)
    assert [(b["field"], b["open"], b["inside"], b["close"]) for b in boxes] == [("number", 0, [1], 2)]
