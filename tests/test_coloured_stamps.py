"""Stamps and pens of other colours over the header: a red or blue arrival stamp keeps every
printed line under it (only words in its own ink are its), a number's figures written by pen
against ``Số`` give no tail of themselves, and a coloured number no one can read is empty and
flagged, never a confident guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest.box_digits import field_value
from dispatch_tools.ingest.stamp_colour import coloured_word, frame_colour
from dispatch_tools.model import BBox
from dispatch_tools.options import Options

from .conftest import shared_path
from .test_arrival import FONT
from .test_arrival_values import HAND

fonts = pytest.mark.skipif(not (FONT.is_file() and HAND.is_file()), reason="Liberation fonts are not installed")
RED, BLUE, BLACK = (210, 45, 60), (45, 70, 190), (25, 25, 30)


def _multiplied(page: Image.Image, layer: Image.Image) -> Image.Image:
    from dispatch_tools.evaluate.scan_variants_stamped import _multiply

    return _multiply(page, layer)


def _framed(ink: tuple, print_over: bool = False) -> tuple[Image.Image, BBox]:
    """A 640 × 280 frame in ``ink`` on a white patch, with a black printed line across it."""
    page = Image.new("RGB", (900, 500), "white")
    if print_over:
        ImageDraw.Draw(page).text((40, 170), "nội dung trình Hội đồng nhân dân tỉnh", fill=BLACK,
                                  font=ImageFont.truetype(str(FONT), 44))
    layer = Image.new("RGB", page.size, "white")
    draw = ImageDraw.Draw(layer)
    draw.rectangle((100, 100, 740, 380), outline=ink, width=5)
    draw.text((420, 114), "CÔNG VĂN ĐẾN", fill=ink, font=ImageFont.truetype(str(FONT), 40), anchor="ma")
    return _multiplied(page, layer), BBox(100, 100, 741, 381)


@fonts
@pytest.mark.parametrize("ink, coloured", [(RED, True), (BLUE, True), (BLACK, False)])
def test_a_frame_is_coloured_by_the_ink_of_its_sides(ink, coloured):
    image, box = _framed(ink, print_over=True)  # the printed line crosses both sides
    assert frame_colour(image, box) is coloured


@fonts
@pytest.mark.parametrize("ink", [RED, BLUE])
def test_a_printed_word_under_a_coloured_stamp_is_not_the_stamps(ink):
    image, _ = _framed(ink, print_over=True)
    printed = BBox(40, 170, 330, 225)  # ``nội dung`` under the frame's side and its title row
    stamp_title = BBox(270, 114, 570, 160)
    assert not coloured_word(image, printed)
    assert coloured_word(image, stamp_title)


def test_figures_glued_to_the_label_give_no_tail_of_themselves():
    """``S53 /TB-UBND``: the second recogniser's reading of a row whose pen figures run into
    ``Số`` (its colon written over) may be ``Số 53`` or ``S6`` and ``3``; ``3`` was taken surely."""
    ones = [0.99] * 20
    assert field_value("number", "S53 /TB-UBND", ones)[0] is None
    assert field_value("number", "Só53 /TB-UBND", ones)[0] is None
    assert field_value("number", "Só: 53 /TB-UBND", ones)[0] == "53"
    assert field_value("number", "S6: 53/TB-UBND", ones)[0] == "53"
    assert field_value("number", "Số:1595 /SGDĐT", ones)[0] == "1595"


def _page(tmp_path: Path, colour: str, place: str) -> tuple[Path, list[str]]:
    """A composed A4 page at 300 dpi: a header, a short subject of three lines in the left column
    and a ``colour`` arrival stamp (as ``scan_variants`` draws it) left under the number, the
    subject's lines wholly inside its frame, or across the subject's lines."""
    from dispatch_tools.evaluate.scan_variants_stamped import arrival_stamp

    page = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(page)
    font, bold = ImageFont.truetype(str(FONT), 46), ImageFont.truetype(str(FONT.with_name("LiberationSerif-Bold.ttf")), 46)
    draw.text((660, 300), "ỦY BAN NHÂN DÂN", fill=BLACK, font=font, anchor="ma")
    draw.text((660, 365), "HUYỆN ĐÔNG SƠN", fill=BLACK, font=bold, anchor="ma")
    draw.text((1750, 300), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fill=BLACK, font=bold, anchor="ma")
    draw.text((1750, 365), "Độc lập - Tự do - Hạnh phúc", fill=BLACK, font=bold, anchor="ma")
    number = "Số: 128/UBND-VP"
    draw.text((660, 500), number, fill=BLACK, font=font, anchor="ma")
    number_box = draw.textbbox((660, 500), number, font=font, anchor="ma")
    draw.text((1750, 500), "Đông Sơn, ngày 12 tháng 3 năm 2025", fill=BLACK, font=font, anchor="ma")
    subject = ["V/v rà soát danh sách", "hộ nghèo, cận nghèo", "năm 2025"]
    boxes = []
    for k, text in enumerate(subject):
        draw.text((660, 590 + 66 * k), text, fill=BLACK, font=font, anchor="ma")
        boxes.append(draw.textbbox((660, 590 + 66 * k), text, font=font, anchor="ma"))
    draw.text((1240, 900), "Kính gửi: Ủy ban nhân dân các xã, thị trấn", fill=BLACK, font=font, anchor="ma")
    stamped = (arrival_stamp(page, 5, colour, [], number_box) if place == "under"
               else arrival_stamp(page, 5, colour, boxes, None))
    path = tmp_path / f"{colour}.png"
    stamped.save(path, dpi=(300, 300))
    return path, [number] + subject


@fonts
@pytest.mark.parametrize("place", ["under", "across"])
@pytest.mark.parametrize("colour", ["red", "blue"])
def test_a_coloured_stamp_never_removes_a_printed_line(tmp_path, colour, place):
    from dispatch_tools.pipeline import read

    path, printed_lines = _page(tmp_path, colour, place)
    doc = read(path, Options(ocr_cache=str(tmp_path / "ocr"), jobs=1))
    text = " ".join(line.text for line in doc.pages[0].lines)
    for printed in printed_lines:  # every printed line under the stamp is still in the page's text
        words = printed.split()
        kept = sum(word in text for word in words)
        assert kept >= len(words) - 1, (printed, text)
    assert "CÔNG VĂN ĐẾN" not in text and "Chuyển" not in text
    assert doc.fields.number == "128/UBND-VP"


@fonts
@pytest.mark.parametrize("colour", [(25, 45, 160), (200, 30, 40)])
def test_an_unreadable_coloured_number_is_empty_and_flagged(tmp_path, colour):
    """Page 1 of a development scan (150 dpi) with its number's figures taken away and a pen's
    scrawl in blue or red in the blank ``Số:`` box, figures over figures: no number is given
    without a flag."""
    from dispatch_tools.evaluate.real_scans import cache_root
    from dispatch_tools.pipeline import read

    page = Image.open(shared_path("scans", "cantho_kh70_2025_p1.jpg")).convert("RGB")
    draw = ImageDraw.Draw(page)
    draw.rectangle((270, 212, 334, 242), fill="white")
    hand = ImageFont.truetype(str(HAND), 22)
    for dx, figures in ((0, "58"), (5, "31"), (9, "76")):  # written over twice, as a clerk corrects it
        draw.text((282 + dx, 214 + dx // 3), figures, fill=colour, font=hand)
    draw.line((280, 236, 330, 214), fill=colour, width=2)
    path = tmp_path / "scrawl.png"
    page.save(path, dpi=(150, 150))
    cache = cache_root() / "ocr" / "composed"
    cache.mkdir(parents=True, exist_ok=True)
    fields = read(path, Options(ocr_cache=str(cache), jobs=1)).fields
    assert "number" in fields.review, (fields.number, fields.review)
    assert not fields.number, fields.number
