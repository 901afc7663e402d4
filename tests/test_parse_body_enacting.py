"""A decision run together on one line: its enacting words in capitals between the bases and its first
article stand on a line of their own. Made-up decisions, unlike the development documents."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.body_lines import with_body_breaks

DECISION = ("QUYẾT ĐỊNH Về việc ban hành Quy chế quản lý hồ sơ điện tử của Sở - Căn cứ Luật Lưu trữ năm 2024; "
            "- Xét đề nghị của Chánh Văn phòng Sở. {enacting} Điều 1. Ban hành kèm theo Quyết định này các nội "
            "dung sau: a) Quy chế quản lý hồ sơ điện tử quy định tại Phụ lục I; b) Danh mục hồ sơ điện tử "
            "quy định tại Phụ lục II. Điều 2. Giao Văn phòng Sở chủ trì hướng dẫn các phòng thực hiện Quy chế "
            "này trước ngày 30/6/2026. Điều 3. Quyết định này có hiệu lực từ ngày ký./. ")


def test_the_enacting_words_stand_on_a_line_of_their_own():
    for enacting in ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"):
        text = DECISION.format(enacting=enacting) + "\n"
        assert f"Văn phòng Sở.\n{enacting}\nĐiều 1." in with_body_breaks(text)


def test_the_points_of_the_first_article_are_no_tasks():
    data = to_contract(parse_text(DECISION.format(enacting="QUYẾT ĐỊNH") + "\n").fields)
    assert len(data["tasks"]) == 1
    assert data["tasks"][0]["text"].startswith("Giao Văn phòng Sở chủ trì hướng dẫn")
    assert not any("Danh mục" in t["text"] for t in data["tasks"])


def test_capitals_inside_a_sentence_before_an_article_are_left_alone():
    text = ("QUYẾT ĐỊNH Về việc ban hành Quy chế - Căn cứ Luật Lưu trữ năm 2024; " + "nội dung " * 30
            + "theo Phụ lục I ban hành kèm theo Quyết định này Điều 1. Ban hành Quy chế.\n")
    assert "\nĐiều 1." not in with_body_breaks(text)
