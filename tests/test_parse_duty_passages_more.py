"""More responsibility passages in the shapes of the codified legal text: the items a body's line
introduces are no tasks when the line announces conditions or alternatives rather than work."""

from __future__ import annotations

from tests.composed import foot, head, items_reader

HEAD = head("BỘ XÂY DỰNG", "08/2026/TT-BXD", "Hà Nội, ngày 20 tháng 4 năm 2026", "THÔNG TƯ",
            "Hướng dẫn quản lý trạm kiểm định vật liệu xây dựng", "Điều 1. Phạm vi điều chỉnh",
            "Thông tư này hướng dẫn quản lý trạm kiểm định vật liệu xây dựng.", spaced=True)
FOOT = foot("Điều 4", "BỘ TRƯỞNG", "Trần Hồng Minh", spaced=True)

tasks = items_reader(HEAD, FOOT)  # the article between the head and the foot


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


def test_a_named_body_s_powers_ask_nothing():
    found = tasks("Điều 4. Thẩm quyền và trách nhiệm\n"
                  "1. Sở Xây dựng có thẩm quyền cấp chứng chỉ kiểm định viên đối với các trường hợp sau đây:\n"
                  "a) Kiểm định viên làm việc tại trạm kiểm định trên địa bàn tỉnh;\n"
                  "b) Kiểm định viên của doanh nghiệp có trụ sở chính trên địa bàn tỉnh.\n"
                  "2. Cục Giám định xây dựng có thẩm quyền thu hồi chứng chỉ đã cấp sai quy định.\n"
                  "3. Trung tâm Kiểm định xây dựng có trách nhiệm lưu trữ hồ sơ kiểm định.\n")
    assert [t["assignees"] for t in found] == [["Trung tâm Kiểm định xây dựng"]]


def test_the_competent_kind_keeps_its_name():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Cơ quan nhà nước có thẩm quyền có trách nhiệm kiểm tra hồ sơ kiểm định.\n"
                  "2. Người có thẩm quyền phải trả lời bằng văn bản.\n")
    assert [t["assignees"] for t in found] == [["Cơ quan nhà nước có thẩm quyền"], ["Người có thẩm quyền"]]


def test_the_grounds_a_decision_rests_on_are_no_tasks():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Cục Giám định xây dựng công bố danh mục trạm kiểm định trên cơ sở các yếu tố sau:\n"
                  "a) Năng lực thiết bị của trạm;\n"
                  "b) Số kiểm định viên của trạm.\n"
                  "2. Người khai thác trạm kiểm định có trách nhiệm báo cáo Cục Giám định xây dựng hằng năm.\n")
    assert [t["assignees"] for t in found] == [["Người khai thác trạm kiểm định"]]


def test_a_requirement_about_a_matter_asks_nothing():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Trạm kiểm định có thẩm quyền giải quyết những việc sau đây:\n"
                  "a) Yêu cầu về kiểm định vật liệu của chủ đầu tư;\n"
                  "b) Tranh chấp về kết quả kiểm định.\n"
                  "2. Sở Xây dựng có trách nhiệm theo dõi hoạt động của trạm kiểm định.\n")
    assert [t["assignees"] for t in found] == [["Sở Xây dựng"]]


def test_a_kind_named_with_four_small_words_runs_to_its_verb():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Cơ quan thường trú thông tấn thực hiện các nhiệm vụ sau:\n"
                  "a) Phối hợp với Sở Xây dựng kiểm tra trạm kiểm định;\n"
                  "b) Lưu trữ hồ sơ kiểm định.\n")
    assert [t["assignees"][0] for t in found] == ["Cơ quan thường trú thông tấn"] * 2


def test_a_body_defined_under_the_name_it_goes_by_is_no_task():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Hội đồng kiểm định (sau đây viết tắt là Hội đồng) do Bộ trưởng Bộ Xây dựng thành lập, gồm đại "
                  "diện các cục, vụ có liên quan, chỉ đạo công tác kiểm định.\n"
                  "2. Đơn vị thường trực (sau đây gọi là đơn vị đầu mối) là đơn vị giúp Bộ chủ trì tổ chức kiểm định.\n"
                  "3. Cục Giám định xây dựng chủ trì tổ chức kiểm định hằng năm.\n")
    assert [t["assignees"] for t in found] == [["Cục Giám định xây dựng"]]


def test_a_proposal_in_a_body_s_duties_is_that_body_s_task():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Chủ tịch Ủy ban nhân dân cấp tỉnh:\n"
                  "a) Công bố kết quả kiểm định trên địa bàn tỉnh;\n"
                  "b) Đề nghị Bộ trưởng Bộ Xây dựng khen thưởng trạm kiểm định có thành tích xuất sắc.\n")
    assert len(found) == 2 and found[0]["assignees"] == found[1]["assignees"]
    assert "Bộ Xây dựng" not in " ".join(found[1]["assignees"])


def test_a_kind_named_by_who_designated_it_is_the_body_that_acts():
    found = tasks("Điều 4. Tổ chức thực hiện\n"
                  "1. Ngay sau khi nhận được hồ sơ, đơn vị được Sở Xây dựng chỉ định thực hiện việc kiểm định mẫu.\n"
                  "2. Trong thời hạn 05 ngày, đơn vị kiểm định có trách nhiệm báo cáo kết quả cho Sở Xây dựng.\n")
    assert [t["assignees"] for t in found] == [["đơn vị được Sở Xây dựng chỉ định"], ["đơn vị kiểm định"]]
