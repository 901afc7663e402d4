"""The five scan variants of a phone or a copier (:mod:`dispatch_tools.evaluate.scan_variants_phone`):
fixed by their seed, made only when asked for, and each does what its name says."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.evaluate.scan_variants import KINDS, MORE_KINDS, main, variant
from dispatch_tools.evaluate.scan_variants_phone import DESK, PHONE_KINDS


def _page() -> Image.Image:
    img = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(img)
    for y in range(80, 1650, 40):
        draw.line((100, y, 1140, y), fill="black", width=3)  # level lines of print
    return img


def test_phone_kinds_are_fixed_by_seed_and_not_made_by_default():
    page = _page()
    assert not set(PHONE_KINDS) & set(KINDS + MORE_KINDS)
    for kind in PHONE_KINDS:
        a, b = variant(page, "stem", kind), variant(page, "stem", kind)
        assert np.array_equal(np.asarray(a), np.asarray(b)), kind
        assert not np.array_equal(np.asarray(a.resize(page.size)), np.asarray(page)), kind


def _dark_share(image: Image.Image, border: int = 8) -> float:
    gray = np.asarray(image.convert("L"))
    edge = np.concatenate([gray[:border].ravel(), gray[-border:].ravel(), gray[:, :border].ravel(),
                           gray[:, -border:].ravel()])
    return float((edge < 80).mean())


def test_each_phone_kind_looks_as_named():
    page = _page()
    assert _dark_share(variant(page, "stem", "keystone")) > 0.5  # a desk round the slanted sheet
    assert _dark_share(variant(page, "stem", "dark")) > 0.8  # a black ground all round
    assert variant(page, "stem", "dark").getpixel((2, 2)) != (255, 255, 255)
    tilted = np.asarray(variant(page, "stem", "tilt").convert("L"))
    assert (tilted[:, 200] < 128).sum() != (tilted[:, 1000] < 128).sum() or \
        np.flatnonzero(tilted[:, 200] < 128)[0] != np.flatnonzero(tilted[:, 1000] < 128)[0]  # lines slope
    assert variant(page.resize((2480, 3508)), "stem", "chat").width == 1600
    lit = np.asarray(variant(page, "stem", "lamp"), np.float32)
    paper = lit[np.asarray(page.convert("L")) > 200]
    assert paper[:, 2].mean() < 0.85 * paper[:, 0].mean()  # a warm cast
    assert paper[:, 0].max() - paper[:, 0].min() > 80  # the light falls off across the page
    assert DESK[0] < 80


def test_phone_is_the_five_kinds(capsys):
    assert main(["--kinds", "phone,smudge"]) == 2
    assert "keystone" in capsys.readouterr().err
