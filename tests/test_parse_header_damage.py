"""Heads and foots with their layout damaged the way web pages and text layers damage it (the words
kept): a blank line after every line, the head's two columns merged onto one line, lines
hard-wrapped at 70 characters. Each page is read as its printed layout is. The wording is made up
(no development document's words)."""

from __future__ import annotations

from dispatch_tools.evaluate.damage import KINDS
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.line_gaps import doubled, single_breaks

PRINTED = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1284/SNNMT-CCTL
V/v tăng cường kiểm tra, gia cố các hồ chứa
nước nhỏ trước mùa mưa lũ năm 2025
Hà Tĩnh, ngày 12 tháng 8 năm 2025

Kính gửi:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Công ty TNHH MTV Thủy lợi Bắc Hà Tĩnh.

Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về công tác phòng, chống thiên tai năm 2025, Sở Nông
nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:

1. Rà soát hiện trạng các hồ chứa nước nhỏ trên địa bàn, hoàn thành trước ngày 30/8/2025.

2. Bố trí lực lượng thường trực tại các hồ xung yếu trong suốt mùa mưa lũ.

Đề nghị các đơn vị khẩn trương triển khai thực hiện./.

Nơi nhận:
- Như trên;
- UBND tỉnh (để báo cáo);
- Giám đốc, các Phó Giám đốc Sở, Chi cục Thủy lợi,
Chi cục Kiểm lâm, Văn phòng Sở;
- Lưu: VT, CCTL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Hùng
"""


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def test_a_page_with_a_blank_line_after_every_line_is_read_as_printed():
    data = parse(KINDS["blank-lines"](PRINTED))
    assert data["subject"] == ("tăng cường kiểm tra, gia cố các hồ chứa nước nhỏ trước mùa mưa lũ năm 2025")
    assert data["issuer"] == "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    assert data["number"] == "1284/SNNMT-CCTL"
    assert data["signer"]["title"] == "PHÓ GIÁM ĐỐC"
    assert data["distribution"] == ["Như trên", "UBND tỉnh (để báo cáo)",
                                    "Giám đốc, các Phó Giám đốc Sở, Chi cục Thủy lợi, Chi cục Kiểm lâm, Văn phòng Sở",
                                    "Lưu: VT, CCTL"]  # the entry wrapped on two lines is one entry
    assert data == parse(PRINTED)


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 86/KH-UBND
Can Lộc, ngày 4 tháng 3 năm 2025

KẾ HOẠCH
TRIỂN KHAI CÔNG TÁC PHÒNG CHỐNG DỊCH BỆNH TRÊN ĐÀN GIA SÚC, GIA CẦM
HUYỆN CAN LỘC NĂM 2025

Căn cứ Luật Thú y năm 2015; Ủy ban nhân dân huyện ban hành Kế hoạch triển khai công tác phòng chống
dịch bệnh trên đàn gia súc, gia cầm năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Nông nghiệp và Môi trường chủ trì, tham mưu triển khai Kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Sở Nông nghiệp và Môi trường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Nam
"""


def test_a_plans_title_wrapped_in_capitals_with_a_blank_line_after_every_line_is_whole():
    data = parse(KINDS["blank-lines"](PLAN))
    assert (data["doc_type"], data["subject"]) == (
        "Kế hoạch", "TRIỂN KHAI CÔNG TÁC PHÒNG CHỐNG DỊCH BỆNH TRÊN ĐÀN GIA SÚC, GIA CẦM HUYỆN CAN LỘC NĂM 2025")
    assert data == parse(PLAN)


def test_single_breaks_halves_the_gaps_and_keeps_the_length():
    text = KINDS["blank-lines"](PRINTED)
    out = single_breaks(text)
    assert len(out) == len(text)
    assert [line.strip() for line in out.split("\n")] == PRINTED.split("\n")


def test_a_page_of_paragraphs_one_blank_line_apart_keeps_its_gaps():
    # a web page's paragraphs: every gap the same, no line goes on with a sentence; the gap after the
    # title is its only end
    page = "\n\n".join(["Giấy mời họp bàn phương án tiêu thoát nước khu dân cư phía Nam",
                        "Ủy ban nhân dân phường tổ chức cuộc họp bàn phương án tiêu thoát nước khu dân cư.",
                        "1. Thành phần: Trưởng các tổ dân phố; đại diện Công an phường.",
                        "2. Thời gian: 8 giờ 00, thứ Năm, ngày 14/8/2025.",
                        "3. Địa điểm: Hội trường Ủy ban nhân dân phường.",
                        "Rất mong các đại biểu đến dự đúng giờ./.",
                        "Nơi nhận:", "- Như trên;", "- Lưu: VP."])
    assert not doubled(page)
    assert single_breaks(page) == page


def test_a_printed_page_with_its_blank_lines_is_left_as_it_is():
    assert not doubled(PRINTED)
    assert single_breaks(PRINTED) == PRINTED
