"""Deadline and reference mechanisms on made-up sentences (wording unlike the development documents')."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ TƯ PHÁP TỈNH ĐỒNG NAI\nSố: 640/STP-HCTP\nV/v đăng ký hộ tịch\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nBiên Hòa, ngày 09 tháng 5 năm 2025\n\nKính gửi: Phòng Tư pháp các huyện.\n\n")


def deadlines(sentence: str) -> list[tuple]:
    data = to_contract(parse_text(HEAD + sentence + "\n").fields)
    return [(d["date"], d["time"]) for d in data["deadlines"]]


@pytest.mark.parametrize("sentence, expected", [
    ("Hạn chót nộp hồ sơ là 17 giờ 00 ngày 30/5/2025.", [("2025-05-30", "17:00")]),
    ("Thời hạn gửi bản đăng ký: ngày 12/6/2025.", [("2025-06-12", None)]),
    ("Thời gian hoàn thành việc số hóa sổ: tháng 10/2025.", [("2025-10-31", None)]),
])
def test_a_named_time_limit_with_what_is_due_before_its_date(sentence, expected):
    assert deadlines(sentence) == expected


def references(sentence: str) -> list[tuple]:
    data = to_contract(parse_text(HEAD + sentence + "\n").fields)
    return [(r["number"], r["date"]) for r in data["references"]]


@pytest.mark.parametrize("sentence, expected", [
    ("Thực hiện Chỉ thị số 12 CT/TU ngày 9/9/2024 của Tỉnh ủy;", [("12CT/TU", "2024-09-09")]),  # hyphen lost
    ("Thực hiện Kế hoạch số 31 - KH/HU ngày 5/5/2025;", [("31-KH/HU", "2025-05-05")]),
    ("Căn cứ Thông tư 05/2024/TT- BTC ngày 2/2/2024;", [("05/2024/TT-BTC", "2024-02-02")]),
])
def test_cited_numbers_with_spaces_inside(sentence, expected):
    assert references(sentence) == expected


def test_a_delegation_period_is_no_deadline():
    assert deadlines("Ủy quyền cho Trưởng phòng Hộ tịch ký các giấy tờ từ ngày 01/6/2025 đến ngày 31/12/2025.") == []
    assert deadlines("Phòng Hộ tịch hoàn thành số hóa sổ từ ngày 01/6/2025 đến ngày 31/12/2025.") == [("2025-12-31", None)]


def test_a_speck_between_the_cue_and_the_time():
    assert deadlines("Các đơn vị nộp báo cáo về Sở trước\n- 9h00 ngày 23/5/2025 để tổng hợp.") == [("2025-05-23", "09:00")]
