"""Wordings of tasks common in dispatches of every kind (provincial, ministry, Party, school, the
articles of a decision), each a made-up sentence: who is asked, who leads and who cooperates."""

from __future__ import annotations

from dispatch_tools.parse.bodies import bodies_at, split_bodies
from dispatch_tools.vntext import strip_diacritics

from .test_parse_task_mechanisms import decision, letter

SCHOOL = "Kính gửi:\n- Các khoa, bộ môn;\n- Phòng Đào tạo.\n\n"


def _names(text: str) -> list[str]:
    return bodies_at(text, strip_diacritics(text), 0, len(text))[0]


def test_the_readers_addressed_as_quy_and_their_kinds_are_one_addressee():
    (task,) = letter("Kính đề nghị Quý Bộ, cơ quan, địa phương nghiên cứu, góp ý dự thảo Thông tư và gửi về "
                     "Sở Tư pháp trước ngày 20/8/2024.")
    assert task["assignees"] == ["Quý Bộ, cơ quan, địa phương"]
    assert split_bodies("Quý cơ quan, đơn vị và Sở Y tế") == ["Quý cơ quan, đơn vị", "Sở Y tế"]
    assert split_bodies("Quý Sở, Ban, ngành") == ["Quý Sở, Ban, ngành"]
    assert split_bodies("Các Bộ, cơ quan ngang Bộ") == ["Các Bộ", "cơ quan ngang Bộ"]  # no "Quý": two kinds


def test_a_paragraph_between_two_items_is_the_rest_of_the_first():
    tasks = letter("Ủy ban nhân dân tỉnh yêu cầu:\n"
                   "1. Sở Y tế chủ trì triển khai chiến dịch tiêm chủng trên địa bàn tỉnh.\n"
                   "Sở Tài chính bố trí kinh phí thực hiện.\n"
                   "2. Ủy ban nhân dân các huyện, thành phố chỉ đạo các xã tổ chức tiêm chủng.")
    assert len(tasks) == 2
    assert tasks[0]["lead"] == ["Sở Y tế"] and tasks[0]["cooperating"] == ["Sở Tài chính"]
    assert tasks[1]["lead"] == ["Ủy ban nhân dân các huyện, thành phố"]


def test_the_paragraph_after_the_last_item_stays_apart():
    tasks = letter("Ủy ban nhân dân tỉnh yêu cầu:\n"
                   "1. Sở Y tế chủ trì triển khai chiến dịch tiêm chủng.\n"
                   "2. Sở Tài chính bố trí kinh phí thực hiện.\n"
                   "Đề nghị Ủy ban nhân dân các huyện, thành phố phối hợp thực hiện.")
    assert [t["assignees"] for t in tasks] == [["Sở Y tế"], ["Sở Tài chính"], ["Ủy ban nhân dân các huyện, thành phố"]]


def test_the_office_that_follows_the_dispatch_up_has_a_task_though_not_addressed():
    tasks = letter("Đề nghị các sở, ngành triển khai thực hiện nghiêm túc nội dung trên.\n"
                   "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện.")
    assert [t["assignees"] for t in tasks] == [["các sở, ngành"], ["Văn phòng Ủy ban nhân dân tỉnh"]]
    assert letter("Công an huyện Lạc Dương đang theo dõi, đôn đốc việc xử lý vi phạm.") == []


def test_giao_cho_as_the_second_act_of_a_body_asks_nothing_of_whom_it_hands_over_to():
    tasks = letter("Nhà trường thông báo lịch thi kết thúc học phần học kỳ I. Phòng Đào tạo tổ chức thi và giao "
                   "cho các bộ môn chấm thi, nhập điểm trên hệ thống. Đề nghị các khoa thông báo cho sinh viên.",
                   to=SCHOOL)
    assert [t["assignees"] for t in tasks] == [["các khoa"]]


def test_giao_after_an_approval_or_by_the_issuer_still_asks():
    (task,) = letter("Ủy ban nhân dân tỉnh thống nhất chủ trương và giao Sở Xây dựng chủ trì thẩm định hồ sơ.")
    assert task["lead"] == ["Sở Xây dựng"]
    (task,) = letter("Thủ tướng Chính phủ đồng ý đề xuất của Bộ Y tế và giao Bộ Tài chính bố trí kinh phí.")
    assert task["lead"] == ["Bộ Tài chính"]


def test_reporting_to_be_guided_is_a_task_not_a_rule_of_law():
    (task,) = letter("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tài chính "
                     "để được hướng dẫn.")
    assert task["assignees"] == ["các cơ quan, đơn vị"]
    assert letter("Cán bộ, công chức được hưởng phụ cấp theo quy định hiện hành.") == []


def test_bodies_together_with_cung_cac_cooperate():
    (task,) = letter("Giao Sở Công Thương chủ trì, phối hợp với Sở Tài nguyên và Môi trường cùng các đơn vị liên "
                     "quan kiểm tra các cơ sở sản xuất.")
    assert task["lead"] == ["Sở Công Thương"]
    assert task["cooperating"] == ["Sở Tài nguyên và Môi trường", "các đơn vị liên quan"]
    (task,) = letter("Sở Y tế cùng các đơn vị liên quan triển khai kế hoạch tiêm chủng mở rộng.")
    assert task["lead"] == ["Sở Y tế"] and task["cooperating"] == ["các đơn vị liên quan"]
    (task,) = letter("Đề nghị Ủy ban nhân dân cùng cấp bố trí kinh phí thực hiện.")
    assert task["assignees"] == ["Ủy ban nhân dân cùng cấp"]


def test_the_bearer_of_a_duty_cooperates_with_the_bodies_named_after_it():
    tasks = decision("Điều 1. Phê duyệt Đề án bảo đảm an toàn giao thông.\n\n"
                     "Điều 2. Chủ phương tiện vận tải hành khách có trách nhiệm bố trí người áp tải, phối hợp với "
                     "lực lượng Cảnh sát giao thông trong quá trình kiểm tra.\n\n"
                     "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo chịu trách "
                     "nhiệm thi hành Quyết định này./.")
    assert tasks[0]["lead"] == ["Chủ phương tiện vận tải hành khách"]
    assert tasks[0]["cooperating"] == ["lực lượng Cảnh sát giao thông"]
    assert tasks[1]["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Giáo dục và Đào tạo"]


def test_a_body_standing_as_the_permanent_office_then_its_role():
    (task,) = letter("Sở Y tế là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành liên quan triển khai "
                     "Kế hoạch này.")
    assert task["lead"] == ["Sở Y tế"] and task["cooperating"] == ["các sở, ngành liên quan"]
    (task,) = letter("Bộ Quốc phòng là cơ quan đầu mối, chịu trách nhiệm trước Chính phủ về hợp tác quốc tế.")
    assert task["lead"] == ["Bộ Quốc phòng"]


def test_party_committees_of_a_level_and_their_verb():
    (task,) = letter("Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy lãnh "
                     "đạo, chỉ đạo tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên.")
    assert task["assignees"] == ["các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"]


def test_a_verb_read_inside_a_noun_leaves_the_next_verb_its_place():
    assert _names("các trường trung học phổ thông báo cáo số liệu về Sở") == ["các trường trung học phổ thông"]
    assert _names("Ủy ban nhân dân thành phố thông báo kết quả cho các hộ dân") == ["Ủy ban nhân dân thành phố"]


def test_faculties_and_departments_are_bodies_science_is_not():
    (task,) = letter("Đề nghị các khoa rà soát đề cương chi tiết học phần.", to=SCHOOL)
    assert task["assignees"] == ["các khoa"]
    (task,) = letter("Khoa học và công nghệ là quốc sách hàng đầu, đề nghị các đơn vị quan tâm đầu tư.")
    assert task["assignees"] == ["các đơn vị"]


def test_a_body_that_balances_the_budget_acts():
    tasks = letter("Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
                   "1. Giao Sở Giao thông vận tải kiểm tra hiện trạng tuyến đường, đề xuất phương án sửa chữa.\n"
                   "2. Sở Tài chính cân đối, bố trí nguồn kinh phí.")
    assert [t["lead"] for t in tasks] == [["Sở Giao thông vận tải"], ["Sở Tài chính"]]


def test_a_list_the_chair_directs_with_a_bare_colon_holds_the_bodies_tasks():
    tasks = letter("Thực hiện Công văn số 1234/BYT-DP ngày 01/8/2024 của Bộ Y tế, Chủ tịch Ủy ban nhân dân tỉnh "
                   "chỉ đạo:\n"
                   "1. Sở Y tế tăng cường giám sát, phát hiện sớm ca bệnh.\n"
                   "2. Đài Phát thanh - Truyền hình tỉnh, Báo Lâm Đồng tăng cường thông tin, tuyên truyền.")
    assert [t["assignees"] for t in tasks] == [["Sở Y tế"], ["Đài Phát thanh - Truyền hình tỉnh", "Báo Lâm Đồng"]]


def test_an_approval_word_is_read_with_its_marks():
    assert letter("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 05 tập thể có thành tích xuất sắc.") == []
    (task,) = letter("Ủy ban nhân dân tỉnh có ý kiến như sau:\n1. Sở Y tế tăng cường kiểm tra an toàn thực phẩm.")
    assert task["assignees"] == ["Sở Y tế"]  # "tăng cường" is no "tặng"


def test_who_chaired_a_meeting_is_told_not_asked():
    tasks = letter("Ngày 05/8/2024, đồng chí Trần Văn B, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến "
                   "độ giải ngân vốn đầu tư công. Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n"
                   "1. Yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán.\n"
                   "2. Kho bạc Nhà nước tỉnh kiểm soát chi chặt chẽ.")
    assert [t["assignees"] for t in tasks] == [["các chủ đầu tư"], ["Kho bạc Nhà nước tỉnh"]]
    (task,) = letter("Sở Tài chính chủ trì tổ chức hội nghị tập huấn nghiệp vụ cho các đơn vị.")
    assert task["lead"] == ["Sở Tài chính"]


def test_the_bearer_of_a_duty_is_read_in_the_duty_s_own_sentence():
    tasks = decision("Điều 1. Thành lập Hội đồng thẩm định đề án.\n\n"
                     "Điều 2. Nhiệm vụ của các thành viên\n"
                     "a) Chủ tịch Hội đồng điều phối hoạt động chung, triệu tập cuộc họp. Tổ thư ký có nhiệm vụ chuẩn "
                     "bị tài liệu và ghi biên bản các cuộc họp.\n"
                     "b) Các thành viên nghiên cứu hồ sơ.\n\n"
                     "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.")
    assert tasks[0]["lead"] == ["Hội đồng"] and tasks[0]["cooperating"] == ["Tổ thư ký"]  # no name across a sentence
    assert [t["assignees"] for t in tasks[1:]] == [["Các thành viên"], ["Văn phòng Ủy ban nhân dân tỉnh"]]


def test_x_chu_tri_then_y_phoi_hop_names_the_lead_and_the_cooperating_bodies():
    (task,) = letter("Sở Xây dựng chủ trì, Sở Tài chính phối hợp thẩm định giá gói thầu.")
    assert task["lead"] == ["Sở Xây dựng"] and task["cooperating"] == ["Sở Tài chính"]
    (task,) = letter("Sở Xây dựng chủ trì; Sở Tài chính, Sở Tư pháp phối hợp thẩm định hồ sơ dự án.")
    assert task["lead"] == ["Sở Xây dựng"] and task["cooperating"] == ["Sở Tài chính", "Sở Tư pháp"]


def test_kinds_of_bodies_named_with_what_they_do():
    tasks = letter("Ủy ban nhân dân tỉnh yêu cầu:\n"
                   "1. Bộ Chỉ huy Quân sự tỉnh chỉ đạo các đơn vị đóng quân trên địa bàn sẵn sàng lực lượng.\n"
                   "2. Công an tỉnh bảo đảm an ninh trật tự.")
    assert tasks[0]["assignees"] == ["Bộ Chỉ huy Quân sự tỉnh", "các đơn vị đóng quân trên địa bàn"]
    (task,) = letter("Các tổ chức thực hiện việc kiểm định phải tuân thủ quy trình kỹ thuật do Bộ ban hành.")
    assert task["assignees"] == ["Các tổ chức thực hiện việc kiểm định"]


def test_bodies_that_only_cooperate_lead_nothing():
    tasks = letter("Ủy ban nhân dân tỉnh yêu cầu:\n"
                   "1. Sở Y tế chủ trì triển khai Kế hoạch tiêm chủng.\n"
                   "2. Các sở, ngành liên quan phối hợp thực hiện.")
    assert tasks[0]["lead"] == ["Sở Y tế"]
    assert tasks[1]["lead"] == [] and tasks[1]["cooperating"] == ["Các sở, ngành liên quan"]
    (task,) = letter("Sở Giáo dục và Đào tạo phối hợp với Sở Y tế tổ chức tuyên truyền trong trường học.")
    assert task["lead"] == ["Sở Giáo dục và Đào tạo"] and task["cooperating"] == ["Sở Y tế"]
    (task,) = letter("Sở Y tế chủ trì, phối hợp thực hiện các nội dung trên.")
    assert task["lead"] == ["Sở Y tế"]


def test_a_season_set_off_by_commas_ends_the_name_before_it():
    """``…, trước mùa mưa bão hằng năm, …``: a time the work must precede, as ``trước ngày`` is, no part of a name."""
    (task,) = letter("Đề nghị Sở Công Thương phối hợp với Ủy ban nhân dân các huyện, trước mùa mưa bão hằng năm, "
                     "chuẩn bị đủ hàng hóa thiết yếu cho các xã vùng trũng.")
    assert task["assignees"] == ["Sở Công Thương", "Ủy ban nhân dân các huyện"]


def test_a_plural_sector_before_its_names_is_each_sector():
    """``Các ngành Y tế, Giáo dục và Đào tạo`` names each sector, as ``các Sở Y tế, Tài chính`` names each Sở."""
    (task,) = letter("Đề nghị các ngành Văn hóa, Thể thao và Du lịch, Giáo dục và Đào tạo phối hợp tổ chức ngày hội "
                     "đọc sách cho học sinh trong tháng 4 năm 2026.")
    assert [n.lower() for n in task["assignees"]] == ["ngành văn hóa, thể thao và du lịch", "ngành giáo dục và đào tạo"]


def test_organising_an_assessment_after_a_semicolon_is_an_action_not_a_body():
    """``…; tổ chức đánh giá kết quả thực hiện, báo cáo …``: the verb ``tổ chức`` (organise), not an assessment
    body; the kind of body is named in full (``tổ chức đánh giá sự phù hợp``)."""
    (task,) = letter("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính triển khai Đề án; tổ chức đánh giá "
                     "kết quả thực hiện Đề án, báo cáo Ủy ban nhân dân tỉnh trong quý IV năm 2026.")
    assert task["assignees"] == ["Sở Giáo dục và Đào tạo", "Sở Tài chính"]
    (task,) = letter("Đề nghị các tổ chức đánh giá sự phù hợp cập nhật danh sách chứng chỉ đã cấp.")
    assert task["assignees"] == ["các tổ chức đánh giá sự phù hợp"]


def test_the_bodies_a_lead_guides_and_inspects_are_directed():
    """``hướng dẫn và kiểm tra X thực hiện …`` directs X, as ``chỉ đạo X …`` does: X works on the task too."""
    (task,) = letter("Giao Kho bạc Nhà nước tỉnh hướng dẫn và kiểm tra các chủ đầu tư thực hiện thủ tục thanh toán vốn "
                     "đúng quy định.")
    assert task["assignees"] == ["Kho bạc Nhà nước tỉnh", "các chủ đầu tư"]
