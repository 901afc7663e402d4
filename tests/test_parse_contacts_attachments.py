"""The phones of a dispatch's contact line, in the groupings pages print them, and the documents sent with it."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.extras import PHONE
from tests.test_parse_task_mechanisms import HEADER


@pytest.mark.parametrize("line, phone", [
    ("Điện thoại: 0290.3851.246", "0290.3851.246"),  # a landline: the area's code, four figures, three
    ("ĐT: 024.3825.1234", "024.3825.1234"),  # three, four, four
    ("số điện thoại 0918.693.113", "0918.693.113"),  # a mobile: four, three, three
    ("ĐT: (0290) 3851246", "(0290) 3851246"),
    ("ĐT 0918693113", "0918693113"),
])
def test_phones_in_every_grouping(line, phone):
    assert [m.group(0) for m in PHONE.finditer(line)] == [phone]


@pytest.mark.parametrize("text", ["Công văn số 12/2025/UBND-VX", "ngày 03/4/2025", "0255.3822.12", "Mã số 1234.5678"])
def test_numbers_that_are_no_phone(text):
    assert not PHONE.search(text)


def test_a_sent_documents_number_broken_after_its_hyphen_is_one_word():
    body = ("Kính gửi: Ủy ban nhân dân các xã.\n\nĐề nghị các xã triển khai thực hiện (đính kèm Công văn số 4406/VPUB-\n"
            "KGVX và các tài liệu tuyên truyền).\n")
    text = HEADER.format(number="512/UBND-KT", subject="V/v triển khai công tác", body=body)
    assert to_contract(parse_text(text).fields)["attachments"] == [
        "đính kèm Công văn số 4406/VPUB-KGVX và các tài liệu tuyên truyền"]


def test_a_phone_label_a_lines_end_splits_still_gives_the_contact_its_phone():
    body = ("Kính gửi: Ủy ban nhân dân các xã.\n\nMọi vướng mắc xin liên hệ: Bà Lê Thị Hoa - Phòng Văn hóa; điện\n"
            "thoại: 0912.345.678.\n")
    contacts = to_contract(parse_text(HEADER + body).fields)["contacts"]
    assert [(c["name"], c["phone"]) for c in contacts] == [("Lê Thị Hoa", "0912.345.678")]
