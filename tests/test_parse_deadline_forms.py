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


@pytest.mark.parametrize("sentence", [
    # a day without its year in a paragraph that says it recurs, or tied to a period the text does not date
    "Định kỳ hằng năm, Phòng Hộ tịch tổng hợp số liệu. Báo cáo năm gửi về Sở trước ngày 20 tháng 11.",
    "Các huyện gửi báo cáo hộ tịch về Sở trước ngày 10 tháng 7 của năm báo cáo.",
    "Phòng Tư pháp nộp bản tự đánh giá trong quý II của năm tiếp theo.",
])
def test_a_day_that_recurs_is_no_calendar_deadline(sentence):
    assert deadlines(sentence) == []


def test_a_recurring_paragraph_keeps_a_deadline_that_prints_its_year():
    assert deadlines("Định kỳ hằng tháng, các huyện báo cáo số hóa sổ; riêng báo cáo tổng kết gửi trước "
                     "ngày 20/6/2025.") == [("2025-06-20", None)]


@pytest.mark.parametrize("sentence", [
    "Đoàn kiểm tra dự kiến đến làm việc tại huyện trước 15 giờ ngày 28/5/2025.",
    "Số hồ sơ lũy kế tính đến ngày 30/6/2025 là 1.250 hồ sơ.",
    "Vụ cháy kho lưu trữ xảy ra trước ngày 20/5/2025 tại xã Phú Hữu.",
])
def test_a_forecast_or_a_fact_is_no_deadline(sentence):
    assert deadlines(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Trong tháng 7/2025, hai huyện ghi nhận 320 trường hợp khai sinh.", []),
    ("Ông Lê Văn Nam (từ ngày 01/6/2025 đến ngày 30/9/2025)", []),
    ("Phòng Tư pháp các huyện hoàn thành số hóa sổ hộ tịch trong tháng 7/2025.", [("2025-07-31", None)]),
    ("Các huyện tổ chức đợt cao điểm đăng ký khai sinh từ ngày 01/6/2025 đến ngày 30/6/2025.", [("2025-06-30", None)]),
])
def test_a_period_ends_in_a_deadline_only_when_something_is_to_be_done(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hồ sơ nộp trước ngày 09/5/2025 được giải quyết theo quy định cũ.", []),  # before the issue day
    ("Các sổ cấp trước 0 giờ ngày 09/5/2025 vẫn có giá trị.", []),
    ("Các huyện gửi danh sách về Sở chậm nhất 16 giờ ngày 09/5/2025.", [("2025-05-09", "16:00")]),
])
def test_a_date_before_the_issue_day_has_begun_is_no_deadline(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hội nghị tổng kết công tác hộ tịch được tổ chức trong tháng 8/2025 tại Sở.", []),  # an event
    ("Tiền gửi của quỹ hỗ trợ trong tháng 6/2025 tăng 5%.", []),  # a noun, not an act
    ("Các xã vấp phải nhiều khó khăn trong tháng 6/2025.", []),
])
def test_words_that_only_look_like_an_act_do_not_make_a_period_a_deadline(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Phòng Tư pháp hoàn thành việc số hóa sổ hộ tịch chậm nhất vào năm 2026.", [("2026-12-31", None)]),
    ("Hạn nộp hồ sơ đề nghị khen thưởng: ngày 30/6/2025.", [("2025-06-30", None)]),
    ("Hạn gửi báo cáo về Sở là ngày 16/6/2025.", [("2025-06-16", None)]),
    ("Các huyện gửi danh sách về Sở muộn nhất ngày 20/6/2025.", [("2025-06-20", None)]),
])
def test_more_ways_to_name_a_deadline(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Thời gian thực hiện Đề án: năm 2025 - 2030.", []),  # a programme's span of years
    ("Thời gian thực hiện: năm 2025 đến năm 2027.", []),
    ("Thời gian thực hiện: năm 2026.", [("2026-12-31", None)]),
    ("Các xã tiếp tục rà soát sổ hộ tịch đến hết năm 2025.", [("2025-12-31", None)]),
])
def test_a_year_ends_a_period_but_a_span_of_years_does_not(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Các huyện tổ chức tuyên truyền về hộ tịch trong tháng 6 và tháng 7 năm 2025.", [("2025-07-31", None)]),
    ("Các huyện tổ chức tuyên truyền trong tháng 6/2025 đến tháng 8/2025.", [("2025-08-31", None)]),
])
def test_a_period_of_months_ends_with_the_later_month(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Trong tháng 6/2025, các huyện tổ chức rà soát toàn bộ sổ hộ tịch.", [("2025-06-30", None)]),
    ("Đến ngày 30/6/2025, các huyện phải hoàn thành việc số hóa sổ.", [("2025-06-30", None)]),
    ("Trong tháng 7/2025, hai huyện ghi nhận 320 trường hợp khai sinh.", []),
    ("Cũng trong tháng 6/2025, các huyện đã tổ chức rà soát sổ hộ tịch.", []),  # done already
])
def test_a_period_that_opens_the_sentence_is_a_deadline_of_what_follows(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Các huyện gửi danh sách về Sở trước thứ Sáu, ngày 20/6/2025.", [("2025-06-20", None)]),
    ("Các huyện gửi danh sách về Sở trước 17 giờ thứ Sáu, ngày 20/6/2025.", [("2025-06-20", "17:00")]),
])
def test_a_weekday_between_the_cue_and_the_date(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_recurring_day_is_kept_without_a_date_for_a_person_to_read():
    fields = parse_text(HEAD + "Định kỳ hằng năm, các huyện gửi báo cáo về Sở trước ngày 20 tháng 11.\n").fields
    assert [(d.date, d.kind, d.text) for d in fields.deadlines] == [(None, "recurring", "trước ngày 20 tháng 11")]
    assert all(t.deadline is None for t in fields.tasks)


@pytest.mark.parametrize("sentence, expected", [
    # a date after a word of state says when something was, not by when it must be done
    ("Công chứng viên được bổ nhiệm trước ngày 01 tháng 7 năm 2025 tiếp tục hành nghề.", []),
    ("Những người đã nghỉ hưu, thôi việc trước ngày 15/6/2025 không phải kê khai.", []),
    ("Các khoản phí phát sinh trước ngày 30/6/2025 được quyết toán theo quy định cũ.", []),
    ("Nhà văn hóa xã được hoàn thành vào năm 2026 với tổng vốn 5 tỷ đồng.", []),
    # a word of something to be done after the word of state, or a duty before it, keeps the deadline
    ("Báo cáo được gửi về Sở trước ngày 15/6/2025.", [("2025-06-15", None)]),
    ("Việc số hóa sổ phải được hoàn thành trước ngày 30/9/2025.", [("2025-09-30", None)]),
    ("Hồ sơ đã hoàn thiện gửi về Phòng Hộ tịch trước ngày 20/6/2025.", [("2025-06-20", None)]),
])
def test_a_cut_off_date_is_no_deadline(sentence, expected):
    assert deadlines(sentence) == expected


def test_the_previous_year_is_no_deadline_cue():
    assert deadlines("Số liệu tính từ ngày 16/8 năm trước đến 15/8 năm báo cáo.") == []


@pytest.mark.parametrize("sentence, expected", [
    # a day tied to a period the text does not date
    ("Người nộp phí kê khai chậm nhất là ngày 20 tháng 3 năm dương lịch tiếp theo.", []),
    ("Tổ chức thu phí khai chậm nhất là ngày 01 tháng 12 của kỳ tính thuế.", []),
    ("Sở Tư pháp trình kế hoạch trước ngày 31 tháng 12 năm thứ tư của giai đoạn.", []),
    # a schedule of reports that says it recurs
    ("Chậm nhất là ngày 15 tháng 6 đối với báo cáo 6 tháng và ngày 15 tháng 11 đối với báo cáo hằng năm, "
     "Phòng Tư pháp gửi báo cáo về Sở.", []),
    # one report due for this year stays a deadline
    ("Báo cáo sơ kết 6 tháng đầu năm gửi về Sở chậm nhất là ngày 10/7.", [("2025-07-10", None)]),
])
def test_a_reporting_schedule_is_no_calendar_deadline(sentence, expected):
    assert deadlines(sentence) == expected


def test_the_end_of_a_lease_or_a_term_is_no_deadline():
    assert deadlines("Thời hạn thuê trụ sở là 03 năm, từ ngày 01/6/2025 đến hết ngày 31/5/2028.") == []
    assert deadlines("Thời hạn sử dụng thẻ thư viện đến hết ngày 31/12/2026.") == []
    assert deadlines("Phòng Hộ tịch hoàn thành việc cập nhật dữ liệu đến hết ngày 31/12/2025.") == [("2025-12-31", None)]


@pytest.mark.parametrize("sentence, expected", [
    # the end of a month, a quarter or a year is its last day
    ("Các huyện báo cáo chậm nhất vào cuối tháng 7/2025.", [("2025-07-31", None)]),
    ("Phòng Hộ tịch hoàn thành trước cuối quý III/2025.", [("2025-09-30", None)]),
    ("Các huyện hoàn thành việc số hóa chậm nhất vào cuối năm 2026.", [("2026-12-31", None)]),
    # the second half-year ends on 31 December; a half-year without its year is the issue year's
    ("Các huyện hoàn thành việc số hóa sổ hộ tịch trong 6 tháng cuối năm 2025.", [("2025-12-31", None)]),
    ("Các huyện hoàn thành việc số hóa sổ hộ tịch trong 6 tháng đầu năm.", [("2025-06-30", None)]),
    ("Trong 6 tháng đầu năm, toàn tỉnh đã tổ chức 12 hội nghị.", []),
])
def test_the_end_of_a_period_named_as_such(sentence, expected):
    assert deadlines(sentence) == expected


def _read(sentence: str) -> dict:
    return to_contract(parse_text(HEAD + sentence + "\n").fields)


def test_a_deadline_counted_from_the_issue_date_is_flagged_with_the_date_it_gives():
    data = _read("Đề nghị Phòng Tư pháp các huyện gửi báo cáo về Sở trong vòng 10 ngày kể từ ngày ký Công văn này.")
    assert data["deadlines"] == []  # not printed as a date: no calendar date is given with confidence
    assert [d["kind"] for d in data["deadline_details"]] == ["relative"]
    assert "19/05/2025" in data["review"]["deadlines"]  # issued 09/5/2025, ten days later
    (task,) = data["task_details"]
    assert task["deadline_text"] == "trong vòng 10 ngày kể từ ngày ký Công văn này"


def test_a_deadline_counted_from_arrival_or_in_working_days_is_flagged_without_a_date():
    data = _read("Phòng Tư pháp các huyện gửi báo cáo trong thời hạn 07 ngày làm việc kể từ ngày nhận được "
                 "Công văn này.")
    assert data["deadlines"] == [] and "deadlines" in data["review"]
    assert not any(ch.isdigit() for ch in data["review"]["deadlines"].split("”")[-1])  # no date guessed
    data = _read("Các huyện xây dựng kế hoạch chậm nhất 05 ngày làm việc kể từ ngày ban hành Kế hoạch này.")
    assert "deadlines" in data["review"] and "/2025" not in data["review"]["deadlines"]


def test_a_procedures_time_limit_in_a_rule_is_not_flagged():
    data = _read("Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Tư pháp cấp giấy chứng nhận.")
    assert data["deadline_details"] == [] and "deadlines" not in data["review"]


@pytest.mark.parametrize("sentence, expected", [
    # a period that ends at a time of a day, after "đến" alone
    ("Các huyện nộp hồ sơ dự thi từ ngày 01/6/2025 đến 17h00 ngày 30/6/2025.", [("2025-06-30", "17:00")]),
    ("Hội nghị diễn ra từ 8h00 đến 17h00 ngày 30/5/2025.", []),
    ("Thời gian: từ 8 giờ 00 đến 11 giờ 00, ngày 30/5/2025 (thứ Sáu).", []),  # the hours of one day
    ("Thời gian nhận hồ sơ: từ 8h00 ngày 01/6/2025 đến 17h00 ngày 30/6/2025.", [("2025-06-30", "17:00")]),
    # the days an event is held are no deadline
    ("Thời gian tổ chức: từ ngày 01/6/2025 đến ngày 03/6/2025.", []),
    ("Các huyện tổ chức ra quân từ ngày 01/6/2025 đến ngày 30/6/2025.", [("2025-06-30", None)]),
])
def test_a_period_that_ends_at_a_time_and_an_event_held_over_days(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_day_without_its_year_that_has_passed_long_before_is_flagged_not_guessed():
    # issued 09/5/2025: "20/3" would be next March, or a slip; the date is not given, a person checks it
    data = _read("Đề nghị Phòng Tư pháp các huyện gửi báo cáo về Sở trước ngày 20/3.")
    assert data["deadlines"] == [] and [d["kind"] for d in data["deadline_details"]] == ["unsure"]
    assert "trước ngày 20/3" in data["review"]["deadlines"]
    assert data["task_details"][0]["deadline_text"] == "trước ngày 20/3"
    # a day still to come this year, a day a few months into the next year, or a day printed with its year
    assert deadlines("Đề nghị các huyện gửi báo cáo về Sở trước ngày 20/5.") == [("2025-05-20", None)]
    assert deadlines("Đề nghị các huyện gửi báo cáo về Sở trước ngày 20/12.") == [("2025-12-20", None)]
    assert deadlines("Đề nghị các huyện gửi báo cáo về Sở trước ngày 20/3/2026.") == [("2026-03-20", None)]
    assert "deadlines" not in _read("Đề nghị các huyện gửi báo cáo về Sở trước ngày 20/5.")["review"]


def test_a_day_just_after_the_new_year_is_read_in_the_next_year():
    head = HEAD.replace("ngày 09 tháng 5 năm 2025", "ngày 20 tháng 12 năm 2025")
    data = to_contract(parse_text(head + "Đề nghị các huyện gửi báo cáo về Sở trước ngày 10/01.\n").fields)
    assert [(d["date"], d["time"]) for d in data["deadlines"]] == [("2026-01-10", None)]
    assert "deadlines" not in data["review"]
