"""Paragraphs under an article that gives a body its work (``Điều 3. Giao Sở Tài chính:``) are its
items, each one task, when the page lost their markers (``a)``, ``b)``); made-up decisions."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 820/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 15 tháng 5 năm 2025

QUYẾT ĐỊNH
Ban hành Bộ chỉ tiêu theo dõi phát triển kinh tế số của tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;
Xét đề nghị của Giám đốc Sở Tài chính.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Bộ chỉ tiêu theo dõi phát triển kinh tế số của tỉnh.

Điều 2. Giao các sở, ban, ngành:

{a}Chủ trì thu thập, tổng hợp số liệu các chỉ tiêu được phân công tại Phụ lục kèm theo Quyết định này;

{b}Ban hành, sửa đổi văn bản hướng dẫn quy định khái niệm, phương pháp tính của chỉ tiêu được phân công để bảo đảm tính thống nhất.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
Như Điều 3;
Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn An
"""


def _tasks(page: str) -> list[tuple[str, list[str]]]:
    return [(t["text"][:20], t["assignees"]) for t in to_contract(parse_text(page).fields)["tasks"]]


def test_items_under_the_article_with_their_markers_lost():
    assert _tasks(PAGE.format(a="", b="")) == [("Chủ trì thu thập, tổ", ["các sở, ban, ngành"]),
                                               ("Ban hành, sửa đổi vă", ["các sở, ban, ngành"])]


def test_the_same_items_with_their_markers():
    assert _tasks(PAGE.format(a="", b="")) == _tasks(PAGE.format(a="a) ", b="b) "))
