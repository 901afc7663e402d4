"""The colon that announces a list, read by an OCR engine as a semicolon or a comma after ``sau`` (``… các nội dung sau;`` / ``- Rà soát …``), is a colon again (made-up lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore

_ASK = "Sở Y tế yêu cầu các đơn vị thực hiện tốt các nội dung sau{}\n"


@pytest.mark.parametrize("mark, item", [
    (";", "- Rà soát phương án phòng, chống thiên tai của đơn vị.\n"),
    (",", "1. Rà soát phương án phòng, chống thiên tai của đơn vị.\n"),
    (";", "a) Rà soát phương án phòng, chống thiên tai của đơn vị.\n"),
])
def test_the_mark_before_a_list_after_sau_is_a_colon(mark, item):
    assert restore(_ASK.format(mark) + item, read_by_ocr=True).text == _ASK.format(":") + item


@pytest.mark.parametrize("text", [
    _ASK.format(";") + "Sở Tài chính bố trí kinh phí.\n",            # no list under it
    _ASK.format(".") + "a) Rà soát phương án phòng, chống thiên tai.\n",  # a full stop may be the typist's
    "- Kiểm tra trước, trong và sau;\n- Báo cáo kết quả về Sở.\n",  # an item of the list itself
])
def test_other_lines_ending_on_sau_are_left(text):
    assert restore(text, read_by_ocr=True).text == text


def test_a_paragraph_after_the_last_addressee_keeps_the_colon_that_announces_its_list():
    text = ("Kính gửi:\n- Các đơn vị: Bệnh viện Đa khoa tỉnh;\n- Trung tâm Y tế các huyện, thị xã, thành phố.\n"
            "Để chủ động ứng phó với mưa bão, Sở Y tế\nyêu cầu các đơn vị thực hiện tốt các nội dung sau:\n"
            "- Rà soát phương án phòng, chống thiên tai;\n- Dự trữ đủ cơ số thuốc.\n")
    assert restore(text, read_by_ocr=True).text == text
