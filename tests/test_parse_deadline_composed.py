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
