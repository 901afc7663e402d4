"""An article's title glued to its clause on a line of its own (a bold title run into its paragraph on a
web page): ``Điều 3. Tổ chức thực hiện Chánh Văn phòng …`` is the title, then the execution clause."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/QĐ-UBND\nQuảng Nam, ngày 02 tháng 01 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n")
FOOT = "\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\n\nNguyễn Văn An\n"
CLAUSE = ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan liên quan chịu trách "
          "nhiệm thi hành Quyết định này./.\n")


def tasks(article: str) -> list[dict]:
    return to_contract(parse_text(HEAD + article + FOOT).fields)["tasks"]


@pytest.mark.parametrize("title", ["Tổ chức thực hiện", "Trách nhiệm thi hành", "Điều khoản thi hành"])
def test_the_execution_clause_after_a_glued_title_is_one_task(title):
    found = tasks(f"Điều 3. {title} {CLAUSE}")
    assert [t["text"].split()[:3] for t in found] == [["Chánh", "Văn", "phòng"]]
    assert found[0]["assignees"] == ["Văn phòng UBND tỉnh", "Sở Tài chính", "các cơ quan liên quan"]
    assert found == tasks(f"Điều 3. {title}\n{CLAUSE}")  # as with the title on a line of its own


def test_the_article_s_own_words_after_a_title_like_phrase_are_not_cut():
    from dispatch_tools.parse.body_lines import with_body_breaks

    text = HEAD + "Điều 3. Tổ chức thực hiện Kế hoạch số 15/KH-UBND ngày 02/01/2025 của tỉnh theo đúng tiến độ.\n" + FOOT
    assert with_body_breaks(text) == text
