"""A page photographed under a desk lamp's warm light: its paper is made grey before the
coloured ink is found, so that a pen's blue margin note leaves the page as it does on a scan,
and the printed text stays."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.ingest.image import remove_colour_ink, white_balanced

WARM = np.array([1.0, 0.93, 0.78], np.float32)  # a lamp's light on white paper
PEN = (90, 110, 170)  # a ballpoint's pale blue
PRINT = (20, 20, 20)


def _page() -> Image.Image:
    page = Image.new("RGB", (1200, 800), (250, 250, 248))
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, 700, 140), fill=PRINT)  # a printed line's ink
    for k in range(6):  # a pen's strokes beside it
        draw.line((820 + 40 * k, 120, 850 + 40 * k, 400), fill=PEN, width=14)
    return page


def _lit(page: Image.Image) -> np.ndarray:
    return np.clip(np.asarray(page, np.float32) * WARM, 0, 255).astype(np.uint8)


def test_a_blue_note_under_warm_light_is_taken_off_and_the_print_kept():
    gray = remove_colour_ink(_lit(_page()))
    assert gray[250, 835] > 200  # the middle of a pen stroke is paper now
    assert gray[120, 400] < 60  # the print is as black as before


def test_a_page_in_white_light_is_left_as_it_is():
    rgb = np.asarray(_page())
    assert white_balanced(rgb) is rgb
    assert np.array_equal(remove_colour_ink(rgb), remove_colour_ink(rgb.copy()))
    assert remove_colour_ink(rgb)[250, 835] > 200
