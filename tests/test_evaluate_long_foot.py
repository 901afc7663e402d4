"""The measure that lengthens a development document's ``Nơi nhận`` list (made-up text and pool)."""

from __future__ import annotations

from dispatch_tools.evaluate.long_foot import ADDED, WRAPS, lengthened

TEXT = ("Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, KH.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn An\n")
POOL = ["Ủy ban nhân dân các huyện, thị xã, thành phố (để thực hiện)", "Sở Xây dựng",
        "Trung tâm Công nghệ thông tin và Truyền thông tỉnh", "Báo Nhân dân", "Phòng Kinh tế các huyện",
        "Sở Tài chính", "Ban Quản lý các khu công nghiệp tỉnh (để phối hợp)", "Đài Phát thanh và Truyền hình tỉnh",
        "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_the_entries_go_after_the_first_item_each_long_enough_to_wrap():
    new = lengthened("X1", TEXT, POOL)
    lines = new.split("\n")
    at = lines.index("- Như trên;")
    added = lines[at + 1:at + 1 + ADDED]
    assert all(x.startswith("- ") and x.endswith(";") and len(x) - 3 >= WRAPS for x in added)
    assert lines[at + 1 + ADDED:at + 3 + ADDED] == ["- Sở Tài chính;", "- Lưu: VT, KH."]
    assert "- Sở Tài chính;" not in added  # an entry the list has already is not drawn
    assert lengthened("X1", TEXT, POOL) == new  # the same draw on every run


def test_a_text_without_a_list_is_left_out():
    assert lengthened("X1", "Đề nghị các đơn vị thực hiện./.\n\nLê Văn An\n", POOL) is None
