"""A plan's tasks written as a list whose items carry their columns as labelled lines."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

from .test_parse_task_mechanisms import letter

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 512/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lâm Đồng, ngày 12 tháng 8 năm 2024

KẾ HOẠCH
Triển khai thực hiện chuyển đổi số năm 2024

I. NHIỆM VỤ
{items}

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def _tasks(items: str) -> list[dict]:
    fields = parse_text(PLAN.format(items=items)).fields
    return [{**row, "text": task.text} for row, task in zip(to_contract(fields)["tasks"], fields.tasks)]


def test_each_item_is_one_task_with_its_labelled_lead_cooperating_bodies_and_time():
    tasks = _tasks("1. Rà soát, hoàn thiện cơ sở dữ liệu dân cư trên địa bàn tỉnh.\n"
                   "- Cơ quan chủ trì: Công an tỉnh.\n"
                   "- Cơ quan phối hợp: Sở Tư pháp,\n"
                   "UBND các huyện, thành phố.\n"
                   "- Thời gian hoàn thành: trước ngày 30/9/2024.\n"
                   "2. Xây dựng kho dữ liệu dùng chung của tỉnh, bảo đảm kết nối\n"
                   "với hệ thống của các bộ, ngành.\n"
                   "- Đơn vị chủ trì: Sở Thông tin và Truyền thông.\n"
                   "- Đơn vị phối hợp: các sở, ban, ngành.\n"
                   "- Sản phẩm: Kho dữ liệu được đưa vào vận hành.\n"
                   "- Thời gian thực hiện: Quý IV/2024.")
    assert [t["text"] for t in tasks] == [
        "Rà soát, hoàn thiện cơ sở dữ liệu dân cư trên địa bàn tỉnh.",
        "Xây dựng kho dữ liệu dùng chung của tỉnh, bảo đảm kết nối với hệ thống của các bộ, ngành."]
    assert tasks[0]["lead"] == ["Công an tỉnh"]
    assert tasks[0]["cooperating"] == ["Sở Tư pháp", "UBND các huyện, thành phố"]
    assert tasks[0]["deadline"] == "2024-09-30"
    assert tasks[1]["lead"] == ["Sở Thông tin và Truyền thông"]
    assert tasks[1]["cooperating"] == ["các sở, ban, ngành"]
    assert tasks[1]["deadline"] == "2024-12-31"  # a quarter: its last day


def test_an_ongoing_item_has_no_deadline_and_a_lettered_item_is_read_too():
    (task,) = _tasks("a) Tuyên truyền, phổ biến về chuyển đổi số.\n"
                     "+ Chủ trì: Sở Thông tin và Truyền thông.\n"
                     "+ Thời gian: Thường xuyên.")
    assert task["lead"] == ["Sở Thông tin và Truyền thông"] and task["deadline"] is None


def test_an_events_details_under_an_item_are_no_task_table():
    tasks = letter("Ủy ban nhân dân tỉnh tổ chức Hội nghị sơ kết công tác chuyển đổi số như sau:\n"
                   "1. Hội nghị sơ kết 6 tháng đầu năm.\n"
                   "- Thời gian: 8 giờ 00 ngày 20/8/2024.\n"
                   "- Địa điểm: Hội trường Ủy ban nhân dân tỉnh.\n"
                   "Đề nghị các cơ quan, đơn vị cử lãnh đạo tham dự đúng thành phần, thời gian.")
    assert all(t["deadline"] != "2024-08-20" for t in tasks)
    assert not any(t["text"].startswith("Hội nghị sơ kết") for t in tasks)
