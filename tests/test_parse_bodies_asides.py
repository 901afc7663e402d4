"""Who must act, in the forms the single sentences of legal texts and of requests reported in the news showed
(``evaluate/sentence_tasks.py``): made-up sentences of those kinds, not taken from any text."""

from __future__ import annotations

from dispatch_tools.parse.bodies import split_bodies
from tests.test_parse_task_mechanisms import decision, letter


def test_the_bodies_in_an_aside_stay_with_the_name_they_make_up():
    assert split_bodies("Các phòng thuộc Sở (Phòng Tổ chức, Phòng Kế hoạch, Thanh tra Sở)") == [
        "Các phòng thuộc Sở (Phòng Tổ chức, Phòng Kế hoạch, Thanh tra Sở)"]
    assert split_bodies("Sở Nội vụ (Ban Thi đua - Khen thưởng), Sở Tài chính") == [
        "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Sở Tài chính"]
    (task,) = letter("Các phòng thuộc Sở (Phòng Tổ chức, Phòng Kế hoạch) có trách nhiệm phối hợp tham mưu "
                     "xây dựng kế hoạch đào tạo năm 2026.")
    assert task["assignees"] == ["Các phòng thuộc Sở (Phòng Tổ chức, Phòng Kế hoạch)"]


def test_organisations_and_persons_after_a_named_body_are_a_body_of_their_own():
    assert split_bodies("Chủ tịch Ủy ban nhân dân các huyện, tổ chức, cá nhân có liên quan") == [
        "Ủy ban nhân dân các huyện", "tổ chức, cá nhân có liên quan"]
    assert split_bodies("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, tổ chức, cá nhân có "
                        "liên quan") == ["Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
                                         "tổ chức, cá nhân có liên quan"]
    # after a plural or a bare kind they are more kinds of the same plural
    assert split_bodies("Các cơ quan, tổ chức, cá nhân có liên quan") == ["Các cơ quan, tổ chức, cá nhân có liên quan"]
    assert split_bodies("Sở Y tế, cơ quan, tổ chức, cá nhân có liên quan") == [
        "Sở Y tế", "cơ quan, tổ chức, cá nhân có liên quan"]
    (task,) = decision("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban "
                       "nhân dân các huyện, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.")
    assert task["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Ủy ban nhân dân các huyện",
                                 "tổ chức, cá nhân có liên quan"]


def test_a_branch_an_airport_and_the_deposit_insurer_open_a_body():
    for body in ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Cảng hàng không Chu Lai",
                 "Bảo hiểm tiền gửi Việt Nam"):
        (task,) = letter(f"{body} có trách nhiệm hướng dẫn thực hiện; trường hợp vi phạm thì Hội đồng quản trị, "
                         "Tổng giám đốc phải chịu trách nhiệm trước pháp luật.")
        assert task["assignees"] == [body]


def test_kinds_written_small_after_a_named_body_are_one_more_body():
    assert split_bodies("Sở Tài chính, sở, ngành liên quan") == ["Sở Tài chính", "sở, ngành liên quan"]
    assert split_bodies("Sở Y tế, sở, ban, ngành có liên quan") == ["Sở Y tế", "sở, ban, ngành có liên quan"]
    assert split_bodies("Sở Y tế, các sở, ngành liên quan") == ["Sở Y tế", "các sở, ngành liên quan"]
    # a title before a plural: its kinds are one body
    assert split_bodies("Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch Ủy ban nhân dân các huyện") == [
        "các Sở, ban, ngành của tỉnh", "Ủy ban nhân dân các huyện"]
    # a board "của" a list of whose is one body
    assert split_bodies("Hội đồng quản trị của công ty, chi nhánh ngân hàng nước ngoài") == [
        "Hội đồng quản trị của công ty, chi nhánh ngân hàng nước ngoài"]


def test_a_head_who_directs_another_before_the_duty_is_no_list_of_bodies():
    (task,) = letter("Giám đốc Sở Y tế chỉ đạo Giám đốc Trung tâm Y tế các huyện, thị xã, thành phố chịu trách "
                     "nhiệm tổ chức tiêm chủng đúng kế hoạch.")
    assert task["assignees"] == ["Sở Y tế", "Trung tâm Y tế các huyện, thị xã, thành phố"]
    assert task["lead"] == ["Sở Y tế"]
    # a steering board is a body's name, not a verb
    (task,) = decision("Điều 3. Trưởng Ban Chỉ đạo 389 tỉnh, Giám đốc Sở Y tế và Chủ tịch Ủy ban nhân dân các "
                       "huyện chịu trách nhiệm thi hành Quyết định này.")
    assert task["assignees"] == ["Ban Chỉ đạo 389 tỉnh", "Sở Y tế", "Ủy ban nhân dân các huyện"]


def test_a_body_asked_to_pass_the_word_on_has_a_task():
    (task,) = letter("Đề nghị Cục Cảnh sát giao thông thông báo để Phòng Cảnh sát giao thông các địa phương biết "
                     "và tra cứu.")
    assert task["assignees"] == ["Cục Cảnh sát giao thông"]
    (task,) = letter("Đề nghị các đơn vị thông báo để cán bộ, công chức biết và thực hiện.")
    assert task["assignees"] == ["các đơn vị"]
    # the issuer's own closing formula still asks nothing
    assert letter("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.") == []


def test_a_party_committees_inspection_commission_is_one_name():
    (task,) = letter("Giao Thanh tra tỉnh phối hợp với Ủy ban kiểm tra Tỉnh ủy và Ban Nội chính Tỉnh ủy xác minh "
                     "nội dung đơn.")
    assert task["assignees"] == ["Thanh tra tỉnh", "Ủy ban kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy"]
    (task,) = letter("Đề nghị Uỷ ban Kiểm tra Huyện uỷ kiểm tra việc thực hiện.")
    assert task["assignees"] == ["Uỷ ban Kiểm tra Huyện uỷ"]


def test_a_kind_written_small_ends_before_withdraw_and_pledge():
    (task,) = letter("Yêu cầu chính quyền địa phương rút giấy phép của cơ sở vi phạm.")
    assert task["assignees"] == ["chính quyền địa phương"]
    (task,) = letter("Yêu cầu các hộ kinh doanh cam kết không kinh doanh hàng giả, hàng kém chất lượng.")
    assert task["assignees"] == ["các hộ kinh doanh"]


def test_the_partner_after_cung_is_a_body_of_its_own():
    (task,) = letter("Giao Sở Y tế chủ trì cùng UBND quận Thanh Xuân khám sức khỏe cho các cháu mầm non.")
    assert task["assignees"] == ["Sở Y tế", "UBND quận Thanh Xuân"] and task["lead"] == ["Sở Y tế"]
    (task,) = letter("Giao Sở Nội vụ cùng Sở Tài chính, các cơ quan liên quan xem xét trách nhiệm của đơn vị.")
    assert task["assignees"] == ["Sở Nội vụ", "Sở Tài chính", "các cơ quan liên quan"]
    # "cùng cấp" is part of a name
    (task,) = letter("Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp tuyên truyền.")
    assert task["assignees"] == ["Ủy ban Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội cùng cấp"]


def test_a_name_ends_before_to_recommend_and_to_survey():
    (task,) = letter("Đề nghị Sở GTVT kiến nghị Bộ Giao thông vận tải điều chỉnh phương án.")
    assert task["assignees"] == ["Sở GTVT"]
    (task,) = letter("Giao Sở Tài nguyên - Môi trường Quảng Ngãi đo đạc hiện trạng bờ sông.")
    assert task["assignees"] == ["Sở Tài nguyên - Môi trường Quảng Ngãi"]


def test_the_community_digital_technology_teams_are_a_body_the_addressee_directs():
    (task,) = letter("Đề nghị Ủy ban nhân dân các xã chỉ đạo các Tổ Công nghệ số cộng đồng hướng dẫn người dân "
                     "cài đặt ứng dụng VNeID.")
    assert task["assignees"] == ["Ủy ban nhân dân các xã", "các Tổ Công nghệ số cộng đồng"]
    assert task["lead"] == ["Ủy ban nhân dân các xã"]
