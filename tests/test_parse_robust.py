"""The parser never crashes: odd inputs yield what they have, plus warnings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_tools.model import Document
from dispatch_tools.parse import document_from_text, parse_document, parse_text, to_contract

DECREE = """CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 30/2020/NĐ-CP
Hà Nội, ngày 05 tháng 3 năm 2020
NGHỊ ĐỊNH
VỀ CÔNG TÁC VĂN THƯ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Chính phủ ban hành Nghị định về công tác văn thư.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về công tác văn thư.
Điều 2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị định này./.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Xuân Phúc
"""

LETTER = """Kính gửi: Anh Nguyễn Văn A

Cảm ơn anh đã gửi thư. Chúng tôi sẽ trả lời sớm.

Trân trọng,
Trần Thị B
"""

ODD = [
    "",
    "\n\n\n",
    "Dear Sir, please find attached the quarterly report. Best regards, John",
    "Số:",
    "Số: /",
    "Kính gửi:",
    "Nơi nhận:\n-\n-",
    "KT.\nTM.\n",
    "- - - -\n1.\na)\n+",
    "ngày 99 tháng 99 năm 2024",
    "Hà Nội, ngày 31 tháng 2 năm 2024",
    "trước ngày 31/2 chậm nhất ngày 45/13/2024 trong Quý V",
    "Phụ lục\n\tA\tB\n1\t2",
    "“V/v",
    "\x00\x01 ※ ☃ 🙂",
    LETTER,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_inputs_do_not_crash(text):
    doc = parse_text(text)
    data = to_contract(doc.fields)
    assert set(data) >= {"number", "doc_type", "issuer", "date", "tasks", "signer", "distribution"}


def test_a_decree_yields_what_it_has():
    doc = parse_text(DECREE)
    data = to_contract(doc.fields)
    assert data["number"] == "30/2020/NĐ-CP"
    assert data["doc_type"] == "Nghị định"
    assert data["issuer"] == "CHÍNH PHỦ"
    assert data["date"] == "2020-03-05"
    assert data["subject"] == "VỀ CÔNG TÁC VĂN THƯ"
    assert data["signer"]["authority"] == "TM."
    assert data["signer"]["name"] == "Nguyễn Xuân Phúc"
    # assignees are the bodies: the ministers stand for the ministries, a head for the body he heads
    assert [t["assignees"] for t in data["tasks"]] == [["các Bộ", "cơ quan ngang bộ"]]


def test_a_letter_without_number_warns():
    doc = parse_text(LETTER)
    assert doc.fields.number is None
    assert any("number" in n.message for n in doc.notices)


def test_an_empty_document():
    doc = parse_document(Document(None, "text"))
    assert doc.fields is not None and doc.fields.number is None


def test_round_trip_through_json():
    doc = parse_text(DECREE)
    again = Document.from_dict(doc.to_dict())
    assert to_contract(again.fields) == to_contract(doc.fields)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(DECREE.splitlines() + LETTER.splitlines() + ["", "- ", "1. ", "a) "]),
                max_size=30),
       st.text(max_size=80))
def test_shuffled_lines_never_crash(lines, noise):
    text = "\n".join(lines) + "\n" + noise
    doc = parse_document(document_from_text(text))
    to_contract(doc.fields)
