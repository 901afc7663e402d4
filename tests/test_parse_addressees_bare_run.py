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
