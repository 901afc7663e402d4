"""A list read by its markers asks no more than its lines read as paragraphs would: an item under a
notice that names a body with no action the lexicon knows, or a numbered heading over what happened,
asks nothing; a line opening with the issuer and what it does names no bodies for the items after it;
an item between items of its list that direct bodies directs too. Each case is also checked with its
markers lost (the same words as paragraphs)."""

from __future__ import annotations

import re

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEADER = """ỦY BAN NHÂN DÂN
HUYỆN TÂN UYÊN
Số: 88/UBND-VP
V/v một số nội dung trong tháng 4

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Uyên, ngày 02 tháng 4 năm 2025

Kính gửi: Các cơ quan, đơn vị thuộc huyện

"""
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n"


def tasks(body: str, markers: bool = True) -> list[dict]:
    if not markers:
        body = re.sub(r"(?m)^(?:\d{1,2}\.|[a-zđ]\)|[-–•+])[ \t]+", "", body)
    return to_contract(parse_text(HEADER + body + FOOT).fields)["tasks"]


@pytest.mark.parametrize("markers", [True, False])
def test_an_item_of_a_notice_with_a_body_and_no_known_action_asks_nothing(markers):
    found = tasks("Ủy ban nhân dân huyện thông báo lịch làm việc dịp Giỗ Tổ Hùng Vương như sau:\n"
                  "1. Cán bộ, công chức được nghỉ từ ngày 06/4/2025 đến hết ngày 07/4/2025.\n"
                  "2. Các cơ quan, đơn vị làm việc bình thường từ ngày 08/4/2025.\n"
                  "3. Văn phòng HĐND và UBND huyện bố trí cán bộ trực trong các ngày nghỉ.", markers)
    assert [t["assignees"] for t in found] == [["Văn phòng HĐND và UBND huyện"]]


def test_an_item_of_an_opinion_with_a_body_and_a_word_the_lexicon_lacks_still_asks():
    found = tasks("Ủy ban nhân dân huyện có ý kiến như sau:\n"
                  "1. Phòng Tài nguyên và Môi trường tăng tần suất kiểm tra các điểm tập kết rác.\n"
                  "2. Ủy ban nhân dân các xã rà soát các điểm xả thải trái phép.")
    assert [t["assignees"] for t in found] == [["Phòng Tài nguyên và Môi trường"], ["Ủy ban nhân dân các xã"]]


@pytest.mark.parametrize("markers", [True, False])
def test_a_numbered_heading_over_what_happened_is_no_task(markers):
    found = tasks("1. Kết quả thu ngân sách quý I\n"
                  "Trong quý I năm 2025, tổng thu ngân sách trên địa bàn huyện đạt 45% dự toán.\n"
                  "2. Nhiệm vụ quý II\n"
                  "Ủy ban nhân dân huyện đề nghị Chi cục Thuế khu vực:\n"
                  "- Đôn đốc thu các khoản nợ đọng thuế.\n"
                  "- Báo cáo kết quả thu về Ủy ban nhân dân huyện trước ngày 30/6/2025.", markers)
    assert [t["text"][:20] for t in found] == ["Đôn đốc thu các khoả", "Báo cáo kết quả thu "]
    assert all(t["assignees"] == ["Chi cục Thuế khu vực"] for t in found)


def test_a_numbered_item_that_opens_with_its_action_still_asks_what_it_says():
    (task,) = tasks("1. Nộp hồ sơ đề nghị khen thưởng về Phòng Nội vụ trước ngày 25/4/2025.\n"
                    "2. Số lượng đề nghị khen thưởng không quá 10% tổng số cán bộ.")
    assert task["text"].startswith("Nộp hồ sơ đề nghị khen thưởng")
    assert task["deadline"] == "2025-04-25"


@pytest.mark.parametrize("markers", [True, False])
def test_a_line_opening_with_the_issuer_and_its_act_names_no_bodies_for_its_list(markers):
    found = tasks("Ủy ban nhân dân huyện thành lập Tổ công tác kiểm tra an toàn thực phẩm, gồm:\n"
                  "- Lãnh đạo Phòng Y tế;\n"
                  "- Lãnh đạo Phòng Kinh tế và Hạ tầng;\n"
                  "- Đại diện Công an huyện.\n"
                  "Giao Phòng Y tế xây dựng kế hoạch kiểm tra, trình Ủy ban nhân dân huyện trước ngày 15/4/2025.", markers)
    assert [(t["assignees"], t["deadline"]) for t in found] == [(["Phòng Y tế"], "2025-04-15")]


@pytest.mark.parametrize("markers", [True, False])
def test_an_item_between_items_that_direct_directs_too(markers):
    found = tasks("Ủy ban nhân dân huyện tổ chức Hội nghị tổng kết công tác dân vận năm 2024 vào 14 giờ 00 ngày "
                  "10/4/2025 tại Hội trường Ủy ban nhân dân huyện. Để chuẩn bị Hội nghị, Ủy ban nhân dân huyện "
                  "thống nhất một số nội dung sau:\n"
                  "1. Giao Phòng Nội vụ chuẩn bị báo cáo tổng kết, gửi Văn phòng HĐND và UBND huyện trước ngày 07/4/2025.\n"
                  "2. Văn phòng HĐND và UBND huyện chuẩn bị hội trường và các điều kiện phục vụ Hội nghị.", markers)
    assert [t["assignees"] for t in found] == [["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"]]
    assert found[0]["deadline"] == "2025-04-07"


@pytest.mark.parametrize("markers", [True, False])
def test_a_notice_of_the_points_after_it_informs_as_one_that_ends_with_as_follows(markers):
    found = tasks("Ủy ban nhân dân huyện thông báo đến các cơ sở kinh doanh ăn uống các nội dung sau:\n"
                  "- Nghiêm cấm bày bàn ghế, hàng hóa lấn chiếm vỉa hè trước cơ sở.\n"
                  "- Các cơ sở vi phạm sẽ bị xử lý theo quy định của pháp luật.\n"
                  "Đề nghị các cơ sở kinh doanh ăn uống nghiêm túc thực hiện./.", markers)
    assert [t["assignees"] for t in found] == [["các cơ sở kinh doanh ăn uống"]]


def test_a_top_item_without_a_title_asks_what_it_says_whatever_word_opens_it():
    found = tasks("Để bảo đảm an toàn cho học sinh trong dịp nghỉ hè, Ủy ban nhân dân huyện lưu ý một số nội dung sau:\n"
                  "1. Không tổ chức cho học sinh đi tham quan tại các khu vực sông, hồ, suối.\n"
                  "2. Phối hợp với gia đình quản lý học sinh trong thời gian nghỉ hè.")
    assert [t["text"][:18] for t in found] == ["Không tổ chức cho ", "Phối hợp với gia đ"]


def test_an_item_of_a_notice_with_a_known_action_after_a_long_name_asks():
    found = tasks("Ủy ban nhân dân huyện thông báo như sau:\n"
                  "1. Các trường tiểu học ở các xã miền núi tạm dừng đón học sinh từ ngày 05/4/2025.\n"
                  "2. Cán bộ, công chức được nghỉ bù vào ngày 07/4/2025.")
    # read as a task (the name's last words, "miền núi", are not yet read into the body's name)
    assert [t["text"][:28] for t in found] == ["Các trường tiểu học ở các xã"]
