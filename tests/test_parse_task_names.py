"""Where a body's name ends and whose request a sentence tells, on made-up sentences of the kind a
province's or a ministry's dispatch holds (not taken from any document)."""

from __future__ import annotations

from dispatch_tools.parse.bodies import split_bodies
from tests.test_parse_task_mechanisms import letter


def test_hang_khong_and_khong_quan_are_part_of_a_name():
    (task,) = letter("Cục Hàng không Việt Nam chủ trì, phối hợp với Quân chủng Phòng không - Không quân và "
                     "Sở Giao thông vận tải rà soát phương án bảo đảm an toàn bay tại Cảng hàng không Liên Khương.")
    assert task["lead"] == ["Cục Hàng không Việt Nam"]
    assert task["cooperating"] == ["Quân chủng Phòng không - Không quân", "Sở Giao thông vận tải"]


def test_a_request_not_to_delay_still_ends_the_name_at_khong():
    (task,) = letter("Đề nghị Sở Tài chính không để chậm trễ việc cấp kinh phí cho các xã.")
    assert task["assignees"] == ["Sở Tài chính"]


def test_investors_and_contractors_are_bodies_of_a_list():
    (task,) = letter("Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, các chủ đầu tư và nhà thầu thi công "
                     "kiểm tra tiến độ các công trình trọng điểm.")
    assert task["lead"] == ["Sở Xây dựng"]
    assert task["cooperating"] == ["Sở Tài chính", "các chủ đầu tư", "nhà thầu thi công"]


def test_luu_and_quy_dinh_end_a_name_but_not_inside_luu_tru_or_luu_vuc():
    (keep,) = letter("Đề nghị Văn phòng Ủy ban nhân dân tỉnh lưu hồ sơ gốc theo đúng thời hạn.")
    assert keep["assignees"] == ["Văn phòng Ủy ban nhân dân tỉnh"]
    (rule,) = letter("Giao Sở Nội vụ quy định cụ thể lịch trực của các cơ quan trong dịp nghỉ lễ.")
    assert rule["assignees"] == ["Sở Nội vụ"]
    (stay,) = letter("Đề nghị các cơ sở lưu trú trên địa bàn thực hiện khai báo tạm trú cho khách.")
    assert stay["assignees"] == ["các cơ sở lưu trú trên địa bàn"]
    (basin,) = letter("Đề nghị Ban Quản lý lưu vực sông Đa Nhim cung cấp số liệu mực nước hằng tuần.")
    assert basin["assignees"] == ["Ban Quản lý lưu vực sông Đa Nhim"]


def test_hop_ends_a_name():
    (task,) = letter("Đề nghị các Phòng chuyên môn họp thống nhất danh mục trước ngày 20/8/2024.")
    assert task["assignees"] == ["các Phòng chuyên môn"]
    assert task["deadline"] == "2024-08-20"


def test_a_role_after_a_name_is_no_part_of_it():
    tasks = letter("Giao Trung tâm Kiểm soát bệnh tật tỉnh với vai trò đầu mối tổng hợp số liệu dịch bệnh hằng tuần.")
    assert [t["assignees"] for t in tasks] in ([], [["Trung tâm Kiểm soát bệnh tật tỉnh"]])


def test_a_request_of_voters_or_delegates_is_told_not_asked():
    assert letter("Cử tri huyện Lạc Dương đề nghị Sở Giao thông vận tải sớm sửa chữa tuyến đường liên xã.") == []
    assert letter("Nhiều ý kiến đề nghị Bộ Công Thương công khai lộ trình điều chỉnh giá điện.") == []
    assert letter("Các đại biểu cũng đề nghị Ủy ban nhân dân tỉnh bố trí thêm kinh phí cho giáo dục.") == []


def test_a_request_to_work_with_delegates_still_asks():
    (task,) = letter("Đề nghị Sở Y tế phối hợp với Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh tiếp thu ý kiến "
                     "của cử tri và trả lời bằng văn bản.")
    assert task["lead"] == ["Sở Y tế"]


def test_du_lich_and_thien_tai_hold_no_verb():
    (task,) = letter("Đề nghị Bộ Văn hoá, thể thao và du lịch chủ trì, phối hợp với bộ Tài chính hướng dẫn "
                     "các địa phương thực hiện chính sách kích cầu.")
    assert task["lead"] == ["Bộ Văn hoá, thể thao và du lịch"]
    assert task["cooperating"] == ["bộ Tài chính"]
    (hotels,) = letter("Đề nghị các cơ sở lưu trú du lịch trên địa bàn thực hiện khai báo tạm trú cho khách.")
    assert hotels["assignees"] == ["các cơ sở lưu trú du lịch trên địa bàn"]
    (attend,) = letter("Đề nghị Sở Y tế dự họp đầy đủ, đúng thành phần.")
    assert attend["assignees"] == ["Sở Y tế"]


def test_a_steering_committee_is_named_with_its_work():
    (task,) = letter("Đề nghị Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các huyện triển khai "
                     "phương án ứng phó với mưa lũ.")
    assert task["assignees"] == ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các huyện"]
    (army,) = letter("Yêu cầu Ban Chỉ huy Quân sự huyện xây dựng kế hoạch huấn luyện dân quân.")
    assert army["assignees"] == ["Ban Chỉ huy Quân sự huyện"]


def test_the_office_of_two_councils_is_one_body():
    (task,) = letter("Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ, Văn phòng HĐND và UBND huyện "
                     "tham mưu Ủy ban nhân dân huyện ban hành kế hoạch.")
    assert task["cooperating"] == ["Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"]
    (two,) = letter("Đề nghị Thường trực HĐND và UBND các xã, thị trấn tổ chức tiếp xúc cử tri.")
    assert two["assignees"] == ["Thường trực HĐND", "UBND các xã, thị trấn"]


def test_a_body_of_a_kind_the_dispatch_addresses_acts_when_named_with_its_action():
    # the letter goes to "Các sở, ban, ngành tỉnh" and "Ủy ban nhân dân các huyện, thành phố"
    to = "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các huyện, thành phố.\n\n"
    (task,) = letter("Sở Nội vụ kiểm tra việc chấp hành giờ làm việc tại các cơ quan.", to=to)
    assert task["assignees"] == ["Sở Nội vụ"]
    (district,) = letter("UBND huyện Đơn Dương rà soát, báo cáo số hộ nghèo trước ngày 30/8/2024.", to=to)
    assert district["assignees"] == ["UBND huyện Đơn Dương"]
    assert district["deadline"] == "2024-08-30"
    assert letter("Sở Nội vụ đã kiểm tra việc chấp hành giờ làm việc tại các cơ quan.", to=to) == []
    assert letter("Năm 2023, Sở Nội vụ kiểm tra 15 cơ quan.", to=to) == []


def test_a_body_of_a_kind_not_addressed_does_not_act_on_its_own():
    to = "Kính gửi:\n- Ủy ban nhân dân các huyện, thành phố.\n\n"
    assert letter("Sở Nội vụ kiểm tra việc chấp hành giờ làm việc tại các cơ quan.", to=to) == []


def test_a_provincial_youth_union_after_a_provincial_body_is_a_body_of_its_own():
    (task,) = letter("Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền "
                     "về phòng, chống đuối nước.")
    assert task["assignees"] == ["Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]


def test_an_inspection_told_with_what_it_found_asks_nothing():
    assert letter("Ngày 05/7/2024, Sở Xây dựng phối hợp với UBND thành phố Bảo Lộc kiểm tra công trình thì phát "
                  "hiện nhà thầu thi công sai thiết kế.") == []
    (task,) = letter("Sở Xây dựng phối hợp với UBND thành phố Bảo Lộc kiểm tra các công trình; nếu phát hiện sai "
                     "phạm thì xử lý theo quy định.")
    assert task["lead"] == ["Sở Xây dựng"]


def test_a_project_board_is_named_with_the_works_it_invests_in():
    (task,) = letter("Đề nghị Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh bàn giao mặt bằng "
                     "cho đơn vị thi công.")
    assert task["assignees"] == ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]
    (investors,) = letter("Đề nghị các nhà đầu tư xây dựng nhà ở xã hội theo đúng tiến độ cam kết.")
    assert investors["assignees"] == ["các nhà đầu tư"]


def test_trinh_inside_chuong_trinh_is_no_verb():
    (task,) = letter("Đề nghị Ban Chỉ đạo chương trình mục tiêu quốc gia tỉnh trình UBND tỉnh phê duyệt kế hoạch vốn.")
    assert task["assignees"] == ["Ban Chỉ đạo chương trình mục tiêu quốc gia tỉnh"]


def test_bodies_that_cooperate_after_a_semicolon_cooperate():
    (task,) = letter("Giao Sở Y tế chủ trì; Sở Tài chính, Bảo hiểm xã hội tỉnh phối hợp triển khai cấp thẻ "
                     "bảo hiểm y tế cho trẻ em.")
    assert task["lead"] == ["Sở Y tế"]
    assert task["cooperating"] == ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"]


def test_the_standing_office_a_body_is_named_as_is_no_part_of_its_name():
    (task,) = letter("Sở Lao động - Thương binh và Xã hội là cơ quan thường trực, có trách nhiệm tổng hợp kết quả, "
                     "báo cáo Ủy ban nhân dân tỉnh.")
    assert task["assignees"] == ["Sở Lao động - Thương binh và Xã hội"]


def test_a_council_of_a_kind_of_places_acts_when_named_with_its_action():
    to = "Kính gửi: Các bộ, cơ quan ngang bộ.\n\n"
    (task,) = letter("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo các cơ quan chức năng tăng "
                     "cường kiểm tra hoạt động khai thác cát.", to=to)
    assert task["lead"] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert letter("UBND các huyện đã triển khai tốt việc rà soát hộ nghèo.", to=to) == []


def decree(article: str) -> list[dict]:
    """The tasks of a decree whose fifth article reads ``article`` (its last article, on its effect, aside)."""
    from dispatch_tools.parse import parse_text, to_contract

    text = ("CHÍNH PHỦ\nSố: 45/2024/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Hà Nội, ngày 12 tháng 8 năm 2024\n\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Đường bộ\n\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\nChính phủ ban hành Nghị định quy định chi tiết "
            "một số điều của Luật Đường bộ.\n\nĐiều 5. Quản lý trạm dừng nghỉ\n\n" + article +
            "\n\nĐiều 6. Hiệu lực thi hành\n\nNghị định này có hiệu lực thi hành kể từ ngày ký ban hành.\n\n"
            "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n")
    tasks = to_contract(parse_text(text).fields)["tasks"]
    return [t for t in tasks if "hiệu lực" not in t["text"]]


def test_a_kind_of_body_named_with_its_verb_keeps_it():
    (task,) = letter("Đề nghị các đơn vị sử dụng ngân sách gửi hồ sơ quyết toán năm 2023 qua Dịch vụ công trực tuyến.")
    assert task["assignees"] == ["các đơn vị sử dụng ngân sách"]
    (clinics,) = letter("Đề nghị các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh báo cáo số ca mắc sốt xuất huyết.")
    assert clinics["assignees"] == ["các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh"]
    (users,) = letter("Đề nghị các đơn vị sử dụng hóa đơn điện tử theo quy định.")
    assert users["assignees"] == ["các đơn vị"]


def test_ministries_written_small_in_a_list_are_bodies_of_their_own():
    (task,) = letter("Giao bộ Công an chủ trì, phối hợp với bộ Quốc phòng, bộ Ngoại giao và các địa phương liên quan "
                     "xử lý các vụ xuất cảnh trái phép.")
    assert task["lead"] == ["bộ Công an"]
    assert task["cooperating"] == ["bộ Quốc phòng", "bộ Ngoại giao", "các địa phương liên quan"]
    assert split_bodies("các bộ, ngành, địa phương") == ["các bộ, ngành, địa phương"]


def test_another_bodys_request_of_the_issuer_is_told():
    # the letter is the provincial People's Committee's: a department's request of it asks nobody here
    assert letter("Sở Tài chính đề nghị UBND tỉnh xem xét, bổ sung dự toán cho các trường học.") == []
    (task,) = letter("Sở Tài chính đề nghị UBND các huyện rà soát dự toán của các trường học.")
    assert task["assignees"] == ["UBND các huyện"]
