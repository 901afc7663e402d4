"""Photocopies and low-resolution scans: toner specks in the lines of print, a month the page OCR
lost on the date line."""

from __future__ import annotations

import numpy as np

from dispatch_tools.ingest.specks import whiten_mid_line_specks
from dispatch_tools.model import Document, Fields, Mark, Page


# --------------------------------------------------------------------------- specks in a line

def _line(page: np.ndarray, x: int, top: int = 100, letters: int = 6, tall: int = 30) -> int:
    """Letters as black bars 14 px wide, 10 px apart, ``tall`` high from ``top``; the x after them."""
    for _ in range(letters):
        page[top:top + tall, x:x + 14] = 0
        x += 24
    return x


def _page() -> tuple[np.ndarray, int]:
    page = np.full((300, 2480), 255, np.uint8)
    end = _line(page, 200)  # a word
    _line(page, end + 30)  # the next word, a space's width on
    return page, end


def test_a_dot_halfway_up_a_line_between_two_words_is_whitened():
    page, end = _page()
    page[114:118, end + 12:end + 16] = 0  # a speck halfway up the letters, in the space
    out, count = whiten_mid_line_specks(page)
    assert count == 1 and (out[114:118, end + 12:end + 16] == 255).all()
    assert (out[100:130, 200:214] == 0).all()  # the letters stay


def test_marks_of_print_stay():
    page, end = _page()
    page[126:130, end + 2:end + 6] = 0  # a full stop on the line
    page[104:108, end + 14:end + 18] = 0  # a colon: its upper dot ...
    page[126:130, end + 14:end + 18] = 0  # ... above its lower one
    page[114:117, end + 20:end + 28] = 0  # a hyphen, wider than tall
    out, count = whiten_mid_line_specks(page)
    assert count == 0 and (out == page).all()


def test_a_dot_above_a_letter_stays():
    page, end = _page()
    page[90:94, 205:209] = 0  # the dot of an i, over the first letter's column
    out, count = whiten_mid_line_specks(page)
    assert count == 0


def test_a_clean_page_is_left_as_it_is():
    """Only a speckled page is searched: the clean-up of an unspeckled page whitens no dot in a line."""
    from PIL import Image

    from dispatch_tools.ingest.image import prepare

    page, end = _page()
    page[114:118, end + 12:end + 16] = 0
    prepared, info = prepare(Image.fromarray(page).convert("RGB"))
    assert "line_specks" not in info and (np.asarray(prepared)[114:118, end + 12:end + 16] < 128).all()


def test_a_speckled_page_loses_the_dots_in_its_lines():
    from PIL import Image

    from dispatch_tools.ingest.image import prepare

    page = np.full((1200, 2480), 255, np.uint8)
    rng = np.random.default_rng(3)
    for row in range(4):
        top = 150 + 120 * row
        end = _line(page, 200, top)
        _line(page, end + 30, top)
        page[top + 14:top + 18, end - 4:end] = 0  # 6 px after the word: near print, no lone speck
    for _ in range(400):  # toner on the paper, away from the print
        y, x = int(rng.integers(800, 1180)), int(rng.integers(20, 2460))
        page[y:y + 3, x:x + 3] = 0
    prepared, info = prepare(Image.fromarray(page).convert("RGB"))
    assert info.get("line_specks") == 4


# --------------------------------------------------------------------------- the date line's month

def _date_mark(month: str | None) -> Mark:
    second = {"value": "24", "conf": 1.0, "check": "24", "accepted": True,
              "text": ".Qung Ngãi, ngày24 tháng 01'năm 2025", "check_text": "Quáng Ngai, ngày 24 tháng 01 nǎm 2025"}
    return Mark("handwriting", None, "", {"field": "date", "reading": "24", "month": month, "year": "2025",
                                          "reader": "pp-ocrv6+v5", "second": second})


def _apply(marks: list[Mark]) -> Fields:
    from dispatch_tools.parse.marks import apply_marks

    doc = Document(None, "image", pages=[Page(1, marks=marks)])
    doc.fields = Fields()
    apply_marks(doc)
    return doc.fields


def test_a_month_the_page_lost_is_taken_from_the_second_recogniser(vietnamese):
    """``tháng 0]``: the page OCR read no month; both models of the second recogniser read ``01``."""
    gazette = Mark("esign", None, "", {"kind": "stamp", "signed_by": "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC",
                                       "time": "24.01.2025 20:01:14 +07:00", "iso": "2025-01-24T20:01:14+07:00"})
    fields = _apply([_date_mark(None), gazette])
    assert fields.date == "2025-01-24" and "date" not in fields.review  # the stamp's date fits it
    fields = _apply([_date_mark(None)])
    assert fields.date == "2025-01-24" and "date" in fields.review  # nothing else holds it: a look


def test_a_month_only_one_model_reads_is_not_taken(vietnamese):
    mark = _date_mark(None)
    mark.values["second"]["check_text"] = "Quáng Ngai, ngày 24 tháng 07 nǎm 2025"
    fields = _apply([mark])
    assert fields.date is None and "date" in fields.review


# --------------------------------------------------------------------------- the number's line

def test_the_number_line_whose_number_is_garbled_is_no_part_of_the_issuer():
    """A low-resolution page read the left column's lines apart from the right's, and the number
    as ``ð† (QĐ-UBND``: the line that opens with ``Số:`` ends the issuing body's name all the same."""
    from dispatch_tools.parse import parse_text

    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: ð† (QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 16 tháng 01 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc bổ nhiệm vào ngạch Thanh tra viên\n")
    assert parse_text(text).fields.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    misread = text.replace("Số: ð† (QĐ-UBND", "36:41 /QĐ-UBND")  # a photo: the label and number misread
    assert parse_text(misread).fields.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    read = parse_text(text.replace("ð† (QĐ-UBND", "87/QĐ-UBND")).fields
    assert (read.issuer, read.number) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "87/QĐ-UBND")


def test_a_number_box_whose_symbol_slash_was_read_as_a_bracket_is_found():
    """``Số: ð† (QĐ-UBND``: the box between the label and the symbol is read by the second
    recogniser, and the symbol keeps its slash."""
    from dispatch_tools.ingest.header_boxes import clean_symbol, find_boxes
    from dispatch_tools.model import BBox, Word

    words = [Word("Số:", BBox(246, 183, 290, 216), 96), Word("ð†", BBox(300, 183, 340, 216), 52),
             Word("(QÐ-UBND", BBox(352, 183, 483, 216), 49)]
    boxes = find_boxes(words, 1754)
    assert [(b["field"], b["inside"], b["close"], b["cut"]) for b in boxes] == [("number", [1], 2, 0)]
    assert clean_symbol("(QÐ-UBND") == "/QĐ-UBND"
    assert clean_symbol("/(QĐ-UBND") == "/QĐ-UBND"
    words[2] = Word("(trong", BBox(352, 183, 483, 216), 90)  # a bracket before a word is no symbol
    assert find_boxes(words, 1754) == []


# --------------------------------------------------------------------------- the issuer's province

def test_an_issuer_province_misread_takes_the_place_of_the_date_line(vietnamese):
    from dispatch_tools.parse.scan_checks import mend_issuer_province

    fields = Fields(issuer="ỦY BAN NHÂN DÂN TỈNH QUANG NGẮT", place="Quảng Ngãi")
    mend_issuer_province(fields)
    assert fields.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert "QUANG NGẮT" in fields.review["issuer"]  # still flagged, naming what was read
    for issuer, place in (("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "Quảng Ngãi"),  # both are provinces
                          ("SỞ Y TẾ TỈNH BÌNH ĐỊNH", "Quy Nhơn")):
        fields = Fields(issuer=issuer, place=place)
        mend_issuer_province(fields)
        assert (fields.issuer, fields.place) == (issuer, place) and not fields.review, issuer
    # the place misread beside the issuer's province read right takes the province's name
    fields = Fields(issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", place="Quảng Ngút")
    mend_issuer_province(fields)
    assert (fields.issuer, fields.place) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Quảng Ngãi")
    assert "Quảng Ngút" in fields.review["place"] and "issuer" not in fields.review
    fields = Fields(issuer="ỦY BAN NHÂN DÂN TỈNH QUANG NGẮT", place="Quảng Ngãi")
    mend_issuer_province(fields, ocr=False)  # a text layer's issuer is the document's own
    assert fields.issuer == "ỦY BAN NHÂN DÂN TỈNH QUANG NGẮT"


# --------------------------------------------------------------------------- the symbol's type code

def test_a_type_code_with_a_figure_for_a_letter_takes_the_one_code_it_can_be(vietnamese):
    from dispatch_tools.parse.scan_checks import mend_symbol_type

    fields = Fields(number="24/T1r-UBND", doc_type="Tờ trình")
    mend_symbol_type(fields)
    assert fields.number == "24/TTr-UBND" and "24/T1r-UBND" in fields.review["number"]
    fields = Fields(number="24/T1r-UBND")  # no type read: TTr is still the only code it can be
    mend_symbol_type(fields)
    assert fields.number == "24/TTr-UBND" and "number" in fields.review
    for number in ("24/TTr-UBND", "115/CV-PA83", "12/QĐ-BCA-C07", "24/T1r-UBND"):
        fields = Fields(number=number)
        mend_symbol_type(fields, ocr=number != "24/T1r-UBND")  # a text layer's symbol is its own
        assert fields.number == number and not fields.review, number


def test_a_symbol_no_type_code_fits_is_only_flagged(vietnamese):
    from dispatch_tools.parse.marks import apply_marks

    doc = Document(None, "image", pages=[Page(1, method="ocr")])
    doc.fields = Fields(number="7/U1ND-VP")  # a body's code, no type's: nothing to take it from
    apply_marks(doc)
    assert doc.fields.number == "7/U1ND-VP" and "7/U1ND-VP" in doc.fields.review["number"]


def test_an_issuer_head_read_with_other_marks_is_flagged(vietnamese):
    """``ỦY BAN NHÂN ĐÂN`` on an office scan: the head is known, so the word read otherwise gets a
    look; the older tone placement (``UỶ BAN``) is the same spelling."""
    from dispatch_tools.parse.scan_checks import check_issuer_head

    fields = Fields(issuer="ỦY BAN NHÂN ĐÂN TỈNH QUẢNG NGÃI")
    check_issuer_head(fields)
    assert "“ĐÂN”" in fields.review["issuer"] and fields.issuer == "ỦY BAN NHÂN ĐÂN TỈNH QUẢNG NGÃI"
    for issuer in ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                   "PHÒNG AN CHÍNH TRỊ NỘI BỘ"):
        fields = Fields(issuer=issuer)
        check_issuer_head(fields)
        assert not fields.review, issuer
    fields = Fields(issuer="ỦY BAN NHÂN ĐÂN TỈNH QUẢNG NGÃI")
    check_issuer_head(fields, ocr=False)
    assert not fields.review
