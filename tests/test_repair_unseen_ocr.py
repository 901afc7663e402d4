"""Damage the Vietnamese OCR model did to dispatch-like pages it never saw (made-up lines in the
style of the held-out benchmark of ``dispatch_tools.evaluate.ocr_unseen``)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore

_BODY = "Các đơn vị thực hiện nghiêm túc nội dung này.\n"


def _plan(first: str, second: str, third: str) -> str:
    return (f"{first} MỤC ĐÍCH, YÊU CẦU\n{_BODY}{second} NỘI DUNG THỰC HIỆN\n{_BODY}"
            f"{third} TỔ CHỨC THỰC HIỆN\n{_BODY}")


@pytest.mark.parametrize("read", [
    _plan("I.", "I.", "II."),     # two numbers in a row each lost a stroke
    _plan("I.", "IL.", "II."),    # a stroke read as L, the next one short
    _plan("I.", "IL.", "III."),
])
def test_section_numbers_misread_in_a_row_take_the_sequence(read):
    assert restore(read, read_by_ocr=True).text == _plan("I.", "II.", "III.")


@pytest.mark.parametrize("text", [
    _plan("I.", "II.", "III."),
    _plan("I.", "I.", "IV."),  # the one after confirms no shift
])
def test_section_numbers_read_right_stay(text):
    assert restore(text, read_by_ocr=True).text == text


def test_a_small_v_of_v_slash_v_read_as_a_capital_is_small_again():
    text = "Số: 215/SNV-VP\nV/V rà soát hồ sơ cán bộ, công chức"
    assert restore(text, read_by_ocr=True).text.splitlines()[1] == "V/v rà soát hồ sơ cán bộ, công chức"
    caps = "Số: 215/SNV-VP\nV/V RÀ SOÁT HỒ SƠ"
    assert restore(caps, read_by_ocr=True).text == caps


def test_a_numbered_item_read_as_a_stroke_shifts_no_section():
    text = ("I. MỤC ĐÍCH, YÊU CẦU\nI. Mục đích của kế hoạch\n" + _BODY + "II. NỘI DUNG THỰC HIỆN\n" + _BODY)
    assert restore(text, read_by_ocr=True).text == text


def test_a_wrapped_line_opening_with_phan_starts_no_new_list():
    text = _plan("I.", "II.", "II.").replace(_BODY, "Các đơn vị thực hiện các\nphần, mục của kế hoạch.\n", 1)
    assert restore(text, read_by_ocr=True).text == text.replace("II. TỔ", "III. TỔ")


@pytest.mark.parametrize("read, fixed", [
    ("Đoàn công tác đã øặp lãnh đạo tỉnh.", "Đoàn công tác đã gặp lãnh đạo tỉnh."),
    ("Tăng cường công tác bảø vệ môi trường.", "Tăng cường công tác bảo vệ môi trường."),
    ("Kính gửi: Bộ Công Thương; Cục Điều tiết điện lực; Sở Ñăng lượng.",
     "Kính gửi: Bộ Công Thương; Cục Điều tiết điện lực; Sở Năng lượng."),
    ("e) Chi hỗ trợ đào tạo;\nø) Chi khác có liên quan.", "e) Chi hỗ trợ đào tạo;\ng) Chi khác có liên quan."),
    ("ä) Đơn đề nghị cấp giấy phép;", "a) Đơn đề nghị cấp giấy phép;"),
])
def test_a_letter_of_no_vietnamese_word_is_the_letter_it_looks_like(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "Đoàn công tác thăm thành phố España.",  # no reading is a syllable: a foreign name
    "Ông Søren Hansen phát biểu tại hội nghị.",
])
def test_foreign_words_with_such_letters_stay(text):
    assert restore(text, read_by_ocr=True).text == text


def test_two_syllables_without_marks_glued_together_are_split():
    read = "Các đơn vị thamgia đầy đủ và thực hiện theoquy định."
    assert restore(read, read_by_ocr=True).text == "Các đơn vị tham gia đầy đủ và thực hiện theo quy định."


@pytest.mark.parametrize("text", [
    "Tra cứu tại địa chỉ tinhuy.gov.vn hoặc hộp thư sotttt@thamgia.vn.",  # an address
])
def test_words_without_marks_that_are_no_glued_pair_stay(text):
    assert restore(text, read_by_ocr=True).text == text


def test_a_vowel_read_twice_with_one_tone_keeps_one():
    read = "Quản lý đường dây chuyêền tải điện."
    assert restore(read, read_by_ocr=True).text == "Quản lý đường dây chuyền tải điện."
    glued = "Bảo đảm an toàn đườngchuyêền tải điện."
    assert restore(glued, read_by_ocr=True).text == "Bảo đảm an toàn đường chuyền tải điện."


@pytest.mark.parametrize("text", [
    "PHÓ BÍ THƯ\n\nÖ) ——\n\nThị Phương Hồng",  # a signature's stroke, no item
    "Nơi nhận: nÏ\n- Như trên;",  # no reading in one case
    "ø) Chi khác có liên quan.",  # no item before it to give its letter
])
def test_marks_that_are_no_item_or_word_stay_as_read(text):
    assert restore(text, read_by_ocr=True).text == text
