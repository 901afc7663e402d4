"""A numbered item's figure an OCR engine read as the letter it looks like (``S.`` for ``5.``) is
put back when the item before it confirms the number (made-up items)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore

_ITEMS = ("3. Sở Tài chính bố trí kinh phí thực hiện.\n4. Sở Nội vụ hướng dẫn thủ tục.\n"
          "{} Sở Y tế tổng hợp, báo cáo trước ngày 30/9/2025.\n")


def test_s_after_item_four_is_item_five():
    assert restore(_ITEMS.format("S."), read_by_ocr=True).text == _ITEMS.format("5.")


def test_b_after_item_seven_is_item_eight():
    read = "7. Công an tỉnh bảo đảm an ninh.\nB. Bộ Chỉ huy Quân sự tỉnh phối hợp.\n"
    assert restore(read, read_by_ocr=True).text == read.replace("B.", "8.")


def test_a_section_sign_after_item_seven_is_item_eight():
    read = ("7. Tổ chức triển khai thực hiện Chương trình cải cách hành chính.\n\n"
            "§. Chủ động phối hợp, tạo điều kiện để Ủy ban Mặt trận Tổ quốc Việt Nam tham gia giám sát.\n")
    assert restore(read, read_by_ocr=True).text == read.replace("§.", "8.")


@pytest.mark.parametrize("read", [
    "S. Sở Y tế tổng hợp, báo cáo.\n",                       # no item before it
    "1. Sở Tài chính bố trí kinh phí.\nS. Sở Y tế tổng hợp.\n",  # the one before is not 4
    "4. Sở Nội vụ hướng dẫn.\nS. sở y tế.\n",                 # no capital after it: no item's text
    "2. Sở Nội vụ hướng dẫn.\n§. Sở Y tế tổng hợp.\n",        # the one before is not 7
])
def test_a_letter_the_sequence_does_not_confirm_is_left(read):
    assert restore(read, read_by_ocr=True).text.splitlines()[-1][:2] == read.splitlines()[-1][:2]


def test_a_first_item_read_as_the_roman_one_before_item_two_is_item_one():
    read = ("I. Căn cứ các nội dung có liên quan tại Thông báo số 496-TB/TU, triển khai thực hiện các nhiệm vụ.\n\n"
            "2. Giao Sở Giáo dục và Đào tạo theo dõi, tổng hợp, báo cáo.\n")
    assert restore(read, read_by_ocr=True).text == read.replace("I.", "1.", 1)


@pytest.mark.parametrize("read", [
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n2. Tăng cường phối hợp.\n",  # a section in capitals
    "I. Mục đích, yêu cầu\n1. Nâng cao nhận thức.\n2. Tăng cường phối hợp.\n",  # its items follow
])
def test_a_roman_one_the_next_number_does_not_confirm_is_left(read):
    assert restore(read, read_by_ocr=True).text.startswith("I.")
