"""Rules found on the study half of the composed task probes (``tests/data/probes/study``), each checked on
dispatches composed for the test: ``phối hợp cung cấp`` (the verb ``cung cấp`` after a bare ``phối hợp``),
a body's first paragraph printed right under a subject with no ``Kính gửi`` between them, …"""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 815/UBND-KT\nNinh Thuận, ngày 14 tháng 8 năm 2025\nV/v báo cáo tình hình thu, chi ngân sách\n"
        "Kính gửi:\n- Sở Tài chính;\n- Ủy ban nhân dân các xã, phường.\n")
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Quốc Nam\n"


def tasks(body: str, head: str = HEAD) -> list[dict]:
    return to_contract(parse_text(head + body + FOOT).fields)["tasks"]


def test_phoi_hop_then_the_verb_cung_cap_is_a_body_cooperating_not_cung_the_preposition():
    got = tasks("1. Sở Tài chính tổng hợp số liệu, báo cáo Ủy ban nhân dân tỉnh.\n"
                "2. Công an tỉnh phối hợp cung cấp số liệu về tình hình an ninh trật tự.\n"
                "3. Kho bạc Nhà nước khu vực XV và Thuế tỉnh phối hợp cung ứng số liệu thu, chi ngân sách.\n")
    assert [t["assignees"] for t in got] == [["Sở Tài chính"], ["Công an tỉnh"],
                                             ["Kho bạc Nhà nước khu vực XV", "Thuế tỉnh"]]
    assert got[1]["cooperating"] == ["Công an tỉnh"] and got[1]["lead"] == []


def test_phoi_hop_cung_with_its_mark_still_names_the_cooperating_body():
    got = tasks("Sở Y tế phối hợp cùng Sở Tài chính kiểm tra việc mua sắm trang thiết bị y tế.\n")
    assert got[0]["lead"] == ["Sở Y tế"] and got[0]["cooperating"] == ["Sở Tài chính"]


INVITATION = ("ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 41/GM-UBND\nBình Minh, ngày 03 tháng 11 năm 2025\nGIẤY MỜI\nHọp triển khai công tác phòng, chống lụt bão\n")


PARAGRAPH = ("Ủy ban nhân dân phường Bình Minh tổ chức họp triển khai công tác phòng, chống lụt bão năm 2025 "
             "trên địa bàn phường.\n")


def test_a_paragraph_right_under_a_subject_without_kinh_gui_is_the_body_not_the_subject():
    body = PARAGRAPH + ("Thời gian: 14 giờ 00, ngày 05/11/2025.\n"
                        "Giao Phòng Kinh tế, Hạ tầng và Đô thị phường chuẩn bị báo cáo và tài liệu cuộc họp.\n")
    data = to_contract(parse_text(INVITATION + body + FOOT).fields)
    assert data["subject"] == "Họp triển khai công tác phòng, chống lụt bão"
    assert [t["assignees"] for t in data["tasks"]] == [["Phòng Kinh tế, Hạ tầng và Đô thị phường"]]


def test_a_subject_wrapped_over_two_short_lines_stays_whole():
    head = INVITATION.replace("Họp triển khai công tác phòng, chống lụt bão\n",
                              "Họp triển khai công tác phòng, chống lụt bão\nvà tìm kiếm cứu nạn năm 2025\n")
    data = to_contract(parse_text(head + PARAGRAPH + FOOT).fields)
    assert data["subject"] == "Họp triển khai công tác phòng, chống lụt bão và tìm kiếm cứu nạn năm 2025"


def test_an_invitation_to_attend_is_no_task_however_many_it_invites():
    # the participants of an event are its information (dev/README.md), a long list of them too
    body = ("Kính mời đồng chí Chỉ huy trưởng Ban Chỉ huy Quân sự phường; Trưởng Công an phường; Trạm trưởng "
            "Trạm Y tế phường; Bí thư Đoàn Thanh niên phường tham dự.\n")
    assert tasks(body) == []
    # an invitation to take part in the work asks it
    got = tasks("Kính mời các cơ quan, đơn vị, doanh nghiệp tham gia đóng góp ý kiến cho dự thảo Quy hoạch.\n")
    assert len(got) == 1


def test_a_plural_head_with_more_kinds_before_the_colon_is_shared_by_the_names_after_it():
    got = tasks("1. Các Sở, ban, ngành: Tài chính, Xây dựng, Nông nghiệp và Môi trường theo chức năng, nhiệm vụ "
                "được giao, phối hợp với Thuế tỉnh rà soát các nguồn thu.\n"
                "2. Thuế tỉnh đôn đốc thu hồi nợ thuế.\n")
    assert got[0]["assignees"] == ["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Thuế tỉnh"]


def test_split_bodies_reads_the_kinds_before_a_colon():
    from dispatch_tools.parse.bodies import split_bodies
    assert split_bodies("các Bộ, ngành: Công an, Quốc phòng") == ["Bộ Công an", "Bộ Quốc phòng"]
    assert split_bodies("Các sở, ngành: Sở Y tế, Công an tỉnh") == ["Sở Y tế", "Công an tỉnh"]
    assert split_bodies("Các sở, ban, ngành tỉnh") == ["Các sở, ban, ngành tỉnh"]


def test_ra_quan_ends_the_name_of_a_body_in_a_later_clause():
    got = tasks("Đề nghị các tổ dân phố vận động hộ gia đình dọn dẹp vệ sinh; đoàn thanh niên phường ra quân "
                "xóa quảng cáo trái phép.\n")
    assert got[0]["assignees"] == ["các tổ dân phố", "đoàn thanh niên phường"]


def test_hiep_hoi_and_canh_sat_open_a_bodys_name():
    got = tasks("Đề nghị Hiệp hội Du lịch tỉnh vận động các doanh nghiệp tham gia kích cầu du lịch.\n"
                "Các tổ dân phố phối hợp với Cảnh sát khu vực rà soát nhân khẩu thực tế cư trú.\n")
    assert got[0]["assignees"][0] == "Hiệp hội Du lịch tỉnh"
    assert got[1]["assignees"] == ["Các tổ dân phố", "Cảnh sát khu vực"]


def test_the_board_that_heads_a_body_is_its_title():
    got = tasks("Đề nghị Ban Giám đốc Bệnh viện Đa khoa tỉnh, Ban Giám hiệu Trường Cao đẳng Y tế tiếp nhận "
                "sinh viên thực tập.\n")
    assert got[0]["assignees"] == ["Bệnh viện Đa khoa tỉnh", "Trường Cao đẳng Y tế"]


def test_kinds_in_small_letters_after_a_plural_are_one_assignee():
    from dispatch_tools.parse.bodies import split_bodies
    assert split_bodies("các cơ quan, đơn vị, doanh nghiệp") == ["các cơ quan, đơn vị, doanh nghiệp"]
    assert split_bodies("các cấp ủy, tổ chức đảng") == ["các cấp ủy, tổ chức đảng"]
    assert split_bodies("các phóng viên, nhà báo") == ["các phóng viên, nhà báo"]
    # a body with a name of its own after them is one more body
    assert split_bodies("các sở, ngành, Ủy ban nhân dân các huyện") == ["các sở, ngành", "Ủy ban nhân dân các huyện"]
    assert split_bodies("Sở Tài chính, doanh nghiệp có liên quan") == ["Sở Tài chính", "doanh nghiệp có liên quan"]
