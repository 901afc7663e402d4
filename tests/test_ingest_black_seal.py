"""A round seal printed black (a 1-bit scan, a photocopy) over printed lines: generated pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.evaluate.degrade import Stamp, black_seal
from dispatch_tools.ingest.black_seal import black_ring, remove_black_rings
from dispatch_tools.ingest.seal import circles
from dispatch_tools.options import Options
from dispatch_tools.parse.black_seal_marks import nearest_title

from .conftest import OCR_CACHE

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
BOLD = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")
pytestmark = pytest.mark.skipif(not BOLD.is_file(), reason="Liberation fonts are not installed")
SEAL = (1480, 640, 230)  # centre and radius of the seal, pixels at 300 dpi (39 mm across)


def foot(seal: bool = True, title: str = "PHÓ CHỦ TỊCH") -> Image.Image:
    """The foot of a signed dispatch as a 1-bit scan: Nơi nhận left, the signature block right,
    a black seal over the block's left third, its ring across the title lines."""
    page = Image.new("L", (2480, 1300), 255)
    draw = ImageDraw.Draw(page)
    font, bold = ImageFont.truetype(str(FONT), 42), ImageFont.truetype(str(BOLD), 54)
    draw.text((300, 180), "Trân trọng cảm ơn sự phối hợp của các cơ quan, đơn vị./.", font=font, fill=0)
    draw.text((300, 380), "Nơi nhận:", font=ImageFont.truetype(str(BOLD), 44), fill=0)
    for k, line in enumerate(("- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                              "- Lưu: VT, KTTH.")):
        draw.text((300, 450 + 55 * k), line, font=font, fill=0)
    draw.text((1560, 380), "KT. CHỦ TỊCH", font=bold, fill=0)
    draw.text((1545, 450), title, font=bold, fill=0)
    draw.text((1500, 960), "Nguyễn Văn Minh", font=bold, fill=0)
    if not seal:
        return page.convert("1")
    x, y, r = SEAL
    stamp = Stamp((x, y), r, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", signature_box=(1600, 620, 1950, 860))
    return black_seal(page.convert("RGB"), stamp, seed=3)


def test_black_seal_ring_is_found_and_print_is_no_ring():
    gray = np.asarray(foot().convert("L"))
    rings = [ring for ring in (black_ring(gray, *c) for c in circles(gray)) if ring is not None]
    assert rings, "the black seal's ring was not found"
    x, y, r, inner, outer = rings[0]
    assert abs(x - SEAL[0]) < 15 and abs(y - SEAL[1]) < 15 and abs(r - SEAL[2]) < 25
    assert outer - inner < 0.14 * r  # a thin band
    plain = np.asarray(foot(seal=False).convert("L"))
    assert not [c for c in circles(plain) if black_ring(plain, *c)]  # print and a page with no seal


def test_black_seal_is_taken_off_the_lines_it_crosses():
    gray = np.asarray(foot().convert("L"))
    erased, rings, lines = remove_black_rings(gray, circles(gray))
    assert len(rings) == 1 and len(lines) >= 2  # both title lines run across it
    x, y, r = rings[0]
    assert erased[int(y + r), int(x)] == 255  # the ring's foot, below every line, is paper
    assert erased[int(y), int(x)] == 255  # the star
    clean = np.asarray(foot(seal=False).convert("L")) < 128
    ring = next(ring for ring in (black_ring(gray, *c) for c in circles(gray)) if ring is not None)
    yy, xx = np.mgrid[0:gray.shape[0], 0:gray.shape[1]]
    dist = np.hypot(xx - ring[0], yy - ring[1])
    off_band = (dist < ring[3] - 0.04 * r) | (dist > ring[4] + 0.04 * r)  # the ring's slice is lost
    kept = (erased < 128) & clean & off_band
    for rows in (slice(380, 445), slice(445, 520)):  # KT. CHỦ TỊCH, PHÓ CHỦ TỊCH
        assert kept[rows].sum() >= 0.95 * (clean & off_band)[rows].sum()  # the line's ink stays


def test_title_under_a_black_seal_is_read_or_flagged(tmp_path):
    from dispatch_tools.pipeline import read

    path = tmp_path / "foot.png"
    foot().save(path)
    doc = read(path, Options(ocr_cache=str(OCR_CACHE), jobs=1))
    text = " ".join(doc.text.split())
    assert "CHỦ TỊCH" in text  # the signature's lines are not dropped
    signer = doc.fields.signer
    for part, right in (("authority", "KT."), ("capacity", "CHỦ TỊCH"), ("title", "PHÓ CHỦ TỊCH")):
        value = getattr(signer, part)
        assert value == right or f"signer.{part}" in doc.fields.review, (part, value)
    assert any(mark.values.get("colour") == "black" for page in doc.pages for mark in page.marks)


def test_title_read_under_a_seal_takes_only_a_close_unambiguous_title():
    assert nearest_title("PHOCL ' HIỆM") == "PHÓ CHỦ NHIỆM"
    assert nearest_title("PHÓ GIÁM ĐÓC") == "PHÓ GIÁM ĐỐC"
    assert nearest_title("ATH\\L T. ƯỞNG") is None  # THỦ TƯỚNG, THỨ TRƯỞNG, THỦ TRƯỞNG: too alike
    assert nearest_title("——= ta `ƯÚ TỊCH") is None  # too far from any title
