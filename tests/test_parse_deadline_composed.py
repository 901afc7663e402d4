"""Deadlines of tasks in the shapes composed dispatches showed (made-up sentences): a heading that is a
period alone over the items done in it, and a period after an item's own verb of work."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ Y TẾ TỈNH KIÊN GIANG\nSố: 815/SYT-NV\nV/v chuẩn bị đợt kiểm tra bệnh viện\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nRạch Giá, ngày 12 tháng 5 năm 2025\n\n"
        "Kính gửi: Các bệnh viện trực thuộc Sở.\n\n")


def read(body: str) -> dict:
    return to_contract(parse_text(HEAD + body + "\n").fields)


def test_a_period_heading_gives_its_date_to_the_items_under_it():
    data = read("Sở Y tế đề nghị các bệnh viện thực hiện theo tiến độ sau:\n"
                "1. Trước ngày 10/6/2025:\n"
                "a) Tự đánh giá chất lượng theo bộ tiêu chí;\n"
                "b) Sửa chữa khu vệ sinh, nhà xe.\n"
                "2. Trong tháng 7/2025:\n"
                "a) Lập kế hoạch cải tiến chất lượng, gửi về Sở;\n"
                "b) Tổ chức lấy ý kiến người bệnh nội trú.\n")
    assert [t["deadline"] for t in data["tasks"]] == ["2025-06-10", "2025-06-10", "2025-07-31", "2025-07-31"]
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-10", "2025-07-31"]


def test_a_period_heading_over_what_happens_in_it_is_no_deadline():
    data = read("Lịch công tác của ngành như sau:\n"
                "Trong tháng 7/2025:\n"
                "- Hội nghị sơ kết ngành được tổ chức tại Hội trường Sở.\n")
    assert data["deadlines"] == []


@pytest.mark.parametrize("item, due", [
    ("Tập huấn cho điều dưỡng trưởng các khoa trong quý III/2025.", "2025-09-30"),
    ("Chuẩn bị phòng họp, tài liệu cho Đoàn công tác trong tháng 8/2025.", "2025-08-31"),
    ("Kiểm kê thuốc, vật tư y tế tồn kho đến hết ngày 30/6/2025.", "2025-06-30"),
])
def test_a_period_after_an_items_verb_of_work(item, due):
    data = read("Sở Y tế đề nghị các bệnh viện:\n- " + item + "\n- Duy trì trực cấp cứu 24/24 giờ.\n")
    assert [t["deadline"] for t in data["tasks"]] == [due, None]


@pytest.mark.parametrize("sentence", [
    "Lớp tập huấn được tổ chức từ ngày 16/6/2025 đến ngày 18/6/2025 tại Hội trường Sở.",
    "Bệnh viện Chợ Rẫy phối hợp với Sở Y tế mở lớp bồi dưỡng từ ngày 16/6/2025 đến ngày 18/6/2025.",
    "Kỳ nghiệm thu đề tài cấp tỉnh được tổ chức trong tháng 7/2025.",
])
def test_a_verb_of_work_inside_an_events_name_makes_no_deadline(sentence):
    assert read(sentence + "\n")["deadlines"] == []


def test_the_issuers_own_event_after_an_opening_phrase_is_no_deadline():
    text = HEAD.replace("SỞ Y TẾ TỈNH KIÊN GIANG", "SỞ Y TẾ TỈNH KIÊN GIANG\nBỆNH VIỆN ĐA KHOA TỈNH") + (
        "Thực hiện Kế hoạch đào tạo năm 2025, Bệnh viện tổ chức lớp cập nhật kiến thức về kiểm soát nhiễm khuẩn "
        "từ ngày 16/6/2025 đến ngày 20/6/2025.\n"
        "Đề nghị các bệnh viện cử viên chức tham gia, gửi danh sách về Phòng Tổ chức cán bộ trước ngày 10/6/2025.\n")
    data = to_contract(parse_text(text).fields)
    assert [(d["date"], d["time"]) for d in data["deadlines"]] == [("2025-06-10", None)]


def test_an_opening_phrase_does_not_make_a_request_the_issuers_own():
    data = read("Để chuẩn bị cho đợt kiểm tra, Sở Y tế đề nghị các bệnh viện tổ chức tự kiểm tra "
                "từ ngày 02/6/2025 đến ngày 13/6/2025.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-13"]


def test_a_forecast_that_a_request_asks_for_keeps_the_requests_deadline():
    data = read("Đề nghị các bệnh viện báo cáo dự kiến nhu cầu vắc xin năm 2026 về Sở Y tế trước ngày 20/6/2025.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-20"]
    # a forecast told, not asked for, still gives none
    assert read("Đoàn kiểm tra dự kiến làm việc với các bệnh viện trước ngày 20/6/2025.\n")["deadlines"] == []


def test_a_time_limit_closing_a_list_goes_to_the_item_that_opens_with_its_report():
    data = read("Sở Y tế đề nghị các bệnh viện:\n"
                "- Rà soát danh mục kỹ thuật đã được phê duyệt;\n"
                "- Báo cáo kết quả rà soát về Sở Y tế.\n"
                "Thời hạn: trước ngày 20/6/2025.\n")
    assert [t["deadline"] for t in data["tasks"]] == [None, "2025-06-20"]


def test_a_fact_word_does_not_reach_past_a_clause_that_acts():
    data = read("Đề nghị các bệnh viện thống kê số người bệnh có mặt, gửi về Sở Y tế chậm nhất ngày 20/6/2025.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-20"]
    # the fact itself still gives none
    assert read("Các đại biểu có mặt tại Hội trường trước 7 giờ 30 ngày 20/6/2025.\n")["deadlines"] == []


def test_the_day_figures_run_to_before_the_day_they_are_due():
    data = read("Đề nghị các bệnh viện báo cáo số liệu khám chữa bệnh đến ngày 31/5/2025, "
                "gửi về Sở Y tế chậm nhất ngày 10/6/2025.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-10"]
    assert [t["deadline"] for t in data["tasks"]] == ["2025-06-10"]
    # without a due day after them, figures sent until a day are due by it
    assert [d["date"] for d in read("Đề nghị các bệnh viện nộp số liệu đến hết ngày 10/6/2025.\n")["deadlines"]] \
        == ["2025-06-10"]


TABLE = (HEAD + "Sở Y tế đề nghị các đơn vị thực hiện các nhiệm vụ sau:\n"
         "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
         "1\tKiểm tra công tác phòng cháy, chữa cháy\tBệnh viện Đa khoa tỉnh\tCông an tỉnh\t{first}\n"
         "2\tTập huấn sơ cứu, cấp cứu ban đầu\tTrung tâm Kiểm soát bệnh tật\tHội Chữ thập đỏ tỉnh\t{second}\n")


@pytest.mark.parametrize("first, second, expected", [
    ("Quý II, III/2025", "Quý III và Quý IV năm 2025", ["2025-09-30", "2025-12-31"]),
    ("Trước ngày 20 tháng 7 năm 2025", "Ngày 05 tháng 9 năm 2025", ["2025-07-20", "2025-09-05"]),
])
def test_a_time_cell_of_several_quarters_or_a_day_in_words(first, second, expected):
    tasks = to_contract(parse_text(TABLE.format(first=first, second=second)).fields)["tasks"]
    assert [t["deadline"] for t in tasks] == expected


def test_a_stages_period_in_brackets_before_what_is_done_in_it():
    data = read("IV. TIẾN ĐỘ THỰC HIỆN\n"
                "1. Giai đoạn 1 (từ ngày 02/6/2025 đến ngày 30/6/2025): các bệnh viện tự đánh giá, gửi kết quả về Sở.\n"
                "2. Giai đoạn 2 (từ ngày 01/7/2025 đến ngày 31/7/2025): Sở Y tế tổ chức phúc tra.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-30"]


@pytest.mark.parametrize("sentence", [
    "Đề nghị các bệnh viện gửi báo cáo về Sở Y tế không chậm hơn ngày 20/6/2025.",
    "Đề nghị các bệnh viện gửi báo cáo về Sở Y tế trước thời điểm 20/6/2025.",
])
def test_more_ways_to_say_by_a_day(sentence):
    assert [d["date"] for d in read(sentence + "\n")["deadlines"]] == ["2025-06-20"]


def test_an_opening_period_before_a_verb_with_no_subject_is_the_items_deadline():
    data = read("Sở Y tế đề nghị các bệnh viện:\n"
                "1. Trong tháng 7/2025, cử bác sĩ tham gia lớp đào tạo liên tục.\n"
                "2. Trong tháng 8/2025, Sở Y tế đã tổ chức kiểm tra tại 05 bệnh viện.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-07-31"]


def test_a_month_or_quarter_labelling_an_items_work():
    data = read("Sở Y tế đề nghị các bệnh viện thực hiện theo tiến độ:\n"
                "- Quý III/2025: hoàn thành việc tự đánh giá chất lượng;\n"
                "- Tháng 10/2025, gửi kết quả tự đánh giá về Sở;\n"
                "- Tháng 11/2025: Hội nghị tổng kết được tổ chức tại Sở.\n"
                "Năm 2025, Sở Y tế được giao 1.200 giường bệnh kế hoạch.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-09-30", "2025-10-31"]


def test_a_report_to_a_short_name_stops_before_its_deadline():
    data = read("Đề nghị các bệnh viện rà soát danh mục kỹ thuật, báo cáo về Sở trước ngày 25/6/2025.\n")
    assert data["report"]["to"] == "Sở" and data["report"]["deadline"] == "2025-06-25"


@pytest.mark.parametrize("event", [
    "Hội thi tổ chức trong tháng 7/2025 tại Trung tâm Hội nghị tỉnh.",
    "Đoàn kiểm tra làm việc từ ngày 10/7/2025 đến ngày 20/7/2025.",
    "Hội nghị sẽ tổ chức từ ngày 01/7/2025 đến ngày 02/7/2025.",
])
def test_an_events_own_days_after_a_request_are_no_deadline(event):
    data = read("Đề nghị các bệnh viện cử bác sĩ tham gia, gửi danh sách về Sở trước ngày 20/6/2025. " + event + "\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-06-20"]
    assert [t["deadline"] for t in data["tasks"]] == ["2025-06-20"]


def test_a_campaign_is_no_event():
    data = read("Chiến dịch tiêm chủng được triển khai từ ngày 01/7/2025 đến ngày 31/7/2025; "
                "các bệnh viện tổ chức tiêm cho trẻ trong độ tuổi.\n")
    assert [d["date"] for d in data["deadlines"]] == ["2025-07-31"]
