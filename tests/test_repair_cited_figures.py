"""Figures of a cited number or a date an OCR engine split with a space or read as a letter, and a
symbol's letters read as figures or beside a space, put back in text read by OCR (made-up lines in
the shape of what tesseract reads from a page set in a small or wide face)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore

from .test_parse_fields import dispatch


@pytest.mark.parametrize("read, fixed", [
    ("Nghị định số 38/201 5/NĐ-CP ngày 24 tháng 4 năm 2015", "Nghị định số 38/2015/NĐ-CP ngày 24 tháng 4 năm 2015"),
    ("Nghị định số 66/202 1/NĐ-CP ngày 06/7/2021", "Nghị định số 66/2021/NĐ-CP ngày 06/7/2021"),
    ("Nghị quyết số 12/20 19/NQ-HĐND ngày 10/7/2019", "Nghị quyết số 12/2019/NQ-HĐND ngày 10/7/2019"),
    ("Thông tư số 40/2024/TT-BGTVT ngày 15/1 1/2024 của", "Thông tư số 40/2024/TT-BGTVT ngày 15/11/2024 của"),
    ("Công văn số 77/SYT ngày 1 5/3/2020 của Sở", "Công văn số 77/SYT ngày 15/3/2020 của Sở"),
    ("Công văn số 6970/BTC-NSNN ngày 27 tháng S năm 2011", "Công văn số 6970/BTC-NSNN ngày 27 tháng 5 năm 2011"),
    ("Công văn số 15/UBND ngày B tháng 6 năm 2020", "Công văn số 15/UBND ngày 8 tháng 6 năm 2020"),
    ("Chỉ thị số 33/CT-TTg ngày 26 tháng l] năm 2021 của", "Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của"),
    ("Thông tư số 12/2014/TT-BGDĐT , _ngày 18/4/2014 của", "Thông tư số 12/2014/TT-BGDĐT , ngày 18/4/2014 của"),
    ("Luật Ngân sách nhà nước số 89/2025/QH15 \\ ngày 25 tháng 6", "Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25 tháng 6"),
    ("Công văn số 12/UBND_ngày 3/4/2020", "Công văn số 12/UBND ngày 3/4/2020"),  # a space kept
])
def test_figures_split_or_read_as_letters_are_put_back(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024",  # figures in a code are the code's
    "Kế hoạch 2 1/12/2020",  # no "ngày": a count, then a date
    "mỗi người 15 1/2 ngày công",  # a fraction
    "trong tháng 5 năm 2020",
    "tại Sở S năm",
    "ngày s tháng",  # a small s is no figure the engine reads
    "ngày 12 tháng SB năm 2020",  # 58 is no month
    "điểm a_ ngày 5",  # no symbol before the speck
])
def test_figures_that_are_no_split_or_misread_stay(text):
    assert restore(text, read_by_ocr=True).text == text


def test_text_not_read_by_ocr_keeps_its_figures():
    text = "Nghị định số 38/201 5/NĐ-CP ngày 24 tháng S năm 2015"
    assert restore(text, read_by_ocr=False).text == text


@pytest.mark.parametrize("read, fixed", [
    ("Thông tư số 40/2024/T1-BGTVT ngày 15/11/2024", "Thông tư số 40/2024/TT-BGTVT ngày 15/11/2024"),
    ("THỰC HIỆN CHỈ THỊ SỐ 19/C1-TTG NGÀY 16", "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16"),  # CT: a Decree 30 type code
    ("(Tờ trình số 02 -TIr/BCĐTN ngày 8)", "(Tờ trình số 02 -TTr/BCĐTN ngày 8)"),  # TTr, after a space
    ("Công điện số 1105/CĐ -TIg ngày 06", "Công điện số 1105/CĐ -TTg ngày 06"),
])
def test_a_symbols_letters_read_as_figures_or_after_a_space_are_its_codes(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", ["Số: 1788/SGDĐT-CTTI-HSSV", "Luật số 39/2024/QH15 ngày", "Quyết định số 18/QĐ-BCĐ389"])
def test_codes_with_figures_of_their_own_stay(text):
    assert restore(text, read_by_ocr=True).text == text


def test_a_cited_number_and_date_split_by_the_engine_are_read_whole():
    text = restore("Thực hiện Nghị định số 66/202 1/NĐ-CP ngày 15/1 1/2021 của Chính phủ, Sở đề nghị.",
                   read_by_ocr=True).text
    refs = dispatch(text)["references"]
    assert [(r["number"], r["date"]) for r in refs] == [("66/2021/NĐ-CP", "2021-11-15")]


def test_a_speck_and_a_figure_before_a_title_in_capitals_cite_nothing():
    fields = dispatch("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n\n~£7- CHỦ TỊCH\n")
    assert [r["number"] for r in fields["references"]] == ["33/CT-TTg"]  # a symbol's letters carry no tone mark


def test_a_cited_number_takes_the_date_printed_with_it_over_one_read_from_a_sentence_before():
    fields = dispatch("Ngày 17/8/2023, Thành ủy tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW.\n\n"
                      "Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương.\n")
    assert fields["references"] == [{"number": "29-NQ/TW", "date": "2013-11-04"}]
