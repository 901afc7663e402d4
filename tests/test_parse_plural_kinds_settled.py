"""The assignee conventions the development gold settles for lists of kinds and bodies directed: bare kinds
after a plural opening are one assignee whatever the opening (``các``, ``tất cả các``, and the distributive
``từng``, ``mọi``: ``Từng bộ, cơ quan, địa phương``), a second plural after a comma opens another assignee
(``lực lượng vũ trang, | các đơn vị, địa phương``), and the bodies ``chỉ đạo`` names are assignees also when the
words of guidance after it stand side by side (``chỉ đạo, hướng dẫn kiểm tra, giám sát các trường …``), while a
body only inspected (``chỉ đạo kiểm tra các cơ sở``, ``hướng dẫn, kiểm tra các bệnh viện trong công tác …``) is
not. The sentences are composed; the shapes are those of real passages kept out of the repository."""

from tests.composed import decision_items
from dispatch_tools.parse.bodies import split_bodies

tasks_of = decision_items("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "18/QĐ-BKHĐT", "Hà Nội, ngày 05 tháng 3 năm 2026",
                          "Về việc tổ chức thực hiện kế hoạch năm 2026",
                          "Điều 1. Quyết định này quy định trách nhiệm thực hiện kế hoạch năm 2026.",
                          "Điều 2. Tổ chức thực hiện", "BỘ TRƯỞNG", "Lê Văn Hòa")


def test_a_distributive_plural_of_bare_kinds_is_one_assignee():
    assert split_bodies("Từng bộ, cơ quan, địa phương") == ["Từng bộ, cơ quan, địa phương"]
    assert split_bodies("Mọi sở, cơ quan, đơn vị") == ["Mọi sở, cơ quan, đơn vị"]


def test_a_second_plural_after_a_kind_with_words_is_another_assignee():
    assert split_bodies("lực lượng vũ trang, các đơn vị, địa phương") == ["lực lượng vũ trang", "các đơn vị, địa phương"]
    assert split_bodies("Sở Tài chính, các tổ chức, cá nhân có liên quan") == [
        "Sở Tài chính", "các tổ chức, cá nhân có liên quan"]


def test_in_tasks():
    tasks = tasks_of("1. Từng sở, cơ quan, địa phương phải:",
                     "a) Rà soát các chỉ tiêu được giao trong tháng 3 năm 2026.",
                     "2. Bộ Chỉ huy quân sự tỉnh chủ trì, phối hợp với lực lượng công an, các ngành, địa phương "
                     "tổ chức diễn tập phòng thủ.",
                     "3. Sở Giáo dục và Đào tạo phối hợp với Sở Y tế chỉ đạo, hướng dẫn kiểm tra, giám sát các "
                     "trường học thực hiện công tác y tế trường học.",
                     "4. Sở Công Thương chỉ đạo kiểm tra các cơ sở kinh doanh xăng dầu trên địa bàn.")
    assert [t["assignees"] for t in tasks] == [
        ["Từng sở, cơ quan, địa phương"],
        ["Bộ Chỉ huy quân sự tỉnh", "lực lượng công an", "các ngành, địa phương"],
        ["Sở Giáo dục và Đào tạo", "Sở Y tế", "các trường học"],
        ["Sở Công Thương"]]


def test_words_of_guidance_side_by_side_after_chi_dao():
    tasks = tasks_of("1. Sở Nội vụ chỉ đạo, kiểm tra giám sát các phòng chuyên môn thực hiện quy chế làm việc.")
    assert tasks[0]["assignees"] == ["Sở Nội vụ", "các phòng chuyên môn"]


def test_bodies_only_guided_or_inspected_are_no_assignees():
    tasks = tasks_of("1. Sở Y tế hướng dẫn, kiểm tra các bệnh viện trong công tác phòng, chống dịch bệnh.",
                     "2. Công an tỉnh hướng dẫn, kiểm tra các huyện, tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.",
                     "3. Ngân hàng Nhà nước chi nhánh tỉnh hướng dẫn và kiểm tra các ngân hàng thương mại thực hiện "
                     "cho vay theo quy định.")
    assert [t["assignees"] for t in tasks] == [
        ["Sở Y tế"], ["Công an tỉnh"], ["Ngân hàng Nhà nước chi nhánh tỉnh", "các ngân hàng thương mại"]]
