"""Deadline rules of wider reach, on made-up sentences: cut-offs told by what follows the date, two days
a year, the end of a term or of a rule's application, forecasts, and what is finished before vào."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ NỘI VỤ TỈNH NGHỆ AN\nSố: 318/SNV-CCVC\nV/v chế độ cán bộ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 12 tháng 5 năm 2025\n\nKính gửi: Phòng Nội vụ các huyện.\n\n")


def deadlines(sentence: str) -> list[tuple]:
    data = to_contract(parse_text(HEAD + sentence + "\n").fields)
    return [(d["date"], d["time"]) for d in data["deadlines"]]


@pytest.mark.parametrize("sentence", [
    "Cán bộ nghỉ hưu trước ngày 01/7/2025 thì được hưởng mức phụ cấp cũ.",
    "Các hồ sơ mời thầu, hồ sơ yêu cầu phát hành trước ngày 15/6/2025 được tiếp tục thực hiện.",
    "Thành viên Hội đồng trước ngày 30/6/2025, bao gồm: đại diện Sở Tài chính, Sở Nội vụ.",
    "Đến ngày 30/6/2025 (sau khi đủ 12 tháng giữ bậc), nếu viên chức đủ điều kiện thì được xét nâng bậc.",
    "Hồ sơ gửi từ ngày 20/5/2025 nhưng đến ngày 10/6/2025 Phòng mới nhận được.",
])
def test_a_date_followed_by_a_condition_or_a_late_fact_is_no_deadline(sentence):
    assert deadlines(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các huyện gửi hồ sơ trước ngày 15/6/2025 thì mới được xét trong đợt 1.", [("2025-06-15", None)]),
    ("Đề nghị các huyện gửi báo cáo trước ngày 30/6/2025, nếu có vướng mắc thì liên hệ Sở.", [("2025-06-30", None)]),
])
def test_a_request_keeps_its_date_before_a_condition(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Đơn vị gửi báo cáo kết quả kiểm tra về Sở trước ngày 15 tháng 6 và 15 tháng 12 hàng năm.",
    "Trước ngày 10 tháng 7 và ngày 10 tháng 01 của năm sau, đơn vị báo cáo về Sở.",
])
def test_two_days_a_year_recur(sentence):
    assert deadlines(sentence) == []


def test_a_second_dated_day_after_the_first_is_a_deadline_too():
    assert deadlines("Đề nghị các huyện gửi báo cáo trước ngày 15/6/2025 và ngày 15/12/2025.") == [
        ("2025-06-15", None), ("2025-12-15", None)]


@pytest.mark.parametrize("sentence", [
    "Thuế suất áp dụng từ ngày 01/6/2025 đến hết ngày 31/12/2025.",
    "Chương trình ưu đãi áp dụng từ nay đến tháng 10/2025.",
    "Việc thuê lại được hai bên thỏa thuận có thời hạn từ ngày 01/6/2025 đến ngày 01/6/2026.",
])
def test_the_end_of_a_term_or_of_an_application_is_no_deadline(sentence):
    assert deadlines(sentence) == []


def test_a_period_to_apply_something_in_is_a_deadline():
    assert deadlines("Đề nghị các huyện triển khai áp dụng phần mềm từ ngày 01/6/2025 đến hết ngày "
                     "31/12/2025.") == [("2025-12-31", None)]


@pytest.mark.parametrize("sentence", [
    "Theo kế hoạch, cầu Bến Thủy 3 sẽ thông xe trước tháng 8 năm 2025.",
    "Nhà máy sẽ ngừng hoạt động trước tháng 7/2025 để nâng cấp.",
])
def test_a_forecast_is_no_deadline(sentence):
    assert deadlines(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Sở Nội vụ sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 30/6/2025.", [("2025-06-30", None)]),
    ("Ban Tổ chức sẽ nhận hồ sơ đến hết ngày 21/8/2025.", [("2025-08-21", None)]),
    ("Đề nghị các huyện lưu ý, hệ thống sẽ khóa sổ trước ngày 30/6/2025.", [("2025-06-30", None)]),
])
def test_what_will_be_done_or_asked_keeps_its_date(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Phòng Nội vụ các huyện hoàn thành việc số hóa hồ sơ cán bộ vào cuối quý IV năm 2025.", [("2025-12-31", None)]),
    ("Đề nghị các huyện hoàn tất việc rà soát vào tháng 7/2025.", [("2025-07-31", None)]),
    ("Đề nghị các huyện hoàn tất rà soát trước ngày 20/6/2025.", [("2025-06-20", None)]),
])
def test_what_is_finished_may_stand_between_the_cue_and_its_date(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các huyện hoàn thành việc sắp xếp thôn, tổ dân phố trước cuối năm 2025.", [("2025-12-31", None)]),
    ("Đề nghị các huyện triển khai xong vào cuối quý III năm 2025.", [("2025-09-30", None)]),
    ("Đề nghị các huyện hoàn thành việc cập nhật hồ sơ trong quý III/2025.", [("2025-09-30", None)]),
    ("Đề nghị các huyện tổ chức thực hiện từ nay đến cuối năm 2025.", [("2025-12-31", None)]),
    ("Phấn đấu từ nay đến năm 2030, các huyện có 100% hồ sơ cán bộ được số hóa.", []),
    ("Phòng Nội vụ chủ trì rà soát vị trí việc làm. Thời hạn: năm 2026.", [("2026-12-31", None)]),
    ("Đây là tiền đề để các huyện hoàn thành các mục tiêu của nhiệm kỳ trong năm 2026.", []),
])
def test_the_end_of_a_year_or_a_quarter_after_what_is_finished(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_thing_finished_long_ago_is_no_deadline():
    assert deadlines("Hồ chứa nước được hoàn thành vào năm 2008 và đã hoàn tất việc nâng cấp vào tháng 3/2025.") == []


LIST = ("Đề nghị Phòng Nội vụ các huyện thực hiện các nội dung sau:\n"
        "1. Tổ chức phổ biến Nghị định về chế độ phụ cấp đến cán bộ.\n"
        "2. Rà soát hồ sơ cán bộ thuộc diện điều chỉnh phụ cấp.\n"
        "3. Cập nhật dữ liệu vào phần mềm quản lý cán bộ.\n")


def task_deadlines(body: str) -> list:
    return [t["deadline"] for t in to_contract(parse_text(HEAD + body).fields)["tasks"]]


def test_a_report_sentence_that_closes_a_list_is_not_the_last_items_deadline():
    # none of the items reports; the closing sentence is the dispatch's report duty, not item 3's
    body = LIST + "Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 30/6/2025.\n"
    assert task_deadlines(body) == [None, None, None]
    assert deadlines(LIST + "Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 30/6/2025.") == [("2025-06-30", None)]


def test_the_closing_report_date_goes_to_the_items_that_report():
    body = LIST.replace("2. Rà soát hồ sơ", "2. Rà soát, báo cáo số liệu hồ sơ") + \
        "Kết quả gửi về Sở Nội vụ trước ngày 30/6/2025 để tổng hợp.\n"
    assert task_deadlines(body) == [None, "2025-06-30", None]


def test_a_sentence_after_a_request_that_is_not_listed_still_dates_it():
    body = ("Đề nghị Phòng Nội vụ các huyện rà soát hồ sơ cán bộ thuộc diện điều chỉnh phụ cấp.\n"
            "Hồ sơ gửi về Sở Nội vụ trước ngày 30/6/2025.\n")
    assert task_deadlines(body) == ["2025-06-30"]


def test_a_sentence_after_a_single_item_dates_that_item():
    body = ("1. Đối với cán bộ đủ điều kiện nâng bậc lương trước thời hạn, đề nghị Phòng Nội vụ lập danh sách.\n"
            "Danh sách gửi về Sở Nội vụ trước ngày 30/6/2025.\n")
    assert task_deadlines(body) == ["2025-06-30"]


def test_a_monthly_deadline_is_not_the_dispatchs_first_deadline():
    from dispatch_tools.generate.summary import summarise
    from dispatch_tools.register.entry import dispatch_deadline

    fields = parse_text(HEAD + "Đề nghị các huyện gửi báo cáo tình hình về Sở chậm nhất vào ngày 15 hằng tháng.\n"
                        "Riêng báo cáo sơ kết gửi trước ngày 30/6/2025.\n").fields
    assert [d.recurrence for d in fields.deadlines if d.kind == "recurring"] == ["monthly:15"]
    assert [d.isoformat() for d in summarise(fields).deadlines] == ["2025-06-30"]
    assert dispatch_deadline(fields) == "2025-06-30"


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các huyện gửi báo cáo về Sở trước 5 giờ chiều ngày 20/6/2025.", [("2025-06-20", "17:00")]),
    ("Đề nghị các huyện gửi báo cáo về Sở trước 10 giờ 30 sáng thứ Sáu, ngày 20/6/2025.", [("2025-06-20", "10:30")]),
    ("Đề nghị các huyện gửi báo cáo về Sở trước thứ Sáu (20/6/2025).", [("2025-06-20", None)]),
    ("Hạn chót nhận hồ sơ vào sáng 20/6/2025.", [("2025-06-20", None)]),
    ("Hội nghị tổ chức vào sáng ngày 20/6/2025.", []),
])
def test_the_part_of_the_day_and_a_weekday_before_the_date(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hạn báo cáo: ngày 20/6/2025.", [("2025-06-20", None)]),
    ("Hạn đăng ký dự thi là ngày 20/6/2025.", [("2025-06-20", None)]),
    ("Đề nghị các huyện gửi báo cáo về Sở, hạn ngày 20/6/2025.", [("2025-06-20", None)]),
    ("Hạn: ngày 20/6/2025.", [("2025-06-20", None)]),
    ("Các sản phẩm còn hạn đến ngày 20/6/2025 được tiếp tục lưu hành.", []),
    ("Hạn chế tổ chức hội nghị vào ngày 20/6/2025.", []),
])
def test_han_names_a_time_limit(sentence, expected):
    assert deadlines(sentence) == expected


def test_work_to_finish_is_due_whatever_state_its_object_is_in():
    # "bị" before the cue tells a state ("được bổ nhiệm trước ngày …" is no deadline), but what is finished is due
    assert deadlines("Đề nghị Phòng Nông nghiệp hoàn thành nạo vét các kênh trục bị bồi lắng trước\n"
                     "ngày 31 tháng 01 năm 2026.") == [("2026-01-31", None)]
    assert deadlines("Các kênh trục bị bồi lắng trước ngày 31 tháng 01 năm 2025 đã được nạo vét.") == []
