"""Names of bodies, table rows, due dates and replies, on made-up sentences of the kind a department's, a
Party body's or a mass organisation's dispatch holds (not taken from any document): a name that ends in
``giáo dục thường xuyên``, a board listed in small letters, the branches of an association, the statistics
office of each province, the Party committee named with a comma, a task table written with pipes only
between its cells, a date to send by beside the date a plan runs to, and the points of a reply."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.bodies import split_bodies
from dispatch_tools.parse.body_words import starts_body
from dispatch_tools.parse.name_end import name_end
from dispatch_tools.parse.text import key
from dispatch_tools.training.body_names import hand_written
from tests.test_parse_task_mechanisms import FOOT, HEADER, letter


def _name(text: str) -> str:
    return text[:name_end(text, key(text), 0, len(text))]


def test_continuing_education_is_part_of_a_name_not_an_adverb():
    assert _name("Phòng Giáo dục Trung học - Giáo dục thường xuyên chủ trì, phối hợp với Văn phòng Sở") == \
        "Phòng Giáo dục Trung học - Giáo dục thường xuyên"
    assert _name("các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên tổ chức tuyển sinh") == \
        "các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"
    assert _name("Sở Y tế thường xuyên theo dõi tình hình dịch bệnh") == "Sở Y tế"  # the adverb still ends a name
    assert _name("Sở Giáo dục và Đào tạo thường xuyên kiểm tra") == "Sở Giáo dục và Đào tạo"


def test_a_board_listed_in_small_letters_keeps_its_name():
    (task,) = letter("Đề nghị Bộ Xây dựng chỉ đạo các chủ đầu tư, ban quản lý dự án trực thuộc đẩy nhanh tiến độ "
                     "các dự án đường bộ cao tốc.")
    assert task["assignees"] == ["Bộ Xây dựng", "các chủ đầu tư, ban quản lý dự án trực thuộc"]


def test_the_branches_of_an_association_are_bodies_and_a_staff_is_not():
    (task,) = letter("Đề nghị Ban Thường vụ Hội Nông dân các xã, phường chỉ đạo các chi hội lựa chọn hộ hội viên "
                     "đủ điều kiện vay vốn.")
    assert task["assignees"] == ["Ban Thường vụ Hội Nông dân các xã, phường", "các chi hội"]
    (task,) = letter("Đề nghị các đảng ủy trực thuộc chỉ đạo đội ngũ báo cáo viên, tuyên truyền viên cơ sở "
                     "tuyên truyền về cuộc bầu cử.")
    assert task["assignees"] == ["các đảng ủy trực thuộc"]


def test_the_statistics_offices_of_the_provinces_and_the_front_committee_are_one_body_each():
    assert split_bodies("Thống kê các tỉnh, thành phố trực thuộc trung ương") == [
        "Thống kê các tỉnh, thành phố trực thuộc trung ương"]
    (task,) = letter("Giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh chỉ đạo Ủy ban Mặt trận Tổ quốc Việt Nam "
                     "tỉnh tổ chức hội nghị.")
    assert task["assignees"] == ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    assert split_bodies("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế") == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]


def test_a_word_that_closes_an_aside_opens_no_body():
    assert not starts_body("quý) thì thời điểm lập hóa đơn là thời điểm Công ty thu tiền")  # "nhiều kỳ (tháng, quý)"
    assert starts_body("Quý cơ quan quan tâm, phối hợp")


def test_a_table_with_pipes_only_between_its_cells_gives_a_task_per_row():
    tasks = letter("Hội LHPN tỉnh triển khai các hoạt động sau:\n\n"
                   "TT | Nội dung hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
                   "1 | Xây dựng đề cương tuyên truyền kỷ niệm Ngày Quốc tế Phụ nữ | Ban Tuyên giáo | Văn phòng | "
                   "Trước ngày 20/02/2026\n"
                   "2 | Thăm, tặng quà phụ nữ có hoàn cảnh khó khăn | Ban Gia đình - Xã hội | Hội LHPN các xã | "
                   "Thường xuyên\n")
    assert [(t["lead"], t["cooperating"], t["deadline"]) for t in tasks] == [
        (["Ban Tuyên giáo"], ["Văn phòng"], "2026-02-20"),
        (["Ban Gia đình - Xã hội"], ["Hội LHPN các xã"], None)]
    assert tasks[0]["text"].startswith("Xây dựng đề cương tuyên truyền")


def test_a_date_to_send_by_wins_over_the_date_a_plan_runs_to():
    (task,) = letter("Đề nghị các chủ đầu tư rà soát tiến độ từng dự án, lập kế hoạch giải ngân chi tiết theo "
                     "từng tháng đến hết ngày 31/01/2027, gửi về Sở Tài chính trước ngày 15/10/2026.")
    assert task["deadline"] == "2026-10-15"
    (task,) = letter("Đề nghị các đơn vị duy trì lực lượng trực đến hết ngày 31/01/2027.")
    assert task["deadline"] == "2027-01-31"  # alone, the end of the span is the deadline


def test_the_report_duty_is_the_one_that_says_to_whom():
    text = HEADER.format(number="512/UBND-KT", subject="V/v triển khai công tác quản lý", body=(
        "Đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:\n\n"
        "1. Tổng hợp, báo cáo kết quả thực hiện trước ngày 20/3/2026.\n\n"
        "2. Xây dựng kế hoạch tổ chức các hoạt động; báo cáo kết quả về Sở Nội vụ trước ngày 14/3/2026.\n" + FOOT))
    report = to_contract(parse_text(text).fields)["report"]
    assert (report["deadline"], report["to"]) == ("2026-03-14", "Sở Nội vụ")


def test_the_points_of_a_reply_ask_nothing():
    text = ("UBND HUYỆN ĐỨC TRỌNG\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 412/TNMT\nĐức Trọng, ngày 02 tháng 4 năm 2025\n"
            "V/v trả lời đơn của ông Nguyễn Văn An\nKính gửi: Ông Nguyễn Văn An, trú tại thôn Định An.\n"
            "Phòng Tài nguyên và Môi trường huyện nhận được đơn của ông đề nghị hướng dẫn thủ tục cấp Giấy chứng "
            "nhận. Sau khi kiểm tra hồ sơ địa chính, Phòng Tài nguyên và Môi trường trả lời như sau:\n"
            "1. Về điều kiện cấp Giấy chứng nhận\n"
            "Trường hợp của hộ ông thuộc đối tượng được xem xét cấp Giấy chứng nhận.\n"
            "2. Về thành phần hồ sơ và nơi nộp hồ sơ\n"
            "Hồ sơ đề nghị cấp Giấy chứng nhận lần đầu gồm: Đơn đăng ký đất đai; bản sao giấy tờ nhân thân. Hồ sơ "
            "được tiếp nhận tại Bộ phận Một cửa huyện.\n"
            "Phòng Tài nguyên và Môi trường trả lời để ông được biết./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nLê Văn Bình\n")
    assert to_contract(parse_text(text).fields)["tasks"] == []


def test_mining_the_names_again_keeps_the_part_written_by_hand():
    text = ("# mined\nVăn hóa, Thể thao\t841\n# Bodies named with a comma (written by hand, not mined)\n"
            "Mặt trận Tổ quốc, các đoàn thể\n")
    assert hand_written(text) == ["# Bodies named with a comma (written by hand, not mined)",
                                  "Mặt trận Tổ quốc, các đoàn thể"]
    assert hand_written("# mined\nVăn hóa, Thể thao\t841\n") == []
