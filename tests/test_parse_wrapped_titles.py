"""An article's title the page wrapped after a word its name goes on from (``… của`` / ``Sở Công Thương tại
Hà Nội``), as OCR gives a printed page's lines, names the same bodies as the title printed on one line."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 45/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 03 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc quy định trách nhiệm thực hiện
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Quy định trách nhiệm của các cơ quan trong quản lý thị trường.
"""
ITEMS = """a) Tổ chức việc lập kế hoạch kiểm tra thị trường hằng năm.
b) Báo cáo kết quả về Ủy ban nhân dân tỉnh.
"""
FOOT = """Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Hòa
"""


def _assignees(title: str) -> list[list[str]]:
    return [t["assignees"] for t in to_contract(parse_text(HEAD + title + ITEMS + FOOT).fields)["tasks"]]


def test_a_title_wrapped_after_cua_names_what_the_whole_title_names():
    whole = _assignees("Điều 2. Trách nhiệm của Sở Công Thương và bộ phận thường trực của Sở Công Thương tại Hà Nội\n")
    wrapped = _assignees("Điều 2. Trách nhiệm của Sở Công Thương và bộ phận thường trực của\n"
                         "Sở Công Thương tại Hà Nội\n")
    assert len(wrapped) == 2 and wrapped == whole
    assert all(names[0].endswith("của Sở Công Thương") for names in wrapped)


def test_a_title_wrapped_after_va_keeps_the_last_body():
    wrapped = _assignees("Điều 2. Trách nhiệm của Sở Công Thương, Sở Tài chính và\nỦy ban nhân dân các huyện\n")
    assert wrapped == [["Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các huyện"]] * 2


def test_a_whole_title_before_a_line_of_bodies_still_stands_apart():
    # "Điều 2. Trách nhiệm của các Sở" / "Sở Công Thương, Sở Tài chính có trách nhiệm:": the line after the title
    # heads the clauses with its own bodies
    tasks = _assignees("Điều 2. Trách nhiệm của các Sở, ngành\nSở Công Thương, Sở Tài chính có trách nhiệm:\n")
    assert tasks == [["Sở Công Thương", "Sở Tài chính"]] * 2
