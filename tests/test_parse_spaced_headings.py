"""A plan's item that names a body on its own line, then its task: with a blank line after every line (a text
file kept double-spaced), as without; and a long execution clause in a numbered item whose titles end its
lines (made-up text of the kinds ``samples/kehoach.txt`` and single legal sentences hold)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN VĨNH THẠNH ĐÔNG

Số: 58/KH-UBND

Vĩnh Thạnh Đông, ngày 14 tháng 4 năm 2025

KẾ HOẠCH
Triển khai Tháng an toàn giao thông

III. TỔ CHỨC THỰC HIỆN

"""
FOOT = """

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""
ITEMS = ["1. Công an huyện", "Tổ chức tuyên truyền về an toàn giao thông trên địa bàn.",
         "2. Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phối hợp với Công an huyện xây dựng chuyên mục tuyên truyền."]


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    tasks = to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]
    return [(t["text"].split()[0], t["assignees"]) for t in tasks]


def test_a_bodys_heading_then_its_task_with_or_without_blank_lines():
    want = [("Tổ", ["Công an huyện"]),
            ("Phối", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Công an huyện"])]
    assert _tasks("\n".join(ITEMS)) == want
    assert _tasks("\n\n".join(ITEMS)) == want


def test_a_numbered_execution_clause_whose_line_ends_on_a_title_is_one_task():
    clause = ("1. Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, các Vụ trưởng, các Cục trưởng, Tổng cục trưởng Tổng cục "
              "Đường bộ Việt Nam, Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi "
              "hành Thông tư này.")
    ((first, names),) = _tasks(clause)
    assert first == "Chánh"
    assert names[:2] == ["Văn phòng Bộ", "Thanh tra Bộ"]
