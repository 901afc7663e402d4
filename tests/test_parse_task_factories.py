"""Factories are a kind of body a plan asks to act, as enterprises and establishments are (``Các nhà máy xi
măng lắp đặt …``, ``Nhà máy nước … bảo đảm …``): the item's subject, not an item that names nobody."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 96/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 06 tháng 5 năm 2026
KẾ HOẠCH
Giảm phát thải bụi và khí thải công nghiệp năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Giảm lượng bụi mịn tại các khu dân cư gần khu công nghiệp.
II. NHIỆM VỤ, GIẢI PHÁP
1. Các nhà máy xi măng lắp đặt thiết bị quan trắc khí thải tự động trước ngày 30 tháng 9 năm 2026.
2. Nhà máy nhiệt điện bảo đảm vận hành liên tục hệ thống lọc bụi tĩnh điện.
3. Sở Nông nghiệp và Môi trường kiểm tra việc thực hiện, báo cáo Ủy ban nhân dân tỉnh hằng quý.
Nơi nhận:
- Các sở, ngành;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Thị Thanh
"""


def test_factories_are_the_bodies_the_items_ask():
    tasks = to_contract(parse_text(PLAN).fields)["tasks"]
    assert [t["assignees"] for t in tasks] == [["Các nhà máy xi măng"], ["Nhà máy nhiệt điện"],
                                              ["Sở Nông nghiệp và Môi trường"]]
    assert tasks[0]["deadline"] == "2026-09-30"
