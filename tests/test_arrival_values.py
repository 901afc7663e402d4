"""The arrival stamp's hand-written number and date cut out clean (frame, dotted line and label
taken away, a date cut at its hand-drawn separators), and a date put together from its parts
only when the day and month are read surely and the date fits the issue date, always flagged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import arrival, arrival_values
from dispatch_tools.model import BBox, Document, Fields, Page
from dispatch_tools.options import Options
from dispatch_tools.parse.arrival_date import date_from_parts
from dispatch_tools.parse.marks import apply_marks

from .conftest import shared_path

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
HAND = Path("/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf")
fonts = pytest.mark.skipif(not (FONT.is_file() and HAND.is_file()), reason="Liberation fonts are not installed")


def _row(label: str, values: list[str], separator: bool) -> tuple[Image.Image, float, float]:
    """A stamp row as the band cut from a frame gives it: the frame's top line and right side, the
    printed label, a dotted line, the hand-written value above it (its parts apart, with a short
    stroke between them when ``separator``), and the tail of the row above."""
    image = Image.new("RGB", (520, 110), "white")
    draw = ImageDraw.Draw(image)
    label_font, hand = ImageFont.truetype(str(FONT), 36), ImageFont.truetype(str(HAND), 44)
    draw.line((0, 2, 519, 2), fill="black", width=3)  # the frame's line above the row
    draw.line((514, 0, 514, 109), fill="black", width=3)  # its right side
    draw.text((10, 40), label, fill="black", font=label_font)
    x = 10 + draw.textlength(label, font=label_font)
    for dot in range(int(x) + 4, 500, 9):  # the dotted line
        draw.ellipse((dot, 72, dot + 3, 75), fill="black")
    x += 40
    for k, value in enumerate(values):
        if k and separator:
            draw.line((x + 7, 70, x + 10, 50), fill="black", width=3)  # a hand-drawn slash, shorter than the figures
            x += 24
        draw.text((x, 22), value, fill="black", font=hand)
        x += draw.textlength(value, font=hand) + 14
    return image, 36.0, 40.0


@fonts
def test_a_number_is_cut_from_its_label_dots_and_frame():
    band, height, top = _row("Số:", ["2352"], False)
    (part,) = arrival_values.value_parts(band, height, top, date=False)
    hand = ImageFont.truetype(str(HAND), 44)
    width = ImageDraw.Draw(band).textlength("2352", font=hand)
    # the value alone with its margin: no label, no frame line, no dotted line's length
    assert part.width < width + 40 and part.height < 80


@fonts
def test_a_date_is_cut_at_its_hand_drawn_separators():
    band, height, top = _row("Ngày:", ["21", "3", "18"], True)
    parts = arrival_values.value_parts(band, height, top, date=True)
    assert len(parts) == 3
    assert parts[1].width < parts[0].width and parts[1].width < parts[2].width  # ``3`` between ``21`` and ``18``


@fonts
def test_a_date_without_separators_is_one_part():
    band, height, top = _row("Ngày:", ["21318"], False)
    assert len(arrival_values.value_parts(band, height, top, date=True)) == 1


def test_an_empty_row_has_no_value():
    band = Image.new("RGB", (300, 80), "white")
    assert arrival_values.value_parts(band, 30.0, 20.0, date=False) == []


def _part(value, conf, check):
    return {"value": value, "conf": conf, "check": check}


def test_a_date_is_put_together_from_a_sure_day_and_month_with_the_issue_year():
    issued = dt.date(2018, 3, 20)
    parts = [_part("21", 0.94, "1"), _part("3", 0.92, "3"), _part(None, 0.0, "48")]
    assert date_from_parts(parts, issued) == dt.date(2018, 3, 21)
    # a December dispatch stamped in January: the next year
    assert date_from_parts([_part("3", 0.95, "3"), _part("1", 0.95, "1"), _part(None, 0.0, None)],
                           dt.date(2018, 12, 28)) == dt.date(2019, 1, 3)


@pytest.mark.parametrize("parts, why", [
    ([_part("21", 0.85, "21"), _part("3", 0.95, "3"), _part(None, 0.0, None)], "a day read unsurely"),
    ([_part("21", 0.95, "21"), _part("13", 0.95, "13"), _part(None, 0.0, None)], "no month 13"),
    ([_part("19", 0.95, "19"), _part("3", 0.95, "3"), _part(None, 0.0, None)], "before the issue date"),
    ([_part("21", 0.95, "21"), _part("5", 0.95, "5"), _part(None, 0.0, None)], "two months after it"),
    ([_part("21", 0.95, "21"), _part("3", 0.95, "3"), _part("17", 0.95, "17")], "a year read otherwise"),
    ([_part("21", 0.95, "21"), _part("3", 0.95, "3")], "no year part"),
])
def test_a_date_is_not_put_together_when_its_parts_say_otherwise(parts, why):
    assert date_from_parts(parts, dt.date(2018, 3, 20)) is None, why


def _stamp(values: dict) -> Document:
    mark = arrival.Mark("arrival", BBox(0, 0, 10, 10), "CV ĐẾN", values, crop="AA")
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=[mark])])
    doc.fields = Fields(date="2018-03-20")
    return doc


def test_a_date_put_together_goes_to_the_arrival_and_is_flagged(vietnamese):
    parts = {"date": [_part("21", 0.94, "1"), _part("3", 0.92, "3"), _part(None, 0.0, "48")]}
    doc = _stamp({"number": "2352", "date": None, "time": None, "readings": {"parts": parts}})
    apply_marks(doc)
    assert (doc.fields.arrival.number, doc.fields.arrival.date) == ("2352", "2018-03-21")
    assert doc.fields.review["arrival"] == ("cần xem lại: ngày đến 21/03/2018 đọc từ chữ viết tay, "
                                            "lấy năm theo ngày ban hành")


def test_an_unreadable_hand_written_date_stays_empty_and_flagged(vietnamese):
    parts = {"date": [_part("21", 0.60, "27"), _part("3", 0.92, "3"), _part(None, 0.0, None)]}
    doc = _stamp({"number": None, "date": None, "time": None, "readings": {"parts": parts}})
    apply_marks(doc)
    assert (doc.fields.arrival.number, doc.fields.arrival.date) == (None, None)
    assert doc.fields.review["arrival"] == "cần xem lại: dấu công văn đến viết tay"


def test_the_hand_written_stamp_of_a_real_scan_is_read(monkeypatch, tmp_path):
    """The development scan whose ``CV ĐẾN`` stamp carries ``2352`` and ``21/3/18`` by hand: the
    number is read surely by both models; the date's day and month by the main one, its
    flourished ``18`` by neither, so the date is put together with the issue year, flagged."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.ingest import second_reader
    from dispatch_tools.ingest.box_image import ink_image
    from dispatch_tools.ingest.tesseract import run_tesseract

    path = shared_path("scans", "quangngai_05_2352_07_CT_UBND.pdf")
    if not second_reader.available("digits"):
        pytest.skip("the second recogniser is not installed")
    monkeypatch.setenv("DISPATCH_OCR_CACHE", str(tmp_path))
    image = page_one_image(path)
    box, _ = arrival.frames(image)[0]
    crop = image.crop((int(box.x0), int(box.y0), int(box.x1), int(box.y1)))
    values = arrival.read_fields(crop, run_tesseract(ink_image(crop), Options(), psm=6))
    assert values["number"] == "2352"
    assert values["date"] in (None, "2018-03-21")
    parts = values["readings"]["parts"]["date"]
    assert date_from_parts(parts, dt.date(2018, 3, 20)) == dt.date(2018, 3, 21)
