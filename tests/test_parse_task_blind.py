"""Task rules checked on wordings the development documents do not have: a verb the old lexicon
lacked, two councils sharing one head, a list item that opens with a body and an action in a word
no lexicon lists."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.bodies import split_bodies

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 301/UBND-KT
V/v triển khai công tác phòng, chống thiên tai

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đà Lạt, ngày 12 tháng 8 năm 2025

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các huyện, thành phố.

"""
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


def tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEADER + body + FOOT).fields)["tasks"]


def test_a_verb_of_the_lexicon_ends_a_kind_of_body():
    (task,) = tasks("Đề nghị các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025.")
    assert task["assignees"] == ["các chủ đầu tư"]


def test_a_place_after_a_council_shares_its_head():
    assert split_bodies("Ủy ban nhân dân thị xã Sa Pa và huyện Bát Xát") == [
        "Ủy ban nhân dân thị xã Sa Pa", "Ủy ban nhân dân huyện Bát Xát"]
    assert split_bodies("UBND huyện Đức Trọng, huyện Lâm Hà và thành phố Bảo Lộc") == [
        "UBND huyện Đức Trọng", "UBND huyện Lâm Hà", "UBND thành phố Bảo Lộc"]
    assert split_bodies("Sở Y tế tỉnh Lâm Đồng") == ["Sở Y tế tỉnh Lâm Đồng"]
    assert split_bodies("Ủy ban nhân dân các huyện, thành phố") == ["Ủy ban nhân dân các huyện, thành phố"]
    (task,) = tasks("Giao UBND huyện Lạc Dương và huyện Đam Rông bố trí lực lượng canh gác các điểm sạt lở.")
    assert task["assignees"] == ["UBND huyện Lạc Dương", "UBND huyện Đam Rông"]


def test_an_item_of_a_request_list_opening_with_a_body_is_that_body_s_task():
    first, second = tasks("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
                          "1. Đài Phát thanh - Truyền hình Lâm Đồng tăng thời lượng đưa tin về diễn biến mưa lũ.\n\n"
                          "2. Công an tỉnh bố trí lực lượng sẵn sàng cứu hộ.")
    assert first["assignees"] == ["Đài Phát thanh - Truyền hình Lâm Đồng"]  # not the addressees
    assert second["assignees"] == ["Công an tỉnh"]


def test_an_item_under_an_opinion_opening_with_a_body_and_its_action_is_a_task():
    found = tasks("Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
                  "1. Ban Quản lý dự án giao thông tỉnh ưu tiên bố trí vốn cho công trình.\n\n"
                  "2. UBND huyện Đức Trọng tăng tần suất tuần tra trên tuyến Quốc lộ 20.")
    assert [t["assignees"] for t in found] == [["Ban Quản lý dự án giao thông tỉnh"], ["UBND huyện Đức Trọng"]]


def test_an_item_under_an_opinion_that_tells_or_links_is_no_task():
    found = tasks("Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
                  "1. UBND huyện Đức Trọng đã hoàn thành việc di dời các hộ dân.\n\n"
                  "2. Sở Tài chính là cơ quan thường trực của Ban Chỉ đạo.")
    assert found == []


def test_a_law_restated_as_a_duty_is_no_task_but_a_request_after_it_asks():
    assert tasks("Theo quy định tại khoản 2 Điều 5 Thông tư số 01/2023/TT-BNV, Ủy ban nhân dân cấp huyện có "
                 "trách nhiệm báo cáo kết quả thực hiện.") == []
    (task,) = tasks("Theo quy định tại Thông tư số 01/2023/TT-BNV, đề nghị Ủy ban nhân dân các huyện báo cáo kết "
                    "quả thực hiện trước ngày 15/4/2026.")
    assert task["assignees"] == ["Ủy ban nhân dân các huyện"] and task["deadline"] == "2026-04-15"


def test_a_body_opening_a_later_clause_of_an_item_cooperates():
    first, _ = tasks("Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
                     "1. Giao Sở Tài nguyên và Môi trường hướng dẫn các địa phương xác định giá đất; Sở Tài chính "
                     "cân đối, bố trí đủ vốn cho dự án.\n\n2. Công an tỉnh bố trí lực lượng bảo vệ.")
    assert first["lead"] == ["Sở Tài nguyên và Môi trường"] and first["cooperating"] == ["Sở Tài chính"]


def test_a_person_and_his_post_are_one_assignee():
    assert split_bodies("đồng chí Trần Văn Bình, Phó Giám đốc Sở Nội vụ") == [
        "đồng chí Trần Văn Bình, Phó Giám đốc Sở Nội vụ"]
    assert split_bodies("Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính") == ["Sở Nội vụ", "Sở Tài chính"]
    (task,) = tasks("Giao đồng chí Trần Văn Bình, Phó Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.")
    assert task["assignees"] == ["đồng chí Trần Văn Bình, Phó Chánh Văn phòng UBND tỉnh"]


def test_school_and_cultural_bodies_open_a_name():
    found = tasks("Nhà trường thông báo như sau:\n\n2. Tổ chức thực hiện:\n"
                  "a) Tổ Văn phòng phân công nhân viên trực bảo vệ cơ sở vật chất trong thời gian nghỉ Tết.\n"
                  "b) Đoàn Thanh niên trường phối hợp với giáo viên chủ nhiệm tổ chức hoạt động ngoại khóa.\n"
                  "c) Thư viện tỉnh: tổ chức trưng bày sách, báo.\n")
    assert [t["lead"] for t in found] == [["Tổ Văn phòng"], ["Đoàn Thanh niên trường"], ["Thư viện tỉnh"]]



def test_a_request_word_with_no_body_after_it_leaves_the_item_to_its_subject():
    _, second = tasks("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Y tế chuẩn bị thuốc, vật tư.\n\n"
                      "2. Công an tỉnh bố trí lực lượng hỗ trợ các xã sơ tán dân khi Ban Chỉ huy yêu cầu.")
    assert second["assignees"] == ["Công an tỉnh"]  # not the addressees
    _, second = tasks("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Y tế chuẩn bị thuốc, vật tư.\n\n"
                      "2. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh tham gia chữa cháy rừng khi có yêu cầu.")
    assert second["assignees"] == ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"]


def test_a_body_opening_a_later_clause_of_a_request_sentence_cooperates():
    (task,) = tasks("Giao Sở Nội vụ chuẩn bị báo cáo, tài liệu phục vụ Hội nghị; Văn phòng UBND tỉnh chuẩn bị "
                    "hội trường và các điều kiện phục vụ.")
    assert task["lead"] == ["Sở Nội vụ"] and task["cooperating"] == ["Văn phòng UBND tỉnh"]


def test_kinds_without_names_after_a_plural_kind_are_one_list_of_kinds():
    assert split_bodies("Các Khoa, Viện, Trung tâm") == ["Các Khoa, Viện, Trung tâm"]
    assert split_bodies("Các Khoa, Viện và Phòng Đào tạo") == ["Các Khoa, Viện", "Phòng Đào tạo"]
    assert split_bodies("các Sở, Viện Khoa học Xã hội") == ["các Sở", "Viện Khoa học Xã hội"]


def test_officers_and_households_in_an_execution_clause_are_bodies_of_their_own():
    assert split_bodies("Phòng Công chức, viên chức") == ["Phòng Công chức, viên chức"]
    assert split_bodies("Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, công chức Tài chính - Kế toán và "
                        "các hộ gia đình có tên tại Điều 1") == [
        "Văn phòng HĐND và UBND xã", "công chức Văn hóa - Xã hội", "công chức Tài chính - Kế toán",
        "các hộ gia đình có tên tại Điều 1"]


def test_items_of_a_notice_that_informs_are_no_tasks_unless_a_body_acts():
    found = tasks("Ủy ban nhân dân tỉnh thông báo kết quả xét tuyển viên chức như sau:\n\n"
                  "1. Số thí sinh trúng tuyển: 42 người (có danh sách kèm theo).\n\n"
                  "2. Phòng Công chức, viên chức hướng dẫn thí sinh hoàn thiện hồ sơ.")
    assert [t["assignees"] for t in found] == [["Phòng Công chức, viên chức"]]


def test_a_title_on_a_line_of_its_own_is_not_the_task_s_text():
    (task,) = tasks("II. TỔ CHỨC THỰC HIỆN\nGiao Phòng Văn hóa và Thông tin làm đầu mối theo dõi, đôn đốc việc "
                    "triển khai Kế hoạch.")
    assert task["text"].startswith("Giao Phòng Văn hóa và Thông tin")
    (task,) = tasks("Đề nghị Sở Y tế chủ trì, phối hợp với\nSở Tài chính rà soát danh mục thuốc.")
    assert task["text"].startswith("Đề nghị Sở Y tế") and task["assignees"] == ["Sở Y tế", "Sở Tài chính"]


def test_districts_by_number_share_the_council_and_a_team_opens_a_body():
    assert split_bodies("Ủy ban nhân dân quận 7, quận 8 và huyện Nhà Bè") == [
        "Ủy ban nhân dân quận 7", "Ủy ban nhân dân quận 8", "Ủy ban nhân dân huyện Nhà Bè"]
    assert split_bodies("Phòng Tài nguyên và Môi trường, Đội Quản lý trật tự đô thị huyện") == [
        "Phòng Tài nguyên và Môi trường", "Đội Quản lý trật tự đô thị huyện"]



def test_a_head_word_on_a_line_of_its_own_is_no_title():
    from dispatch_tools.parse.task_heads import past_title

    text = "Sở\nNội vụ và Ủy ban nhân dân các huyện tổ chức thực hiện."
    assert past_title(text, 0, len(text)) == 0  # a name the page wrapped
    text = "Chế độ báo cáo\nCác sở báo cáo kết quả trước ngày 15/6/2026."
    assert text[past_title(text, 0, len(text)):].startswith("Các sở")


def test_clauses_of_a_paragraph_that_directs_are_each_a_task():
    text = ("HUYỆN ỦY ĐỨC HÒA\n-------\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 210-CV/HU\nV/v tổ chức hội nghị sơ kết\n"
            "Đức Hòa, ngày 14 tháng 2 năm 2025\n\nKính gửi: Các chi bộ, đảng bộ cơ sở.\n\n"
            "Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ cơ sở tổ chức hội nghị sơ kết, hoàn thành trước "
            "ngày 30/6/2025.\n\nBan Tuyên giáo Huyện ủy chuẩn bị tài liệu; Văn phòng Huyện ủy bảo đảm kinh phí "
            "phục vụ hội nghị.\n\nNơi nhận:\n- Như trên;\n- Lưu Văn phòng Huyện ủy.\n\nT/M BAN THƯỜNG VỤ\n"
            "PHÓ BÍ THƯ\n\nNguyễn Văn Hải\n")
    found = to_contract(parse_text(text).fields)["tasks"]
    assert [t["assignees"] for t in found] == [["các chi bộ, đảng bộ cơ sở"], ["Ban Tuyên giáo Huyện ủy"],
                                               ["Văn phòng Huyện ủy"]]


def test_a_long_notice_intro_informs_too():
    found = tasks("Ủy ban nhân dân tỉnh thông báo đến các đơn vị và sinh viên về việc đăng ký đề tài nghiên cứu "
                  "khoa học năm 2025 như sau:\n\n1. Hồ sơ đăng ký: phiếu đăng ký đề tài có xác nhận.\n\n"
                  "2. Các Khoa tổng hợp danh sách đề tài, gửi về Phòng Khoa học Công nghệ trước ngày 15/9/2025.")
    assert [(t["assignees"], t["deadline"]) for t in found] == [(["Các Khoa"], "2025-09-15")]


def test_bare_kinds_after_a_plural_kind_stay_one_but_a_named_kind_opens_a_body():
    assert split_bodies("các bộ, cơ quan, địa phương") == ["các bộ, cơ quan, địa phương"]
    assert split_bodies("Các bộ, cơ quan ngang bộ") == ["Các bộ", "cơ quan ngang bộ"]


def test_an_inspection_ordered_is_no_body_and_the_press_is_a_kind_of_body():
    from dispatch_tools.parse.body_words import starts_body

    assert not starts_body("Thanh tra việc quản lý, sử dụng đất tại huyện Châu Phú")
    assert starts_body("Thanh tra tỉnh chủ trì")
    (task,) = tasks("Đề nghị các cơ quan báo chí, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền.")
    assert task["assignees"] == ["các cơ quan báo chí", "Đài Phát thanh và Truyền hình tỉnh"]


def test_a_notice_ending_with_a_colon_informs():
    found = tasks("Ủy ban nhân dân tỉnh thông báo:\n\n1. Đình chỉ lưu hành trên toàn tỉnh lô thuốc số 020524.\n\n"
                  "2. Sở Y tế kiểm tra, giám sát việc thu hồi lô thuốc nêu trên.")
    assert [t["assignees"] for t in found] == [["Sở Y tế"]]


def test_the_subject_after_an_item_s_title_is_its_assignee():
    _, second = tasks("Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
                      "1. Đăng ký dự thi\nCác đơn vị đăng ký danh sách học sinh dự thi trên phần mềm.\n\n"
                      "2. Ôn luyện\nCác trường THPT tổ chức ôn luyện cho học sinh đội tuyển.")
    assert second["assignees"] == ["Các trường THPT"]


def test_a_bare_giao_heads_a_list_whose_items_name_their_bodies():
    found = tasks("Để chuẩn bị tổ chức lễ hội năm 2026 an toàn, Chủ tịch UBND tỉnh giao:\n\n"
                  "1. Công an tỉnh xây dựng phương án bảo đảm an ninh, trật tự.\n\n"
                  "2. UBND thành phố Đà Lạt chỉnh trang đô thị, treo cờ trên các tuyến phố chính.")
    assert [t["assignees"] for t in found] == [["Công an tỉnh"], ["UBND thành phố Đà Lạt"]]
