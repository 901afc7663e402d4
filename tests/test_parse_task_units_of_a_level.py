"""The administrative units of a level named in the plural with the words that say which (``Các tỉnh ven
biển Nam Trung Bộ``, ``Các huyện vùng cao``) are the bodies an item asks, up to the verb of its clause, as
``Các huyện``, ``Các xã`` alone are; an article's title (``Nhiệm vụ của các địa phương``) names them only
when the item names nobody."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

DECISION = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/QĐ-TTg
Hà Nội, ngày 09 tháng 4 năm 2026
QUYẾT ĐỊNH
Về công tác phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2026
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Nhiệm vụ của các địa phương
1. Các tỉnh ven biển Nam Trung Bộ xây dựng phương án trữ nước ngọt cho sinh hoạt của người dân trong các tháng cao điểm.
2. Các tỉnh vùng đồng bằng sông Cửu Long phải rà soát hệ thống cống ngăn mặn trước ngày 15 tháng 5 năm 2026.
3. Các huyện vùng cao tổ chức chở nước cho các điểm trường thiếu nước.
4. Theo dõi chặt chẽ độ mặn tại các cửa sông, thông tin kịp thời cho người dân.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Bộ trưởng các bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, NN.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Minh Khoa
"""


def test_units_of_a_level_named_with_their_region_are_the_assignees():
    tasks = to_contract(parse_text(DECISION).fields)["tasks"]
    assert [t["assignees"] for t in tasks[:3]] == [["Các tỉnh ven biển Nam Trung Bộ"],
                                                  ["Các tỉnh vùng đồng bằng sông Cửu Long"],
                                                  ["Các huyện vùng cao"]]
    assert tasks[1]["deadline"] == "2026-05-15"


def test_the_article_title_names_the_item_that_names_nobody():
    tasks = to_contract(parse_text(DECISION).fields)["tasks"]
    assert tasks[3]["text"].startswith("Theo dõi chặt chẽ độ mặn")
    assert tasks[3]["assignees"] == ["các địa phương"]
