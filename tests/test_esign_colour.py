"""E-signature stamps printed in blue on a colour scan (ingest/esign_colour.py): read when the
hand-filled day is not, so that the signing day stands in for it, flagged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest.esign_colour import clusters, coloured_stamps, day_unread
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.model import BBox, Mark
from dispatch_tools.options import Options

from .conftest import OCR_CACHE, shared_path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
BLUE, BLACK = (40, 60, 190), (20, 20, 25)


def _page(stamp: list[str], colour=BLUE) -> Image.Image:
    """Page 1's top at 300 dpi: a stamp's lines at the top right, the header printed black under it."""
    page = Image.new("RGB", (2480, 900), "white")
    draw = ImageDraw.Draw(page)
    small, large = ImageFont.truetype(str(FONT), 30), ImageFont.truetype(str(FONT), 44)
    for k, line in enumerate(stamp):
        draw.text((1830, 20 + 36 * k), line, font=small, fill=colour)
    draw.text((250, 300), "ỦY BAN NHÂN DÂN", font=large, fill=BLACK)
    draw.text((1100, 300), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=large, fill=BLACK)
    draw.text((1200, 420), "Quảng Ngãi, ngày      tháng 02 năm 2025", font=large, fill=BLACK)
    return page


STAMP = ["Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "Thời gian ký: 07/02/2025 17:12:11"]


def test_a_blue_stamp_is_read_from_its_ink_alone():
    (mark,) = coloured_stamps(_page(STAMP), Options(ocr_cache=str(OCR_CACHE)), run_tesseract, "tesseract:vie")
    assert mark.kind == "esign" and mark.source == "tesseract:vie+blue"
    assert mark.values["kind"] == "signed" and mark.values["iso"] == "2025-02-07T17:12:11"
    assert mark.values["signed_by"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert mark.bbox.x0 > 1750 and mark.bbox.y1 < 160  # where the stamp is printed, in the page's pixels


def test_black_print_and_its_blue_cast_make_no_cluster():
    page = _page(STAMP, colour=BLACK)
    rgb = np.asarray(page).copy()
    rgb[300:360, 250:900] = np.where(rgb[300:360, 250:900] < 128, np.uint8(30), rgb[300:360, 250:900])
    rgb[300:360, 250:900, 2] = np.where(rgb[300:360, 250:900, 0] < 128, np.uint8(60), rgb[300:360, 250:900, 2])
    assert clusters(rgb[: int(rgb.shape[0])]) == []
    assert coloured_stamps(page, Options(ocr_cache=str(OCR_CACHE)), run_tesseract, "tesseract:vie") == []


def test_only_a_day_left_unread_asks_for_the_stamps():
    unread = Mark("handwriting", BBox(0, 0, 9, 9), "", {"field": "date", "reading": None})
    read = Mark("handwriting", BBox(0, 0, 9, 9), "", {"field": "date", "reading": "07"})
    number = Mark("handwriting", BBox(0, 0, 9, 9), "", {"field": "number", "reading": None})
    stamp = Mark("esign", BBox(0, 0, 9, 9), "", {"iso": "2025-02-07T17:12:11"})
    assert day_unread([number, unread])
    assert not day_unread([read]) and not day_unread([number]) and not day_unread([stamp, unread])


def test_a_real_scans_unread_day_takes_its_blue_stamps_signing_day(tmp_path, vietnamese):
    """Page 1 of a development scan as an image (its PDF's stamp layer gone): the hand-written
    day 07 is not read surely, the blue stamp's signing day 07/02/2025 stands in for it, flagged."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.parse.marks import ESIGN_SOURCE
    from dispatch_tools.pipeline import read

    page = tmp_path / "page1.png"
    page_one_image(shared_path("scans", "quangngai_11_53_TB.pdf")).save(page)
    doc = read(page, Options(ocr_cache=str(tmp_path / "ocr"), jobs=1))  # a real page's text stays out of the repository
    stamps = [m for m in doc.pages[0].marks if m.kind == "esign"]
    assert [m.values["iso"] for m in stamps if m.values["kind"] == "signed"] == ["2025-02-07T17:12:11"]
    assert doc.fields.date == "2025-02-07"
    assert doc.fields.sources["date"].text.startswith(ESIGN_SOURCE)
    assert doc.fields.review["date"].startswith("cần xem lại")
    assert doc.fields.number == "53/TB-UBND" and "ỦY BAN" in (doc.fields.issuer or "")
