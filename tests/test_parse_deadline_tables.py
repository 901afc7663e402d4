"""Deadlines of a plan's task table (its time cells) and the general deadline that a task reporting on its
own schedule does not take; made-up documents."""

from __future__ import annotations

from datetime import date

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.task_table import _when
from dispatch_tools.parse.text import key

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Định, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Triển khai chuyển đổi số trong cơ quan nhà nước năm 2025

II. NHIỆM VỤ CỤ THỂ
STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1\tXây dựng kho dữ liệu dùng chung của tỉnh\tSở Khoa học và Công nghệ\tCác sở, ban, ngành\t{first}
2\tSố hóa hồ sơ thủ tục hành chính\tVăn phòng UBND tỉnh\tUBND các huyện\t{second}
III. TỔ CHỨC THỰC HIỆN
Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""


def row_deadlines(first: str, second: str) -> list:
    tasks = to_contract(parse_text(PLAN.format(first=first, second=second)).fields)["tasks"]
    return [t["deadline"] for t in tasks[:2]]


@pytest.mark.parametrize("first, second, expected", [
    ("Trong năm 2025", "Trước tháng 10/2025", ["2025-12-31", "2025-09-30"]),
    ("Quý IV", "Tháng 6", ["2025-12-31", "2025-06-30"]),
    ("6 tháng đầu năm 2025", "Trước quý IV/2025", ["2025-06-30", "2025-09-30"]),
])
def test_a_time_cell_gives_the_rows_deadline(first, second, expected):
    assert row_deadlines(first, second) == expected


@pytest.mark.parametrize("cell, issued, expected", [
    ("Cuối năm 2025", date(2025, 3, 14), date(2025, 12, 31)),
    ("Trước năm 2026", date(2025, 3, 14), date(2025, 12, 31)),
    ("Trước ngày 30/6", date(2025, 3, 14), date(2025, 6, 30)),
    ("Tháng 1", date(2025, 11, 20), date(2026, 1, 31)),
    ("Tháng 1", date(2025, 3, 14), None),  # past this year, too far the next: not guessed
    ("Trước ngày 10/01", date(2025, 3, 14), None),
    ("Năm 2025 và các năm tiếp theo", date(2025, 3, 14), None),
    ("Tháng 6 - 12/2025", date(2025, 3, 14), date(2025, 12, 31)),  # a span of months ends with its last
])
def test_time_cells(cell, issued, expected):
    assert _when(key(cell), issued) == expected


LETTER = """ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BÀN
Số: 1032/UBND-VP
V/v rà soát hộ nghèo năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Điện Bàn, ngày 20 tháng 8 năm 2025

Kính gửi: Ủy ban nhân dân các xã, phường.

Chủ tịch UBND huyện có ý kiến như sau:
1. Ủy ban nhân dân các xã, phường:
a) Tổ chức rà soát, lập danh sách hộ nghèo và báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội;
b) Định kỳ hằng tháng báo cáo tiến độ về Phòng Lao động - Thương binh và Xã hội trước ngày 25.
Kết quả rà soát gửi về UBND huyện chậm nhất ngày 30/9/2025 để tổng hợp.
"""


def test_a_task_that_reports_every_month_takes_no_general_deadline():
    tasks = to_contract(parse_text(LETTER).fields)["tasks"]
    assert [t["deadline"] for t in tasks] == ["2025-09-30", None]
