"""Responsibility passages of decisions and circulars as their articles print them: bodies given duties
over several lines (a body's line heading its items, several bodies in turn), composed in the shapes of
the codified legal text."""

from __future__ import annotations

from tests.composed import foot, head, items_reader

HEAD = head("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "15/2026/TT-BNNMT", "Hà Nội, ngày 12 tháng 3 năm 2026", "THÔNG TƯ",
            "Hướng dẫn quản lý giống cây trồng lâm nghiệp", "Điều 1. Phạm vi điều chỉnh",
            "Thông tư này hướng dẫn quản lý giống cây trồng lâm nghiệp.", spaced=True)
FOOT = foot("Điều 5", "BỘ TRƯỞNG", "Trần Đức Thắng", spaced=True)

tasks = items_reader(HEAD, FOOT)  # the article between the head and the foot


def test_a_line_of_bodies_under_a_long_article_title_heads_the_items():
    found = tasks("Điều 5. Trách nhiệm của các sở, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
                  "Sở Nông nghiệp và Môi trường, Sở Tài chính, Ủy ban nhân dân cấp huyện có trách nhiệm:\n"
                  "1. Rà soát, thống kê nguồn giống cây trồng lâm nghiệp trên địa bàn.\n"
                  "2. Bố trí kinh phí kiểm tra chất lượng giống hằng năm.\n")
    assert [t["text"].split()[0] for t in found] == ["Rà", "Bố"]
    for t in found:
        assert t["assignees"] == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Ủy ban nhân dân cấp huyện"]


def test_the_bodies_that_give_a_task_are_no_subject_of_it():
    found = tasks("Điều 5. Tổ chức thực hiện\n1. Cục Lâm nghiệp có trách nhiệm:\n"
                  "a) Hướng dẫn các địa phương lập sổ theo dõi nguồn giống;\n"
                  "b) Thực hiện các nhiệm vụ khác do Bộ trưởng, Thứ trưởng phụ trách giao.\n"
                  "2. Sở Nông nghiệp và Môi trường có trách nhiệm:\n"
                  "a) Thực hiện các nhiệm vụ khác được Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao.\n")
    assert [t["assignees"] for t in found] == [["Cục Lâm nghiệp"], ["Cục Lâm nghiệp"], ["Sở Nông nghiệp và Môi trường"]]


def test_a_body_described_before_its_duty_heads_the_items():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Trung tâm Khảo nghiệm giống cây trồng là đơn vị sự nghiệp trực thuộc Bộ, có trách nhiệm:\n"
                  "a) Tiếp nhận mẫu giống và tổ chức khảo nghiệm;\n"
                  "b) Tổng hợp kết quả khảo nghiệm hằng năm.\n")
    assert [t["assignees"] for t in found] == [["Trung tâm Khảo nghiệm giống cây trồng"]] * 2


def test_a_duty_heading_without_its_de_names_its_bodies_at_length():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Trách nhiệm Cục Lâm nghiệp, Cục Trồng trọt và Bảo vệ thực vật, Cục Kiểm lâm, Vườn quốc gia "
                  "Cúc Phương, Vườn quốc gia Ba Vì và các đơn vị khác có liên quan quy định tại khoản 2 Điều 1 "
                  "Thông tư này:\n"
                  "a) Hướng dẫn các đơn vị trực thuộc triển khai Thông tư này;\n"
                  "b) Hằng năm tổng kết, đánh giá việc thực hiện.\n")
    bodies = ["Cục Lâm nghiệp", "Cục Trồng trọt và Bảo vệ thực vật", "Cục Kiểm lâm", "Vườn quốc gia Cúc Phương",
              "Vườn quốc gia Ba Vì", "các đơn vị khác có liên quan"]
    assert [t["assignees"] for t in found] == [bodies] * 2


def test_a_body_s_name_ends_before_the_plan_it_makes():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Chi cục Kiểm lâm vùng I có phương án kiểm tra nguồn giống trên địa bàn.\n"
                  "2. Giám đốc Sở Nông nghiệp và Môi trường các tỉnh có kế hoạch cụ thể để triển khai Thông tư này.\n")
    assert [t["assignees"] for t in found] == [["Chi cục Kiểm lâm vùng I"], ["Sở Nông nghiệp và Môi trường các tỉnh"]]


def test_bodies_called_by_one_name_from_then_on_are_that_body():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Phòng Kinh tế huyện, phòng Kinh tế thị xã và phòng Kinh tế thành phố thuộc tỉnh (sau đây gọi "
                  "chung là Phòng Kinh tế cấp huyện) chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh kiểm tra nguồn giống.\n"
                  "2. Quỹ Bảo vệ và Phát triển rừng tỉnh (sau đây gọi tắt là Quỹ) có trách nhiệm bố trí kinh phí.\n")
    assert found[0]["assignees"] == ["Phòng Kinh tế cấp huyện", "Trung tâm Khuyến nông tỉnh"]
    assert found[1]["assignees"] == ["Quỹ Bảo vệ và Phát triển rừng tỉnh"]


def test_a_cooperating_body_named_as_another_s_organ_runs_to_that_body_and_ends_before_giup():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Hằng năm, Văn phòng Ban Chỉ đạo chủ trì, phối hợp với cơ quan chuyên môn của Ủy ban nhân dân "
                  "tỉnh, Sở Tài chính, các cơ quan, đơn vị liên quan, giúp Trưởng ban xây dựng kế hoạch kiểm tra.\n")
    assert found[0]["lead"] == ["Văn phòng Ban Chỉ đạo"]
    assert found[0]["cooperating"] == ["cơ quan chuyên môn của Ủy ban nhân dân tỉnh", "Sở Tài chính",
                                       "các cơ quan, đơn vị liên quan"]
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Hằng năm, Văn phòng Ban Chỉ đạo chủ trì, phối hợp với Sở Tài chính, các cơ quan, đơn vị liên "
                  "quan, giúp Trưởng ban xây dựng kế hoạch kiểm tra.\n"
                  "2. Tổ giúp việc Ban Chỉ đạo có trách nhiệm tổng hợp kết quả kiểm tra.\n")
    assert found[0]["cooperating"] == ["Sở Tài chính", "các cơ quan, đơn vị liên quan"]
    assert found[1]["assignees"] == ["Tổ giúp việc Ban Chỉ đạo"]


def test_an_item_that_opens_with_de_xuat_keeps_its_heading_s_body():
    found = tasks("Điều 5. Tổ chức thực hiện\n1. Ban Chỉ đạo cấp tỉnh:\n"
                  "a) Đề xuất, kiến nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành, địa phương thực hiện đúng kế hoạch;\n"
                  "b) Đề xuất phương án xử lý giống kém chất lượng; thông báo cho người dân, các cơ sở sản xuất biết thực hiện.\n")
    assert [t["assignees"][0] for t in found] == ["Ban Chỉ đạo cấp tỉnh"] * 2


def test_a_known_agency_s_name_ends_before_what_it_is_told():
    from dispatch_tools.parse.bodies import bodies_at
    from dispatch_tools.vntext import strip_diacritics

    def names(text):
        return bodies_at(text, strip_diacritics(text), 0, len(text))[0]

    assert names("Bộ Giao thông vận tải các vướng mắc liên quan đến công tác phối hợp") == ["Bộ Giao thông vận tải"]
    assert names("Sở Y tế các nội dung trên để tổng hợp") == ["Sở Y tế"]
    assert names("Sở Tài chính các tỉnh, thành phố kiểm tra") == ["Sở Tài chính các tỉnh, thành phố"]
    assert names("Ủy ban nhân dân các cấp kiểm tra") == ["Ủy ban nhân dân các cấp"]


def test_the_conditions_a_body_acts_on_are_no_tasks():
    found = tasks("Điều 5. Hỗ trợ giống cây trồng\n"
                  "1. Ủy ban nhân dân cấp huyện xem xét hỗ trợ giống khi hộ gia đình có đủ các điều kiện sau:\n"
                  "a) Có đơn đề nghị hỗ trợ;\n"
                  "b) Có xác nhận của Ủy ban nhân dân cấp xã.\n"
                  "2. Chi cục Kiểm lâm có trách nhiệm kiểm tra việc sử dụng giống được hỗ trợ.\n")
    assert [t["assignees"] for t in found] == [["Chi cục Kiểm lâm"]]


def test_after_cua_to_chuc_names_the_bearer_of_the_duties():
    found = tasks("Điều 5. Tổ chức thực hiện\n1. Trách nhiệm của tổ chức khảo nghiệm giống cây trồng:\n"
                  "a) Lưu mẫu giống khảo nghiệm;\n"
                  "b) Gửi kết quả khảo nghiệm về Cục Lâm nghiệp.\n")
    assert [t["assignees"] for t in found] == [["tổ chức khảo nghiệm giống cây trồng"]] * 2


def test_a_clause_the_page_wrapped_before_a_body_s_name_is_no_title():
    found = tasks("Điều 5. Giao Cục trưởng Cục Lâm nghiệp thừa ủy quyền Bộ trưởng\n"
                  "Bộ Nông nghiệp và Môi trường, thay mặt Bộ ký văn bản gửi các địa phương.\n")
    assert len(found) == 1 and found[0]["text"].startswith("Giao Cục trưởng")


def test_bodies_whose_remit_stands_before_their_duties_head_the_items():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Bộ Tài chính, Bộ Công Thương trong phạm vi chức năng, nhiệm vụ của mình có các nhiệm vụ, quyền hạn "
                  "sau đây:\n"
                  "a) Hướng dẫn việc quản lý giá giống cây trồng lâm nghiệp;\n"
                  "b) Kiểm tra việc chấp hành quy định về giá.\n")
    assert [t["assignees"] for t in found] == [["Bộ Tài chính", "Bộ Công Thương"]] * 2


def test_a_body_s_name_ends_before_chua():
    from dispatch_tools.parse.bodies import bodies_at
    from dispatch_tools.vntext import strip_diacritics

    text = "Bộ Giáo dục và Đào tạo, Bộ Lao động - Thương binh và Xã hội chưa quy định chi tiết"
    assert bodies_at(text, strip_diacritics(text), 0, len(text))[0] == [
        "Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội"]


def test_what_a_body_is_made_of_is_no_task():
    found = tasks("Điều 5. Ban Chỉ đạo\n"
                  "1. Ban Chỉ đạo phát triển giống cây trồng tỉnh gồm: Trưởng ban, 02 Phó Trưởng ban và các thành viên.\n"
                  "2. Ban Chỉ đạo phát triển giống cây trồng tỉnh có trách nhiệm tham mưu cho Ủy ban nhân dân tỉnh.\n")
    assert len(found) == 1 and found[0]["text"].startswith("Ban Chỉ đạo")
    assert found[0]["assignees"] == ["Ban Chỉ đạo phát triển giống cây trồng tỉnh"]


def test_the_cases_a_duty_applies_in_are_no_tasks_and_the_duty_is_one():
    found = tasks("Điều 5. Báo cáo dịch bệnh\n"
                  "1. Các cơ sở sản xuất giống phải báo cáo ngay cho Chi cục Kiểm lâm trong các trường hợp sau:\n"
                  "a) Khi phát hiện sâu bệnh gây hại trên diện rộng;\n"
                  "b) Khi cây giống chết hàng loạt không rõ nguyên nhân.\n")
    assert len(found) == 1 and found[0]["text"].startswith("Các cơ sở sản xuất giống phải báo cáo")
    assert found[0]["assignees"] == ["Các cơ sở sản xuất giống"]


def test_an_owner_bears_the_duties_listed_under_it():
    found = tasks("Điều 5. Nghĩa vụ của chủ rừng\n1. Chủ cơ sở sản xuất giống có nghĩa vụ sau đây:\n"
                  "a) Ghi chép nhật ký sản xuất giống;\n"
                  "b) Lưu mẫu giống theo quy định.\n"
                  "2. Chủ phương tiện vận chuyển giống có trách nhiệm xuất trình hồ sơ khi được kiểm tra.\n")
    assert [t["assignees"] for t in found] == [["Chủ cơ sở sản xuất giống"]] * 2 + [["Chủ phương tiện vận chuyển giống"]]


def test_the_items_of_a_heading_that_leads_and_cooperates_keep_those_roles():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính thực hiện các nhiệm vụ sau:\n"
                  "a) Rà soát nhu cầu giống cây trồng lâm nghiệp;\n"
                  "b) Lập dự toán kinh phí hỗ trợ giống.\n")
    for t in found:
        assert (t["lead"], t["cooperating"]) == (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"])
    assert len(found) == 2


def test_a_kind_of_body_named_by_its_field_runs_to_its_lead_role():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Cơ quan quản lý chuyên ngành lâm nghiệp có thẩm quyền chủ trì phối hợp với cơ quan quản lý "
                  "chuyên ngành kiểm lâm thực hiện các hoạt động sau đây:\n"
                  "a) Xây dựng kế hoạch kiểm tra nguồn giống;\n"
                  "b) Tổng hợp kết quả kiểm tra.\n")
    assert len(found) == 2
    assert found[0]["lead"] == ["Cơ quan quản lý chuyên ngành lâm nghiệp có thẩm quyền"]


def test_an_example_a_rule_gives_is_no_task():
    found = tasks("Điều 5. Kiểm tra nguồn giống\n"
                  "1. Chi cục Kiểm lâm chỉ cấp chứng chỉ khi nguồn giống đạt chuẩn.\n"
                  "2. Ví dụ: Chi cục Kiểm lâm kiểm tra vườn giống keo lai trước khi cấp chứng chỉ cho lô giống.\n"
                  "3. Chi cục Kiểm lâm có trách nhiệm kiểm tra nguồn giống.\n\n"
                  "Ví dụ: trong trường hợp vườn giống bị sâu bệnh, Chi cục Kiểm lâm đề nghị Trung tâm Khuyến nông "
                  "tỉnh kiểm tra lại.\n")
    assert [t["text"].split()[:2] for t in found] == [["Chi", "cục"]]


def test_a_heading_closed_by_its_verb_names_only_its_bodies():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Chi cục Kiểm lâm, Ủy ban nhân dân cấp huyện thực hiện:\n"
                  "a) Xác nhận bảng kê nguồn giống của các cơ sở thuộc phạm vi quản lý;\n"
                  "b) Lưu hồ sơ xác nhận tại cơ quan.\n")
    assert [t["assignees"] for t in found] == [["Chi cục Kiểm lâm", "Ủy ban nhân dân cấp huyện"]] * 2


def test_cooperation_named_as_what_means_serve_is_no_partner():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Ủy ban nhân dân cấp tỉnh có trách nhiệm:\n"
                  "a) Hằng năm bố trí kinh phí cho các đơn vị trực thuộc phục vụ công tác phối hợp với các vườn "
                  "quốc gia trong bảo tồn nguồn giống;\n"
                  "b) Chủ trì, phối hợp với Cục Lâm nghiệp kiểm tra chất lượng giống.\n")
    assert [t["assignees"] for t in found] == [["Ủy ban nhân dân cấp tỉnh"],
                                               ["Ủy ban nhân dân cấp tỉnh", "Cục Lâm nghiệp"]]


def test_the_items_that_say_which_body_a_role_is_ask_nothing():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Cơ quan tiếp nhận hồ sơ công nhận nguồn giống (sau đây gọi là cơ quan tiếp nhận) là:\n"
                  "a) Cục Lâm nghiệp: đối với nguồn giống của các đơn vị thuộc Bộ;\n"
                  "b) Sở Nông nghiệp và Môi trường: đối với nguồn giống còn lại.\n"
                  "2. Cục Lâm nghiệp có trách nhiệm hướng dẫn các địa phương lập hồ sơ công nhận.\n")
    assert [t["assignees"] for t in found] == [["Cục Lâm nghiệp"]]


def test_a_power_the_law_gives_a_body_is_no_task():
    found = tasks("Điều 5. Công nhận và hủy bỏ nguồn giống\n"
                  "1. Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định việc hủy bỏ công nhận vườn giống quốc gia.\n"
                  "2. Ủy ban nhân dân cấp tỉnh quyết định tạm dừng khai thác nguồn giống trên địa bàn.\n"
                  "3. Ủy ban nhân dân cấp tỉnh quyết định danh mục nguồn giống và báo cáo Bộ trước ngày "
                  "31 tháng 12 năm 2026.\n"
                  "4. Cục Lâm nghiệp hướng dẫn các địa phương lập hồ sơ hủy bỏ.\n")
    assert [(t["assignees"], t["deadline"]) for t in found] == [(["Ủy ban nhân dân cấp tỉnh"], "2026-12-31"),
                                                                (["Cục Lâm nghiệp"], None)]


def test_a_partner_s_name_ends_before_the_field_of_the_work():
    found = tasks("Điều 5. Tổ chức thực hiện\n"
                  "1. Ủy ban nhân dân cấp huyện có trách nhiệm:\n"
                  "a) Chỉ đạo Hạt Kiểm lâm phối hợp với Trung tâm Khuyến nông trong công tác kiểm tra nguồn giống;\n"
                  "b) Tổng hợp kết quả kiểm tra hằng năm.\n")
    assert found[0]["cooperating"] == ["Trung tâm Khuyến nông"]


def test_a_body_s_rights_and_duties_head_its_items():
    found = tasks("Điều 5. Trách nhiệm của các tổ chức\n"
                  "1. Hội Nông dân Việt Nam, Hội Làm vườn Việt Nam trong phạm vi nhiệm vụ của mình có quyền và "
                  "trách nhiệm sau đây:\n"
                  "a) Tuyên truyền, hướng dẫn hội viên sử dụng giống cây trồng lâm nghiệp được công nhận;\n"
                  "b) Phát hiện và kiến nghị với cơ quan có thẩm quyền xử lý vi phạm về giống.\n"
                  "2. Trung tâm Khuyến nông quốc gia có quyền và trách nhiệm:\n"
                  "a) Xây dựng mô hình trình diễn giống mới;\n"
                  "b) Tập huấn kỹ thuật nhân giống cho người trồng rừng.\n")
    both = ["Hội Nông dân Việt Nam", "Hội Làm vườn Việt Nam"]
    assert [t["assignees"] for t in found] == [both, both, ["Trung tâm Khuyến nông quốc gia"],
                                               ["Trung tâm Khuyến nông quốc gia"]]
