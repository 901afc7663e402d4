"""Items that open with an action right under ``Tổ chức thực hiện`` (``Điều 2. Tổ chức thực hiện`` / ``a) Hướng
dẫn …``), the body they are asked of not named, are work to do, each a task with no assignee; the clauses of
that article that tell what the document does, give a power, state a rule or say what a word means stay none.
The texts are composed; the shape recurs in the real passages of several rounds kept out of the repository."""

from tests.composed import foot, head, items_reader

HEAD = head("BỘ NỘI VỤ", "08/2026/QĐ-BNV", "Hà Nội, ngày 14 tháng 4 năm 2026", "QUYẾT ĐỊNH", "Về quản lý hồ sơ công chức",
            "Điều 1. Quyết định này quy định việc quản lý hồ sơ công chức.", "Điều 2. Tổ chức thực hiện")
FOOT = foot("Điều 2", "BỘ TRƯỞNG", "Lê Văn Cường")

tasks_of = items_reader(HEAD, FOOT)  # the body between the head and the foot


def test_action_points_under_carrying_out_are_tasks_without_assignees():
    tasks = tasks_of("a) Hướng dẫn các cơ quan lập, cập nhật và lưu trữ hồ sơ công chức theo mẫu thống nhất;\n"
                     "b) Kiểm tra việc quản lý, sử dụng hồ sơ công chức tại các cơ quan, đơn vị.\n"
                     "2. Sở Nội vụ các tỉnh, thành phố có trách nhiệm:\n"
                     "a) Đôn đốc các cơ quan cập nhật hồ sơ công chức đúng thời hạn;\n"
                     "b) Tổng hợp kết quả, báo cáo Bộ Nội vụ hằng năm.")
    assert [t["text"].split()[0] for t in tasks] == ["Hướng", "Kiểm", "Đôn", "Tổng"]
    assert tasks[0]["assignees"] == [] and tasks[1]["assignees"] == []
    assert tasks[2]["assignees"] == ["Sở Nội vụ các tỉnh, thành phố"]


def test_numbered_action_items_under_carrying_out_are_tasks():
    tasks = tasks_of("1. Bố trí kinh phí bảo đảm cho việc số hóa hồ sơ công chức của cơ quan.\n"
                     "2. Chỉ đạo, kiểm tra các đơn vị trực thuộc trong việc quản lý hồ sơ công chức.")
    assert len(tasks) == 2
    assert tasks[1]["text"].startswith("Chỉ đạo, kiểm tra các đơn vị trực thuộc")


def test_what_the_document_does_a_power_a_rule_or_a_meaning_is_no_task():
    tasks = tasks_of("1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2026.\n"
                     "2. Quyết định này thay thế Quyết định số 21/2019/QĐ-BNV ngày 10 tháng 5 năm 2019.\n"
                     "3. Bãi bỏ Quyết định số 30/2020/QĐ-BNV ngày 02 tháng 3 năm 2020 của Bộ trưởng Bộ Nội vụ.\n"
                     "4. Số hóa hồ sơ công chức là việc chuyển hồ sơ giấy sang dữ liệu điện tử.\n"
                     "5. Quyết định điều động công chức phải ghi rõ lý do và thời hạn điều động.")
    assert tasks == []
