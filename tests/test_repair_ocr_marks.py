"""Marks an OCR engine misread between words and in list markers: a space read as a hyphen, an
item's full stop read as a comma, the ``c`` of ``b/c`` read as ``€`` (made-up lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.sections import item_edits


def _ocr(text: str) -> str:
    return restore(text, read_by_ocr=True).text


@pytest.mark.parametrize("read, meant", [
    ("Ban hành kèm-theo Thông tư này.", "Ban hành kèm theo Thông tư này."),
    ("báo cáo Ủy ban nhân dân tỉnh-kết quả thực hiện", "báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện"),
    ("gửi về Hội Khuyến-học tỉnh", "gửi về Hội Khuyến học tỉnh"),
    ("- Lưu: VT; Phòng-Quản lý, tổ chức giao thông.", "- Lưu: VT; Phòng Quản lý, tổ chức giao thông."),
])
def test_a_hyphen_between_two_words_the_language_does_not_join_is_a_space(read, meant):
    assert _ocr(read) == meant


@pytest.mark.parametrize("text", [
    "tiêm vắc-xin cho trẻ em dưới 5 tuổi",        # a loanword the corpus writes with a hyphen
    "phát triển kinh tế-xã hội của tỉnh",          # a phrase written so
    "Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu",        # a name
    "tuyến đường Hà Nội-Hải Phòng",                # two names: the word after is capitalised
    "SỞ GIÁO DỤC-ĐÀO TẠO",                         # capitals
    "Công văn số 12/KH-UBND ngày 03/5/2024",       # a symbol
    "theo địa chỉ e-mail của Sở",
])
def test_a_hyphen_the_language_writes_is_kept(text):
    assert _ocr(text) == text


def test_an_item_number_read_with_a_comma_takes_its_full_stop_back():
    read = ("1. Rà soát, thống kê toàn bộ trụ sở làm việc.\n"
            "2, Gửi báo cáo kết quả về Bộ Tài chính.\n"
            "3. Tổ chức thực hiện.\n")
    assert _ocr(read) == read.replace("2,", "2.")
    first = "1, Chỉ đạo Sở Nông nghiệp tổ chức điều tra.\n2. Bố trí kinh phí.\n"
    assert _ocr(first) == first.replace("1,", "1.")


def test_a_clause_cited_alone_under_its_article_gets_its_marker_back():
    # a dash speck glued before the figure and the full stop read as a comma: "2." opening a clause
    read = "Điều 2. Tổ chức thực hiện\n\n—2, Cục Thống kê có trách nhiệm hướng dẫn, kiểm tra.\n"
    assert _apply_items(read) == read.replace("—2,", "2.")
    first = "Quyết định này quy định việc quản lý kho lưu trữ.\n-1, Sở Nội vụ chủ trì thực hiện.\n"
    assert _apply_items(first) == first.replace("-1,", "1.")


def _apply_items(text: str) -> str:
    for start, end, new in sorted(item_edits(text), reverse=True):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize("text", [
    "Điều 2. Tổ chức thực hiện\n2, Cục Thống kê hướng dẫn.\n",  # a comma alone, no speck
    "1. Rà soát.\n—5, Gửi báo cáo về Bộ.\n",              # an item before it, not the next number
    "Số liệu của quý trước là\n—2, Hà Nội tăng.\n",       # the line before goes on
    "1. Rà soát.\n5, Gửi báo cáo về Bộ.\n",              # not the next number
    "quy định tại khoản\n15, Điều 3 của Luật.\n",        # no list before it
    "1, 2 và 3 của Điều này.\n2. Bố trí kinh phí.\n",   # a figure after the comma
])
def test_a_figure_and_a_comma_the_sequence_does_not_confirm_are_left(text):
    assert not [edit for edit in item_edits(text) if edit[2] == "."]


@pytest.mark.parametrize("read", ["- TW Đoàn (b/€);", "- Bộ trưởng (để b/©);", "- Bộ trưởng (để b/C);"])
def test_the_c_of_b_c_read_as_a_sign_or_a_capital_is_written_small(read):
    assert _ocr(read).endswith("b/c);")


@pytest.mark.parametrize("read", ["- Lưu; VT, DP (2b).", "Lưu. VP, TNNT.", "- Lưu, VT, KGVX."])
def test_the_colon_of_luu_read_as_another_mark_is_a_colon(read):
    assert _ocr(read) == read.replace("Lưu;", "Lưu:").replace("Lưu.", "Lưu:").replace("Lưu,", "Lưu:")


@pytest.mark.parametrize("text", ["Lưu VT, DP.", "Lưu trữ; hồ sơ gốc", "Lưu. Các đơn vị thực hiện."])
def test_luu_without_a_misread_colon_is_left(text):
    assert _ocr(text) == text
