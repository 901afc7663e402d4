"""Deadline rules checked on sentences written apart from the development documents: the day figures are
counted to (``tính đến``), a schedule's period (``theo lịch từ … đến …``), an estimate, and a contest stage's
period given under a label."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\nSố: 1502/SNV-TCBC\nV/v báo cáo số lượng biên chế\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Quảng Trị, ngày 15 tháng 11 năm 2025\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n")


def deadlines(body: str) -> list[tuple]:
    data = to_contract(parse_text(HEAD + body + "\n").fields)
    return [(d["date"], d["time"]) for d in data["deadlines"]]


@pytest.mark.parametrize("sentence, expected", [
    # the day figures are counted to is no deadline, and does not hide the due date after it
    ("Đề nghị các đơn vị báo cáo số lượng biên chế tính đến ngày 31/12/2025 và gửi về Sở Nội vụ trước ngày "
     "10/01/2026.", [("2026-01-10", None)]),
    ("Đề nghị các đơn vị báo cáo số liệu tính đến hết ngày 30/11/2025.", []),
    ("Đề nghị các xã tổng hợp số khách lũy kế từ đầu năm đến ngày 30/11/2025, gửi về Sở trước ngày 05/12/2025.",
     [("2025-12-05", None)]),
    ("Đề nghị các đơn vị báo cáo số liệu từ ngày 01/01/2025 đến ngày 30/11/2025, gửi về Sở trước ngày 05/12/2025.",
     [("2025-12-05", None)]),
    ("Thời điểm lấy số liệu: tính đến ngày 20/11/2025, ước thực hiện đến ngày 31/12/2025.", []),
    # figures to be sent by a day, and a period to file in counted from a day, stay deadlines
    ("Đề nghị các đơn vị nộp số liệu đến hết ngày 14/12/2025.", [("2025-12-14", None)]),
    ("Thời hạn nộp hồ sơ tính từ ngày 01/12/2025 đến hết ngày 15/12/2025.", [("2025-12-15", None)]),
])
def test_the_day_figures_are_counted_to_is_no_deadline(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các đơn vị chuẩn bị hồ sơ, tài liệu và bố trí thành phần làm việc với Đoàn kiểm tra theo lịch từ "
     "ngày 20/11/2025 đến ngày 28/11/2025 (lịch cụ thể kèm theo).", []),
    ("Chuẩn bị nội dung báo cáo và địa điểm làm việc theo lịch từ ngày 03/12/2025 đến ngày 12/12/2025.", []),
    ("Đề nghị các đơn vị được kiểm tra chuẩn bị báo cáo theo lịch kiểm tra từ ngày 17/11/2025 đến ngày "
     "28/11/2025.", []),
    ("Lịch kiểm tra: từ ngày 01/12/2025 đến ngày 05/12/2025.", []),
    # a period to carry something out, with no schedule, stays
    ("Đề nghị các đơn vị triển khai thực hiện từ ngày 01/12/2025 đến ngày 14/12/2025.", [("2025-12-14", None)]),
])
def test_a_schedules_period_is_no_deadline(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("item, expected", [
    ("1. Vòng thi trực tuyến: từ ngày 08/12/2025 đến hết ngày 31/12/2025. Các trường tổ chức cho học sinh dự thi "
     "trên hệ thống.", [("2025-12-31", None)]),
    ("1. Vòng thi trực tuyến: từ ngày 08/12/2025 đến hết ngày 31/12/2025. Học sinh đăng nhập hệ thống để làm bài "
     "thi.", [("2025-12-31", None)]),
    ("2. Giai đoạn 1: từ ngày 15/12/2025 đến ngày 31/12/2025, các xã rà soát, lập danh sách hộ nghèo.",
     [("2025-12-31", None)]),
    # the stage of an event, of the issuer's own work, or of work done tells of no duty
    ("- Vòng chung kết: từ ngày 15/12/2025 đến ngày 16/12/2025 tại Hội trường Sở.", []),
    ("- Đợt 1: từ ngày 15/12/2025 đến ngày 20/12/2025, Sở Nội vụ kiểm tra các cơ quan.", []),
    ("- Đợt 2: từ ngày 15/12/2025 đến ngày 16/12/2025, Sở sẽ tổ chức kiểm tra.", []),
    ("- Vòng sơ khảo: từ ngày 15/12/2025 đến ngày 20/12/2025. Ban Giám khảo đã chấm xong.", []),
])
def test_a_stage_under_a_label_is_due_when_its_item_says_what_is_done(item, expected):
    assert deadlines(item) == expected
