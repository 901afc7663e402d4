"""Crops of a deskewed page: the box found on the turned page is turned back onto the page as
scanned, so the crop holds the box's ink."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dispatch_tools.ingest.box_image import one_line
from dispatch_tools.ingest.image import rotate_colour, unturn_box
from dispatch_tools.ingest.page_marks import _cropper
from dispatch_tools.model import BBox

BOX = BBox(2000.0, 300.0, 2140.0, 350.0)  # a hand-filled number's box, far from the page's centre


def _ink(image: Image.Image) -> int:
    return int((np.asarray(image.convert("L")) < 128).sum())


def _scanned(angle: float) -> Image.Image:
    """A straight A4 page at 300 dpi with ink filling ``BOX``, scanned turned by ``-angle``: turning
    it by ``angle`` (as the deskew does) puts the ink back in ``BOX``."""
    page = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(page).rectangle([BOX.x0, BOX.y0, BOX.x1 - 1, BOX.y1 - 1], fill=(200, 30, 40))
    return rotate_colour(page, -angle)


@pytest.mark.parametrize("angle", [1.4, -2.0])
def test_crop_of_a_deskewed_page_covers_the_ink_of_its_box(angle):
    scanned = _scanned(angle)
    total = _ink(scanned)
    assert total > 0.9 * BOX.width * BOX.height
    # cut at the box's own place on the page as scanned, the crop misses much of the ink
    assert _ink(_cropper(scanned)(BOX)) < 0.8 * total
    # the box turned back onto the page as scanned, cut and straightened: all its ink, straight
    crop = _cropper(scanned, angle)(BOX)
    assert crop.size == (int(BOX.width), int(BOX.height))
    assert _ink(crop) >= 0.97 * total
    ink = np.asarray(crop.convert("L")) < 128
    assert ink[2:-2, 2:-2].all()  # straight: the box's ink fills it to its edges
    region = unturn_box(BOX, angle, scanned.width, scanned.height)
    assert _ink(scanned.crop((int(region.x0), int(region.y0), int(region.x1) + 1, int(region.y1) + 1))) >= 0.99 * total


def test_a_box_turned_back_and_forth_is_the_same_box():
    there = unturn_box(BOX, 1.5, 2480, 3508)
    back = unturn_box(there, -1.5, 2480, 3508)
    assert back.x0 <= BOX.x0 and back.y0 <= BOX.y0 and back.x1 >= BOX.x1 and back.y1 >= BOX.y1
    # the centre comes back to where it was
    assert abs((back.x0 + back.x1) / 2 - (BOX.x0 + BOX.x1) / 2) < 0.5
    assert abs((back.y0 + back.y1) / 2 - (BOX.y0 + BOX.y1) / 2) < 0.5
    assert unturn_box(BOX, 0.0, 2480, 3508) == BOX


def test_no_turn_cuts_the_box_as_it_is():
    page = Image.new("RGB", (300, 200), "white")
    assert _cropper(page)(BBox(10, 20, 110, 70)).size == (100, 50)
    assert _cropper(page, 0.0)(BBox(10, 20, 110, 70)).size == (100, 50)
    assert _cropper(page, 1.0)(BBox(400, 20, 500, 70)) is None  # off the page


def _row(neighbours: bool) -> Image.Image:
    """A header row's crop: the row's print in its middle, an accent above one letter, and, when
    ``neighbours``, the feet of the line above cut by the top edge and the heads of the line below
    cut by the bottom edge."""
    row = Image.new("RGB", (600, 120), "white")
    draw = ImageDraw.Draw(row)
    draw.rectangle([40, 45, 560, 80], fill="black")  # the row's words
    draw.rectangle([100, 38, 110, 41], fill="black")  # an accent, 3 px above its letter
    if neighbours:
        draw.rectangle([30, 0, 500, 12], fill="black")
        draw.rectangle([200, 94, 206, 99], fill="black")  # an accent of the line below
        draw.rectangle([60, 105, 590, 119], fill="black")
    return row


def test_a_row_is_framed_alone_for_the_recogniser():
    alone = one_line(_row(False))
    framed = one_line(_row(True))
    assert framed.size == alone.size
    assert np.array_equal(np.asarray(framed), np.asarray(alone))
    ink = np.asarray(framed.convert("L")) < 128
    rows = np.flatnonzero(ink.any(axis=1))
    # the accent is kept; a quarter of the ink's height (38 px to 80 px: 43) is left around it
    assert rows[0] == 11 and framed.height == 43 + 2 * 11
    assert framed.width == 521 + 2 * 11


def test_hand_writing_joined_to_the_row_is_kept():
    row = _row(False)
    ImageDraw.Draw(row).rectangle([300, 0, 330, 70], fill="black")  # a tall digit from the edge into the row
    framed = one_line(row)
    assert framed.height >= 81  # from the top edge to the row's foot
