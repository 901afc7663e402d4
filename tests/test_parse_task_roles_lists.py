"""Who works on an item of an assignment article when several bodies share it with roles: the bodies an
item has its subject work with after a clause between the subject and its action (``Sở A khi … cần phối
hợp với Sở B``). The sentences are composed; the shapes were found on a sample of real assignment
articles kept out of the repository."""

from tests.composed import decision_items

tasks_of = decision_items("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", "31/QĐ-UBND", "An Bình, ngày 12 tháng 3 năm 2026",
                          "Về việc tổ chức thực hiện",
                          "Điều 1. Quyết định này quy định trách nhiệm của các cơ quan, đơn vị trong tổ chức thực hiện.",
                          "Điều 2. Tổ chức thực hiện", "CHỦ TỊCH", "Trần Văn Bình")


def test_partner_after_a_condition_between_subject_and_action():
    tasks = tasks_of("1. Sở Y tế chủ trì tổ chức thực hiện Quyết định này.",
                     "2. Các doanh nghiệp khi tiếp nhận hàng cứu trợ cần phối hợp với Ủy ban nhân dân cấp xã "
                     "để phân phối đúng đối tượng.")
    assert tasks[1]["assignees"] == ["Các doanh nghiệp", "Ủy ban nhân dân cấp xã"]
    assert tasks[1]["cooperating"] == ["Ủy ban nhân dân cấp xã"]


def test_head_written_small_and_paired_with_a_verb_is_an_action():
    tasks = tasks_of("1. Sở Công Thương có trách nhiệm phối hợp với Sở Tài chính thu thập thông tin về giá; "
                     "thanh tra, giám sát hoạt động kinh doanh xăng dầu trên địa bàn.")
    assert tasks[0]["assignees"] == ["Sở Công Thương", "Sở Tài chính"]


def test_starts_body_reads_two_paired_actions_as_no_body():
    from dispatch_tools.parse.body_words import starts_body

    assert not starts_body("thanh tra, giám sát hoạt động kinh doanh")
    assert not starts_body("kiểm toán và báo cáo kết quả")
    assert starts_body("tổ chức, cá nhân có liên quan")
    assert starts_body("Thanh tra tỉnh, Sở Tài chính")


def test_each_plural_of_a_list_is_a_body_of_its_own():
    from dispatch_tools.parse.bodies import split_bodies

    assert split_bodies("các sở ngành, các huyện, thị xã liên quan") == ["các sở ngành", "các huyện, thị xã liên quan"]
    assert split_bodies("các cơ quan, đơn vị, các tổ chức, cá nhân") == ["các cơ quan, đơn vị", "các tổ chức, cá nhân"]
    assert split_bodies("Ủy ban nhân dân các tỉnh, các huyện") == ["Ủy ban nhân dân các tỉnh, các huyện"]


def test_next_kind_of_a_plural_is_no_other_subject():
    tasks = tasks_of("- Các đề án giao cho các sở, ngành quản lý: Các sở, ngành chủ trì phối hợp với Sở Tài chính "
                     "tổ chức kiểm tra.")
    assert tasks[0]["assignees"] == ["các sở, ngành", "Sở Tài chính"]


def test_partners_listed_with_two_plurals():
    tasks = tasks_of("1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, các sở ngành, các huyện, thị xã liên quan "
                     "tổ chức kiểm tra.")
    assert tasks[0]["cooperating"] == ["Sở Tài chính", "các sở ngành", "các huyện, thị xã liên quan"]


def test_kind_opening_with_its_works_bears_its_duty():
    tasks = tasks_of("1. Sở Y tế chủ trì tổ chức thực hiện Quyết định này.",
                     "2. Tổ chức cung cấp dịch vụ thủy lợi trực thuộc Sở Nông nghiệp và Môi trường có trách nhiệm "
                     "phối hợp với Ủy ban nhân dân cấp xã xác định vị trí điểm giao nhận nước.")
    assert tasks[1]["assignees"] == ["Tổ chức cung cấp dịch vụ thủy lợi trực thuộc Sở Nông nghiệp và Môi trường",
                                     "Ủy ban nhân dân cấp xã"]


def test_action_before_a_duty_named_in_its_object_is_no_body():
    tasks = tasks_of("1. Sở Y tế chủ trì tổ chức thực hiện Quyết định này.",
                     "2. Tổ chức tập huấn cho cán bộ có trách nhiệm quản lý kho thuốc dự trữ.")
    assert all("cán bộ" not in " ".join(t["assignees"]) for t in tasks)
    assert all(not t["assignees"] or t["assignees"][0] != "Tổ chức tập huấn cho cán bộ" for t in tasks)


def test_levels_named_by_what_they_manage_are_one_kind():
    tasks = tasks_of("1. Sở Giáo dục và Đào tạo chỉ đạo các cấp quản lý giáo dục, các cơ sở giáo dục phối hợp với "
                     "Công an tỉnh tổ chức tuyên truyền pháp luật cho học sinh.")
    assert "các cấp quản lý giáo dục" in tasks[0]["assignees"]
    assert "các cơ sở giáo dục" in tasks[0]["assignees"]
