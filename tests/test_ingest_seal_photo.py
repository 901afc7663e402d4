"""A grey round seal over a photocopied title, and a phone photo in perspective: generated pages."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest.perspective import flatten, sheet
from dispatch_tools.ingest.seal import find_rings, remove_rings
from dispatch_tools.ingest.tesseract import ocr_page
from dispatch_tools.options import Options

from .conftest import OCR_CACHE, SAMPLES

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
BOLD = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")
pytestmark = pytest.mark.skipif(not BOLD.is_file(), reason="Liberation fonts are not installed")
TITLE = ["QUYẾT ĐỊNH", "Về việc phê duyệt Đề án chuyển đổi số trong công tác văn thư",
         "và lưu trữ của các bộ, ngành giai đoạn 2026-2030"]


def photocopy(seal: bool = True, grey: int = 120, print_grey: int = 0) -> Image.Image:
    """The top of a photocopied decision, a grey round seal (its ink's grey ``grey``) over its title
    block, its print as grey as ``print_grey``."""
    page = Image.new("L", (2480, 1300), 255)
    draw = ImageDraw.Draw(page)
    font, bold = ImageFont.truetype(str(FONT), 50), ImageFont.truetype(str(BOLD), 54)
    draw.text((300, 150), "THỦ TƯỚNG CHÍNH PHỦ", font=bold, fill=print_grey)
    draw.text((1250, 150), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=bold, fill=print_grey)
    draw.text((1450, 230), "Độc lập - Tự do - Hạnh phúc", font=bold, fill=print_grey)
    draw.text((380, 330), "Số: 412/QĐ-TTg", font=font, fill=print_grey)
    draw.text((1350, 330), "Hà Nội, ngày 14 tháng 3 năm 2026", font=font, fill=print_grey)
    for (x, y), line in zip(((1080, 520), (560, 610), (820, 690)), TITLE):
        draw.text((x, y), line, font=bold, fill=print_grey)
    draw.text((900, 850), "THỦ TƯỚNG CHÍNH PHỦ", font=bold, fill=print_grey)
    draw.text((300, 960), "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", font=font, fill=print_grey)
    if seal:
        ink = Image.new("L", page.size, 255)
        stamp = ImageDraw.Draw(ink)
        cx, cy, r = 1240, 640, 230
        stamp.ellipse((cx - r, cy - r, cx + r, cy + r), outline=grey, width=14)
        stamp.ellipse((cx - r + 60, cy - r + 60, cx + r - 60, cy + r - 60), outline=grey, width=6)
        small = ImageFont.truetype(str(BOLD), 34)
        ring = "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ * "
        for k, ch in enumerate(ring):
            a = math.pi * (1.05 + 1.9 * k / len(ring))
            stamp.text((cx + (r - 36) * math.cos(a) - 10, cy + (r - 36) * math.sin(a) - 16), ch, font=small, fill=grey)
        page = Image.fromarray(np.minimum(np.asarray(page), np.asarray(ink)))
    return page.convert("RGB")


def test_grey_seal_ring_is_found_and_the_print_under_it_kept():
    gray = np.asarray(photocopy().convert("L"))
    (ring,) = find_rings(gray)
    assert abs(ring[0] - 1240) < 15 and abs(ring[1] - 640) < 15 and abs(ring[2] - 230) < 20
    cleaned, _ = remove_rings(gray)
    assert cleaned[640 - 230, 1240] > 200  # the ring's top is paper now
    black = gray < 90
    assert (cleaned[black] < 90).all()  # every black pixel of the print is still there
    assert not find_rings(np.asarray(photocopy(seal=False).convert("L")))


def test_a_dark_grey_seal_is_told_from_the_print_by_its_rings_grey():
    """A red seal photocopied comes out a dark grey (88 here), darker than the fixed line between
    print and seal: the line is drawn from the ring's own grey, so its ring and letters go and the
    black print under it stays."""
    gray = np.asarray(photocopy(grey=88).convert("L"))
    (ring,) = find_rings(gray)
    cleaned, _ = remove_rings(gray)
    assert cleaned[640 - 230, 1240] > 200 and cleaned[640 + 230, 1240] > 200  # the ring is paper
    yy, xx = np.mgrid[0:gray.shape[0], 0:gray.shape[1]]
    disc = (xx - 1240) ** 2 + (yy - 640) ** 2 <= 240 ** 2
    seal_ink = disc & (gray > 70) & (gray < 110)
    assert (cleaned[seal_ink] > 200).mean() > 0.8  # the seal's ink, bar what touches the print
    black = gray < 40
    assert (cleaned[black] < 40).all()  # every black pixel of the print is still there
    page = ocr_page(photocopy(grey=88), 1, Options(ocr_cache=str(OCR_CACHE)))
    words = " ".join(" ".join(line.text for line in page.lines).split())
    for line in TITLE:
        assert line in words


def test_a_grey_copys_print_as_grey_as_its_seal_keeps_every_letter():
    """Print nearly as grey as the seal (a pale copy: 65 against 80) cannot be told from it by its
    grey: the fixed line stays, and no letter of the print goes with the seal."""
    gray = np.asarray(photocopy(grey=80, print_grey=65).convert("L"))
    cleaned, rings = remove_rings(gray)
    assert len(rings) == 1
    print_ink = gray <= 66
    assert print_ink.sum() > 10_000 and (cleaned[print_ink] <= 66).all()


def test_title_under_a_grey_seal_is_read():
    page = ocr_page(photocopy(), 1, Options(ocr_cache=str(OCR_CACHE)))
    words = " ".join(" ".join(line.text for line in page.lines).split())
    for line in TITLE:  # every word, in order (a wide gap left by the ring may break a row)
        assert line in words
    assert [m.kind for m in page.marks].count("seal") == 1


def photo() -> Image.Image:
    """Page 1 of a sample photographed from above at an angle, on a dark table, light falling off."""
    import cv2

    flat = np.asarray(Image.open(SAMPLES / "seed000_scan_page1.png").convert("RGB").resize((1240, 1754)))
    h, w = flat.shape[:2]
    corners = np.float32([[260, 170], [1230, 230], [1330, 1880], [130, 1800]])
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners)
    table = np.full((2000, 1500, 3), (70, 60, 50), np.uint8)
    shot = cv2.warpPerspective(flat, matrix, (1500, 2000), dst=table, borderMode=cv2.BORDER_TRANSPARENT)
    light = np.linspace(1.0, 0.7, 1500)[None, :, None] * np.linspace(1.0, 0.85, 2000)[:, None, None]
    return Image.fromarray((shot * light).clip(0, 255).astype(np.uint8))


def test_photo_sheet_is_found_and_warped_upright():
    quad = sheet(photo())
    assert quad is not None
    assert np.abs(quad - np.float32([[260, 170], [1230, 230], [1330, 1880], [130, 1800]])).max() < 20
    flat, warped = flatten(photo())
    assert warped and abs(flat.height / flat.width - 297 / 210) < 0.02
    scan = Image.open(SAMPLES / "seed000_scan_page1.png")
    assert flatten(scan) == (scan, False)  # a scan is left as it is


def test_photo_in_perspective_reads_its_header():
    page = ocr_page(photo(), 1, Options(ocr_cache=str(OCR_CACHE)))
    text = "\n".join(line.text for line in page.lines)
    assert "Số: 1690-CV/TĐTN-BTG" in text and "Rạch Giá, ngày 20 tháng 9 năm 2022" in text
    assert any("straightened" in note for note in page.notes)
