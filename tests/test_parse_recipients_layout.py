"""Addressees and subject of a page read by OCR in a layout other than the usual one: entries
wrapped where the lines break, a blank line read inside an entry, a subject parted from the head."""

from __future__ import annotations

from dispatch_tools.parse import parse_text

HEAD = """UỶ BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 1452/UBND-VX
V/v triển khai công tác phòng chống dịch bệnh mùa mưa lũ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 12 tháng 9 năm 2023

"""

BODY = """
Thực hiện chỉ đạo của Bộ Y tế về công tác phòng chống dịch bệnh trong mùa mưa lũ, Ủy ban
nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai các nội dung sau:
"""


def _recipients(block: str) -> list[str]:
    return parse_text(HEAD + block + BODY).fields.recipients


def test_entry_after_a_lost_dash_wraps_after_a_blank_line():
    # "…;" then an entry whose dash was lost; that entry wraps onto a second line
    block = """Kính gửi:
- Các sở, ban, ngành cấp tỉnh;

Ủy ban nhân dân các huyện, thị xã, thành phố trực thuộc
tỉnh.
"""
    assert _recipients(block) == ["Các sở, ban, ngành cấp tỉnh",
                                  "Ủy ban nhân dân các huyện, thị xã, thành phố trực thuộc tỉnh"]


def test_hyphen_of_a_name_wrapped_at_the_start_of_a_line():
    # "Lao động - Thương binh và Xã hội" broken at its hyphen, which then opens a line like a dash
    block = """Kính gửi:
- Ban Chỉ đạo phòng chống dịch tỉnh;
- Các Sở: Y tế, Tài chính, Giáo dục và Đào tạo, Nông nghiệp, Lao động
- Thương binh và Xã hội, Tài nguyên và Môi trường;
- Ủy ban nhân dân các huyện.
"""
    assert _recipients(block) == [
        "Ban Chỉ đạo phòng chống dịch tỉnh",
        "Các Sở: Y tế, Tài chính, Giáo dục và Đào tạo, Nông nghiệp, Lao động - Thương binh và Xã hội, "
        "Tài nguyên và Môi trường",
        "Ủy ban nhân dân các huyện"]


def test_entry_goes_on_in_lower_case_after_a_blank_line():
    block = """Kính gửi:
- Sở Y tế;
- Các Sở: Tài chính, Nội vụ, Thông tin

và Truyền thông, Giao thông vận tải;

- Ủy ban nhân dân các huyện.
"""
    assert _recipients(block) == ["Sở Y tế", "Các Sở: Tài chính, Nội vụ, Thông tin và Truyền thông, Giao thông vận tải",
                                  "Ủy ban nhân dân các huyện"]


def test_bracket_under_a_single_addressee_read_with_a_speck_dash():
    block = """Kính gửi: Công ty TNHH Thương mại Hải Long

-_ (chi nhánh Đông Hà)

(Đ/c: số 15 đường Lê Lợi,
phường 1, thành phố Đông Hà)
"""
    assert _recipients(block) == ["Công ty TNHH Thương mại Hải Long (chi nhánh Đông Hà) "
                                  "(Đ/c: số 15 đường Lê Lợi, phường 1, thành phố Đông Hà)"]


def test_subject_parted_from_a_head_without_number_by_a_blank_line():
    page = """HỘI NÔNG DÂN VIỆT NAM
TỈNH QUẢNG TRỊ
BAN TUYÊN GIÁO

Về việc tham gia cuộc thi viết
“Nông dân với pháp luật”

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 3 tháng 4 năm 2022

Kính gửi: Ban Thường vụ Hội Nông dân các huyện, thị xã, thành phố
Căn cứ Kế hoạch công tác năm 2022 của Ban Thường vụ Hội Nông dân tỉnh, Ban Tuyên giáo đề
nghị các đơn vị tổ chức cho hội viên tham gia cuộc thi.
"""
    assert parse_text(page).fields.subject == "tham gia cuộc thi viết “Nông dân với pháp luật”"


def test_subject_under_a_type_name_with_a_colon_read_at_its_end():
    page = """TỈNH ĐOÀN QUẢNG TRỊ
BAN TUYÊN GIÁO

Số 12 - HD/TĐTN-TG

ĐOÀN TNCS HỒ CHÍ MINH
Quảng Trị, ngày 5 tháng 3 năm 2019

HƯỚNG DẪN
Về việc tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn
và tháng Thanh niên năm 2019:
Thực hiện chương trình công tác năm 2019 của Ban Thường vụ Tỉnh đoàn, Ban Tuyên giáo hướng
dẫn các cơ sở Đoàn tổ chức các hoạt động như sau:
"""
    fields = parse_text(page).fields
    assert fields.doc_type == "Hướng dẫn"
    assert fields.subject == "tổ chức các hoạt động kỷ niệm ngày thành lập Đoàn và tháng Thanh niên năm 2019"


def test_single_addressee_wrapped_right_above_the_body():
    # the body right under it, no blank line between (as an OCR pass of a tight page reads it)
    block = """Kính gửi: Ban Quản lý dự án đầu tư xây dựng các công trình
Giao thông tỉnh Quảng Trị"""
    assert _recipients(block) == ["Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh Quảng Trị"]


def test_two_entries_read_as_one_line_with_a_colon_for_the_semicolon():
    block = """Kính gửi:
- Sở Tài chính:- Ủy ban nhân dân huyện Gio Linh.
"""
    assert _recipients(block) == ["Sở Tài chính", "Ủy ban nhân dân huyện Gio Linh"]
