"""evaluate.marker_styles with ``damage``: the markers restyled first, then the page's layout damaged, and
a page whose items in another style ran together on one line reads as its printed page does. A made-up
dispatch, unlike the development documents."""

from __future__ import annotations

from dispatch_tools.evaluate.marker_styles import score
from dispatch_tools.parse import parse_text, to_contract

PAGE = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 512/UBND-VX\nV/v rà soát cơ sở y tế năm 2025\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nam, ngày 14 tháng 3 năm 2025\n"
        "Kính gửi: Sở Y tế; Sở Tài chính.\n"
        "Thực hiện Công văn số 12/BYT-KCB ngày 1/2/2025 của Bộ Y tế, Ủy ban nhân dân tỉnh đề nghị như sau:\n"
        "1. Sở Y tế rà soát các cơ sở khám chữa bệnh trên địa bàn, hoàn thành trước ngày 30/4/2025.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/5/2025.\n"
        "3. Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/5/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")


class _Page:
    id = "made-up"

    def text(self) -> str:
        return PAGE

    def gold(self) -> dict:
        return {"tasks": to_contract(parse_text(PAGE).fields)["tasks"]}


def test_items_restyled_then_run_together_read_as_printed():
    assert len(_Page().gold()["tasks"]) == 3
    for kind in ("one-line", "body-one-line"):
        totals, moved = score([_Page()], ["1. as 1/", "1. as (1)"], kind)
        assert totals["1. as 1/"] == totals["1. as (1)"] == totals["printed"], kind
        assert totals["printed"]["tasks.count"] == 1.0, kind
        assert moved == []
