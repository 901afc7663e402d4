"""More responsibility passages in the shapes of the codified legal text: the items a body's line
introduces are no tasks when the line announces conditions or alternatives rather than work."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 08/2026/TT-BXD\nHà Nội, ngày 20 tháng 4 năm 2026\n\nTHÔNG TƯ\n"
        "Hướng dẫn quản lý trạm kiểm định vật liệu xây dựng\n\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý trạm kiểm định vật liệu xây dựng.\n\n")
FOOT = "\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\n\nTrần Hồng Minh\n"


def tasks(article: str) -> list[dict]:
    return to_contract(parse_text(HEAD + article + FOOT).fields)["tasks"]


def test_the_cases_a_line_ending_in_khi_introduces_are_no_tasks():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Sở Xây dựng quyết định tổ chức lại trạm kiểm định khi:\n"
                  "a) Có sự thay đổi về quy mô, địa bàn hoạt động;\n"
                  "b) Không còn đủ thiết bị kiểm định theo quy định.\n"
                  "2. Trung tâm Kiểm định xây dựng có trách nhiệm:\n"
                  "a) Bàn giao hồ sơ, thiết bị cho Sở Xây dựng;\n"
                  "b) Báo cáo kết quả kiểm định năm cuối cùng.\n")
    assert [t["text"].split()[0] for t in found] == ["Bàn", "Báo"]
    assert all(t["assignees"] == ["Trung tâm Kiểm định xây dựng"] for t in found)


def test_the_alternatives_one_of_which_is_required_are_one_task_not_several():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Cục Viễn thông phải áp dụng một trong các biện pháp sau đây:\n"
                  "a) Tạm dừng cấp số thuê bao mới;\n"
                  "b) Thu hồi kho số đã phân bổ.\n"
                  "2. Sở Xây dựng có trách nhiệm:\n"
                  "a) Tổ chức bồi dưỡng nghiệp vụ cho kiểm định viên;\n"
                  "b) Công bố danh sách kiểm định viên trên cổng thông tin điện tử.\n")
    assert [t["text"].split()[0] for t in found] == ["Cục", "Tổ", "Công"]
    assert [t["assignees"] for t in found] == [["Cục Viễn thông"], ["Sở Xây dựng"], ["Sở Xây dựng"]]


def test_the_body_a_lead_acts_for_stands_between_it_and_its_roles():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Bộ Tư pháp giúp Chính phủ chủ trì, phối hợp với các cơ quan có liên quan kiểm tra công tác "
                  "bồi thường nhà nước.\n"
                  "2. Sở Tư pháp giúp Ủy ban nhân dân cấp tỉnh kiểm tra công tác bồi thường tại địa phương.\n")
    assert found[0]["assignees"] == ["Bộ Tư pháp", "các cơ quan có liên quan"]
    assert found[0]["lead"] == ["Bộ Tư pháp"] and found[0]["cooperating"] == ["các cơ quan có liên quan"]
    assert found[1]["assignees"] == ["Sở Tư pháp"]


def test_discussing_and_voting_end_a_body_s_name():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Sở Xây dựng tổ chức thẩm định hồ sơ theo trình tự sau:\n"
                  "a) Tổ thẩm định báo cáo kết quả kiểm tra hồ sơ;\n"
                  "b) Hội đồng thẩm định thảo luận và bỏ phiếu về kết quả thẩm định;\n"
                  "c) Sở Xây dựng công bố kết quả thẩm định.\n")
    assert [t["assignees"] for t in found] == [["Tổ thẩm định"], ["Hội đồng thẩm định"], ["Sở Xây dựng"]]
