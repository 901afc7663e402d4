"""A paragraph printed without a marker right after the last item of a list of bodies and their work
(``8. Các sở, ngành khác … có trách nhiệm …`` / ``Sở Tài chính, Kho bạc Nhà nước tỉnh theo dõi …``) names
its own bodies and their work: a task as the items before it are, though it stands apart from the list."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 1204/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 22 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc triển khai chương trình kiên cố hóa kênh mương năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Giao nhiệm vụ triển khai chương trình như sau:
1. Sở Nông nghiệp và Môi trường hướng dẫn các huyện lập danh mục tuyến kênh cần kiên cố hóa.
2. Ủy ban nhân dân các huyện tổ chức thi công bảo đảm chất lượng, tiến độ.
3. Các sở, ngành khác theo chức năng, nhiệm vụ có trách nhiệm phối hợp thực hiện chương trình.
Sở Tài chính, Kho bạc Nhà nước tỉnh theo dõi việc giải ngân vốn hỗ trợ, kịp thời báo cáo những vướng mắc.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ngành và Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, NL.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Báu Hà
"""


def test_a_paragraph_after_the_last_item_that_names_its_bodies_is_a_task():
    tasks = to_contract(parse_text(DECISION).fields)["tasks"]
    follow = [t for t in tasks if t["text"].startswith("Sở Tài chính")]
    assert len(follow) == 1
    assert follow[0]["assignees"] == ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]
    assert len(tasks) == 5
