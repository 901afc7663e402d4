"""A confidently wrong number is never given unflagged: page 1 of a real scan (``../shared``) with
its number's figures written over by hand, as clean figures, with a stroke through the row, or
with their lower half lost. Each composed page is read by the whole pipeline: the number is the
one written, or it is flagged ``cần xem lại``. A stroke that makes the engine read ``KII-UBND``
for ``KH-UBND`` is caught by the second readings of the row (``parse/number_agree.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.model import Document, Fields, Mark, Page
from dispatch_tools.parse.number_agree import check_symbol_readings, symbol_read

from .conftest import shared_path
from .test_arrival_values import HAND, fonts

SYMBOL = "/KH-UBND"


def _composed(tmp_path: Path, kind: str, figures: str) -> Path:
    """``cantho_kh70_2025_p1.jpg`` (150 dpi) with the typed ``70`` of ``Số: 70 /KH-UBND`` taken
    away and ``figures`` written in its place (the hand-filled box of a clerk)."""
    page = Image.open(shared_path("scans", "cantho_kh70_2025_p1.jpg")).convert("RGB")
    draw = ImageDraw.Draw(page)
    draw.rectangle((270, 212, 334, 242), fill="white")
    draw.text((284, 216), figures, fill=(20, 20, 60), font=ImageFont.truetype(str(HAND), 22))
    if kind == "stroke":  # a signature's stroke through the figures and the symbol's first letters
        draw.line((272, 238, 332, 216), fill=(20, 20, 60), width=3)
    elif kind == "half lost":
        draw.rectangle((280, 229, 333, 242), fill="white")
    path = tmp_path / f"{kind.replace(' ', '_')}_{figures}.png"
    page.save(path, dpi=(150, 150))
    return path


@fonts
@pytest.mark.parametrize("kind, figures", [("clean", "58"), ("stroke", "58"), ("stroke", "13"),
                                           ("half lost", "58")])
def test_a_number_written_over_a_real_scan_is_read_right_or_flagged(tmp_path, kind, figures):
    from dispatch_tools.evaluate.real_scans import cache_root
    from dispatch_tools.options import Options
    from dispatch_tools.pipeline import read

    cache = cache_root() / "ocr" / "composed"
    cache.mkdir(parents=True, exist_ok=True)
    doc = read(_composed(tmp_path, kind, figures), Options(ocr_cache=str(cache), jobs=1))
    fields = doc.fields
    assert fields.number == figures + SYMBOL or "number" in fields.review, (fields.number, fields.review)
    if kind == "clean":
        assert fields.number == figures + SYMBOL and "number" not in fields.review


def _number_doc(number: str, rows: tuple[str, str]) -> Document:
    mark = Mark("handwriting", None, "", {"field": "number", "reading": number.split("/")[0],
                                          "second": {"text": rows[0], "check_text": rows[1]}})
    doc = Document(None, "image", pages=[Page(1, [], 1242, 1753, "px", "ocr", marks=[mark])])
    doc.fields = Fields(number=number)
    return doc


def test_a_symbol_both_second_readings_read_otherwise_flags_the_number(vietnamese):
    doc = _number_doc("58/KII-UBND", ("Só: 58/KH-UBND", "Só:58 /KH-UBND"))
    check_symbol_readings(doc, doc.fields)
    assert doc.fields.number == "58/KII-UBND"  # kept: which reading is wrong no rule can tell
    assert doc.fields.review["number"] == "cần xem lại: lần đọc thứ hai của dòng số đọc ký hiệu khác (“KH-UBND”)"


@pytest.mark.parametrize("number, rows", [
    ("58/KH-UBND", ("Só: 58/KH-UBND", "Só:58 /KH-UBND")),  # alike
    ("5710/UBND-SGDĐT", ("S: 5710 /UBND-SGDDT", "só: 5710/UBND-SGDĐT")),  # Đ read as D
    ("115/CV-PA83", ("S: 115 /CV-PA", "S: 115 /CV-PA")),  # the row's crop cut the symbol
    ("58/KII-UBND", ("Só: 58/KH-UBND", "Só: 58/KN-UBND")),  # the two readings differ: no second word
    ("58/KII-UBND", ("Só: 58", "Só: 58")),  # no symbol read
])
def test_a_symbol_the_readings_hold_alike_or_do_not_hold_is_no_flag(vietnamese, number, rows):
    doc = _number_doc(number, rows)
    check_symbol_readings(doc, doc.fields)
    assert "number" not in doc.fields.review


def test_the_symbol_a_row_reading_holds():
    assert symbol_read("Số: 11 /CT-UBND ngày") == "CT-UBND"
    assert symbol_read("Só: 41") is None
