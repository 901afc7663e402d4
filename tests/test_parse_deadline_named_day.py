"""A day named by what takes place on it, its date in brackets (``trước ngày khai mạc (ngày 25/6/2026)``):
the date is the deadline, and the deadline's words close their bracket. Made-up dispatch."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract


OPENING = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 330/SVHTTDL-VP
V/v chuẩn bị Đại hội Thể dục thể thao tỉnh năm 2026
Bắc Hà, ngày 02 tháng 4 năm 2026
Kính gửi: Ủy ban nhân dân các huyện, thị xã.
Sở Văn hóa, Thể thao và Du lịch đề nghị Ủy ban nhân dân các huyện, thị xã:
1. Gửi danh sách vận động viên về Sở trước ngày khai mạc (ngày 25/6/2026).
2. Hoàn thành tập luyện đồng diễn trước ngày tổng duyệt chương trình (15/6/2026).
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Thị Hoa
"""


def test_a_day_named_by_its_event_with_its_date_in_brackets():
    c = to_contract(parse_text(OPENING).fields)
    assert [t["deadline"] for t in c["tasks"]] == ["2026-06-25", "2026-06-15"]
    assert "trước ngày khai mạc (ngày 25/6/2026)" in [d["text"] for d in c["deadlines"]]
