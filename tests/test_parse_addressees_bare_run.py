"""Addressees whose dashes were lost after the first, one under another with no blank line
between them, right above the body's opener (a page whose list markers a dump dropped, or
pasted with a blank line after every line, read back as single breaks); made-up dispatches."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = """HỘI NÔNG DÂN VIỆT NAM
BAN THƯỜNG VỤ TỈNH HÀ NAM

Số: 215-CV/HNDT
V/v giới thiệu nông dân tiêu biểu năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 04 tháng 6 năm 2025

"""
LIST = """Kính gửi:   - Hội Nông dân các huyện, thị xã
Các hợp tác xã nông nghiệp trên địa bàn tỉnh
Các doanh nghiệp, trang trại; hộ sản xuất kinh doanh giỏi
"""
BODY = """Căn cứ Kế hoạch số 12-KH/HNDT ngày 10 tháng 1 năm 2025 của Ban Thường vụ Hội Nông dân tỉnh về tổ chức các hoạt động năm 2025.

Ban Thường vụ Hội Nông dân tỉnh đề nghị các đơn vị lựa chọn, giới thiệu nông dân tiêu biểu, gửi hồ sơ về Văn phòng Hội trước ngày 30/6/2025.

Nơi nhận:
Như trên;
Lưu: VP.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Bình
"""
ENTRIES = ["Hội Nông dân các huyện, thị xã", "Các hợp tác xã nông nghiệp trên địa bàn tỉnh",
           "Các doanh nghiệp, trang trại; hộ sản xuất kinh doanh giỏi"]


def test_addressees_one_under_another_above_the_opener():
    data = to_contract(parse_text(HEAD + LIST + BODY).fields)
    assert data["recipients"] == ENTRIES


def test_addressees_of_a_page_with_a_blank_line_after_every_line():
    page = "\n\n".join((HEAD + LIST + BODY).split("\n")).replace("\n\n\n\n\nKính", "\n\n\n\n\n\n\nKính")
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ENTRIES


def test_a_name_wrapped_leaves_its_shorter_part_on_the_next_line():
    page = HEAD + "Kính gửi:   - Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh\nHà Nam\n" + BODY
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh Hà Nam"]


def test_a_name_that_has_not_ended_goes_on():
    page = HEAD + "Kính gửi:   - Hội Nông dân các huyện, thị xã,\nThành phố Phủ Lý và các hội viên nông dân\n" + BODY
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Hội Nông dân các huyện, thị xã, Thành phố Phủ Lý và các hội viên nông dân"]


def test_the_last_entry_a_blank_line_above_the_opener():
    data = to_contract(parse_text(HEAD + LIST + "\n" + BODY).fields)
    assert data["recipients"] == ENTRIES


def test_a_list_under_the_cue_alone_on_its_line():
    page = HEAD + "Kính gửi:\nSở Tài chính\nSở Kế hoạch và Đầu tư\nỦy ban nhân dân các huyện, thành phố\n\n" + BODY
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Ủy ban nhân dân các huyện, thành phố"]


def test_one_name_on_two_lines_under_the_cue_stays_one():
    page = HEAD + "Kính gửi:\nBan Quản lý\nCác khu công nghiệp tỉnh Hà Nam\n" + BODY
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Ban Quản lý Các khu công nghiệp tỉnh Hà Nam"]


def test_a_line_without_the_dash_the_others_keep_is_a_wrap():
    page = HEAD + "Kính gửi:\n- Sở Tài chính\n- Ủy ban nhân dân các huyện\nThành phố Phủ Lý và thị xã Duy Tiên\n" + BODY
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Sở Tài chính", "Ủy ban nhân dân các huyện Thành phố Phủ Lý và thị xã Duy Tiên"]


def test_short_names_each_opening_with_a_body_head():
    page = HEAD + "Kính gửi:\nSở Tài chính\nSở Nội vụ\nỦy ban nhân dân các huyện\n\n" + BODY
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân các huyện"]

