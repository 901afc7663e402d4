"""A page image of any mode becomes the RGB (or grey) page read, a clear part as white paper."""

from __future__ import annotations

import numpy as np
from PIL import Image

from dispatch_tools.ingest.image import _to_rgb


def _palette(transparent: int | None) -> Image.Image:
    image = Image.new("P", (4, 2), 0)
    image.putpalette([255, 255, 255, 200, 30, 30, 20, 20, 20] + [0] * (256 * 3 - 9))
    image.putpixel((1, 0), 1)  # red ink
    image.putpixel((2, 1), 2)  # black print
    if transparent is not None:
        image.info["transparency"] = transparent
    return image


def test_a_palette_page_with_no_clear_colour_keeps_its_colours():
    page = np.asarray(_to_rgb(_palette(None)))
    assert page.shape == (2, 4, 3)
    assert page[0, 1].tolist() == [200, 30, 30] and page[1, 2].tolist() == [20, 20, 20]
    assert page[0, 0].tolist() == [255, 255, 255]


def test_a_palette_page_whose_clear_colour_is_its_print_reads_it_as_paper():
    page = np.asarray(_to_rgb(_palette(2)))
    assert page[1, 2].tolist() == [255, 255, 255]  # the clear index composited on white
    assert page[0, 1].tolist() == [200, 30, 30]


def test_a_half_clear_rgba_page_is_composited_on_white():
    image = Image.new("RGBA", (2, 1), (0, 0, 0, 255))
    image.putpixel((1, 0), (0, 0, 0, 0))
    page = np.asarray(_to_rgb(image))
    assert page[0, 0].tolist() == [0, 0, 0] and page[0, 1].tolist() == [255, 255, 255]
