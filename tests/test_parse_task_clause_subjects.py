"""Who a responsibility clause names, in sentences shaped as the articles of decrees and circulars
word them: a body named with the works it deals with before its duty (``Chi cục … quản lý kho có
trách nhiệm``), a capitalised body named by its works inside a list (``Cơ quan điều tra, Tòa án``), a
request word inside a condition before ``thì``, and a ``khi`` clause whose commas list what it is about.
The sentences are composed; the shapes were found on a sample of real articles kept out of the
repository."""

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.bodies import bodies_at
from dispatch_tools.vntext import strip_diacritics

HEAD = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 215/UBND-VP
V/v phân công thực hiện nhiệm vụ
An Bình, ngày 12 tháng 3 năm 2026

Ủy ban nhân dân tỉnh phân công thực hiện nhiệm vụ như sau:
"""
FOOT = "\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nTrần Văn Bình\n"


def one_task(line: str) -> dict:
    tasks = to_contract(parse_text(HEAD + "- " + line + "\n" + FOOT).fields)["tasks"]
    assert len(tasks) == 1
    return tasks[0]


@pytest.mark.parametrize("line, body", [
    ("Hằng quý, Chi cục Thủy lợi quản lý đê điều có trách nhiệm báo cáo Sở Nông nghiệp và Môi trường "
     "về tình hình công trình.", "Chi cục Thủy lợi quản lý đê điều"),
    ("Trong thời hạn 05 ngày làm việc, Trung tâm Y tế kiểm soát bệnh tật có trách nhiệm gửi kết quả "
     "xét nghiệm cho cơ sở khám bệnh.", "Trung tâm Y tế kiểm soát bệnh tật"),
])
def test_body_named_by_its_works_before_its_duty(line, body):
    assert one_task(line)["assignees"] == [body]


@pytest.mark.parametrize("text, body", [
    ("Sở Y tế hướng dẫn các cơ sở khám bệnh có trách nhiệm báo cáo kết quả.", "Sở Y tế"),
    ("Sở Tài chính báo cáo cho Ủy ban nhân dân tỉnh có trách nhiệm tổng hợp.", "Sở Tài chính"),
])
def test_an_action_on_its_object_is_no_name(text, body):
    assert bodies_at(text, strip_diacritics(text), 0, len(text))[0] == [body]


def test_capitalised_body_named_by_its_works_in_a_list():
    t = one_task("Yêu cầu Cơ quan thanh tra, Kho bạc Nhà nước khu vực, các cơ quan có liên quan rà soát "
                 "hồ sơ thanh toán.")
    assert t["assignees"] == ["Cơ quan thanh tra", "Kho bạc Nhà nước khu vực", "các cơ quan có liên quan"]


def test_plural_kind_then_its_action_is_no_name():
    text = "Các đơn vị triển khai thực hiện, Sở Tài chính theo dõi."
    assert bodies_at(text, strip_diacritics(text), 0, len(text))[0] == ["Các đơn vị"]


def test_request_word_in_the_condition_asks_nothing_of_the_main_clause():
    t = one_task("Trường hợp doanh nghiệp có văn bản đề nghị gia hạn thì Sở Tài chính chủ trì, phối hợp với "
                 "Thuế tỉnh xem xét, giải quyết.")
    assert t["assignees"] == ["Sở Tài chính", "Thuế tỉnh"]
    assert t["lead"] == ["Sở Tài chính"] and t["cooperating"] == ["Thuế tỉnh"]


def test_commas_inside_a_when_clause_list_what_it_is_about():
    t = one_task("Các cơ quan, đơn vị khi phát hiện sai sót, vướng mắc, bất cập có trách nhiệm báo cáo "
                 "Sở Tư pháp để tổng hợp.")
    assert t["assignees"] == ["Các cơ quan, đơn vị"]


def test_a_body_after_the_comma_of_a_when_clause_takes_the_duty():
    t = one_task("Các đơn vị khi phát hiện sai sót, Sở Tài chính có trách nhiệm kiểm tra lại hồ sơ.")
    assert t["assignees"] == ["Sở Tài chính"]


@pytest.mark.parametrize("line, bodies", [
    ("Ban Quản lý dự án lập hồ sơ quyết toán và chịu trách nhiệm trước pháp luật về tính chính xác của hồ sơ.",
     ["Ban Quản lý dự án"]),
    ("Các đơn vị rà soát, cập nhật dữ liệu và chịu trách nhiệm về số liệu báo cáo.", ["Các đơn vị"]),
    ("Tổng hợp số liệu thiệt hại và chịu trách nhiệm về tính chính xác của số liệu.", []),
])
def test_an_action_then_accountability_is_a_task(line, bodies):
    assert one_task(line)["assignees"] == bodies


@pytest.mark.parametrize("line", [
    "Sở Xây dựng chịu trách nhiệm về chất lượng công trình.",
    "Quyết định này được ban hành và có hiệu lực kể từ ngày ký.",
])
def test_accountability_or_a_rule_alone_is_no_task(line):
    assert to_contract(parse_text(HEAD + "- " + line + "\n" + FOOT).fields)["tasks"] == []


def test_two_actions_joined_before_the_duty_are_no_name():
    t = one_task("Sở Tài chính thẩm định dự toán và có trách nhiệm báo cáo Ủy ban nhân dân tỉnh.")
    assert t["assignees"] == ["Sở Tài chính"]


def test_a_body_named_by_the_place_it_serves_runs_to_its_duty():
    t = one_task("Ủy ban nhân dân cấp xã, Cơ quan đại diện nơi đã đăng ký khai sinh có trách nhiệm thông báo "
                 "cho cơ quan đăng ký cư trú.")
    assert t["assignees"] == ["Ủy ban nhân dân cấp xã", "Cơ quan đại diện nơi đã đăng ký khai sinh"]
