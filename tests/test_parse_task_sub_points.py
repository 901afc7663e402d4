"""A point's own points numbered after its letter (``a.1.``, ``b.2.``) head their items as ``a)`` and
``1.1.`` do: the same items under the three markers give the same tasks. Made-up dispatches."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 45/UBND-NC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 5 tháng 3 năm 2025\n\n"
        "V/v chủ động ứng phó với mưa lũ\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"
        "Để chủ động ứng phó với mưa lũ, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện "
        "các nội dung sau:\n\n1. Công tác chuẩn bị\n\n")
ITEMS = ("{a} Kiểm tra hồ đập:\n\n"
         "- Rà soát, kiểm tra toàn bộ hồ chứa nước xung yếu trên địa bàn;\n"
         "- Lập phương án bảo vệ hạ du khi xả lũ.\n\n"
         "{b} Bảo đảm giao thông:\n\n"
         "- Bố trí biển cảnh báo tại các ngầm, tràn thường xuyên bị ngập;\n"
         "- Chuẩn bị vật tư, phương tiện để khắc phục sạt lở trước ngày 30/4/2025.\n\n"
         "2. Sở Nông nghiệp và Môi trường theo dõi, tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh.\n\n")
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
TEXTS = ["Rà soát, kiểm tra toàn bộ hồ chứa nước xung yếu trên địa bàn;",
         "Lập phương án bảo vệ hạ du khi xả lũ.",
         "Bố trí biển cảnh báo tại các ngầm, tràn thường xuyên bị ngập;",
         "Chuẩn bị vật tư, phương tiện để khắc phục sạt lở trước ngày",
         "Sở Nông nghiệp và Môi trường theo dõi, tổng hợp tình hình, báo"]


def _tasks(first: str, second: str, above: str = "") -> list[tuple]:
    read = to_contract(parse_text(HEAD + above + ITEMS.format(a=first, b=second) + FOOT).fields)
    return [(t["text"], tuple(t["assignees"]), t["deadline"]) for t in read["tasks"]]


@pytest.mark.parametrize("first, second, above", [
    ("a)", "b)", ""),
    ("1.1.", "1.2.", ""),
    ("a.1.", "a.2.", "a. Về hồ đập và giao thông:\n\n"),
    ("b.1)", "b.2)", "b) Về hồ đập và giao thông:\n\n"),
])
def test_the_same_items_under_each_marker_give_the_same_tasks(first, second, above):
    tasks = _tasks(first, second, above)
    assert [text[:40] for text, _, _ in tasks] == [t[:40] for t in TEXTS]
    assert tasks == _tasks("a)", "b)")
    assert tasks[3][2] == "2025-04-30"
    assert all(a == ("các cơ quan, đơn vị",) for _, a, _ in tasks[:4])
