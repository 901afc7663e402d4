"""One test per mechanism of assignment the task rules read, on made-up sentences whose bodies,
verbs and wording differ from the development documents' (the rules must hold for the language,
not for those documents)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.bodies import split_bodies

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: {number}
{subject}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đà Lạt, ngày 12 tháng 8 năm 2024

{body}
"""
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
TO = "Kính gửi:\n- Sở Tài chính;\n- Ủy ban nhân dân các huyện, thành phố.\n\n"


def letter(body: str, to: str = TO) -> list[dict]:
    text = HEADER.format(number="512/UBND-KT", subject="V/v triển khai công tác quản lý", body=to + body + FOOT)
    return to_contract(parse_text(text).fields)["tasks"]


def decision(body: str) -> list[dict]:
    text = HEADER.format(number="77/QĐ-UBND", subject="QUYẾT ĐỊNH\nVề việc phê duyệt đề án",
                         body="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
                              "QUYẾT ĐỊNH:\n\n" + body)
    return to_contract(parse_text(text).fields)["tasks"]


def test_giao_x_chu_tri_phoi_hop_voi_y():
    (task,) = letter("Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Công Thương và Ban "
                     "Quản lý các khu công nghiệp tỉnh rà soát danh mục dự án, báo cáo Ủy ban nhân dân tỉnh "
                     "trước ngày 30/9/2024.")
    assert task["lead"] == ["Sở Nông nghiệp và Phát triển nông thôn"]
    assert task["cooperating"] == ["Sở Công Thương", "Ban Quản lý các khu công nghiệp tỉnh"]
    assert task["deadline"] == "2024-09-30"


def test_giao_before_a_body_whose_name_opens_like_a_noun_phrase():
    (task,) = letter("Giao Ban Dân tộc tỉnh hướng dẫn các địa phương triển khai chính sách hỗ trợ đồng bào.")
    assert task["assignees"] == ["Ban Dân tộc tỉnh"]


def test_yeu_cau_x_opening_a_sentence_asks():
    (task,) = letter("Yêu cầu Ủy ban nhân dân các huyện, thành phố chỉ đạo Phòng Tài nguyên và Môi trường rà soát "
                     "hiện trạng sử dụng đất, gửi kết quả về Sở Tài nguyên và Môi trường.")
    assert task["lead"] == ["Ủy ban nhân dân các huyện, thành phố"]
    assert "Phòng Tài nguyên và Môi trường" in task["assignees"]


def test_a_yeu_cau_heading_still_describes():
    tasks = letter("Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:\n1. Yêu cầu:\n- Bảo đảm an toàn, tiết kiệm.\n"
                   "2. Nhiệm vụ:\n- Sở Tài chính thẩm định dự toán kinh phí.")
    assert [t["assignees"] for t in tasks] == [["Sở Tài chính"]]


def test_x_co_trach_nhiem():
    (task,) = letter("Công an tỉnh có trách nhiệm bảo đảm an ninh trật tự tại khu vực diễn ra sự kiện.")
    assert task["assignees"] == ["Công an tỉnh"]


def test_x_phoi_hop_voi_y():
    (task,) = letter("Sở Văn hóa, Thể thao và Du lịch phối hợp với Đài Phát thanh - Truyền hình tỉnh đẩy mạnh "
                     "tuyên truyền về lễ hội.")
    assert task["lead"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert task["cooperating"] == ["Đài Phát thanh - Truyền hình tỉnh"]


def test_headings_that_name_a_body_give_their_items_to_it():
    tasks = letter("Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n1. Sở Xây dựng:\n- Kiểm tra chất lượng công trình;\n"
                   "- Hướng dẫn chủ đầu tư lập hồ sơ hoàn công.\n2. Sở Giao thông vận tải:\n"
                   "- Sửa chữa các tuyến đường bị sạt lở;\n- Lắp đặt biển báo nguy hiểm.")
    assert [(t["text"][:9], t["assignees"]) for t in tasks] == [
        ("Kiểm tra ", ["Sở Xây dựng"]), ("Hướng dẫn", ["Sở Xây dựng"]),
        ("Sửa chữa ", ["Sở Giao thông vận tải"]), ("Lắp đặt b", ["Sở Giao thông vận tải"])]


def test_items_of_a_request_to_a_body():
    tasks = letter("Để triển khai có hiệu quả, Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các huyện, thành phố "
                   "thực hiện các nội dung sau:\n1. Rà soát, thống kê các hộ nghèo trên địa bàn.\n"
                   "2. Lập danh sách đề nghị hỗ trợ gửi Sở Lao động - Thương binh và Xã hội trước ngày 15/9/2024.\n"
                   "3. Tuyên truyền, vận động người dân tham gia bảo hiểm y tế.")
    assert len(tasks) == 3
    assert all(t["assignees"] == ["Ủy ban nhân dân các huyện, thành phố"] for t in tasks)
    assert [t["deadline"] for t in tasks] == [None, "2024-09-15", None]


def test_trach_nhiem_cua_heading_and_the_execution_clause():
    tasks = decision("Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2024 - 2030.\n"
                     "Điều 2. Trách nhiệm của các cơ quan, đơn vị\n"
                     "1. Sở Du lịch: tổ chức thực hiện Đề án; định kỳ hằng năm báo cáo kết quả.\n"
                     "2. Sở Kế hoạch và Đầu tư: cân đối, bố trí vốn đầu tư công.\n"
                     "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Du lịch, Kế hoạch và Đầu tư "
                     "và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    assert [t["assignees"] for t in tasks] == [
        ["Sở Du lịch"], ["Sở Kế hoạch và Đầu tư"],
        ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Du lịch", "Sở Kế hoạch và Đầu tư", "các đơn vị có liên quan"]]


def test_x_can_cu_quyet_dinh_thi_hanh():
    (task,) = decision("Điều 1. Phê duyệt danh sách.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
                       "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân huyện "
                       "Lạc Dương và các cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành./.")
    assert task["assignees"][:3] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Ủy ban nhân dân huyện Lạc Dương"]


@pytest.mark.parametrize("body, to", [
    ("Thời gian: 08 giờ 00 ngày 20/8/2024.\nĐịa điểm: Hội trường Ủy ban nhân dân tỉnh.\n"
     "Thành phần: Lãnh đạo các sở, ngành.", TO),
    ("Trả lời công văn số 45/CV-CT ngày 02/8/2024 của Công ty TNHH Minh Phát, Cục Thuế tỉnh có ý kiến như sau: "
     "Trường hợp doanh nghiệp xuất khẩu hàng hóa thì được áp dụng thuế suất 0%.", "Kính gửi: Công ty TNHH Minh Phát.\n\n"),
])
def test_information_and_replies_give_no_task(body, to):
    assert letter(body, to) == []


def test_quy_co_quan_is_the_body_asked():
    (task,) = letter("Kính đề nghị Quý cơ quan quan tâm, tạo điều kiện để đoàn công tác hoàn thành nhiệm vụ.",
                     "Kính gửi: Cục Hải quan tỉnh Lâm Đồng.\n\n")
    assert task["assignees"] == ["Quý cơ quan"]


@pytest.mark.parametrize("sentence", [
    "Ủy ban nhân dân tỉnh đồng ý chủ trương cho Công ty Cổ phần Đầu tư Lâm Viên khảo sát địa điểm.",
    "Thủ tướng Chính phủ chấp thuận đề xuất của Ủy ban nhân dân tỉnh về việc điều chỉnh quy hoạch.",
])
def test_a_body_that_approves_asks_nothing(sentence):
    assert letter(sentence, "Kính gửi: Công ty Cổ phần Đầu tư Lâm Viên.\n\n") == []


def test_an_approval_followed_by_giao_still_gives_the_task():
    (task,) = letter("Thủ tướng Chính phủ đồng ý đề xuất của Ủy ban nhân dân tỉnh; giao Bộ Xây dựng hướng dẫn "
                     "Ủy ban nhân dân tỉnh thực hiện theo quy định.")
    assert task["lead"] == ["Bộ Xây dựng"]


@pytest.mark.parametrize("names, bodies", [
    ("Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Kế hoạch và Đầu tư",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư"]),
    ("các Sở: Tư pháp, Tài chính và Nội vụ", ["Sở Tư pháp", "Sở Tài chính", "Sở Nội vụ"]),
    ("Giám đốc các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Nội vụ",
     ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]),
])
def test_a_list_of_bodies_is_split_between_names_not_inside_one(names, bodies):
    from dispatch_tools.parse.bodies import split_bodies

    assert split_bodies(names) == bodies


PLAN = HEADER.format(number="90/KH-UBND", subject="KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc năm 2024",
                     body="{body}")


def test_a_plans_body_headings_without_a_colon_give_their_items_and_paragraphs_to_the_body():
    text = PLAN.format(body="I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Chủ động phòng, chống dịch bệnh.\n"
                            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Phát triển nông thôn\n"
                            "- Chủ trì, phối hợp với các địa phương tổ chức tiêm phòng.\n"
                            "- Tổng hợp báo cáo Ủy ban nhân dân tỉnh.\n2. Sở Tài chính\n"
                            "Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n3. Ủy ban nhân dân các huyện, thành phố\n"
                            "- Bố trí lực lượng tiêm phòng.")
    tasks = to_contract(parse_text(text).fields)["tasks"]
    assert [(t["text"][:8], t["lead"]) for t in tasks] == [
        ("Chủ trì,", ["Sở Nông nghiệp và Phát triển nông thôn"]),
        ("Tổng hợp", ["Sở Nông nghiệp và Phát triển nông thôn"]),
        ("Tham mưu", ["Sở Tài chính"]),
        ("Bố trí l", ["Ủy ban nhân dân các huyện, thành phố"])]


def test_items_of_a_directive_name_their_own_bodies():
    text = HEADER.format(number="05/CT-UBND", subject="CHỈ THỊ\nVề tăng cường phòng cháy",
                         body="Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
                              "1. Giám đốc Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Kiểm lâm tăng "
                              "cường tuần tra.\n2. Chủ tịch Ủy ban nhân dân các huyện, thành phố xây dựng phương án "
                              "chữa cháy tại chỗ.")
    tasks = to_contract(parse_text(text).fields)["tasks"]
    assert [t["lead"] for t in tasks] == [["Sở Nông nghiệp và Phát triển nông thôn"],
                                          ["Ủy ban nhân dân các huyện, thành phố"]]
    assert "Chi cục Kiểm lâm" in tasks[0]["assignees"]


def test_list_items_whose_subject_is_a_body_are_asked_of_it_not_of_the_addressees():
    tasks = letter("1. Các đơn vị rà soát danh mục tài sản công.\n2. Các đơn vị báo cáo kết quả rà soát về Sở Tài "
                   "chính.\nThời hạn gửi báo cáo: trước ngày 25/9/2024.")
    assert [t["assignees"] for t in tasks] == [["Các đơn vị"], ["Các đơn vị"]]
    assert [t["deadline"] for t in tasks] == [None, "2024-09-25"]  # the general deadline goes to the report


def test_a_sentence_whose_subject_is_a_kind_of_body_directs():
    (task,) = letter("Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao, chủ động triển khai các giải pháp "
                     "tiết kiệm điện.")
    assert task["assignees"] == ["Các sở, ban, ngành"]


def test_a_cited_rule_is_no_body_even_when_its_first_word_looks_like_one():
    assert letter("Căn cứ các văn bản sau:\n- Quy chế tổ chức và hoạt động của trường trung học;\n"
                  "- Quy định về công tác văn thư.") == []


@pytest.mark.parametrize("opening", ["Căn cứ tình hình thực tế tại địa phương",
                                     "Căn cứ Kế hoạch số 40/KH-SXD ngày 3 tháng 8 năm 2024 của Sở Xây dựng"])
def test_a_dispatch_sentence_that_opens_on_its_basis_and_then_asks(opening):
    (task,) = letter(f"{opening}, đề nghị Ủy ban nhân dân các huyện, thành phố rà soát nhà tạm trên địa bàn./.")
    assert task["assignees"] == ["Ủy ban nhân dân các huyện, thành phố"]
    assert task["text"].startswith(("Căn cứ", "đề nghị")) and task["text"].endswith("rà soát")


def test_a_decisions_basis_line_that_names_a_proposal_is_no_task():
    assert decision("Căn cứ đề nghị của Giám đốc Sở Xây dựng, yêu cầu các huyện thực hiện;\n\n"
                    "Điều 1. Phê duyệt đề án cải tạo chung cư cũ.\n") == []


def test_kinds_of_bodies_listed_with_semicolons_are_all_asked():
    (task,) = letter("Ủy ban nhân dân tỉnh đề nghị các trường học, trung tâm giáo dục; các hợp tác xã, tổ hợp tác; "
                     "các hộ kinh doanh cá thể tham gia hội chợ nông sản./.")
    assert task["assignees"] == ["các trường học, trung tâm giáo dục", "các hợp tác xã, tổ hợp tác",
                                 "các hộ kinh doanh cá thể"]
    (task,) = letter("Ủy ban nhân dân tỉnh đề nghị các trường học tham gia hội chợ; các hợp tác xã chuẩn bị gian hàng./.")
    assert task["assignees"] == ["các trường học"]


def test_a_body_that_has_the_duty_co_nhiem_vu():
    (task,) = letter("Tổ công tác liên ngành có nhiệm vụ kiểm tra, đôn đốc các xã hoàn thành chỉ tiêu./.")
    assert task["assignees"] == ["Tổ công tác liên ngành"]
    tasks = decision("Điều 1. Thành lập Ban Điều hành dự án nước sạch.\n\nĐiều 2. Ban Điều hành có nhiệm vụ giám sát "
                     "tiến độ thi công.\n")
    assert [t["assignees"] for t in tasks] == [["Ban Điều hành"]]


def test_a_team_whose_name_holds_a_verb_and_a_body_of_persons_and_organisations():
    (task,) = letter("Đề nghị Đoàn kiểm tra liên ngành của tỉnh làm việc với các huyện theo lịch./.")
    assert task["assignees"] == ["Đoàn kiểm tra liên ngành của tỉnh"]
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, "
                       "các thành viên Tổ giúp việc, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
                       "Quyết định này./.\n")
    assert task["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Xây dựng", "các thành viên Tổ giúp việc",
                                 "các tổ chức, cá nhân có liên quan"]
    (task,) = letter("Đề nghị các phòng, ban, tổ chức, cá nhân trên địa bàn thực hiện./.")
    assert task["assignees"] == ["các phòng, ban, tổ chức, cá nhân trên địa bàn"]


def test_a_leaders_directions_after_as_follows_on_the_same_line():
    tasks = letter("Xét đề nghị của Sở Nội vụ, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau: Sở Xây dựng "
                   "khẩn trương kiểm tra hiện trạng nhà ở công vụ. Ủy ban nhân dân các huyện phối hợp thực hiện./.")
    assert [t["assignees"] for t in tasks] == [["Sở Xây dựng"], ["Ủy ban nhân dân các huyện"]]
    assert letter("Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân như sau: Chủ tịch Ủy ban nhân dân tỉnh tiếp "
                  "công dân vào ngày 15 tháng 8 năm 2024./.") == []


def test_the_clauses_of_an_article_state_rules_unless_someone_is_named():
    assert decision("Điều 1. Ban hành quy chế quản lý vùng nuôi.\n\nĐiều 2. Vùng nuôi và nhà xưởng\n\n"
                    "1. Khu vực nuôi phải bảo đảm khoảng cách an toàn với khu dân cư.\n\n"
                    "2. Nhà xưởng được xây dựng bằng vật liệu bền, dễ làm vệ sinh.\n\n"
                    "a) Bản sao giấy chứng nhận đăng ký kinh doanh;\n\nb) Danh mục thiết bị hiện có của cơ sở.\n") == []


def test_a_heading_that_gives_duties_to_a_body_gives_it_the_clauses_under_it():
    tasks = decision("Điều 1. Ban hành quy chế quản lý vùng nuôi.\n\nĐiều 2. Trách nhiệm của Sở Nông nghiệp và Môi "
                     "trường trong quản lý vùng nuôi chim yến trên địa bàn các huyện miền núi phía tây của tỉnh\n\n"
                     "1. Hướng dẫn các huyện lập danh sách vùng nuôi.\n\n"
                     "2. Phối hợp với Sở Tài chính kiểm tra việc sử dụng kinh phí hỗ trợ.\n\n"
                     "Điều 3. Nhiệm vụ, quyền hạn của Ban Quản lý dự án\n\n1. Lập hồ sơ thiết kế.\n\n"
                     "Điều 4. Nghĩa vụ của Trung tâm Lưu trữ lịch sử của Luật Lưu trữ số 01/2011/QH13\n\n"
                     "1. Công bố danh mục tài liệu lưu trữ.\n")
    assert [t["lead"] for t in tasks] == [["Sở Nông nghiệp và Môi trường"]] * 2 + [["Ban Quản lý dự án"],
                                                                                 ["Trung tâm Lưu trữ lịch sử"]]
    assert tasks[1]["cooperating"] == ["Sở Tài chính"]


def test_a_heading_word_printed_without_marks_among_marked_words_is_no_body():
    tasks = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Quy định về hồ sơ lưu trữ\n\n"
                     "1. Ban Quản lý dự án chủ trì, phối hợp với Sở Xây dựng lập hồ sơ hoàn công.\n")
    assert [t["lead"] for t in tasks] == [["Ban Quản lý dự án"]]
    assert tasks[0]["cooperating"] == ["Sở Xây dựng"]


def test_the_remit_between_a_body_and_its_verb():
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Ủy ban nhân dân cấp huyện, trong phạm vi nhiệm vụ, quyền "
                       "hạn của mình, phối hợp với Sở Tư pháp kiểm tra việc đăng ký hộ tịch.\n")
    assert task["lead"] == ["Ủy ban nhân dân cấp huyện"]
    assert task["cooperating"] == ["Sở Tư pháp"]


def test_a_kind_of_body_named_by_what_it_does_before_its_duty():
    tasks = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Điều kiện hoạt động\n\n"
                     "1. Doanh nghiệp cung cấp dịch vụ lữ hành có trách nhiệm mua bảo hiểm cho khách du lịch.\n\n"
                     "2. Cơ sở tổ chức đào tạo lái xe phải lưu giữ hồ sơ trong hai năm.\n\n"
                     "3. Sở Y tế hướng dẫn các bệnh viện có trách nhiệm báo cáo số ca bệnh.\n")
    assert [t["lead"] for t in tasks] == [["Doanh nghiệp cung cấp dịch vụ lữ hành"],
                                          ["Cơ sở tổ chức đào tạo lái xe"], ["Sở Y tế"]]


def test_a_one_syllable_verb_inside_a_noun_and_an_adverb_before_the_verb():
    (task,) = letter("Đề nghị Ban Quản lý dự án giao thông thường xuyên kiểm tra chất lượng công trình./.")
    assert task["assignees"] == ["Ban Quản lý dự án giao thông"]
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Tổng công ty lưu ký chứng khoán miền Trung định kỳ tiến hành "
                       "đối chiếu số dư tài khoản.\n")
    assert task["assignees"] == ["Tổng công ty lưu ký chứng khoán miền Trung"]


def test_a_request_word_in_an_articles_title_names_its_topic():
    assert decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Yêu cầu đối với hồ sơ đăng ký lưu hành\n\n"
                    "1. Hồ sơ được lập thành hai bộ.\n\n2. Bản sao giấy tờ phải có chứng thực.\n") == []
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Yêu cầu Sở Y tế:\n\n1. Hướng dẫn các cơ sở lập hồ sơ.\n")
    assert task["assignees"] == ["Sở Y tế"]


def test_the_subject_after_an_opening_phrase_with_several_commas_or_thi():
    tasks = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Thủ tục\n\n"
                     "1. Trước khi cấp phép xây dựng, trừ công trình bí mật, công trình khẩn cấp, Ủy ban nhân dân "
                     "cấp xã có trách nhiệm niêm yết công khai hồ sơ.\n\n"
                     "2. Trường hợp hồ sơ chưa đầy đủ thì Sở Xây dựng có văn bản hướng dẫn chủ đầu tư bổ sung.\n")
    assert [t["lead"] for t in tasks] == [["Ủy ban nhân dân cấp xã"], ["Sở Xây dựng"]]


def test_a_team_named_by_its_work_and_a_judges_title():
    tasks = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Thẩm định\n\n"
                     "1. Hội đồng thẩm định cấp tỉnh xem xét hồ sơ trong 15 ngày.\n\n"
                     "2. Chánh án Tòa án nhân dân tỉnh tổ chức kiểm tra việc xét xử.\n")
    assert [t["lead"] for t in tasks] == [["Hội đồng thẩm định cấp tỉnh"], ["Tòa án nhân dân tỉnh"]]


def test_giao_cho_x_names_the_lead_and_a_purpose_passes_nothing_on():
    (task,) = letter("Ủy ban nhân dân tỉnh giao cho Sở Công Thương phối hợp với Sở Tài chính xây dựng phương án "
                     "bình ổn giá./.")
    assert task["lead"] == ["Sở Công Thương"]
    assert task["cooperating"] == ["Sở Tài chính"]
    assert letter("Trong giờ thực hành, giảng viên không chỉ giảng giải cho học viên mà còn gợi mở, hướng dẫn để "
                  "sinh viên phát huy khả năng sáng tạo./.") == []


def test_a_body_named_by_a_common_noun_and_what_follows_it_up_to_the_verb():
    tasks = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Phối hợp xác minh\n\n"
                     "1. Trong thời hạn 10 ngày, kể từ ngày nhận được văn bản của Sở Tư pháp, cơ quan Công an cấp "
                     "huyện có trách nhiệm xác minh nhân thân.\n\n"
                     "2. Căn cứ kết quả xác minh, cơ quan thuế quyết định việc miễn tiền phạt.\n\n"
                     "3. Người nộp hồ sơ không đúng hạn thì cơ quan hải quan hướng dẫn người nộp bổ sung hồ sơ.\n")
    assert [t["lead"] for t in tasks] == [["cơ quan Công an cấp huyện"], ["cơ quan thuế"], ["cơ quan hải quan"]]


def test_a_name_ends_before_khi_and_before_an_adverb_of_manner():
    (task,) = letter("Yêu cầu các cơ quan quyết liệt triển khai các biện pháp phòng, chống dịch./.")
    assert task["assignees"] == ["các cơ quan"]
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Doanh nghiệp khi nhập khẩu hàng mẫu phải nộp lệ phí "
                       "theo quy định.\n")
    assert task["assignees"] == ["Doanh nghiệp"]


def test_giao_in_a_compound_or_a_passive_and_a_right_to_request_ask_nobody():
    assert decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Sáp nhập hợp tác xã\n\n"
                    "1. Tài sản của hợp tác xã bị sáp nhập được chuyển giao cho hợp tác xã mới.\n\n"
                    "2. Nhiệm vụ tìm kiếm cứu nạn là các hoạt động được Chính phủ hoặc cấp có thẩm quyền giao "
                    "các đơn vị quân đội thực hiện.\n") == []
    assert decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Quyền và trách nhiệm của Hội Nông dân tỉnh\n\n"
                    "a) Được yêu cầu các cơ quan báo chí đính chính thông tin sai sự thật.\n") == []


def test_the_clauses_under_a_duties_heading_that_define_or_list_things_ask_nothing():
    tasks = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Trách nhiệm của Sở Nông nghiệp và Môi trường\n\n"
                     "1. Quan trắc viên là công chức được cử theo dõi trạm quan trắc.\n\n"
                     "2. Các chỉ tiêu về chất lượng nước mặt theo quy định tại Phụ lục I;\n\n"
                     "3. Tổng hợp số liệu quan trắc, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert [t["text"][:8] for t in tasks] == ["Tổng hợp"]


def test_a_name_does_not_end_with_va():
    (task,) = letter("Đề nghị Sở Y tế phối hợp với các cơ quan có liên quan và chỉ đạo các bệnh viện tăng cường "
                     "phòng dịch./.")
    assert task["cooperating"] == ["các cơ quan có liên quan"]


def test_a_clause_is_no_list_of_bodies_and_a_subject_before_can_or_a_khi_clause_keeps_its_verb():
    (task,) = letter("Các lực lượng chức năng cần rà soát số tàu cá còn ngoài khơi, nếu còn thì phải kêu gọi vào "
                     "nơi tránh trú./.")
    assert task["assignees"] == ["Các lực lượng chức năng"]
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Các sở, ngành khi lập dự toán kinh phí, thì ưu tiên "
                       "bố trí cho các nhiệm vụ chuyển đổi số.\n")
    assert task["assignees"] == ["Các sở, ngành"]


def test_a_quote_ends_a_name_and_a_possibility_is_no_duty():
    (task,) = letter("Ủy ban nhân dân tỉnh giao Sở Tài chính “thuê đơn vị thẩm định giá độc lập” để kiểm tra lại "
                     "giá đất./.")
    assert task["assignees"] == ["Sở Tài chính"]
    assert decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Xử lý vi phạm\n\nTrường hợp vi phạm, ngoài việc phải dừng "
                    "khai thác, tổ chức, cá nhân còn có thể bị thu hồi giấy phép.\n") == []


def test_a_request_that_an_articles_subject_makes_is_the_subjects_task():
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Trong thời hạn 05 ngày làm việc, Ủy ban nhân dân cấp xã "
                       "phải có văn bản đề nghị Phòng Tư pháp huyện thẩm tra hồ sơ.\n")
    assert task["lead"] == ["Ủy ban nhân dân cấp xã"]


def test_to_chuc_after_a_kind_of_body_in_a_list_is_one_more_body():
    (task,) = letter("Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, các cơ quan, tổ chức liên quan rà soát "
                     "định mức chi./.")
    assert task["cooperating"] == ["Sở Nội vụ", "các cơ quan, tổ chức liên quan"]


def test_answerable_to_a_body_for_an_action_is_a_duty():
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Sở Xây dựng chịu trách nhiệm trước Ủy ban nhân dân tỉnh "
                       "thực hiện quản lý nhà nước về nhà ở.\n")
    assert task["lead"] == ["Sở Xây dựng"]
    assert decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Người ký văn bản chịu trách nhiệm trước pháp luật về nội "
                    "dung văn bản.\n") == []


def test_an_articles_clause_cut_by_the_page_is_no_title_but_a_long_topic_is():
    from dispatch_tools.parse import analyse, document_from_text
    from dispatch_tools.parse.articles import long_title as _long_title

    def long_title(article: str) -> bool:
        text = HEADER.format(number="77/QĐ-UBND", subject="QUYẾT ĐỊNH\nVề việc công nhận", body="QUYẾT ĐỊNH:\n\n"
                             "Điều 1. Công nhận trường đạt chuẩn.\n\nĐiều 2. " + article + "\n")
        ctx = analyse(document_from_text(text))._.dispatch
        (block,) = [b for b in ctx.blocks if b.kind == "article" and b.text.startswith(article[:12])]
        return _long_title(ctx, block)

    assert not long_title("Ông Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Hiệu trưởng "
                          "Trường Trung học phổ thông")
    assert not long_title("Bộ Tài nguyên và Môi trường chủ trì xây dựng, hoàn thiện dự án Luật theo đúng quy định, trình")
    assert long_title("Cơ sở vật chất và trang thiết bị, phương tiện sử dụng cho công tác lưu trữ tài liệu của các cơ "
                      "quan, tổ chức thuộc phạm vi quản lý")
    assert long_title("Trách nhiệm của Sở Nội vụ trong quản lý công tác văn thư, lưu trữ")


def test_the_stop_of_a_short_abbreviation_ends_neither_sentence_nor_name():
    (task,) = letter("Đề nghị Công an TP. Đà Lạt tăng cường tuần tra khu vực chợ đêm.")
    assert task["assignees"] == ["Công an TP. Đà Lạt"]
    (task,) = letter("Yêu cầu Ủy ban nhân dân Q. Tân Phú rà soát các điểm trông giữ xe.")
    assert task["assignees"] == ["Ủy ban nhân dân Q. Tân Phú"]
    two = letter("Đề nghị Sở Y tế kiểm tra các cơ sở. Đề nghị Sở Công Thương theo dõi giá thuốc.")
    assert [t["assignees"] for t in two] == [["Sở Y tế"], ["Sở Công Thương"]]


def test_a_name_ending_in_a_place_ends_before_a_verb_the_lexicon_lacks():
    (task,) = letter("Yêu cầu Ủy ban nhân dân huyện Lạc Dương bảo tồn nguyên trạng khu mộ cổ.")
    assert task["assignees"] == ["Ủy ban nhân dân huyện Lạc Dương"]
    (task,) = letter("Yêu cầu Ủy ban nhân dân huyện Lạc Dương và Ủy ban nhân dân huyện Đam Rông rà soát diện tích rừng.")
    assert task["assignees"] == ["Ủy ban nhân dân huyện Lạc Dương", "Ủy ban nhân dân huyện Đam Rông"]


def test_a_modal_ends_the_name():
    (task,) = letter("Đề nghị các trường mầm non nên bố trí giáo viên trực trong giờ đón trẻ.")
    assert task["assignees"] == ["các trường mầm non"]


def test_a_kind_of_body_named_by_what_it_does_keeps_its_work():
    (task,) = decision("Điều 1. Ban hành quy trình.\n\nĐiều 2. Trong thời hạn 02 ngày làm việc, cơ quan tiếp nhận "
                       "đơn xem xét đơn và trả lời người nộp.\n")
    assert task["assignees"] == ["cơ quan tiếp nhận đơn"]
    (task,) = decision("Điều 1. Ban hành quy trình.\n\nĐiều 2. Trường hợp hồ sơ đủ điều kiện thì đơn vị quản lý "
                       "công chức giải quyết chế độ cho công chức.\n")
    assert task["assignees"] == ["đơn vị quản lý công chức"]
    # plural kinds are the subject of their first verb
    (task,) = letter("Đề nghị các đơn vị xây dựng kế hoạch triển khai thực hiện.")
    assert task["assignees"] == ["các đơn vị"]


def test_giao_ends_a_name_but_not_inside_a_noun():
    (task,) = decision("Điều 1. Ban hành quy trình.\n\nĐiều 2. Trong thời hạn 05 ngày, Thủ trưởng Trại tạm giam Công "
                       "an tỉnh giao bản sao quyết định cho người bị tạm giam.\n")
    assert task["assignees"] == ["Trại tạm giam Công an tỉnh"]  # the head's title dropped, as before any body
    (task,) = letter("Đề nghị Ban Quản lý dự án giao thông tỉnh kiểm tra tuyến đường tránh.")
    assert task["assignees"] == ["Ban Quản lý dự án giao thông tỉnh"]


def test_a_time_phrase_opening_with_moi_is_no_body():
    assert letter("Mỗi năm, Nhà trường đều tổ chức lấy ý kiến phản hồi của người học.") == []
    (task,) = letter("Đề nghị mỗi đơn vị cử 02 cán bộ tham dự lớp tập huấn.")
    assert task["assignees"] == ["mỗi đơn vị"]


def test_bodies_joined_by_hoac_are_two():
    (task,) = decision("Điều 1. Ban hành quy trình.\n\nĐiều 2. Chi cục Thuế hoặc Phòng Tài chính - Kế hoạch huyện có "
                       "trách nhiệm trả lời người nộp thuế.\n")
    assert task["assignees"] == ["Chi cục Thuế", "Phòng Tài chính - Kế hoạch huyện"]


def test_places_after_a_named_body_are_a_body_of_their_own():
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Bộ Chỉ huy Quân sự tỉnh, địa phương và các cơ quan liên "
                       "quan có trách nhiệm phối hợp thực hiện.\n")
    assert task["assignees"] == ["Bộ Chỉ huy Quân sự tỉnh", "địa phương", "các cơ quan liên quan"]
    (task,) = letter("Đề nghị các sở, ngành, địa phương khẩn trương triển khai.")
    assert task["assignees"] == ["các sở, ngành, địa phương"]


def test_a_verb_of_inquiry_ends_the_name():
    (task,) = letter("Đề nghị Thanh tra tỉnh xác minh nội dung đơn của công dân.")
    assert task["assignees"] == ["Thanh tra tỉnh"]


def test_a_day_of_the_year_after_an_unstated_year_recurs():
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Báo cáo năm: Trung tâm Kiểm soát bệnh tật tỉnh có trách "
                       "nhiệm gửi báo cáo về Sở Y tế trước ngày 15 tháng 01 của năm kế tiếp.\n")
    assert task["deadline"] is None
    (task,) = letter("Đề nghị các đơn vị gửi báo cáo về Sở Y tế trước ngày 15 tháng 01 năm 2025.")
    assert task["deadline"] == "2025-01-15"


def test_a_second_subject_with_its_own_duty_in_a_request_is_an_assignee():
    (task,) = letter("Yêu cầu các đơn vị liên quan phải xử lý dứt điểm các vi phạm, Sở Xây dựng và Ủy ban nhân dân "
                     "huyện Đức Trọng phải tổ chức cưỡng chế.")
    assert task["lead"] == ["các đơn vị liên quan"]
    assert task["assignees"] == ["các đơn vị liên quan", "Sở Xây dựng", "Ủy ban nhân dân huyện Đức Trọng"]
    # a body the action is reported to is no assignee
    (task,) = letter("Đề nghị Sở Y tế kiểm tra các cơ sở, báo cáo Sở Công Thương phải có ý kiến.")
    assert task["assignees"] == ["Sở Y tế"]


def test_a_name_ending_in_a_level_ends_before_a_verb_the_lexicon_lacks():
    (task,) = letter("Yêu cầu Công an huyện hoàn trả phương tiện cho chủ sở hữu.")
    assert task["assignees"] == ["Công an huyện"]
    (task,) = letter("Đề nghị Ủy ban nhân dân huyện nơi có dự án phối hợp thực hiện.")
    assert task["assignees"] == ["Ủy ban nhân dân huyện nơi có dự án"]
    (task,) = letter("Đề nghị Bảo hiểm xã hội tỉnh rà soát việc đóng bảo hiểm.")
    assert task["assignees"] == ["Bảo hiểm xã hội tỉnh"]


def test_a_known_agencys_whole_name_ends_before_a_verb_the_lexicon_lacks():
    (task,) = letter("Đề nghị Sở Y tế hoàn trả kinh phí tạm ứng cho các đơn vị.")
    assert task["assignees"] == ["Sở Y tế"]
    (task,) = letter("Đề nghị Bộ Công an truy nã đối tượng bỏ trốn.")
    assert task["assignees"] == ["Bộ Công an"]
    (task,) = letter("Đề nghị Sở Y tế tỉnh Đắk Nông hoàn trả kinh phí tạm ứng.")
    assert task["assignees"] == ["Sở Y tế tỉnh Đắk Nông"]


def test_a_comma_after_thi_is_in_the_subject_not_after_the_opening_phrase():
    (task,) = decision("Điều 1. Ban hành quy chế.\n\nĐiều 2. Trường hợp hồ sơ không hợp lệ thì cơ quan, đơn vị tiếp "
                       "nhận hồ sơ thông báo bằng văn bản cho người nộp.\n")
    assert task["assignees"] == ["cơ quan, đơn vị tiếp nhận hồ sơ"]


def test_the_body_bao_cao_takes_as_its_object_is_reported_to():
    text = HEADER.format(number="512/UBND-KT", subject="V/v rà soát hồ sơ",
                         body=TO + "Giao Sở Tư pháp rà soát hồ sơ, báo cáo Ủy ban nhân dân tỉnh kết quả trước ngày "
                                   "30/9/2024." + FOOT)
    contract = to_contract(parse_text(text).fields)
    (detail,) = contract["task_details"]
    assert detail["report"] is True and detail["report_to"] == "Ủy ban nhân dân tỉnh"
    assert contract["report"]["to"] == "Ủy ban nhân dân tỉnh"


def test_bodies_after_cung_voi_cooperate():
    (task,) = letter("Đề nghị Sở Xây dựng cùng với Sở Giao thông vận tải kiểm tra hành lang an toàn đường bộ.")
    assert task["lead"] == ["Sở Xây dựng"] and task["cooperating"] == ["Sở Giao thông vận tải"]
    (task,) = letter("Đề nghị Sở Xây dựng kiểm tra hồ sơ cùng với việc rà soát giấy phép.")
    assert task["assignees"] == ["Sở Xây dựng"]


def test_a_related_or_competent_kind_of_body_ends_before_its_verb():
    (task,) = letter("Giao Công an tỉnh, Sở Công Thương và các cơ quan liên quan điều tra, xử lý các vi phạm về buôn lậu.")
    assert task["assignees"] == ["Công an tỉnh", "Sở Công Thương", "các cơ quan liên quan"]
    (task,) = letter("Đề nghị các cơ quan chức năng điều tra, xử lý nghiêm các trường hợp vi phạm.")
    assert task["assignees"] == ["các cơ quan chức năng"]
    (task,) = letter("Đề nghị các cơ quan, đơn vị có liên quan trên địa bàn tỉnh phối hợp thực hiện.")
    assert task["assignees"] == ["các cơ quan, đơn vị có liên quan trên địa bàn tỉnh"]


def test_a_kind_of_organisation_opens_a_body():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Tổ chức tín dụng trên địa bàn tỉnh có trách nhiệm báo cáo "
                       "Sở Tài chính kết quả cho vay hằng quý.\n")
    assert task["lead"] == ["Tổ chức tín dụng trên địa bàn tỉnh"]
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Tổ chức khoa học và công nghệ có trách nhiệm bố trí nhân lực "
                       "tham gia đề án.\n")
    assert task["lead"] == ["Tổ chức khoa học và công nghệ"]


def test_an_article_of_rules_asks_only_the_duties_it_names():
    tasks = decision("Điều 1. Nguyên tắc hỗ trợ\n\n1. Việc hỗ trợ phải công khai, minh bạch, đúng đối tượng.\n\n"
                     "2. Sở Lao động - Thương binh và Xã hội có trách nhiệm công bố danh sách hộ được hỗ trợ.\n\n"
                     "Điều 2. Phạm vi và đối tượng áp dụng\n\n1. Quyết định này áp dụng đối với:\n\na) Hộ nghèo trên địa "
                     "bàn tỉnh;\n\nb) Cơ quan quản lý nhà nước có liên quan.\n")
    assert [t["lead"] for t in tasks] == [["Sở Lao động - Thương binh và Xã hội"]]


def test_a_request_told_of_is_not_asked_again():
    assert letter("Ủy ban nhân dân huyện đã có văn bản đề nghị Sở Giao thông vận tải sửa chữa cầu treo Đạ Nhim.") == []
    (task,) = letter("Sở Y tế đã yêu cầu các bệnh viện rà soát thuốc; nay đề nghị các bệnh viện báo cáo kết quả rà soát.")
    assert task["assignees"] == ["các bệnh viện"]


def test_a_thing_handed_over_or_a_purpose_asks_nothing():
    tasks = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Sau khi thu tiền, Kho bạc Nhà nước lưu 01 liên chứng từ và "
                     "giao cho chủ tài khoản 02 liên chứng từ.\n")
    assert not any("chủ tài khoản" in name for task in tasks for name in task["assignees"])
    (task,) = letter("Giao cho Sở Tài chính chủ trì, phối hợp với các sở thẩm định dự toán.")
    assert task["lead"] == ["Sở Tài chính"]
    assert letter("Đoàn trường tổ chức buổi nói chuyện chuyên đề nhằm kêu gọi các đoàn viên tham gia hiến máu.") == []


def test_a_kind_of_health_or_school_establishment_is_a_body_of_its_own_in_a_list():
    (task,) = letter("Đề nghị Bảo hiểm xã hội tỉnh chủ trì, phối hợp với Sở Y tế, cơ sở khám bệnh, chữa bệnh rà soát chi "
                     "phí khám bệnh vượt dự toán.")
    assert task["cooperating"] == ["Sở Y tế", "cơ sở khám bệnh, chữa bệnh"]


def test_banks_groups_party_and_mass_bodies_open_a_body_of_their_own_in_a_list():
    (task,) = letter("Bộ Tài chính chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Ngân hàng Nhà nước Việt Nam đề xuất cơ chế "
                     "tài chính, báo cáo Thủ tướng Chính phủ.")
    assert task["cooperating"] == ["Bộ Kế hoạch và Đầu tư", "Ngân hàng Nhà nước Việt Nam"]
    (task,) = letter("Đề nghị Sở Nội vụ, Tỉnh đoàn, Liên đoàn Lao động tỉnh, Tập đoàn Điện lực Việt Nam phối hợp tổ chức "
                     "hội thi.")
    assert task["assignees"] == ["Sở Nội vụ", "Tỉnh đoàn", "Liên đoàn Lao động tỉnh", "Tập đoàn Điện lực Việt Nam"]
    assert split_bodies("Bộ Văn hóa, Thể thao và Du lịch, Vụ Pháp chế") == ["Bộ Văn hóa, Thể thao và Du lịch", "Vụ Pháp chế"]
    # a bare level before a youth union shares its "đoàn": one kind of body, not two
    assert split_bodies("Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc") == [
        "Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc"]


def test_persons_addressed_in_an_execution_clause():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Các ông (bà) Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở "
                       "Nội vụ và ông Nguyễn Văn Bình chịu trách nhiệm thi hành Quyết định này./.\n")
    assert task["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "ông Nguyễn Văn Bình"]


def test_a_call_to_give_ends_the_names_before_chung_tay():
    (task,) = letter("Ủy ban nhân dân tỉnh trân trọng kêu gọi Quý doanh nghiệp, nhà hảo tâm chung tay ủng hộ đồng bào "
                     "vùng lũ.")
    assert task["assignees"] == ["Quý doanh nghiệp", "nhà hảo tâm"]


def test_a_subject_after_a_time_adverb_or_after_a_label_and_its_opening_phrase():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Kinh phí\n\na) Hằng năm Sở Tài chính có trách nhiệm báo cáo "
                       "quyết toán kinh phí đã sử dụng.\n")
    assert task["lead"] == ["Sở Tài chính"]
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Thanh quyết toán\n\n- Quyết toán kinh phí: Tối đa 30 ngày sau khi "
                       "kết thúc đề án, Sở Y tế tập hợp chứng từ gửi Sở Tài chính.\n")
    assert task["lead"] == ["Sở Y tế"]


def test_a_kind_of_body_with_a_proper_name_runs_to_its_verb():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Kinh phí\n\na) Hằng năm, các cơ quan đại diện Việt Nam ở nước "
                       "ngoài có trách nhiệm báo cáo quyết toán kinh phí đã sử dụng.\n")
    assert task["lead"] == ["các cơ quan đại diện Việt Nam ở nước ngoài"]


def test_a_commander_is_a_title_and_thuc_hien_viec_is_one_verb():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Chỉ huy cơ quan, đơn vị thực hiện việc báo cáo kết quả giải "
                       "quyết khiếu nại lên cơ quan cấp trên.\n")
    assert task["assignees"] == ["cơ quan, đơn vị"]


def test_the_duties_of_an_authorised_person_are_theirs():
    tasks = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Trách nhiệm của người có thẩm quyền giải quyết khiếu nại\n\n"
                     "a) Phối hợp với Sở Tư pháp rà soát hồ sơ khiếu nại;\n\nb) Báo cáo kết quả giải quyết với Ủy ban "
                     "nhân dân tỉnh.\n")
    assert [t["lead"] for t in tasks] == [["người có thẩm quyền giải quyết khiếu nại"]] * 2
    assert tasks[0]["cooperating"] == ["Sở Tư pháp"]


def test_a_request_being_made_elsewhere_is_told_of():
    assert letter("Sở Tài chính đang đề nghị Bộ Tài chính bổ sung kinh phí sửa chữa trường học cho tỉnh.") == []


def test_clauses_joined_by_semicolons_each_with_its_body_are_tasks_of_their_own():
    tasks = letter("Ủy ban nhân dân tỉnh giao nhiệm vụ như sau: Sở Công Thương chủ trì kiểm tra thị trường; Công an tỉnh "
                   "phối hợp xử lý vi phạm.")
    assert [t["assignees"] for t in tasks] == [["Sở Công Thương"], ["Công an tỉnh"]]
    assert letter("Sở Y tế đã kiểm tra 20 cơ sở; Sở Công Thương đã xử phạt 5 cơ sở.") == []


def test_an_approval_under_a_label_and_a_reply_for_information_ask_nothing():
    tasks = letter("Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n1. Về đề xuất của Sở Nội vụ tại Tờ trình số 12/TTr-SNV: "
                   "Đồng ý chủ trương tổ chức hội nghị.\n\n2. Giao Sở Nội vụ phối hợp với Văn phòng Ủy ban nhân dân tỉnh "
                   "chuẩn bị nội dung hội nghị.")
    assert [t["assignees"] for t in tasks] == [["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"]]
    assert letter("Sau khi xem xét, Bộ Tài chính có ý kiến như sau:\n\nTheo quy định tại Thông tư số 78/2014/TT-BTC thì "
                  "khoản chi phí này được tính vào chi phí được trừ.\n\nBộ Tài chính trả lời để Công ty biết.") == []


def test_the_rows_of_a_task_table_read_from_a_docx_or_pdf_are_tasks():
    rows = ["STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
            "I\tNhóm nhiệm vụ về hạ tầng\t\t\t",
            "1\tRà soát hệ thống thủy lợi\tSở Nông nghiệp và Phát triển nông thôn\tSở Tài chính, Ủy ban nhân dân các "
            "huyện\tQuý III/2024",
            "2\tXây dựng cơ sở dữ liệu đất đai\tSở Tài nguyên và Môi trường\tSở Thông tin và Truyền thông\tNăm 2025",
            "3\tTuyên truyền kế hoạch\tSở Thông tin và Truyền thông\tBáo Lâm Đồng\tThường xuyên"]
    tasks = letter("Ủy ban nhân dân tỉnh giao nhiệm vụ cụ thể như sau:\n\n" + "\n".join(rows) + "\n\nĐề nghị các cơ quan "
                   "triển khai thực hiện.")
    assert [(t["lead"], t["cooperating"], t["deadline"]) for t in tasks[:3]] == [
        (["Sở Nông nghiệp và Phát triển nông thôn"], ["Sở Tài chính", "Ủy ban nhân dân các huyện"], "2024-09-30"),
        (["Sở Tài nguyên và Môi trường"], ["Sở Thông tin và Truyền thông"], "2025-12-31"),
        (["Sở Thông tin và Truyền thông"], ["Báo Lâm Đồng"], None)]
    assert [t["text"] for t in tasks[:3]] == ["Rà soát hệ thống thủy lợi", "Xây dựng cơ sở dữ liệu đất đai",
                                              "Tuyên truyền kế hoạch"]


def test_an_execution_clause_opened_by_military_titles_and_a_plural_head_without_a_colon():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị, chỉ huy các cơ "
                       "quan, đơn vị và cá nhân liên quan chịu trách nhiệm thi hành Quyết định này.\n")
    assert task["assignees"] == ["Tổng Tham mưu trưởng", "Tổng cục Chính trị", "các cơ quan, đơn vị và cá nhân liên quan"]
    assert split_bodies("các Bộ Tài chính, Kế hoạch và Đầu tư, Tư pháp") == ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư",
                                                                            "Bộ Tư pháp"]
    assert split_bodies("các bộ Tài chính, Giao thông vận tải, và TP. HCM") == ["Bộ Tài chính", "Bộ Giao thông vận tải",
                                                                               "TP. HCM"]
    assert split_bodies("Sở Y tế, Sở Tài chính, và các cơ quan liên quan") == ["Sở Y tế", "Sở Tài chính",
                                                                               "các cơ quan liên quan"]


def test_responsible_for_doing_something_is_a_duty_but_for_a_content_is_not():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Người đứng đầu cơ quan chịu trách nhiệm về việc quản lý, sử dụng "
                       "con dấu.\n")
    assert task["assignees"] == ["cơ quan"]
    assert decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Người ký văn bản chịu trách nhiệm về nội dung văn bản.\n") == []


def test_a_request_reported_or_in_a_relative_clause_or_told_is_not_asked():
    assert letter("Một số hộ dân cho rằng đập thủy điện làm mực nước giảm và kêu gọi chính quyền ngừng kế hoạch.") == []
    assert letter("Đã quá thời hạn mà Sở Tài chính yêu cầu các huyện nộp báo cáo quyết toán.") == []
    assert letter("Về công tác thông tin, tôi đã yêu cầu các sở, ngành chủ động cung cấp thông tin cho báo chí.") == []
    (task,) = letter("Về công tác thông tin, đề nghị các sở, ngành chủ động cung cấp thông tin cho báo chí.")
    assert task["assignees"] == ["các sở, ngành"]
    (task,) = letter("Đề nghị các tòa án tạo điều kiện cho người tham gia phiên tòa tra cứu hồ sơ.")
    assert task["assignees"] == ["các tòa án"]


def test_the_bearer_of_an_articles_duty_may_be_a_kind_the_lexicon_does_not_know():
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Tập sự\n\n1. Người hướng dẫn tập sự có trách nhiệm giám sát, kiểm "
                       "tra công việc của người tập sự.\n\n2. Việc đánh giá kết quả tập sự có trách nhiệm bảo đảm khách "
                       "quan.\n")
    assert task["assignees"] == ["Người hướng dẫn tập sự"]
    (task,) = decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Vận hành hồ chứa\n\n1. Chủ quản lý công trình thủy lợi có trách "
                       "nhiệm lập phương án ứng phó với hạn hán.\n")
    assert task["assignees"] == ["Chủ quản lý công trình thủy lợi"]


def test_accountable_as_a_whole_and_a_definition_are_no_duty():
    assert decision("Điều 1. Phê duyệt đề án.\n\nĐiều 2. Trách nhiệm\n\nGiám đốc Sở Nội vụ chịu trách nhiệm toàn diện trước "
                    "Ủy ban nhân dân tỉnh và trước pháp luật về các nội dung được phân cấp.\n") == []
    assert decision("Điều 1. Giải thích từ ngữ\n\n1. Chủ tịch Hội đồng giải quyết sự cố là người chủ trì giải quyết sự cố "
                    "tại hiện trường.\n\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n") == []


def test_a_request_told_of_is_found_near_its_word_in_a_long_clause():
    assert letter("Ủy ban nhân dân tỉnh rà soát giá đất của các khu đất còn lại đã thỏa thuận giao cho các nhà đầu tư "
                  "thực hiện dự án.") == []


def test_a_law_that_delegates_a_rule_gives_no_task_but_a_request_to_rule_does():
    from tests.test_parse_task_names import decree

    assert decree("Chính phủ quy định chi tiết khoản 2 Điều này.") == []
    (task,) = letter("Giao Sở Nội vụ quy định cụ thể lịch trực của các cơ quan trong dịp nghỉ lễ.")
    assert task["assignees"] == ["Sở Nội vụ"]
