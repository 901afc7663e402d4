"""A text with no dispatch header at all is flagged ``không phải công văn?``; dispatches are not."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text
from dispatch_tools.parse.dispatch_check import header_parts, is_not_dispatch

from .conftest import SAMPLES


NOT_DISPATCH = "not a dispatch?"  # the tests run in English (conftest); in Vietnamese below


def _notices(doc) -> list[str]:
    return [n.message for n in doc.notices if n.stage == "parse"]


@pytest.mark.parametrize("text", [
    "Kính gửi: đây không phải tệp DOCX\n",  # a Kính gửi line alone is not a header
    "Danh sách mua hàng\n- gạo\n- muối\n",
    "Biên bản họp lớp: hôm nay chúng tôi bàn việc đi dã ngoại.\n",
])
def test_no_header_at_all_is_flagged(text):
    doc = parse_text(text)
    assert header_parts(doc.fields, doc.text) == []
    assert is_not_dispatch(doc.fields, doc.text)
    assert any(m.endswith(NOT_DISPATCH) for m in _notices(doc))


@pytest.mark.parametrize("name", ["seed000.txt", "seed002.txt", "congvan.txt", "kehoach.txt"])
def test_dispatches_are_not_flagged(name):
    doc = parse_text((SAMPLES / name).read_text(encoding="utf-8"))
    assert {"number", "issuer", "date"} <= set(header_parts(doc.fields, doc.text))
    assert not any(NOT_DISPATCH in m for m in _notices(doc))


def test_the_notice_is_vietnamese_by_default(vietnamese):
    doc = parse_text("Danh sách mua hàng\n- gạo\n- muối\n")
    assert _notices(doc)[-1] == ("không thấy phần đầu của văn bản (số, ký hiệu; cơ quan ban hành; ngày "
                                 "tháng; quốc hiệu; tên loại; trích yếu): không phải công văn?")


def test_the_national_title_alone_is_a_header():
    doc = parse_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Kính gửi: Ban Giám đốc\nTôi viết đơn này xin nghỉ phép.\n")
    assert "title" in header_parts(doc.fields, doc.text)
    assert not is_not_dispatch(doc.fields, doc.text)


def test_nothing_parsed_is_not_a_dispatch():
    assert is_not_dispatch(None)
