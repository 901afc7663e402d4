"""A decision that approves a plan prints the plan as the body of its first article (``Điều 1. Phê duyệt
Đề án … với các nội dung chủ yếu sau:``). The activities listed under the plan's part of the work to do
(``2. Các giải pháp chủ yếu:`` / ``2.1. Giải pháp về tổ chức:`` / ``a) …``; ``3. Các hoạt động chủ yếu:``
/ ``- …``) are tasks though they stand in an article, as they are when the plan is printed on its own;
its aims (``1. Mục tiêu``) are none."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

DECISION = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/QĐ-BVHTTDL
Hà Nội, ngày 18 tháng 3 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án phát triển thư viện số cấp tỉnh giai đoạn 2026 - 2030
BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;
Xét đề nghị của Vụ trưởng Vụ Thư viện,
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển thư viện số cấp tỉnh giai đoạn 2026 - 2030 với các nội dung chủ yếu sau:
1. Mục tiêu
a) 100% thư viện cấp tỉnh có kho tài liệu số kết nối với thư viện quốc gia vào năm 2030;
b) Mỗi năm số lượt bạn đọc sử dụng tài liệu số tăng ít nhất 15%.
2. Các giải pháp chủ yếu:
2.1. Giải pháp về tổ chức:
a) Sắp xếp lại bộ phận số hóa tài liệu trong các thư viện cấp tỉnh;
b) Xây dựng quy trình dùng chung cho việc biên mục, lưu giữ và chia sẻ tài liệu số.
2.2. Giải pháp về nguồn lực:
a) Bồi dưỡng kỹ năng số cho người làm công tác thư viện ở các tuyến;
b) Huy động tài trợ của doanh nghiệp cho việc số hóa sách quý, báo cũ.
3. Các hoạt động chủ yếu:
- Số hóa tài liệu địa chí của từng tỉnh;
- Mở cổng tra cứu chung cho bạn đọc trên cả nước.
Điều 2. Tổ chức thực hiện
1. Vụ Thư viện chủ trì, phối hợp với Thư viện Quốc gia Việt Nam hướng dẫn triển khai Đề án.
2. Sở Văn hóa, Thể thao và Du lịch các tỉnh xây dựng kế hoạch thực hiện Đề án tại địa phương.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Chánh Văn phòng Bộ, Vụ trưởng Vụ Thư viện và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 4;
- Lưu: VT, TV.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Đinh Quang Vinh
"""


def test_the_activities_of_a_plan_approved_in_an_article_are_tasks():
    tasks = to_contract(parse_text(DECISION).fields)["tasks"]
    openings = [" ".join(t["text"].split()[:3]) for t in tasks]
    assert openings[:6] == ["Sắp xếp lại", "Xây dựng quy", "Bồi dưỡng kỹ", "Huy động tài",
                            "Số hóa tài", "Mở cổng tra"]
    assert all(t["assignees"] == [] for t in tasks[:6])  # the plan's activities name no body


def test_a_plans_aims_in_the_article_stay_no_tasks():
    tasks = to_contract(parse_text(DECISION).fields)["tasks"]
    texts = " ".join(t["text"] for t in tasks)
    assert "100% thư viện" not in texts and "Mỗi năm số lượt" not in texts
    assert [t["assignees"][0] for t in tasks[6:8]] == ["Vụ Thư viện", "Sở Văn hóa, Thể thao và Du lịch các tỉnh"]
    assert len(tasks) == 9  # and the execution clause


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN TAM ĐẢO
Số: 58/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tam Đảo, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Khai thác tiềm năng du lịch gắn với bảo tồn bản sắc văn hóa các dân tộc.
II. NHIỆM VỤ, GIẢI PHÁP
1. Kiện toàn tổ quản lý du lịch cộng đồng ở các thôn có điểm du lịch.
2. Ban hành bộ tiêu chí homestay đạt chuẩn của huyện.
3. Hỗ trợ người dân cải tạo nhà ở truyền thống làm cơ sở lưu trú.
III. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa - Thông tin chủ trì, phối hợp với Ủy ban nhân dân các xã triển khai Kế hoạch.
Nơi nhận:
- Các xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lương Văn Tuấn
"""


def test_a_plans_activity_that_opens_as_an_act_of_the_document_is_work_to_do():
    """``Kiện toàn …``, ``Ban hành …``, ``Hỗ trợ …`` open a decision's own act; listed in a plan's part of the
    work to do they are activities the plan asks for."""
    tasks = to_contract(parse_text(PLAN).fields)["tasks"]
    assert [" ".join(t["text"].split()[:2]) for t in tasks] == ["Kiện toàn", "Ban hành", "Hỗ trợ", "Phòng Văn"]
