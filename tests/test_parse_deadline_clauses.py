"""Deadline rules the single sentences of laws and news reports asked for (``evaluate/sentence_tasks.py``'s
deadline sets), on made-up sentences of those kinds: a duty whose clause opens on its date after the case it
follows, a date at the latest before a duty, a year named by what happens in it, once a year, quarterly
schedules, the period before a date, and the time a work is finished."""

from __future__ import annotations

import pytest

from tests.test_parse_deadline_wider import deadlines  # a dispatch of 12 May 2025 around the sentence


@pytest.mark.parametrize("sentence, expected", [
    ("Các hợp tác xã thành lập trước ngày Thông tư này có hiệu lực chưa đủ vốn thì trước ngày 01 tháng 01 năm 2026 "
     "phải hoàn thành việc bổ sung vốn.", [("2026-01-01", None)]),
    ("Các cơ sở đã hoạt động trước ngày Thông tư này có hiệu lực thì đến ngày 30/9/2025 phải hoàn thành việc "
     "đăng ký lại.", [("2025-09-30", None)]),
    ("Các cơ sở đã hoạt động trước ngày Thông tư này có hiệu lực, đến ngày 30/9/2025 phải hoàn thành việc đăng ký.",
     [("2025-09-30", None)]),
])
def test_a_duty_whose_clause_opens_on_its_date_after_the_case(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_date_right_before_a_duty_still_marks_out_who_bears_it():
    assert deadlines("Các hợp tác xã thành lập trước ngày 01/7/2025 phải đăng ký lại theo mẫu mới.") == []


@pytest.mark.parametrize("sentence", [
    "Đề nghị Ủy ban nhân dân các huyện chậm nhất đến tháng 12/2025 phải bàn giao mặt bằng cho chủ đầu tư.",
    "Đề nghị Ủy ban nhân dân các huyện chậm nhất trong tháng 12/2025 phải bàn giao mặt bằng cho chủ đầu tư.",
])
def test_at_the_latest_before_a_duty_is_a_deadline(sentence):
    assert deadlines(sentence) == [("2025-12-31", None)]


@pytest.mark.parametrize("sentence", [
    "Thời hạn nộp lệ phí chậm nhất là ngày 30 tháng 7 năm kết thúc thời gian miễn lệ phí.",
    "Kỳ báo cáo sáu tháng được tính từ ngày 01 tháng 01 đến hết ngày 30 tháng 6 năm dương lịch.",
    "Chậm nhất trước ngày 15 tháng 7 năm cuối kỳ kế hoạch, các đơn vị gửi đề xuất về Sở Tài chính.",
    "Đã phát hành báo cáo cho ít nhất 50 đơn vị tính từ ngày 01 tháng 10 năm trước đến ngày 30 tháng 9 năm nộp hồ sơ.",
    "Từ năm thứ hai trở đi, các đơn vị nộp một lần trong năm chậm nhất là ngày 31 tháng 10.",
    "Báo cáo thu chi theo quý như sau: quý I gửi chậm nhất là ngày 30/4, quý II gửi chậm nhất là ngày 30/7.",
])
def test_a_day_of_a_year_or_quarter_the_text_does_not_date_is_no_deadline(sentence):
    assert deadlines(sentence) == []


def test_once_in_a_named_year_is_still_a_deadline():
    assert deadlines("Đề nghị các đơn vị nộp báo cáo một lần trong năm 2025 chậm nhất là ngày 31 tháng 10.") \
        == [("2025-10-31", None)]


def test_the_period_before_a_date_and_when_a_work_is_finished_are_no_deadlines():
    assert deadlines("Các kho lưu trữ được bàn giao trong giai đoạn trước tháng 3/2026 đã được số hóa.") == []
    assert deadlines("Tòa nhà cao 15 tầng, khi hoàn thành vào năm 2026 sẽ có 200 căn hộ.") == []
    assert deadlines("Đề nghị Sở Xây dựng hoàn thành việc kiểm tra vào năm 2026.") == [("2026-12-31", None)]
