"""The clauses of a decree's articles: whose duty each is, and which state a rule, a standing or a right and
give no task (made-up decrees, in the wording of codified legal text)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 75/2026/NĐ-CP
Hà Nội, ngày 12 tháng 6 năm 2026

NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Dự trữ quốc gia

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Dự trữ quốc gia.

{article}

Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, KTTH.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Văn Bình
"""


def _tasks(article: str) -> list[tuple[str, list[str]]]:
    fields = parse_text(PAGE.format(article=article)).fields
    return [(t["text"][:24], t["lead"]) for t in to_contract(fields)["tasks"]]


def test_a_name_holding_a_word_that_ends_names_elsewhere():
    # "cần" ends a name ("Các đơn vị | cần rà soát …"), not inside "Hậu cần"
    assert _tasks("Điều 7. Trách nhiệm của tổ chức, cá nhân\n"
                  "1. Tổng cục Hậu cần - Kỹ thuật có trách nhiệm chỉ đạo các đơn vị trực thuộc kiểm tra "
                  "việc bảo quản hàng dự trữ.") == [("Tổng cục Hậu cần - Kỹ th", ["Tổng cục Hậu cần - Kỹ thuật"])]


def test_a_definition_by_a_copula_gives_no_task():
    assert _tasks("Điều 4. Cơ sở dữ liệu về hàng dự trữ\n"
                  "1. Cơ sở dữ liệu về hàng dự trữ là nguồn cung cấp thông tin chính thức cho các cơ quan quản lý.\n"
                  "2. Cục Dự trữ Nhà nước chủ trì xây dựng, cập nhật cơ sở dữ liệu về hàng dự trữ.") == [
        ("Cục Dự trữ Nhà nước chủ ", ["Cục Dự trữ Nhà nước"])]


def test_a_focal_point_and_nothing_more_is_a_standing_not_a_task():
    assert _tasks("Điều 5. Quản lý nhà nước về dự trữ\n"
                  "1. Cục Dự trữ Nhà nước là cơ quan đầu mối giúp Bộ trưởng thực hiện quản lý nhà nước về dự trữ.\n"
                  "2. Vụ Pháp chế là cơ quan đầu mối của Bộ trong việc rà soát văn bản.") == []


def test_a_focal_point_with_a_duty_after_it_still_asks():
    assert _tasks("Điều 5. Quản lý nhà nước về dự trữ\n"
                  "Cục Dự trữ Nhà nước là cơ quan đầu mối, chủ trì theo dõi, tổng hợp tình hình nhập, xuất hàng "
                  "dự trữ.") == [("Cục Dự trữ Nhà nước là c", ["Cục Dự trữ Nhà nước"])]


def test_what_a_deputy_is_and_how_a_post_is_filled_give_no_task():
    assert _tasks("Điều 8. Phó Giám đốc Trung tâm\n"
                  "1. Là người giúp việc cho Giám đốc Trung tâm và chịu trách nhiệm trước Giám đốc về phần việc được giao.\n"
                  "2. Việc bổ nhiệm, miễn nhiệm Phó Giám đốc Trung tâm thực hiện theo quy định của pháp luật.") == []


def test_another_body_s_right_under_a_heading_of_duties_gives_no_task():
    assert _tasks("Điều 9. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\n"
                  "1. Bố trí kinh phí bảo quản hàng dự trữ tại địa phương.\n"
                  "2. Các doanh nghiệp nhận thuê bảo quản hàng dự trữ được hưởng chính sách ưu đãi theo quy định.") == [
        ("Bố trí kinh phí bảo quản", ["Ủy ban nhân dân cấp tỉnh"])]


def test_an_item_s_own_body_after_an_opening_phrase():
    assert _tasks("Điều 10. Trách nhiệm của các bộ, ngành quản lý hàng dự trữ\n"
                  "2. Hằng năm, cơ quan, đơn vị cấp tỉnh lập báo cáo tình hình bảo quản gửi Bộ Tài chính.") == [
        ("Hằng năm, cơ quan, đơn v", ["cơ quan, đơn vị cấp tỉnh"])]



def test_an_item_s_text_starts_with_its_opening_phrase():
    fields = parse_text(PAGE.format(article="Điều 12. Tổ chức thực hiện\n"
                                            "1. Sau khi có quyết định xuất cấp, Cục Dự trữ Nhà nước khu vực giao "
                                            "hàng cho địa phương.")).fields
    (task,) = to_contract(fields)["tasks"]
    assert task["text"].startswith("Sau khi có quyết định xuất cấp, Cục Dự trữ")
    assert task["lead"] == ["Cục Dự trữ Nhà nước khu vực"]


def test_a_request_inside_an_article_of_duties_is_the_duty_of_its_bodies():
    assert _tasks("Điều 13. Trách nhiệm của Bộ Công Thương\n"
                  "1. Lập danh mục hàng dự trữ cần bổ sung, đề nghị Bộ Tài chính bố trí kinh phí mua bổ sung.") == [
        ("Lập danh mục hàng dự trữ", ["Bộ Công Thương"])]


def test_the_body_directed_after_chi_dao_huong_dan():
    fields = parse_text(PAGE.format(article="Điều 14. Trách nhiệm của Sở Công Thương\n"
                                            "2. Chỉ đạo, hướng dẫn các đơn vị trực thuộc kiểm kê hàng dự trữ "
                                            "trên địa bàn.")).fields
    (task,) = to_contract(fields)["tasks"]
    assert task["assignees"] == ["Sở Công Thương", "các đơn vị trực thuộc"]


def test_a_heading_naming_a_department_whose_name_holds_a_topic_word_without_marks():
    # "Tài chính" folds to "tai chinh", which is no "tại" (at) opening the heading's topic
    assert _tasks("Điều 15. Trách nhiệm của Sở Tài chính\n"
                  "1. Tổng hợp nhu cầu hàng dự trữ của địa phương.") == [("Tổng hợp nhu cầu hàng dự", ["Sở Tài chính"])]


def test_kinds_of_bodies_qualified_as_the_related_ones_are_one_name():
    fields = parse_text(PAGE.format(article="Điều 16. Trách nhiệm thi hành\n"
                                            "Chánh Văn phòng Bộ, Cục trưởng Cục Dự trữ Nhà nước, Thủ trưởng các cơ "
                                            "quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành Nghị định "
                                            "này.")).fields
    (task,) = to_contract(fields)["tasks"]
    # kinds in small letters joined by "và" share "có liên quan": one name, as "các bộ, ngành và địa phương"
    assert task["assignees"][-1] == "các cơ quan, đơn vị và cá nhân có liên quan"
    fields = parse_text(PAGE.format(article="Điều 17. Trách nhiệm của Bộ Công an\n"
                                            "Chủ trì, phối hợp với Bộ Quốc phòng và các Bộ, cơ quan liên quan bảo vệ "
                                            "kho dự trữ.")).fields
    (task,) = to_contract(fields)["tasks"]
    assert task["cooperating"] == ["Bộ Quốc phòng", "các Bộ, cơ quan liên quan"]


def test_kinds_named_by_what_they_manage():
    fields = parse_text(PAGE.format(article="Điều 18. Bàn giao hàng dự trữ\n"
                                            "2. Sau khi có quyết định điều chuyển, Bộ quản lý ngành, Ủy ban nhân dân "
                                            "cấp tỉnh gửi quyết định cho Bộ Tài chính để theo dõi.")).fields
    (task,) = to_contract(fields)["tasks"]
    assert task["lead"] == ["Bộ quản lý ngành", "Ủy ban nhân dân cấp tỉnh"]


def test_a_verb_that_is_also_a_title_opening_an_item_under_a_body():
    assert _tasks("Điều 19. Nhiệm vụ của Thủ tướng Chính phủ\n"
                  "1. Lãnh đạo, chỉ đạo, kiểm tra việc thực hiện Nghị định này tại các bộ, ngành, địa phương.") == [
        ("Lãnh đạo, chỉ đạo, kiểm ", ["Thủ tướng Chính phủ"])]


def test_an_article_titled_with_a_long_list_of_bodies_gives_them_its_items():
    assert _tasks("Điều 20. Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân tỉnh, thành phố trực "
                  "thuộc Trung ương\n"
                  "1. Chỉ đạo rà soát, thống kê hàng dự trữ thuộc phạm vi quản lý.") == [
        ("Chỉ đạo rà soát, thống k", ["Các Bộ", "cơ quan ngang Bộ", "cơ quan thuộc Chính phủ",
                                      "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"])]


def test_an_article_of_functions_gives_them_to_its_body():
    assert _tasks("Điều 21. Chức năng của Ban Quản lý kho dự trữ\n"
                  "1. Tham mưu giúp Cục trưởng xây dựng kế hoạch bảo quản hàng dự trữ.") == [
        ("Tham mưu giúp Cục trưởng", ["Ban Quản lý kho dự trữ"])]


def test_a_known_agency_glued_to_the_plural_kinds_after_it():
    fields = parse_text(PAGE.format(article="Điều 22. Trách nhiệm của Bộ Tư pháp\n"
                                            "Chủ trì, phối hợp với Bộ Ngoại giao các Bộ, cơ quan ngang Bộ rà soát "
                                            "điều ước quốc tế về dự trữ.")).fields
    (task,) = to_contract(fields)["tasks"]
    assert task["cooperating"] == ["Bộ Ngoại giao", "các Bộ", "cơ quan ngang Bộ"]


def test_what_the_cooperation_is_about_is_no_part_of_the_name():
    fields = parse_text(PAGE.format(article="Điều 23. Trách nhiệm của doanh nghiệp nhận thuê bảo quản\n"
                                            "1. Phối hợp với Chi cục Dự trữ Nhà nước trong việc kiểm tra chất lượng "
                                            "hàng hóa.")).fields
    (task,) = to_contract(fields)["tasks"]
    assert task["cooperating"] == ["Chi cục Dự trữ Nhà nước"]


def test_a_body_working_with_another_on_things_that_enjoy_a_right_acts():
    """The right (``được hưởng``) is a thing's the body acts on, not the body's own: its duty stays a task."""
    tasks = _tasks("Điều 9. Trách nhiệm của các bộ, ngành\n"
                   "1. Bộ Xây dựng phối hợp với Bộ Tài chính xác định danh mục vật liệu xây không nung được hưởng "
                   "ưu đãi thuế theo quy định.")
    assert [text.split()[:4] for text, _ in tasks] == [["Bộ", "Xây", "dựng", "phối"]]
