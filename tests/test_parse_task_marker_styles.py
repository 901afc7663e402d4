"""A list is read by its markers in the styles pages print besides ``1.``, ``a)`` and ``-``: ``1/``,
``1-``, ``(1)``, ``a.``, ``(a)``, a numbered item without its last dot (``2.1``), and bullets such as
``*``, ``▪``, ``○``; each item is a task of the body it names, as with ``1.`` (the same list read with
markers the parser knew gave these tasks; in the other styles the items ran on into the request that
introduces them, one task of its addressees)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEADER = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 412/UBND-KGVX
V/v triển khai công tác phòng, chống dịch sốt xuất huyết

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 14 tháng 5 năm 2025

Kính gửi:
- Sở Y tế;
- Sở Giáo dục và Đào tạo;
- Ủy ban nhân dân các huyện, thị xã, thành phố.

Để chủ động phòng, chống dịch sốt xuất huyết trong mùa mưa năm 2025, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:

"""
ITEMS = [
    "Sở Y tế chủ trì giám sát chặt chẽ các ổ dịch cũ, tổ chức phun hóa chất diệt muỗi tại các khu vực có nguy cơ cao.",
    "Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường, diệt lăng quăng trong khuôn viên trường.",
    "Ủy ban nhân dân các huyện, thị xã, thành phố huy động lực lượng tại chỗ ra quân diệt lăng quăng, báo cáo kết quả "
    "về Sở Y tế trước ngày 30/6/2025.",
]
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Xuân Dưỡng\n"
# a body the addressee must direct (chỉ đạo các trường học) is an assignee too (../shared/dev/README.md)
GOLD = [(["Sở Y tế"], None), (["Sở Giáo dục và Đào tạo", "các trường học"], None),
        (["Ủy ban nhân dân các huyện, thị xã, thành phố"], "2025-06-30")]
STYLES = {
    "slash": lambda i: f"{i}/",
    "hyphen": lambda i: f"{i}-",
    "parenthesised number": lambda i: f"({i})",
    "letter with a dot": lambda i: "abc"[i - 1] + ".",
    "parenthesised letter": lambda i: "(" + "abc"[i - 1] + ")",
    "star": lambda i: "*",
    "square": lambda i: "▪",
    "circle": lambda i: "○",
}


def _tasks(body: str) -> list[tuple[list[str], str | None]]:
    found = to_contract(parse_text(HEADER + body + FOOT).fields)["tasks"]
    return [(t["assignees"], t["deadline"]) for t in found]


@pytest.mark.parametrize("style", ["dot"] + list(STYLES))
def test_each_item_is_a_task_whatever_its_marker(style):
    marker = STYLES.get(style, lambda i: f"{i}.")
    assert _tasks("\n".join(f"{marker(i)} {item}" for i, item in enumerate(ITEMS, 1))) == GOLD


def test_numbered_items_without_their_last_dot_under_a_part():
    body = "1. Nhiệm vụ cụ thể\n" + "\n".join(f"1.{i} {item}" for i, item in enumerate(ITEMS, 1))
    assert _tasks(body) == GOLD


def test_a_list_of_figures_is_no_list_of_items():
    # "1.500 hộ" and "1/6/2025" at the start of a wrapped line are words of the sentence, not markers
    found = _tasks("Sở Y tế chủ trì tổ chức phun hóa chất diệt muỗi cho khoảng\n1.500 hộ gia đình tại các xã có ổ dịch, "
                   "hoàn thành trước ngày\n1/6/2025 và báo cáo kết quả về Ủy ban nhân dân tỉnh.")
    assert found == [(["Sở Y tế"], "2025-06-01")]
