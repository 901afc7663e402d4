"""The grammar of requests and of the bodies they name, on made-up sentences in the style of
ministries', provinces' and Party bodies' dispatches: who heads a kind of body, whose authority a
body acts with, a request that is a body's own step, a writing that asks, where a name ends."""

from __future__ import annotations

import pytest

from dispatch_tools.parse.bodies import drop_title, split_bodies

from .test_parse_task_mechanisms import decision, letter


@pytest.mark.parametrize("name, body", [
    ("Các Tổng cục trưởng", "các Tổng cục"),
    ("Vụ trưởng", "các Vụ"),
    ("các Cục trưởng thuộc Bộ", "các Cục thuộc Bộ"),
    ("Bộ trưởng", "các Bộ"),
    ("Cục trưởng Cục Hải quan tỉnh", "Cục Hải quan tỉnh"),
    ("Viện trưởng Viện Kiểm sát nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"),
])
def test_the_heads_of_a_kind_of_body_stand_for_the_bodies(name, body):
    assert drop_title(name) == body


def test_heads_of_kinds_leading_a_request_are_their_bodies():
    (task,) = letter("Các Tổng cục trưởng, Tư lệnh các Quân khu, Binh đoàn chỉ đạo các đơn vị thuộc quyền rà "
                     "soát phương án phòng cháy, chữa cháy tại kho tàng.",
                     "Kính gửi:\n- Các Tổng cục;\n- Các Quân khu, Binh đoàn.\n\n")
    assert task["assignees"] == ["các Tổng cục", "các Quân khu", "Binh đoàn", "các đơn vị thuộc quyền"]


@pytest.mark.parametrize("sentence, body", [
    ("Đề nghị Kho bạc Nhà nước tỉnh 1.200 triệu đồng thanh toán cho nhà thầu.", "Kho bạc Nhà nước tỉnh"),
    ("Giao Sở Tài chính 500.000.000 đồng để tổ chức hội nghị tổng kết.", "Sở Tài chính"),
])
def test_a_sum_of_money_ends_the_name(sentence, body):
    (task,) = letter(sentence)
    assert task["assignees"] == [body]


def test_a_subject_acting_on_anothers_authority_still_acts():
    (task,) = letter("Giám đốc Sở Tài chính thừa ủy quyền Chủ tịch Ủy ban nhân dân tỉnh ký hợp đồng với nhà thầu.")
    assert task["assignees"] == ["Sở Tài chính"]


def test_a_request_that_is_a_step_of_the_subjects_work_is_the_subjects_task():
    (task,) = letter("Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát, tổng hợp và đề nghị Ủy ban nhân dân "
                     "tỉnh xem xét, quyết định.")
    assert task["lead"] == ["Sở Y tế"] and task["cooperating"] == ["Sở Tài chính"]
    (task,) = letter("Sở Tư pháp chủ trì xây dựng dự thảo Quy định, gửi văn bản lấy ý kiến các sở, ngành và đề "
                     "nghị Bộ Tư pháp góp ý trước khi trình.")
    assert task["lead"] == ["Sở Tư pháp"]


def test_the_issuer_sending_a_writing_that_asks_a_body_gives_that_body_the_task():
    (task,) = letter("Ủy ban nhân dân tỉnh gửi văn bản đề nghị Bộ Tài nguyên và Môi trường thẩm định phương án "
                     "sử dụng đất.")
    assert task["assignees"] == ["Bộ Tài nguyên và Môi trường"]
    assert letter("Sở Nội vụ tiếp nhận hồ sơ đề nghị khen thưởng của các đơn vị.") == []


PARTY = "Kính gửi:\n- Các chi bộ trực thuộc;\n- Các đảng bộ cơ sở.\n\n"


def test_signing_the_record_of_an_inspection_is_no_task():
    tasks = letter("Đoàn kiểm tra làm việc trong 02 ngày.\n"
                   "- Lãnh đạo đơn vị được kiểm tra cùng Trưởng đoàn ký xác nhận vào biên bản.\n"
                   "- Đề nghị Chi bộ Trường Trung học phổ thông Lê Lợi chuẩn bị hồ sơ, tài liệu.", PARTY)
    assert [t["assignees"] for t in tasks] == [["Chi bộ Trường Trung học phổ thông Lê Lợi"]]
    (task,) = letter("Đề nghị Ủy ban nhân dân các huyện ký biên bản bàn giao mặt bằng cho chủ đầu tư.")
    assert task["assignees"] == ["Ủy ban nhân dân các huyện"]  # asked to sign: a task


def test_party_organisations_are_bodies_and_dang_is_no_dang():
    (task,) = letter("Các cấp ủy, tổ chức đảng quán triệt sâu sắc Nghị quyết của Ban Chấp hành Trung ương.", PARTY)
    assert task["assignees"] == ["Các cấp ủy", "tổ chức đảng"]
    (task,) = letter("Đề nghị Đảng bộ Khối Doanh nghiệp tỉnh khắc phục các hạn chế đã nêu.", PARTY)
    assert task["assignees"] == ["Đảng bộ Khối Doanh nghiệp tỉnh"]


def test_an_unnumbered_line_naming_a_body_heads_the_dashes_under_it():
    tasks = letter("Tổ chức thực hiện:\nSở Tài chính\n"
                   "- Chủ trì, phối hợp với các cơ quan liên quan thẩm định dự toán.\n"
                   "- Hướng dẫn các đơn vị quyết toán kinh phí.\n"
                   "Sở Nội vụ\n- Chủ trì, phối hợp với Sở Tài chính rà soát biên chế.")
    assert [(t["lead"], t["cooperating"]) for t in tasks] == [
        (["Sở Tài chính"], ["các cơ quan liên quan"]), (["Sở Tài chính"], []), (["Sở Nội vụ"], ["Sở Tài chính"])]


@pytest.mark.parametrize("clause", [
    "Điều 3. Các ông, bà:\n- Chánh Văn phòng Ủy ban nhân dân tỉnh;\n- Giám đốc Sở Tài chính;\n"
    "- Chủ tịch Ủy ban nhân dân thành phố Bảo Lộc;\n- Thủ trưởng các cơ quan, đơn vị có liên quan\n"
    "chịu trách nhiệm thi hành Quyết định này./.",
    "Điều 3. Các ông (bà):\n- Chánh Văn phòng Ủy ban nhân dân tỉnh;\n- Giám đốc Sở Tài chính;\n"
    "- Chủ tịch Ủy ban nhân dân thành phố Bảo Lộc;\n- Thủ trưởng các cơ quan, đơn vị có liên quan\n"
    "Chịu trách nhiệm thi hành Quyết định này./.",
])
def test_an_execution_clause_listing_its_bodies_one_a_line_is_one_task(clause):
    (task,) = decision("Điều 1. Phê duyệt Đề án phát triển nông nghiệp công nghệ cao.\n"
                       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n" + clause)
    assert task["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính",
                                 "Ủy ban nhân dân thành phố Bảo Lộc", "các cơ quan, đơn vị có liên quan"]


def test_the_groups_and_persons_named_in_a_decision_are_a_body_of_their_own():
    (task,) = decision("Điều 1. Tặng Bằng khen cho 05 tập thể và 10 cá nhân có thành tích xuất sắc.\n"
                       "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và "
                       "các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    assert task["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tài chính",
                                 "các tập thể, cá nhân có tên tại Điều 1"]


def test_traders_bear_a_duty():
    (task,) = letter("Các thương nhân đầu mối có trách nhiệm bảo đảm nguồn cung xăng dầu cho hệ thống phân phối.",
                     "Kính gửi: Các thương nhân đầu mối kinh doanh xăng dầu.\n\n")
    assert task["assignees"] == ["Các thương nhân đầu mối"]


@pytest.mark.parametrize("names, bodies", [
    ("Ủy ban nhân dân các huyện: Lạc Dương, Đơn Dương, Đức Trọng",
     ["Ủy ban nhân dân huyện Lạc Dương", "Ủy ban nhân dân huyện Đơn Dương", "Ủy ban nhân dân huyện Đức Trọng"]),
    ("Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường",
     ["Bộ Quốc phòng", "Bộ Công an", "Bộ Nông nghiệp và Môi trường"]),
    ("Giám đốc các Sở: Tài chính, Xây dựng và Công an tỉnh", ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"]),
])
def test_a_kind_listed_after_a_colon_gives_each_name_its_kind(names, bodies):
    assert split_bodies(names) == bodies


def test_the_list_of_councils_runs_past_its_colon():
    (task,) = letter("Đề nghị Ủy ban nhân dân các huyện: Lạc Dương, Đơn Dương chỉ đạo các xã rà soát hộ nghèo.")
    assert task["assignees"] == ["Ủy ban nhân dân huyện Lạc Dương", "Ủy ban nhân dân huyện Đơn Dương", "các xã"]


def test_a_body_that_guides_and_asks_makes_the_request_itself():
    (task,) = letter("Căn cứ hướng dẫn của Ban Tổ chức, Tiểu ban Khen thưởng Đại hội hướng dẫn và yêu cầu Ban Chỉ "
                     "đạo Đại hội cấp huyện lập hồ sơ khen thưởng theo quy định.")
    assert task["assignees"] == ["Ban Chỉ đạo Đại hội cấp huyện"]


def test_a_name_goes_on_with_the_words_that_refer_back_to_it():
    (task,) = letter("Chủ tịch Ủy ban nhân dân các huyện, thành phố nêu trên chỉ đạo tổ chức kiểm tra, rà soát các "
                     "phương án ứng phó với bão.")
    assert task["assignees"] == ["Ủy ban nhân dân các huyện, thành phố nêu trên"]


def test_the_comrades_addressed_by_their_title_stand_for_their_party_bodies():
    (task,) = letter("Đề nghị các đồng chí Bí thư chi bộ, đảng bộ cơ sở quan tâm lãnh đạo, chỉ đạo thực hiện.", PARTY)
    assert task["assignees"] == ["chi bộ, đảng bộ cơ sở"]


def test_a_word_that_only_loses_its_marks_into_a_body_word_opens_no_body():
    assert split_bodies("Cục Trồng trọt và Bảo vệ thực vật") == ["Cục Trồng trọt và Bảo vệ thực vật"]
    assert split_bodies("Đài Truyền hình Việt Nam, Báo Nhân dân") == ["Đài Truyền hình Việt Nam", "Báo Nhân dân"]


def test_bodies_that_cooperate_with_a_named_body_have_a_task():
    (task,) = letter("Các sở, ngành có liên quan phối hợp chặt chẽ với Sở Xây dựng trong quá trình thực hiện.")
    assert task["lead"] == ["Các sở, ngành có liên quan"] and task["cooperating"] == ["Sở Xây dựng"]


def test_a_commune_asks_its_villages():
    (task,) = letter("Ủy ban nhân dân xã yêu cầu Trưởng các thôn thông báo đến từng hộ gia đình không đốt nương rẫy.",
                     "Kính gửi: Trưởng các thôn.\n\n")
    assert task["assignees"] == ["các thôn"]


def test_a_body_and_its_action_between_directives_directs_too():
    tasks = letter("Giao Phòng Văn hóa và Thông tin chủ trì tổ chức thăm, tặng quà các gia đình chính sách.\n"
                   "Ủy ban nhân dân các huyện, thành phố rà soát, lập danh sách hộ nghèo cần hỗ trợ.\n"
                   "Công an huyện xây dựng phương án bảo đảm an ninh, trật tự trong dịp Tết.")
    assert [t["assignees"] for t in tasks] == [["Phòng Văn hóa và Thông tin"],
                                               ["Ủy ban nhân dân các huyện, thành phố"], ["Công an huyện"]]
    tasks = letter("Đề nghị Ủy ban nhân dân các huyện, thành phố rà soát hộ nghèo.\n"
                   "Công an huyện đã xây dựng phương án bảo đảm an ninh, trật tự.")
    assert [t["assignees"] for t in tasks] == [["Ủy ban nhân dân các huyện, thành phố"]]  # told: no task


def test_whose_a_kind_of_body_is_does_not_end_its_name():
    tasks = letter("Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo tuyên truyền.\n"
                   "Các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục tuyên truyền về Đại hội.")
    assert [t["assignees"] for t in tasks][1] == ["Các cơ quan báo chí của tỉnh"]


def test_the_invitees_listed_after_kinh_moi_are_no_tasks():
    tasks = letter("Ủy ban nhân dân tỉnh trân trọng kính mời:\n- Lãnh đạo Sở Nông nghiệp và Môi trường;\n"
                   "- Lãnh đạo Ủy ban nhân dân các huyện ven biển.\nThời gian: 14 giờ 00, ngày 04/7/2025.\n"
                   "Giao Sở Nông nghiệp và Môi trường chuẩn bị nội dung báo cáo tại cuộc họp.")
    assert [t["assignees"] for t in tasks] == [["Sở Nông nghiệp và Môi trường"]]


def test_a_team_heads_its_items_and_a_clause_that_cooperates_is_its_own():
    tasks = letter("Tổ chức thực hiện:\n1. Đội Quản lý trật tự xây dựng đô thị\n"
                   "- Chủ trì kiểm tra, xử lý vi phạm trật tự xây dựng.\n2. Công an huyện\n"
                   "- Phối hợp với Ủy ban nhân dân các xã xử lý vi phạm lấn chiếm lòng đường.")
    assert [t["lead"] for t in tasks] == [["Đội Quản lý trật tự xây dựng đô thị"], ["Công an huyện"]]
    tasks = decision("Điều 1. Phê duyệt danh mục dự án kêu gọi đầu tư.\nĐiều 2. Sở Tài chính chủ trì công bố danh "
                     "mục dự án; Trung tâm Xúc tiến Đầu tư tỉnh phối hợp quảng bá dự án đến nhà đầu tư.")
    assert [t["assignees"] for t in tasks] == [["Sở Tài chính"], ["Trung tâm Xúc tiến Đầu tư tỉnh"]]
