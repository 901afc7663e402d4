"""Addressees whose dashes were lost after the first, each alone between blank lines above the
body's opener (a page whose list markers a dump dropped, wrapped at 70 characters); made-up
dispatches."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = """HỘI NÔNG DÂN VIỆT NAM
BAN THƯỜNG VỤ TỈNH HÀ NAM

Số: 215-CV/HNDT
V/v giới thiệu nông dân tiêu biểu năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 04 tháng 6 năm 2025

Kính gửi:   - Hội Nông dân các huyện, thị xã, thành phố

Các hợp tác xã nông nghiệp trên địa bàn tỉnh

Các doanh nghiệp, trang trại; hộ sản xuất kinh doanh giỏi

"""
BODY = """Căn cứ Kế hoạch số 12-KH/HNDT ngày 10 tháng 1 năm 2025 của Ban Thường vụ
Hội Nông dân tỉnh về tổ chức các hoạt động năm 2025.

Ban Thường vụ Hội Nông dân tỉnh đề nghị các đơn vị lựa chọn, giới thiệu
nông dân tiêu biểu, gửi hồ sơ về Văn phòng Hội trước ngày 30/6/2025.

Nơi nhận:
Như trên;
Lưu: VP.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Bình
"""


def test_addressees_alone_between_blank_lines_above_the_opener():
    data = to_contract(parse_text(HEAD + BODY).fields)
    assert data["recipients"] == ["Hội Nông dân các huyện, thị xã, thành phố",
                                  "Các hợp tác xã nông nghiệp trên địa bàn tỉnh",
                                  "Các doanh nghiệp, trang trại; hộ sản xuất kinh doanh giỏi"]
    assert not any(t["text"].startswith(("Các hợp tác xã", "Các doanh nghiệp")) for t in data["tasks"])


def test_a_paragraph_that_goes_on_on_the_next_line_is_no_addressee():
    page = HEAD.replace("Các hợp tác xã nông nghiệp trên địa bàn tỉnh\n\nCác doanh nghiệp, trang trại; hộ sản xuất kinh doanh giỏi\n\n",
                        "Ban Thường vụ Hội Nông dân tỉnh đã tổng kết phong trào năm\n2024 và phát động thi đua năm 2025.\n\n")
    data = to_contract(parse_text(page + BODY).fields)
    assert data["recipients"] == ["Hội Nông dân các huyện, thị xã, thành phố"]


def test_specks_read_before_kinh_gui_do_not_hide_the_addressees():
    for specks in ("-'", "`", ".", "_ "):
        text = HEAD.replace("Kính gửi:   - Hội Nông dân các huyện, thị xã, thành phố\n\nCác hợp tác xã nông nghiệp "
                            "trên địa bàn tỉnh\n\nCác doanh nghiệp, trang trại; hộ sản xuất kinh doanh giỏi\n",
                            f"{specks}Kính gửi: Các đơn vị trực thuộc.\n") + BODY
        assert to_contract(parse_text(text).fields)["recipients"] == ["Các đơn vị trực thuộc"], specks
