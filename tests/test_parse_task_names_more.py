"""Names of bodies and labelled lines in tasks, on made-up sentences of the kind a province's, a union's
or a department's dispatch holds (not taken from any document)."""

from __future__ import annotations

from dispatch_tools.parse.bodies import split_bodies
from tests.test_parse_task_mechanisms import decision, letter


def test_a_name_ending_in_co_so_ends_before_the_verb_that_follows_it():
    (task,) = letter("Đề nghị các công đoàn cấp trên trực tiếp cơ sở chỉ đạo công đoàn cơ sở tổ chức "
                     "đối thoại tại nơi làm việc.")
    assert task["assignees"] == ["các công đoàn cấp trên trực tiếp cơ sở", "công đoàn cơ sở"]
    (item,) = letter("Đề nghị:\n\n- Công đoàn ngành chỉ đạo công đoàn cơ sở phối hợp với người sử dụng lao động "
                     "tổ chức hội nghị người lao động.\n")
    assert item["lead"] == ["Công đoàn ngành"]
    assert sorted(item["assignees"]) == sorted(["Công đoàn ngành", "công đoàn cơ sở", "người sử dụng lao động"])


def test_a_kind_named_by_its_work_still_runs_to_its_second_verb():
    (task,) = letter("Giao cơ quan tiếp nhận hồ sơ kiểm tra tính hợp lệ của hồ sơ.")
    assert task["assignees"] == ["cơ quan tiếp nhận hồ sơ"]


def test_distributors_and_producers_are_bodies():
    (task,) = letter("Đề nghị Công ty Cổ phần Thực phẩm Bình Minh phối hợp với nhà phân phối thu hồi toàn bộ "
                     "lô sản phẩm không đạt chất lượng.")
    assert task["assignees"] == ["Công ty Cổ phần Thực phẩm Bình Minh", "nhà phân phối"]


def test_a_kind_with_its_own_work_after_a_named_body_is_another_body():
    assert split_bodies("Ban quản lý di tích, đơn vị sử dụng di tích") == ["Ban quản lý di tích",
                                                                         "đơn vị sử dụng di tích"]
    assert split_bodies("Sở Tài chính, các cơ quan, đơn vị có liên quan") == [
        "Sở Tài chính", "các cơ quan, đơn vị có liên quan"]
    assert split_bodies("Thủ trưởng các cơ quan, đơn vị có liên quan") == ["các cơ quan, đơn vị có liên quan"]


def test_a_label_and_its_value_ask_nothing():
    tasks = letter("Sở Nội vụ thông báo tuyển dụng viên chức năm 2026 như sau:\n\n"
                   "1. Hạn chót nhận hồ sơ: 17 giờ 00 ngày 31/3/2026.\n\n"
                   "2. Địa điểm nhận hồ sơ: Bộ phận Một cửa, Sở Nội vụ, số 10 Trần Phú.\n\n"
                   "3. Chủ trì: Đồng chí Giám đốc Sở Nội vụ.\n\n"
                   "Các tổ chức, cá nhân quan tâm nộp hồ sơ theo mẫu đăng trên Cổng thông tin điện tử của Sở.\n")
    assert [t["text"][:22] for t in tasks] == ["Các tổ chức, cá nhân q"]


def test_a_labelled_action_still_asks():
    tasks = letter("Đề nghị các đơn vị:\n\n- Rà soát danh sách viên chức đủ điều kiện.\n"
                   "- Báo cáo kết quả: gửi về Sở Nội vụ trước ngày 10/4/2026.\n")
    assert [(t["text"][:16], t["deadline"]) for t in tasks] == [("Rà soát danh sác", None),
                                                                ("Báo cáo kết quả:", "2026-04-10")]


def test_the_people_a_body_guides_or_urges_are_not_assignees():
    # dev README: a body the addressee must direct (chỉ đạo) is an assignee; whom it guides or urges is not
    (task,) = letter("Đề nghị các khoa đôn đốc giảng viên hoàn thành việc nhập điểm trước ngày 05/6/2026.")
    assert task["assignees"] == ["các khoa"]


def test_an_item_that_forbids_is_the_task_of_the_body_it_opens_with():
    tasks = letter("Sở Công Thương đề nghị:\n\n1. Các siêu thị niêm yết giá công khai.\n\n"
                   "2. Doanh nghiệp, hộ kinh doanh không được găm hàng, tăng giá bất hợp lý.\n")
    assert tasks[1]["assignees"] == ["Doanh nghiệp, hộ kinh doanh"]


def test_a_stop_word_matches_only_with_its_own_marks():
    # "đa khoa" holds no "đã": the hospital's name runs on
    (task,) = letter("Đề nghị Bệnh viện đa khoa các huyện phối hợp với Sở Công Thương kiểm tra nguồn gốc thực phẩm.")
    assert task["assignees"] == ["Bệnh viện đa khoa các huyện", "Sở Công Thương"]
    (past,) = letter("Đề nghị Sở Y tế đã triển khai kiểm tra thì báo cáo kết quả.")
    assert past["assignees"] == ["Sở Y tế"]


def test_a_commune_health_station_is_a_body_to_direct():
    (task,) = letter("Đề nghị Trung tâm Y tế huyện chỉ đạo trạm y tế xã tuyên truyền phòng chống ngộ độc thực phẩm.")
    assert task["assignees"] == ["Trung tâm Y tế huyện", "trạm y tế xã"]


def test_kinds_in_small_letters_joined_by_and_share_their_related_words():
    # "các bộ, ngành và địa phương" is one addressee; so are kinds joined by "và" that share "(có) liên quan"
    assert split_bodies("các cơ quan, đơn vị và cá nhân có liên quan") == ["các cơ quan, đơn vị và cá nhân có liên quan"]
    assert split_bodies("Các tổ chức và cá nhân liên quan") == ["Các tổ chức và cá nhân liên quan"]
    assert split_bodies("cơ quan, tổ chức, đơn vị và cá nhân có liên quan") == [
        "cơ quan, tổ chức, đơn vị và cá nhân có liên quan"]
    (task,) = letter("Các cơ quan, đơn vị, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.")
    assert task["assignees"] == ["Các cơ quan, đơn vị, tổ chức và cá nhân có liên quan"]


def test_a_named_body_or_a_second_cac_before_the_related_kind_still_opens_another():
    assert split_bodies("Sở Y tế và cá nhân có liên quan") == ["Sở Y tế", "cá nhân có liên quan"]
    assert split_bodies("các cơ quan và các cá nhân có liên quan") == ["các cơ quan", "các cá nhân có liên quan"]
    assert split_bodies("Bộ Công an, Bộ Quốc phòng và cơ quan có liên quan") == [
        "Bộ Công an", "Bộ Quốc phòng", "cơ quan có liên quan"]


def test_a_ministrys_unit_with_its_ministry_after_a_comma_is_one_body():
    assert split_bodies("Cục Quản lý xuất nhập cảnh, Bộ Công an") == ["Cục Quản lý xuất nhập cảnh, Bộ Công an"]
    assert split_bodies("Vụ Pháp chế, Bộ Tư pháp") == ["Vụ Pháp chế, Bộ Tư pháp"]
    (task,) = letter("Tổng cục Thống kê, Bộ Kế hoạch và Đầu tư có trách nhiệm tổng hợp số liệu điều tra gửi "
                     "Thủ tướng Chính phủ.")
    assert task["assignees"] == ["Tổng cục Thống kê, Bộ Kế hoạch và Đầu tư"]
    # a ministry in a longer list, or after a body of a ministry's rank, is a body of its own
    assert split_bodies("Cục Thuế, Bộ Tài chính và Bộ Công Thương") == ["Cục Thuế", "Bộ Tài chính", "Bộ Công Thương"]
    assert split_bodies("Văn phòng Chính phủ, Bộ Tài chính") == ["Văn phòng Chính phủ", "Bộ Tài chính"]
    assert split_bodies("Sở Y tế, Bộ Y tế") == ["Sở Y tế", "Bộ Y tế"]


def test_the_chairs_of_listed_districts_stand_for_their_committees():
    (task,) = letter("Chủ tịch UBND các huyện: Bình Sơn, Sơn Tịnh, Tư Nghĩa chỉ đạo rà soát các phương án sơ tán dân.")
    assert task["assignees"] == ["UBND huyện Bình Sơn", "UBND huyện Sơn Tịnh", "UBND huyện Tư Nghĩa"]


def test_listed_provinces_and_cities_each_at_its_own_level():
    (task,) = letter("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình chỉ đạo rà soát "
                     "các phương án sơ tán dân.")
    assert task["assignees"] == ["Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng",
                                 "Ủy ban nhân dân tỉnh Thái Bình"]
    # the heads of listed ministries stand for the ministries, with no word of the title left
    (task,) = letter("Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị đóng quân trên địa bàn sẵn sàng lực lượng.")
    assert task["assignees"][:2] == ["Bộ Quốc phòng", "Bộ Công an"]


def test_a_database_or_facilities_are_no_body_though_co_so_opens_one():
    # "Cơ sở dữ liệu ngành gồm:" lists what a database holds: its items are no duty of it
    tasks = decision("Điều 1. Cơ sở dữ liệu ngành gồm:\na) Dữ liệu về trường, lớp và cơ sở vật chất;\n"
                     "b) Dữ liệu về học sinh và kết quả học tập.\n"
                     "Điều 2. Các cơ sở giáo dục cập nhật dữ liệu trước ngày 30/9/2026.\n")
    assert [t["assignees"] for t in tasks] == [["Các cơ sở giáo dục"]]
