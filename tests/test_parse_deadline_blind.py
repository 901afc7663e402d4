"""Deadline rules checked on sentences written apart from the development documents: the issuer's own
event, a period that ends as the calendar says, task tables written with pipes and a time cell that
spans months."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 2210/SVHTTDL-QLDL\n"
        "V/v tham gia Hội chợ Du lịch\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Kiên Giang, ngày 10 tháng 11 năm 2025\n\nKính gửi: Các doanh nghiệp lữ hành.\n\n")


def deadlines(body: str, head: str = HEAD) -> list[tuple]:
    data = to_contract(parse_text(head + body + "\n").fields)
    return [(d["date"], d["time"]) for d in data["deadlines"]]


@pytest.mark.parametrize("sentence", [
    "Sở Văn hóa, Thể thao và Du lịch tổ chức Hội chợ Du lịch từ ngày 12/12/2025 đến ngày 14/12/2025 tại tỉnh.",
    "Sở sẽ tổ chức Tuần lễ Văn hóa từ ngày 01/12/2025 đến hết ngày 07/12/2025.",
    "Ủy ban nhân dân tỉnh Kiên Giang tổ chức Lễ hội từ ngày 20/12/2025 đến ngày 22/12/2025.",
    "Ban Thường trực Ủy ban nhân dân tỉnh Kiên Giang có thực hiện chương trình từ ngày 01/12/2025 đến ngày 31/12/2025.",
])
def test_the_issuers_own_event_is_no_deadline(sentence):
    assert deadlines(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # another body's campaign, a request, and what the issuer receives keep their day
    ("Ủy ban nhân dân huyện tổ chức ra quân từ ngày 01/12/2025 đến ngày 14/12/2025.", [("2025-12-14", None)]),
    ("Sở đề nghị các đơn vị triển khai từ ngày 01/12/2025 đến hết ngày 14/12/2025.", [("2025-12-14", None)]),
    ("Sở tiếp nhận hồ sơ đăng ký đến hết ngày 28/11/2025.", [("2025-11-28", None)]),
    ("Ban Tổ chức Hội chợ thực hiện việc đăng ký từ ngày 15/11/2025 đến ngày 28/11/2025.", [("2025-11-28", None)]),
])
def test_a_period_that_is_not_the_issuers_own_stays(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Theo khung kế hoạch, học kỳ I kết thúc trước ngày 17/01/2026.", []),
    ("Năm học 2025-2026 kết thúc trước ngày 31/5/2026; đề nghị các trường gửi báo cáo trước ngày 20/5/2026.",
     [("2026-05-20", None)]),
    # a duty to end, or an act that ends something, is still a deadline
    ("Các trường phải kết thúc học kỳ I trước ngày 17/01/2026.", [("2026-01-17", None)]),
    ("Học kỳ I phải kết thúc trước ngày 17/01/2026.", [("2026-01-17", None)]),
])
def test_a_calendar_period_that_ends_is_no_deadline(sentence, expected):
    assert deadlines(sentence) == expected


PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 402/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nNinh Thuận, ngày 09 tháng 12 năm 2025\n\nKẾ HOẠCH\n"
        "Triển khai công tác phổ biến pháp luật năm 2026\n\nI. NHIỆM VỤ CỤ THỂ\n\n")


def plan_tasks(table: str) -> list[tuple]:
    data = to_contract(parse_text(PLAN + table + "\n").fields)
    return [(t["text"], t["deadline"]) for t in data["tasks"]]


def test_a_task_table_written_with_pipes_gives_a_task_a_row():
    table = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n"
             "|---|---|---|---|\n"
             "| 1 | Xây dựng kế hoạch tuyên truyền | Sở Văn hóa, Thể thao và Du lịch | Tháng 01/2026 |\n"
             "| 2 | Tổ chức tập huấn cho cán bộ cấp xã | Sở Nội vụ | Quý II/2026 |\n"
             "| 3 | Kiểm tra việc thực hiện | Sở Tư pháp | Thường xuyên |\n")
    assert plan_tasks(table) == [("Xây dựng kế hoạch tuyên truyền", "2026-01-31"),
                                 ("Tổ chức tập huấn cho cán bộ cấp xã", "2026-06-30"),
                                 ("Kiểm tra việc thực hiện", None)]


@pytest.mark.parametrize("cell, expected", [
    ("Tháng 6 - 12/2026", "2026-12-31"),
    ("Từ tháng 3 đến tháng 5/2026", "2026-05-31"),
    ("Tháng 11 – tháng 12 năm 2026", "2026-12-31"),
])
def test_a_time_cell_that_spans_months_ends_with_the_last(cell, expected):
    table = ("STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n"
             f"1\tSơ kết, đánh giá kết quả\tSở Tư pháp\t{cell}\n")
    assert plan_tasks(table) == [("Sơ kết, đánh giá kết quả", expected)]


def _dated(dateline: str) -> str:
    return HEAD.replace("Kiên Giang, ngày 10 tháng 11 năm 2025", dateline)


@pytest.mark.parametrize("dateline, sentence, expected", [
    # the day is left blank (signed later): the month and year still place a day-month
    ("Kiên Giang, ngày      tháng 12 năm 2025", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12.", [("2025-12-15", None)]),
    ("Kiên Giang, ngày      tháng 12 năm 2025", "Đề nghị các đơn vị gửi báo cáo trước ngày 10/01.", [("2026-01-10", None)]),
    ("Kiên Giang, ngày      tháng 12 năm 2025", "Đề nghị các đơn vị hoàn thành trong tháng 12.", [("2025-12-31", None)]),
    # without the month there is no telling
    ("Kiên Giang, ngày      tháng      năm 2025", "Đề nghị các đơn vị gửi báo cáo trước ngày 15/12.", []),
])
def test_a_date_line_without_its_day_gives_the_year(dateline, sentence, expected):
    assert deadlines(sentence, _dated(dateline)) == expected


DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 1502/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nNinh Thuận, ngày 09 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Phê duyệt dự án sửa chữa đường tỉnh 702\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Phê duyệt dự án sửa chữa đường tỉnh 702 với các nội dung sau:\n\n"
            "1. Quy mô: sửa chữa mặt đường dài 12 km.\n\n2. Thời gian thực hiện: Năm 2026.\n\n"
            "Điều 2. Giao Sở Xây dựng:\n\n"
            "- Tổ chức thực hiện dự án theo đúng Quyết định này, bảo đảm chất lượng, tiến độ;\n"
            "- Phối hợp với Ủy ban nhân dân huyện Ninh Sơn bảo đảm an toàn giao thông.\n\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành "
            "Quyết định này./.\n")


def test_the_task_that_carries_the_document_out_takes_its_time_of_work():
    tasks = {t["text"][:20]: t["deadline"] for t in to_contract(parse_text(DECISION).fields)["tasks"]}
    assert tasks == {"Tổ chức thực hiện dự": "2026-12-31", "Phối hợp với Ủy ban ": None, "Chánh Văn phòng Ủy b": None}


SCHOOL = HEAD.replace("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "ĐẠI HỌC ĐÀ NẴNG\nTRƯỜNG ĐẠI HỌC KINH TẾ")


@pytest.mark.parametrize("head, expected", [
    (SCHOOL, []),  # a school's notice: "Nhà trường" is the issuer
    (HEAD, [("2026-08-15", None)]),  # a Sở's letter: "Nhà trường" is each school addressed
])
def test_nha_truong_is_the_issuer_only_in_a_schools_own_dispatch(head, expected):
    sentence = "Nhà trường tổ chức lớp học hè, thời gian học từ ngày 15/6/2026 đến ngày 15/8/2026."
    assert deadlines(sentence, head) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các đơn vị nộp hồ sơ trước ngày 28/11/2025 lúc 17 giờ 00.", [("2025-11-28", "17:00")]),
    ("Đề nghị các đơn vị nộp hồ sơ chậm nhất ngày 28/11/2025, vào lúc 4 giờ chiều.", [("2025-11-28", "16:00")]),
    ("Đề nghị các đơn vị nộp hồ sơ trước ngày 28/11/2025 để tổng hợp.", [("2025-11-28", None)]),
])
def test_a_time_after_the_date_is_the_deadlines_time(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Sở Văn hóa, Thể thao và Du lịch giao Trung tâm Văn hóa tổ chức triển lãm từ ngày 12/12/2025 đến hết ngày 20/12/2025.",
    "Sở chỉ đạo các đơn vị triển khai tuần lễ từ ngày 12/12/2025 đến hết ngày 20/12/2025.",
    "Sở phát động phong trào thi đua từ ngày 12/12/2025 đến hết ngày 20/12/2025.",
])
def test_the_issuer_that_has_another_body_act_keeps_the_period(sentence):
    assert deadlines(sentence) == [("2025-12-20", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các đơn vị cử cán bộ tham gia Đoàn (dự kiến làm việc từ ngày 15/12/2025), gửi danh sách trước ngày "
     "28/11/2025.", [("2025-11-28", None)]),
    ("Đoàn kiểm tra dự kiến làm việc từ ngày 15/12/2025, đề nghị các đơn vị gửi báo cáo trước ngày 28/11/2025.",
     [("2025-11-28", None)]),
    ("Công trình dự kiến hoàn thành trước ngày 28/11/2025.", []),
])
def test_a_forecast_in_an_aside_or_before_a_request_leaves_the_request_its_date(sentence, expected):
    assert deadlines(sentence) == expected


SUMMONS = HEAD.replace("Kính gửi: Các doanh nghiệp lữ hành.", "Kính gửi: Các phòng văn hóa các huyện.")


@pytest.mark.parametrize("body, expected", [
    # the one task and the one deadline, set for its report two sentences on
    ("Đề nghị các phòng triển khai thực hiện nghiêm túc. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời "
     "phản ánh về Sở. Thời hạn báo cáo kết quả: trước ngày 28/11/2025.", ["2025-11-28"]),
    # a deadline for others (applicants) is not the task's
    ("Đề nghị các phòng thông báo rộng rãi đến các câu lạc bộ. Thời gian nhận hồ sơ: đến 17h00 ngày 28/11/2025.", [None]),
])
def test_the_one_task_takes_the_one_deadline_set_for_its_report(body, expected):
    tasks = to_contract(parse_text(SUMMONS + body + "\n").fields)["tasks"]
    assert [t["deadline"] for t in tasks] == expected
