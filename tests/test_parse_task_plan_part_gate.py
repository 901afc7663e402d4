"""The activities listed under a plan's part of the work to do (``II. NHIỆM VỤ VÀ GIẢI PHÁP``) are tasks
though they name no body, open with no verb of the lexicon and carry no date: the task gate, which may drop
a unit with no evidence of its own, counts that part as evidence, as it counts a heading that directs."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 215/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phú Thọ, ngày 10 tháng 6 năm 2025

KẾ HOẠCH
Triển khai chuyển đổi số trong cơ quan nhà nước tỉnh Phú Thọ năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả ứng dụng công nghệ thông tin trong hoạt động của các cơ quan nhà nước.
2. Bảo đảm an toàn, an ninh mạng trong quá trình chuyển đổi số.

II. NHIỆM VỤ VÀ GIẢI PHÁP
2.1. Hoàn thiện hạ tầng số: nâng cấp mạng truyền số liệu chuyên dùng đến 100% xã, phường, hoàn thành trong quý III năm 2025.
2.2. Phát triển dữ liệu số: xây dựng cơ sở dữ liệu dùng chung của tỉnh, kết nối với các cơ sở dữ liệu quốc gia.
2.3. Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức.

III. TỔ CHỨC THỰC HIỆN
3.1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch.
3.2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thanh Hải
"""


def test_the_activities_of_a_plans_task_part_are_kept_by_the_gate():
    tasks = to_contract(parse_text(PLAN).fields)["tasks"]
    assert [" ".join(t["text"].split()[:4]) for t in tasks[:3]] == [
        "Hoàn thiện hạ tầng", "Phát triển dữ liệu", "Đào tạo, bồi dưỡng"]
    assert [t["assignees"] for t in tasks[3:]] == [["Sở Khoa học và Công nghệ", "các sở, ngành, địa phương"],
                                                   ["Sở Tài chính"]]
    assert len(tasks) == 5  # the aims under "I. MỤC ĐÍCH, YÊU CẦU" are none
