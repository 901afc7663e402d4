"""Faults the samples' known-wrong entries hid, on made-up text of their shapes: a list item printed without its
full stop, then the body's closing paragraph on the next line (a DOCX's paragraphs, a PDF's or a scan's lines), ends
there, as ``seed000``'s item 3 in every rendering, while a wrapped line that goes on with a capitalised name stays in
the item; a text's markdown autolink (``<https://…>``, as ``samples/seed000.txt`` prints its form's address) is read
without its brackets; a cited plan's issuer is found after a speck read as a colon (``… ngày 28/3/2025: của …``, the
plan's scans)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from tests.test_parse_task_mechanisms import HEADER

ITEMS = ("Kính gửi: Ủy ban nhân dân các xã.\n\n"
         "1. Tổ chức tuyên truyền về phòng, chống dịch bệnh trên địa bàn xã.\n"
         "2. Thống kê, báo cáo kết quả thực hiện về Phòng Y tế chậm nhất ngày 20/6/2025 theo biểu mẫu "
         "(biểu mẫu kèm theo)\n")


def _report(body: str) -> str:
    report = to_contract(parse_text(HEADER + body).fields)["report"]
    return report["what"] if report else ""


@pytest.mark.parametrize("closing", [
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị liên hệ Phòng Y tế để được hướng dẫn.\n",
    "Đề nghị Ủy ban nhân dân các xã quan tâm triển khai thực hiện./.\n",
])
def test_the_closing_paragraph_after_an_item_without_its_full_stop_is_no_part_of_it(closing):
    assert _report(ITEMS + closing) == ("Thống kê, báo cáo kết quả thực hiện về Phòng Y tế chậm nhất ngày 20/6/2025 "
                                        "theo biểu mẫu (biểu mẫu kèm theo)")


def test_a_wrapped_line_that_goes_on_with_a_name_stays_in_the_item():
    body = ("Kính gửi: Ủy ban nhân dân các xã.\n\n"
            "1. Tổ chức tuyên truyền về phòng, chống dịch bệnh và gửi kết quả về\n"
            "Trung tâm Y tế huyện trước ngày 20/6/2025.\n"
            "2. Thống kê số ca mắc trên địa bàn xã.\n")
    data = to_contract(parse_text(HEADER + body).fields)
    assert len(data["tasks"]) == 2 and data["tasks"][0]["deadline"] == "2025-06-20"


def test_a_markdown_autolink_is_read_without_its_brackets():
    body = ("Kính gửi: Ủy ban nhân dân các xã.\n\n"
            "1. Tổ chức tuyên truyền về phòng, chống dịch bệnh trên địa bàn xã.\n"
            "2. Báo cáo kết quả về Phòng Y tế chậm nhất ngày 20/6/2025 theo biểu mẫu: <https://forms.gle/AbC123>.\n")
    assert _report(body) == ("Báo cáo kết quả về Phòng Y tế chậm nhất ngày 20/6/2025 theo biểu mẫu: "
                             "https://forms.gle/AbC123.")


def test_a_cited_plans_issuer_after_a_speck_read_as_a_colon():
    body = ("Kính gửi: Ủy ban nhân dân các xã.\n\n"
            "Thực hiện Kế hoạch số 112/KH-UBND ngày 28/3/2025: của Ủy ban nhân dân tỉnh về tăng cường tuyên truyền, "
            "Ủy ban nhân dân huyện đề nghị các xã triển khai thực hiện.\n")
    (cited,) = to_contract(parse_text(HEADER + body).fields)["reference_details"]
    assert (cited["number"], cited["date"], cited["issuer"]) == ("112/KH-UBND", "2025-03-28", "Ủy ban nhân dân tỉnh")
