"""A photocopy's lone toner specks are whitened before OCR; letters, their marks and dotted
leaders stay."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest.image import despeckle, prepare


def _page() -> np.ndarray:
    image = Image.new("L", (2480, 600), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default()
    draw.text((200, 100), "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", font=font, fill=0)
    draw.text((200, 250), "ngày ........ tháng 02 năm 2025", font=font, fill=0)
    return np.asarray(image).copy()


def test_lone_specks_are_whitened_and_the_print_stays():
    clean = _page()
    specked = clean.copy()
    rng = np.random.default_rng(7)
    spots = [(int(rng.integers(50, 2430)), int(rng.integers(420, 580))) for _ in range(40)]
    spots += [(120, 120), (1900, 270)]  # beside the text's lines, but apart from any letter
    for x, y in spots:
        specked[y - 1:y + 2, x - 1:x + 2] = 30
    out, count = despeckle(specked)
    assert count == len(spots)
    assert np.array_equal(out, clean)  # every letter, mark and leader dot kept, every speck gone


def test_a_clean_page_is_left_as_it_is():
    clean = _page()
    out, count = despeckle(clean)
    assert count == 0 and out is clean


def test_a_photocopy_loses_its_specks_and_an_even_page_keeps_them():
    page = _page()
    page[500:503, 1000:1003] = 20
    grey = np.where(page > 128, 185, page).astype(np.uint8)  # a photocopy's grey paper
    image, info = prepare(Image.fromarray(grey).convert("RGB"))
    assert info.get("binarised") and info.get("specks") == 1
    assert np.asarray(image)[500:503, 1000:1003].min() == 255
    _image, info = prepare(Image.fromarray(page).convert("RGB"))
    assert not info.get("binarised") and "specks" not in info  # a clean page keeps its few


def test_a_speckled_page_on_white_paper_loses_its_specks():
    from dispatch_tools.ingest.image import SPECKLED

    page = _page()
    for k in range(SPECKLED + 10):
        x, y = 40 + (k % 60) * 40, 420 + (k // 60) * 40
        page[y:y + 3, x:x + 3] = 30
    image, info = prepare(Image.fromarray(page).convert("RGB"))
    assert not info.get("binarised") and info.get("specks") == SPECKLED + 10
    assert np.asarray(image)[420:, :].min() == 255


def test_specks_in_twos_and_threes_are_whitened_and_a_leader_of_small_dots_stays():
    """Toner falls in twos and threes, which the engine reads as a dash or a quote; a leader of
    small dots has more dots near each one, its last too, and a speck beside a letter stays."""
    clean = _page()
    for k in range(12):  # a leader of 3-pixel dots, 10 px apart, away from the print
        clean[450:453, 600 + 10 * k:603 + 10 * k] = 0
    specked = clean.copy()
    groups = [[(1500, 450), (1509, 452)], [(1800, 500), (1808, 497), (1815, 503)], [(300, 550)]]
    for group in groups:
        for x, y in group:
            specked[y - 1:y + 2, x - 1:x + 2] = 30
    out, count = despeckle(specked)
    assert count == 6 and np.array_equal(out, clean)
    four = clean.copy()
    for x in (1500, 1508, 1516, 1524):  # four in a row, as close as a leader's dots: kept
        four[450:453, x:x + 3] = 30
    assert np.array_equal(despeckle(four)[0][450:453, 1500:1530], four[450:453, 1500:1530])
