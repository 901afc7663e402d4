"""Roman section numbers an OCR engine misread are put back from the numbers around them, and
tone marks it put on a symbol's capitals are dropped (made-up lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.sections import section_edits

_BODY = "Các đơn vị thực hiện nghiêm túc nội dung này.\n"


def _plan(first: str, second: str, third: str) -> str:
    return (f"{first} MỤC ĐÍCH, YÊU CẦU\n{_BODY}{second} NỘI DUNG THỰC HIỆN\n{_BODY}"
            f"{third} TỔ CHỨC THỰC HIỆN\n{_BODY}")


@pytest.mark.parametrize("read", [
    _plan("I.", "I.", "III."),     # a stroke lost: II read as I
    _plan("I.", "U.", "III."),     # two strokes read as U
    _plan("I.", "I/.", "III."),    # the second stroke read as a slash
    _plan("I.", "H.", "III."),     # … as H
    _plan("I.", "II.", "HI."),
    _plan("U.", "II.", "III."),    # the first number, from the one after it
])
def test_a_misread_section_number_takes_the_one_the_sequence_gives(read):
    assert restore(read, read_by_ocr=True).text == _plan("I.", "II.", "III.")


def test_the_slash_style_of_a_plan_is_kept():
    text = _plan("I/.", "II/.", "III/.")
    assert restore(text, read_by_ocr=True).text == text
    assert restore(_plan("U.", "I/.", "III/."), read_by_ocr=True).text == _plan("I.", "II.", "III/.")


@pytest.mark.parametrize("text", [
    _plan("I.", "II.", "III.") + "PHỤ LỤC\nI. DANH MỤC\n" + _BODY + "II. BIỂU MẪU\n",  # an annex starts again
    "I. MỤC ĐÍCH\n" + _BODY + "IV. KINH PHÍ\n",  # a gap the sequence does not confirm: left as read
    "I. MỤC ĐÍCH\n" + _BODY + "III. TỔ CHỨC THỰC HIỆN\n",
    "1. Sở Y tế chủ trì.\n2. Sở Tài chính.\n",  # figures are items, not sections
    "V/V TRIỂN KHAI KẾ HOẠCH\nI. MỤC ĐÍCH\n",
])
def test_numbers_the_sequence_does_not_confirm_stay(text):
    assert section_edits(text) == []


def test_typed_text_keeps_its_numbers():
    text = _plan("I.", "I.", "III.")
    assert restore(text).text == text


@pytest.mark.parametrize("read, fixed", [
    ("Số 45-KH/HỦ ngày 22 tháng 4 năm 2025", "Số 45-KH/HU ngày 22 tháng 4 năm 2025"),
    ("theo Công văn số 1247/UBND-VẤ của", "theo Công văn số 1247/UBND-VÂ của"),
])
def test_tone_marks_on_a_symbols_capitals_are_dropped(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "Số: 1690-CV/TĐTN-BTG", "Quyết định số 06/2024/QĐ-UBND ngày", "giai đoạn 2021-2025", "năm 2025-Về việc",
])
def test_symbols_without_such_marks_stay(text):
    assert restore(text, read_by_ocr=True).text == text


@pytest.mark.parametrize("read, fixed", [
    ("3. Chỉ đạo vận hành các trạm bơm.\n\n-4. Tổ chức trực ban nghiêm túc.",
     "3. Chỉ đạo vận hành các trạm bơm.\n\n4. Tổ chức trực ban nghiêm túc."),
    ("1. Rà soát các hồ chứa;\n_2. Báo cáo kết quả.", "1. Rà soát các hồ chứa;\n2. Báo cáo kết quả."),
])
def test_a_speck_glued_before_the_next_items_figure_is_dropped(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "3. Chỉ đạo vận hành các trạm bơm.\n-7. Tổ chức trực ban.",  # not the next number
    "-4. Tổ chức trực ban nghiêm túc.",  # nothing before it to confirm it
])
def test_a_dash_before_a_figure_out_of_sequence_stays(text):
    assert restore(text, read_by_ocr=True).text == text


@pytest.mark.parametrize("read, fixed", [
    ("- Sở Y tế (để b/C);", "- Sở Y tế (để b/c);"),
    ("- TT Huyện ủy (để b/©);", "- TT Huyện ủy (để b/c);"),
    ("- Đồng chí Trương Tấn Sang (để bíc);", "- Đồng chí Trương Tấn Sang (để b/c);"),
    ("- Sở Y tế (để t1h);", "- Sở Y tế (để t/h);"),
])
def test_a_small_abbreviations_letter_read_as_a_capital_is_small_again(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", ["V/v triển khai", "V/V TRIỂN KHAI", "- Sở Y tế (để b/c);", "tốc độ 5 m/s"])
def test_slashed_abbreviations_as_printed_stay(text):
    assert restore(text, read_by_ocr=True).text == text


@pytest.mark.parametrize("read, fixed", [
    ("theo Chỉ thị số 19/CT- -TTg ngày 16/7/2021", "theo Chỉ thị số 19/CT-TTg ngày 16/7/2021"),
    ("- Quyết định số 1135/⁄QĐ-BXD ngày 01/7/2026", "- Quyết định số 1135/QĐ-BXD ngày 01/7/2026"),
    ("Số: 2031 /CTHN-TTHT_\nHà Nội, ngày 23 tháng 11 năm 2020", "Số: 2031 /CTHN-TTHT\nHà Nội, ngày 23 tháng 11 năm 2020"),
    ("theo Chỉ thị số 29/2006/CP-TTE, ngày 8", "theo Chỉ thị số 29/2006/CP-TTg, ngày 8"),
    ("Quyết định số 749/QĐ-TIE ngày 03/6/2020", "Quyết định số 749/QĐ-TTg ngày 03/6/2020"),
    ("Quyết định số 749/QĐ- TIE ngày 03/6/2020", "Quyết định số 749/QĐ- TTg ngày 03/6/2020"),
    ("Thông tư số 15/2017/TI-BIC ngày", "Thông tư số 15/2017/TT-BTC ngày"),
    ("Quyết định số 2269/QĐ-TTIg về", "Quyết định số 2269/QĐ-TTg về"),  # the g's hook read as an I
    ("theo Chỉ thị số 19/CT-TT9g ngày", "theo Chỉ thị số 19/CT-TTg ngày"),
    ("theo Chỉ thị số 14/CT-TTEg", "theo Chỉ thị số 14/CT-TTg"),
    ("Quyết định số 2269/QĐÐ- -TTIg về", "Quyết định số 2269/QĐ-TTg về"),  # seen once the specks are gone
    # a local code the document writes elsewhere
    ("Số: 6290/BNNMT-KH\nBáo cáo số 6289/BC-BNNMIT ngày", "Số: 6290/BNNMT-KH\nBáo cáo số 6289/BC-BNNMT ngày"),
    ("theo Công văn số 472!IBXD-KTQH ngày", "theo Công văn số 472/BXD-KTQH ngày"),  # the slash read as strokes
    ("Nghị quyết số 246/2025IQH15 ngày", "Nghị quyết số 246/2025/QH15 ngày"),
    ("Số: 15lKH-UBND", "Số: 15/KH-UBND"),
])
def test_specks_and_misread_letters_of_a_symbol_are_mended(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "Số: 1788/SGDĐT-CTTI-HSSV",  # a local code: no common code to read it as
    "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16",  # a title in capitals prints TTG so
    "kinh tế - - xã hội",
    "Số: 1788/SGDĐT-CTTLI-HSSV",  # no part is a common code without its I
    "Số: 12/UBND-ĐTMT\ntheo Công văn 13/UBND-ĐTMIT và 14/UBND-ĐTMIT",  # written more often so
    "khóa 2020III",  # figures and a Roman numeral
    "Tiêu chuẩn ISO 9001I2015",
])
def test_symbols_with_no_such_damage_stay(text):
    assert restore(text, read_by_ocr=True).text == text
