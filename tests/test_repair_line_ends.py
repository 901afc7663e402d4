"""Marks an OCR engine misread at the ends of lines: a colon glued before a line that goes on, a
list item's semicolon read as a colon, two full stops, a straight quote opening a line (made-up
lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.line_ends import line_end_edits


@pytest.mark.parametrize("read, fixed", [
    ("mức công suất đề nghị tăng thêm:\nso với giấy phép đã cấp.",
     "mức công suất đề nghị tăng thêm\nso với giấy phép đã cấp."),
    ("Thực hiện Kế hoạch số 12/KH-UBND và Công văn số:\n318/UBND-VX ngày 02/4/2025",
     "Thực hiện Kế hoạch số 12/KH-UBND và Công văn số\n318/UBND-VX ngày 02/4/2025"),
    ("Kính gửi:\n- Sở Tài chính;\n- Ủy ban nhân dân các huyện, thị xã:\n- Kho bạc Nhà nước tỉnh.",
     "Kính gửi:\n- Sở Tài chính;\n- Ủy ban nhân dân các huyện, thị xã;\n- Kho bạc Nhà nước tỉnh."),
    ("- Rà soát các tuyến đường;\n\n- Bố trí lực lượng trực tại các điểm\nxung yếu trên tuyến:\n\n- Báo cáo kết quả.",
     "- Rà soát các tuyến đường;\n\n- Bố trí lực lượng trực tại các điểm\nxung yếu trên tuyến;\n\n- Báo cáo kết quả."),
    ("bảo đảm an ninh trật tự trong kỳ nghỉ..", "bảo đảm an ninh trật tự trong kỳ nghỉ."),
    ("ỦY BAN NHÂN DÂN\n'TỈNH QUẢNG TRỊ", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"),
    ("lập hồ sơ, thủ tục\n'và trình theo quy định.", "lập hồ sơ, thủ tục\nvà trình theo quy định."),
])
def test_misread_line_end_marks_are_mended(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "thực hiện một số nội dung như sau:\na) Tăng cường công tác tuyên truyền;",  # a lettered point
    "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.",
    "các nội dung sau:\nI. MỤC ĐÍCH",
    "Số:\n1247/UBND-VX",  # the header's own number line
    "- Sở Tài chính;\n- Các huyện sau:\n+ Huyện Thanh Oai;\n+ Huyện Ứng Hòa.",  # a heading's items
    "- Các đơn vị sau:\n- Sở Y tế;\n- Sở Tài chính.",  # the first item: no semicolon before it
    "Ghi chú: xem thêm...",
    "'Ngày hội' của các em",  # a quote closed on its line
])
def test_real_marks_stay(text):
    assert line_end_edits(text) == []


def test_typed_text_keeps_its_marks():
    text = "mức công suất đề nghị tăng thêm:\nso với giấy phép đã cấp.."
    assert restore(text).text == text


def test_a_colon_before_an_address_on_the_next_line_stays():
    text = "chia sẻ thông tin tại địa chỉ:\nhttps://khonggianmang.vn/chien-dich"
    assert restore(text, read_by_ocr=True).text == text
