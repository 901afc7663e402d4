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


def test_a_monthly_deadline_is_not_the_dispatchs_first_deadline():
    from dispatch_tools.generate.summary import summarise
    from dispatch_tools.register.entry import dispatch_deadline

    fields = parse_text(HEAD + "Đề nghị các huyện gửi báo cáo tình hình về Sở chậm nhất vào ngày 15 hằng tháng.\n"
                        "Riêng báo cáo sơ kết gửi trước ngày 30/6/2025.\n").fields
    assert [d.recurrence for d in fields.deadlines if d.kind == "recurring"] == ["monthly:15"]
    assert [d.isoformat() for d in summarise(fields).deadlines] == ["2025-06-30"]
    assert dispatch_deadline(fields) == "2025-06-30"


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
