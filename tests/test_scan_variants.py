"""The seeded variants of the development scans (:mod:`dispatch_tools.evaluate.scan_variants`):
the same page and seed always give the same pixels, and each kind does what its name says."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.evaluate.scan_variants import KINDS, variant


def _page() -> Image.Image:
    img = Image.new("RGB", (620, 877), "white")  # A4 at 75 dpi
    draw = ImageDraw.Draw(img)
    for y in range(60, 800, 30):
        draw.text((60, y), "Ủy ban nhân dân tỉnh", fill="black")
    draw.ellipse((400, 600, 520, 720), outline=(200, 30, 40), width=4)
    return img


def test_variants_are_fixed_by_seed_and_look_as_named():
    page = _page()
    for kind in KINDS:
        a, b = variant(page, "stem", kind), variant(page, "stem", kind)
        assert np.array_equal(np.asarray(a), np.asarray(b)), kind
    big = page.resize((2480, 3508))
    assert variant(big, "stem", "dpi150").width == 1240
    assert abs(variant(big, "stem", "dpi200").width - 2480 * 2 / 3) <= 1
    assert variant(page, "stem", "dpi150").size == page.size  # never enlarged
    copy = np.asarray(variant(page, "stem", "photocopy")).astype(int)
    assert (copy[..., 0] == copy[..., 1]).all()  # no colour on a photocopy
    assert not np.array_equal(np.asarray(variant(page, "a", "rotated")), np.asarray(page))
