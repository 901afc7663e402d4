"""Dispatches that carry directions as reported sentences (a leader's or a body's direction told in
full, as the news and the dispatches that pass directions on print them): a body that passes a
direction down to a body named after ``chỉ đạo`` with its action has a task; an assignment that is the
thing an approval agrees to asks nobody."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 415/VPCP-NN\nV/v khắc phục hậu quả mưa lũ\nHà Nội, ngày 14 tháng 10 năm 2026\n")
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Bình\n"


def tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]


def test_a_body_that_directs_a_named_body_to_act_has_a_task_with_both():
    found = tasks("Bộ Công Thương chỉ đạo các công ty điện lực khôi phục ngay việc cấp điện cho các khu dân cư.\n"
                  "Bộ Nông nghiệp và Môi trường chỉ đạo Cục Quản lý đê điều kiểm tra an toàn các tuyến đê xung yếu.\n")
    assert [t["assignees"] for t in found] == [["Bộ Công Thương", "các công ty điện lực"],
                                              ["Bộ Nông nghiệp và Môi trường", "Cục Quản lý đê điều"]]


def test_a_direction_told_as_done_or_without_a_body_to_act_stays_no_task():
    assert tasks("Bộ Công Thương đã chỉ đạo các công ty điện lực khôi phục việc cấp điện.\n") == []
    assert tasks("Bộ Công Thương chỉ đạo quyết liệt việc khôi phục cấp điện.\n") == []


def test_an_assignment_inside_what_an_approval_agrees_to_asks_nobody():
    assert tasks("Trước đó, Ủy ban nhân dân tỉnh đồng ý đề xuất của Sở Xây dựng giao Ban Quản lý dự án "
                 "làm chủ đầu tư công trình.\n") == []
    assert tasks("Năm 2025, Ủy ban nhân dân tỉnh có văn bản chấp thuận chủ trương giao cho Ban Quản lý khu kinh tế "
                 "xem xét điều chỉnh dự án.\n") == []


def test_an_approval_that_then_assigns_still_asks():
    found = tasks("Phó Thủ tướng đồng ý đề xuất của Bộ Xây dựng, giao Bộ Xây dựng hướng dẫn các địa phương thực hiện.\n")
    assert [t["assignees"] for t in found] == [["Bộ Xây dựng"]]


def test_a_plural_level_before_places_names_is_each_place():
    found = tasks("Ủy ban nhân dân thành phố yêu cầu các quận Hải Châu, Thanh Khê, Sơn Trà rà soát các công trình.\n"
                  "Ủy ban nhân dân thành phố yêu cầu Ủy ban nhân dân các huyện Hòa Vang, Hoàng Sa báo cáo kết quả.\n")
    assert [t["assignees"] for t in found] == [["quận Hải Châu", "quận Thanh Khê", "quận Sơn Trà"],
                                              ["Ủy ban nhân dân huyện Hòa Vang", "Ủy ban nhân dân huyện Hoàng Sa"]]


def test_a_plural_level_before_one_region_stays_one_body():
    found = tasks("Thủ tướng yêu cầu các tỉnh Tây Nguyên chủ động ứng phó với mưa lũ.\n")
    assert [t["assignees"] for t in found] == [["các tỉnh Tây Nguyên"]]


def test_the_other_levels_in_the_plural_are_bodies_and_their_marks_count():
    found = tasks("Ủy ban nhân dân thành phố yêu cầu các phường, xã tổ chức tuyên truyền.\n"
                  "Ủy ban nhân dân thành phố yêu cầu các quận rà soát các điểm ngập.\n")
    assert [t["assignees"] for t in found] == [["các phường, xã"], ["các quận"]]
    from dispatch_tools.parse.body_words import starts_body
    assert not starts_body("Các phương tiện giao thông")  # "phương" is no "phường"
    assert not starts_body("Các tính năng mới")  # "tính" is no "tỉnh"


def test_the_bodies_directed_after_an_adverb_are_assignees():
    found = tasks("Yêu cầu Ủy ban nhân dân các tỉnh chỉ đạo ngay các lực lượng chức năng kiểm đếm tàu thuyền.\n"
                  "Đề nghị Sở Y tế chỉ đạo kịp thời các bệnh viện sẵn sàng thuốc men.\n")
    assert [t["assignees"] for t in found] == [["Ủy ban nhân dân các tỉnh", "các lực lượng chức năng"],
                                              ["Sở Y tế", "các bệnh viện"]]


def test_the_request_of_what_a_named_body_did_is_told():
    assert tasks("Cục Đường thủy nội địa đã trình Bộ trưởng hồ sơ thẩm định, đề nghị Bộ xem xét cấp phép.\n") == []


def test_a_request_after_what_bodies_of_a_kind_or_the_issuer_did_still_asks():
    found = tasks("Thời gian qua, các địa phương đã triển khai nhiều giải pháp, đề nghị các địa phương tiếp tục "
                  "rà soát các khu dân cư.\n")
    assert [t["assignees"] for t in found] == [["các địa phương"]]
