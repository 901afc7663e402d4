"""Deadline rules of wider reach, on made-up sentences: "đăng ký trước ngày", month names in words, "trước
tháng 10" (the end of the month before), so many times a year, a year named by what happens in it,
consequences and cases, offers, presence at an event, forecasts after a period, and the end of reception."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ NỘI VỤ TỈNH NGHỆ AN\nSố: 318/SNV-CCVC\nV/v chế độ cán bộ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 12 tháng 5 năm 2025\n\nKính gửi: Phòng Nội vụ các huyện.\n\n")


def deadlines(sentence: str) -> list[tuple]:
    data = to_contract(parse_text(HEAD + sentence + "\n").fields)
    return [(d["date"], d["time"]) for d in data["deadlines"]]


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các đơn vị đăng ký trước ngày 20/5/2025; sau thời hạn trên Sở không tiếp nhận.", [("2025-05-20", None)]),
    ("Các đơn vị đăng ký danh sách về Sở trước 16 giờ ngày 16/5/2025.", [("2025-05-16", "16:00")]),
])
def test_registering_before_a_day_is_a_deadline(sentence, expected):
    assert deadlines(sentence) == expected


def test_the_previous_period_before_trước_is_still_no_cue():
    assert deadlines("Số liệu so với cùng kỳ trước ngày 20/5/2025 tăng 10%.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Các đơn vị gửi báo cáo về Sở trước ngày 15 tháng Sáu năm 2025.", [("2025-06-15", None)]),
    ("Đề nghị các huyện hoàn thành việc rà soát trong tháng Mười năm 2025.", [("2025-10-31", None)]),
    ("Các đơn vị gửi hồ sơ trước ngày 20 tháng Mười hai năm 2025.", [("2025-12-20", None)]),
    ("Đề nghị gửi kết quả về Sở chậm nhất ngày 05 tháng Bảy.", [("2025-07-05", None)]),
])
def test_a_month_named_in_words(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_lowercase_word_after_tháng_is_no_month():
    assert deadlines("Đề nghị các huyện gửi báo cáo 6 tháng năm 2025 trước ngày 20/6/2025.") == [("2025-06-20", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các huyện hoàn thành việc cấp giấy chứng nhận trước tháng 10/2025.", [("2025-09-30", None)]),
    ("Các đơn vị hoàn thành việc sắp xếp trước quý IV/2025.", [("2025-09-30", None)]),
    ("Đề nghị hoàn thành việc chuyển đổi trước năm 2026.", [("2025-12-31", None)]),
    ("Đề nghị hoàn thành trước cuối tháng 10/2025.", [("2025-10-31", None)]),
])
def test_before_a_month_quarter_or_year_is_the_end_of_the_one_before(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Một năm 2 lần, các đơn vị gửi báo cáo về Sở trước ngày 15/6 và ngày 15/12.",
    "Các đơn vị báo cáo 02 lần/năm, trước ngày 20/6 và ngày 20/12.",
    "Hồ sơ đề nghị công nhận gửi về Sở trước ngày 30 tháng 9 của năm đăng ký.",
    "Hồ sơ gửi về Sở trước ngày 30/9 của năm đề nghị khen thưởng.",
])
def test_days_of_a_year_the_text_does_not_number_recur(sentence):
    assert deadlines(sentence) == []


def test_a_day_of_this_year_is_a_deadline():
    assert deadlines("Hồ sơ gửi về Sở trước ngày 30/9 của năm nay.") == [("2025-09-30", None)]


@pytest.mark.parametrize("sentence", [
    "Đối với hồ sơ nộp trước ngày 01/7/2025, tiếp tục giải quyết theo quy định cũ.",
    "Các đơn vị không gửi hồ sơ trước ngày 30/6/2025 được coi là không có nhu cầu.",
    "Các tập thể hoàn thành trước ngày 30/6/2025 sẽ được khen thưởng.",
])
def test_a_case_or_a_consequence_is_no_deadline(sentence):
    assert deadlines(sentence) == []


def test_a_request_after_a_case_keeps_its_date():
    assert deadlines("Đối với các huyện chưa gửi báo cáo, đề nghị gửi về Sở trước ngày 30/5/2025.") == [
        ("2025-05-30", None)]


def test_the_schools_prepare_before_a_day():
    assert deadlines("Trường học tổ chức khai giảng vào ngày 05/9/2025; các trường chuẩn bị cơ sở vật chất "
                     "trước ngày 30/8/2025.") == [("2025-08-30", None)]


@pytest.mark.parametrize("sentence", [
    "Chương trình khuyến mại được thực hiện đến hết ngày 30/6/2025.",
    "Thời gian khuyến mại: từ ngày 15/5/2025 đến hết ngày 15/7/2025.",
])
def test_the_end_of_an_offer_is_no_deadline(sentence):
    assert deadlines(sentence) == []


def test_registering_for_an_offer_is_a_deadline():
    assert deadlines("Đề nghị các doanh nghiệp đăng ký tham gia chương trình khuyến mại đến hết ngày 30/6/2025.") == [
        ("2025-06-30", None)]


def test_the_time_to_be_present_at_an_event_is_no_deadline():
    assert deadlines("Đại biểu có mặt trước 7 giờ 15 phút ngày 20/5/2025 để làm thủ tục.") == []


def test_a_period_that_tells_what_will_take_place_is_no_deadline():
    assert deadlines("Trong tháng 6/2025, Sở sẽ tổ chức đoàn kiểm tra.") == []
    assert deadlines("Trong tháng 6/2025, các huyện tổ chức tuyên truyền.") == [("2025-06-30", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Hết hạn nhận hồ sơ vào 17 giờ ngày 30/5/2025.", [("2025-05-30", "17:00")]),
    ("Kết thúc nhận bài dự thi: 17h00 ngày 30/6/2025.", [("2025-06-30", "17:00")]),
    ("Thời gian thực hiện: Từ tháng 5 đến tháng 12/2025.", [("2025-12-31", None)]),
])
def test_the_end_of_reception_and_a_span_of_months(sentence, expected):
    assert deadlines(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Thời gian thực hiện: Quý II và Quý III năm 2025.", [("2025-09-30", None)]),
    ("Thời gian thực hiện: tháng 6, 7 năm 2025.", [("2025-07-31", None)]),
    ("Đề nghị các huyện hoàn thành trong tháng 6 và tháng 7 năm 2025.", [("2025-07-31", None)]),
])
def test_the_last_of_several_months_or_quarters_ends_the_period(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_named_time_limit_then_the_day():
    assert deadlines("Các trường tổ chức cho học sinh tham gia cuộc thi; hạn cuối nộp bài dự thi ngày 15/9/2025.") == [
        ("2025-09-15", None)]


def test_a_labelled_time_of_reception_ends_with_đến():
    assert deadlines("Thời gian tiếp nhận: đến 17 giờ 00 ngày 30/5/2025.") == [("2025-05-30", "17:00")]
    assert deadlines("Thời gian: từ 8h00 đến 11h00 ngày 30/5/2025.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Đề nghị các đơn vị gửi báo cáo về Sở trước 16:30 ngày 23/5/2025.", [("2025-05-23", "16:30")]),
    ("Thời hạn nộp hồ sơ: từ ngày ra thông báo đến 17h00 ngày 30/5/2025.", [("2025-05-30", "17:00")]),
    ("Kế hoạch này được thực hiện từ tháng 5/2025 đến tháng 12/2025.", [("2025-12-31", None)]),
])
def test_a_time_with_a_colon_and_periods_that_end_with_đến(sentence, expected):
    assert deadlines(sentence) == expected


def test_the_months_a_report_covers_are_no_deadline():
    assert deadlines("Đề nghị báo cáo số liệu từ tháng 01 đến tháng 6/2025 gửi về Sở trước ngày 10/7/2025.") == [
        ("2025-07-10", None)]


@pytest.mark.parametrize("sentence", [
    "Các hồ sơ nộp trước ngày 01/7/2025 tiếp tục được giải quyết theo quy định cũ.",
    "Những người đăng ký trước ngày 20/5/2025 được ưu tiên xếp lớp.",
    "Doanh nghiệp thành lập trước ngày 01/7/2025 phải thực hiện đăng ký lại.",
])
def test_a_date_that_marks_out_who_is_meant_is_no_deadline(sentence):
    assert deadlines(sentence) == []


def test_a_duty_before_the_date_keeps_it():
    assert deadlines("Đề nghị các doanh nghiệp đăng ký trước ngày 20/5/2025 được Sở hướng dẫn thêm.") == [
        ("2025-05-20", None)]


@pytest.mark.parametrize("sentence", [
    "Thời gian: Từ 08h00 ngày 22/5/2025 đến 11h30 ngày 22/5/2025.",
    "Thời gian: từ 8h00 ngày 20/5/2025 đến 17h00 ngày 22/5/2025.",
    "Thời gian tập huấn: 02 ngày, từ ngày 26/5/2025 đến ngày 27/5/2025.",
])
def test_the_time_of_an_event_is_no_deadline(sentence):
    assert deadlines(sentence) == []


def test_a_time_to_register_is_a_deadline():
    assert deadlines("Thời gian đăng ký: từ ngày 12/5/2025 đến hết ngày 20/5/2025.") == [("2025-05-20", None)]


def relative(sentence: str) -> list[str]:
    return [d.text for d in parse_text(HEAD + sentence + "\n").fields.deadlines if d.kind == "relative"]


def test_a_count_from_the_arrival_of_the_dispatch_named_by_its_kind():
    assert relative("Đề nghị báo cáo trong vòng 05 ngày làm việc kể từ ngày nhận được công văn.") == [
        "trong vòng 05 ngày làm việc kể từ ngày nhận được công văn"]
    assert relative("Trong thời hạn 05 ngày kể từ ngày nhận được văn bản đề nghị của tổ chức, cơ quan có thẩm quyền "
                    "trả lời.") == []


def test_the_report_of_a_year_before_a_day_is_a_cue():
    assert deadlines("Thời hạn nộp báo cáo: trước ngày 30/6/2025; báo cáo năm trước ngày 15/12/2025.") == [
        ("2025-06-30", None), ("2025-12-15", None)]


def test_a_day_whose_sentence_ends_in_hằng_năm_recurs():
    assert deadlines("Các đơn vị báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 hằng năm.") == []
    assert deadlines("Đề nghị gửi báo cáo trước ngày 20/6 để thực hiện chế độ báo cáo định kỳ.") == [("2025-06-20", None)]


def test_a_plans_bare_time_label_over_days_is_its_campaigns_period():
    assert deadlines("1. Thời gian: từ ngày 15/5/2025 đến hết ngày 15/6/2025.") == [("2025-06-15", None)]


def test_riêng_names_who_bears_a_deadline():
    assert deadlines("Riêng Sở Y tế báo cáo trước ngày 20/5/2025, các đơn vị khác báo cáo trước ngày 30/5/2025.") == [
        ("2025-05-20", None), ("2025-05-30", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Thời gian thực hiện: trong năm 2025.", [("2025-12-31", None)]),
    ("Yêu cầu các đơn vị hoàn thành chậm nhất trong tháng Mười Hai năm 2025.", [("2025-12-31", None)]),
])
def test_trong_between_the_cue_and_its_period(sentence, expected):
    assert deadlines(sentence) == expected


def test_a_goals_year_after_what_is_finished_is_no_deadline():
    assert deadlines("Các huyện nỗ lực để hoàn thành các mục tiêu trong năm 2025.") == []
