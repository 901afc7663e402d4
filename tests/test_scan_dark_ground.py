"""A page lying level on a dark ground (a scanner's lid left open, a photo from straight above):
the sheet is cut out of the black, so that no printed line beside the border is lost."""

from __future__ import annotations

import numpy as np
from PIL import Image

from dispatch_tools.ingest.perspective import flatten, sheet
from dispatch_tools.ingest.tesseract import ocr_page
from dispatch_tools.options import Options

from .conftest import OCR_CACHE, SAMPLES

GROUND = (38, 34, 30)


def on_ground(turn: float = 0.8, pad: tuple[int, int] = (90, 110)) -> Image.Image:
    """Page 1 of a sample laid on a dark ground with ``pad`` pixels of it round the sheet, turned
    ``turn`` degrees (under the tilt a photo's sheet is warped for)."""
    page = Image.open(SAMPLES / "seed000_scan_page1.png").convert("RGB")
    ground = Image.new("RGB", (page.width + 2 * pad[0], page.height + 2 * pad[1]), GROUND)
    ground.paste(page, pad)
    return ground.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=GROUND)


def test_a_level_sheet_on_a_dark_ground_is_cut_out():
    shot = on_ground()
    quad = sheet(shot)
    assert quad is not None
    flat, warped = flatten(shot)
    assert warped
    gray = np.asarray(flat.convert("L"))
    edge = np.concatenate([gray[:, :3].ravel(), gray[:, -3:].ravel(), gray[:3].ravel(), gray[-3:].ravel()])
    assert np.median(edge) > 200  # paper to the picture's edges: the black ground is gone


def test_a_scan_and_a_copy_with_a_dark_edge_are_left_as_they_are():
    scan = Image.open(SAMPLES / "seed000_scan_page1.png").convert("RGB")
    assert flatten(scan) == (scan, False)
    copy = np.asarray(scan).copy()
    copy[:, :40] = 30  # a copier's lid edge along one side
    assert sheet(Image.fromarray(copy)) is None
    framed = on_ground(turn=0.0, pad=(4, 4))  # the ground only a sliver round the page
    assert sheet(framed) is None


def test_the_header_beside_a_black_border_is_read():
    page = ocr_page(on_ground(), 1, Options(ocr_cache=str(OCR_CACHE)))
    text = "\n".join(line.text for line in page.lines)
    assert "Số: 1690-CV/TĐTN-BTG" in text and "Rạch Giá, ngày 20 tháng 9 năm 2022" in text
