"""Heads and foots with their layout damaged the way web pages and text layers damage it (the words
kept): a blank line after every line, the head's two columns merged onto one line, lines
hard-wrapped at 70 characters. Each page is read as its printed layout is. The wording is made up
(no development document's words)."""

from __future__ import annotations

import re

from dispatch_tools.evaluate.damage import KINDS, _wrapped
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
    # a gap wider than the page's usual one (two blank lines) is a paragraph's end: it keeps a blank line
    lines = ["Thực hiện kế hoạch năm 2025, Sở đề nghị", "các đơn vị rà soát hồ sơ, báo cáo"] * 5
    page = "\n\n".join(lines[:6]) + "\n\n\n" + "\n\n".join(lines[6:])
    assert [len(gap) for gap in re.findall(r"\n+", single_breaks(page))] == [1] * 5 + [2] + [1] * 3


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


BODY = ("\nĐề nghị các đơn vị triển khai thực hiện nghiêm túc, báo cáo kết quả trước ngày 30/6/2025./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Lan\n")


def test_a_head_read_column_by_column_and_merged_is_split_at_its_parts():
    head = ("SỞ Y TẾ TỈNH NINH BÌNH ________ Số: 512/SYT-NVY V/v tăng cường phòng, chống sốt xuất huyết "
            "trên địa bàn tỉnh CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc __________ "
            "Ninh Bình, ngày 3 tháng 4 năm 2025\nKính gửi: Trung tâm Y tế các huyện, thành phố.\n")
    data = parse(head + BODY)
    assert data["number"] == "512/SYT-NVY"
    assert data["issuer"] == "SỞ Y TẾ TỈNH NINH BÌNH"
    assert data["subject"] == "tăng cường phòng, chống sốt xuất huyết trên địa bàn tỉnh"
    assert (data["place"], data["date"]) == ("Ninh Bình", "2025-04-03")


def test_a_head_read_row_by_row_and_merged_keeps_its_issuer_parent_and_type():
    head = ("UBND HUYỆN KỲ ANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GIÁO DỤC VÀ ĐÀO TẠO "
            "Độc lập - Tự do - Hạnh phúc Số: 45/TB-PGDĐT Kỳ Anh, ngày 12 tháng 9 năm 2025 THÔNG BÁO\n"
            "Về việc tổ chức hội khỏe Phù Đổng cấp huyện năm học 2025 - 2026\n"
            "Kính gửi: Hiệu trưởng các trường tiểu học, trung học cơ sở.\n")
    data = parse(head + BODY)
    assert (data["issuer"], data["parent_issuer"]) == ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN KỲ ANH")
    assert (data["doc_type"], data["number"]) == ("Thông báo", "45/TB-PGDĐT")
    assert data["subject"] == "tổ chức hội khỏe Phù Đổng cấp huyện năm học 2025 - 2026"
    assert (data["place"], data["date"]) == ("Kỳ Anh", "2025-09-12")


def test_a_party_head_merged_with_its_plans_title_reads_the_number_and_type():
    head = ("TỈNH ỦY NGHỆ AN BAN DÂN VẬN * Số 27 - KH/BDVTU ĐẢNG CỘNG SẢN VIỆT NAM "
            "Nghệ An, ngày 8 tháng 5 năm 2025 KẾ HOẠCH\n"
            "Triển khai Tháng vận động xây dựng khu dân cư văn minh năm 2025\n\n")
    data = parse(head + "Căn cứ chương trình công tác năm 2025, Ban Dân vận Tỉnh ủy xây dựng kế hoạch như sau:" + BODY)
    assert (data["doc_type"], data["number"]) == ("Kế hoạch", "27-KH/BDVTU")
    assert (data["issuer"], data["parent_issuer"]) == ("BAN DÂN VẬN", "TỈNH ỦY NGHỆ AN")
    assert (data["place"], data["date"]) == ("Nghệ An", "2025-05-08")
    assert data["subject"] == "Triển khai Tháng vận động xây dựng khu dân cư văn minh năm 2025"


def test_a_printed_row_and_a_sentence_naming_the_state_keep_their_lines():
    from dispatch_tools.parse.head_merged import with_head_breaks

    row = "Số: 118/UBND-VP                    Hà Tĩnh, ngày 5 tháng 3 năm 2025\n"
    assert with_head_breaks(row) == row  # the number and the date side by side: a printed row
    line = ("Thay mặt Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, Số: 12/QH ngày 5 tháng 3 năm 2025 "
            "gửi tới các đại biểu\n")
    assert with_head_breaks(line) == line


def test_a_number_left_blank_and_its_symbol_before_the_place_is_no_part_of_the_place():
    from dispatch_tools.parse.header_lines import place_start

    assert place_start("/TTr-VPCP Hà Nội") == len("/TTr-VPCP ")
    head = ("BỘ TƯ PHÁP Số: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "/TTr-BTP Hà Nội, ngày tháng năm 2025 DỰ THẢO TỜ TRÌNH Về việc đề nghị xây dựng Luật sửa đổi, bổ sung một số điều "
            "của Luật Hộ tịch (trình phiên họp Chính phủ thường kỳ tháng 9/2025)\nKính gửi: Chính phủ.\n")
    data = parse(head + BODY)
    assert (data["number"], data["place"], data["doc_type"]) == ("/TTr-BTP", "Hà Nội", "Tờ trình")
    assert data["issuer"] == "BỘ TƯ PHÁP"
    assert data["subject"] == "đề nghị xây dựng Luật sửa đổi, bổ sung một số điều của Luật Hộ tịch"


def test_a_number_wrapped_after_its_slash_at_70_characters_is_read_whole():
    head = ("HỘI CỰU CHIẾN BINH VIỆT NAM TỈNH HỘI QUẢNG TRỊ ------------ Số: 36 / CV-HCCB\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "------------------------ Quảng Trị, ngày 9 tháng 5 năm 2025\n"
            "Kính gửi: Hội Cựu chiến binh các huyện, thị xã, thành phố.\n")
    wrapped = KINDS["wrapped-70"](head)
    assert "Số: 36 /\nCV-HCCB" in wrapped
    data = parse(wrapped + BODY)
    assert data["number"] == "36/CV-HCCB"
    assert (data["issuer"], data["parent_issuer"]) == ("TỈNH HỘI QUẢNG TRỊ", "HỘI CỰU CHIẾN BINH VIỆT NAM")


def test_a_number_label_whose_letter_a_text_dump_lost_is_read_after_the_motto():
    # a PDF's text dump drops the glyphs of some accented letters: "Số" reads "S ", "Hà Nội" "Hà N i"
    head = ("B  TÀI CHÍNH C NG HOÀ XÃ H I CH NGHĨA VI T NAM c l p - T do - H nh phúc -------- S : 215/BTC-NSNN\n"
            "Hà N i, ngày 5 tháng 3 năm 2025\nKính g i: U ban nhân dân các t nh.\n")
    assert parse(head + BODY)["number"] == "215/BTC-NSNN"


TAIL = ("\nKính gửi: Ủy ban nhân dân các quận, huyện.\nThực hiện chỉ đạo của Ủy ban nhân dân thành phố, Sở đề nghị "
        "các đơn vị báo cáo trước ngày 30/6/2025./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
        "Nguyễn Văn An\n")


def test_a_head_merged_with_tabs_or_its_right_column_first_reads_as_printed():
    expected = ["1203/STC-NS", "SỞ TÀI CHÍNH", "UBND THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng", "2025-05-06",
                "báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2025"]
    tabs = ("UBND THÀNH PHỐ ĐÀ NẴNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\tSỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc\t"
            "Số: 1203/STC-NS\tĐà Nẵng, ngày 6 tháng 5 năm 2025\t"
            "V/v báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2025")
    right_first = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Đà Nẵng, ngày 6 tháng 5 năm 2025 "
                   "UBND THÀNH PHỐ ĐÀ NẴNG SỞ TÀI CHÍNH Số: 1203/STC-NS "
                   "V/v báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2025")
    for head in (tabs, right_first):
        data = parse(head + TAIL)
        assert [data[k] for k in ("number", "issuer", "parent_issuer", "place", "date", "subject")] == expected


def test_a_distribution_whose_dashes_were_lost_keeps_an_entry_in_capitals():
    page = PRINTED.replace("""Nơi nhận:
- Như trên;
- UBND tỉnh (để báo cáo);
""", """Nơi nhận:
- Như trên;
- UBND tỉnh (để báo cáo);
- VPUB: CVP, PCVP;
""")
    data = parse(KINDS["no-markers"](page))
    assert data["distribution"] == ["Như trên", "UBND tỉnh (để báo cáo)", "VPUB: CVP, PCVP",
                                    "Giám đốc, các Phó Giám đốc Sở, Chi cục Thủy lợi, Chi cục Kiểm lâm, Văn phòng Sở",
                                    "Lưu: VT, CCTL"]
    assert data["signer"]["title"] == "PHÓ GIÁM ĐỐC"


def test_a_foot_interleaved_with_its_dashes_lost_keeps_the_distribution_and_the_title():
    foot = ("Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n\nNhư trên;\n\nThường trực Huyện ủy (b/c);\n\nVP: CVP, PCVP;\n\n"
            "Lưu: VT.\nCHỦ TỊCH\nHoàng Văn Bình\n")
    page = PLAN[:PLAN.index("Nơi nhận:")] + foot
    data = parse(page)
    assert data["distribution"] == ["Như trên", "Thường trực Huyện ủy (b/c)", "VP: CVP, PCVP", "Lưu: VT"]
    assert (data["signer"]["authority"], data["signer"]["capacity"], data["signer"]["title"]) == (
        "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


def test_a_legal_basis_past_a_blank_line_is_no_part_of_the_decisions_subject():
    page = ("ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 215/QĐ-UBND\nHương Sơn, ngày 14 tháng 7 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Tổ công tác rà soát hộ nghèo trên địa bàn xã\n\n"
            "Luật Tổ chức chính quyền địa phương năm 2025;\nQuyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2025 của "
            "Ủy ban nhân dân huyện;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công tác rà soát hộ nghèo.\n\n"
            "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nCHỦ TỊCH\n\nLê Thị Mai\n")
    data = parse(page)
    assert (data["doc_type"], data["subject"]) == ("Quyết định", "thành lập Tổ công tác rà soát hộ nghèo trên địa bàn xã")


def test_a_pages_opening_title_hard_wrapped_narrower_than_a_full_line_is_whole():
    page = ("Thông báo về việc tạm dừng cấp nước sạch để sửa chữa đường ống chính trên địa bàn phường Bến Thủy\n\n"
            "Kính gửi: Các hộ dân trên địa bàn phường.\n\n"
            "Để sửa chữa tuyến ống chính bị vỡ, Công ty cổ phần cấp nước Nghệ An tạm dừng cấp nước từ 8 giờ "
            "ngày 12/6/2025 đến 17 giờ cùng ngày. Đề nghị các hộ dân chủ động dự trữ nước sinh hoạt./.\n")
    title = "tạm dừng cấp nước sạch để sửa chữa đường ống chính trên địa bàn phường Bến Thủy"
    assert parse(page)["subject"] == title
    for width in (50, 56):
        wrapped = _wrapped(page, width)
        data = parse(wrapped)
        assert (data["doc_type"], data["subject"]) == ("Thông báo", title)


def test_a_subject_read_in_one_row_with_a_date_wrapped_below_it_is_whole():
    head = ("SỞ VĂN HÓA VÀ THỂ THAO                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "                                      Độc lập - Tự do - Hạnh phúc\n"
            "Số: 640/SVHTT-QLVH\n"
            "V/v kiểm tra hoạt động kinh doanh                  Nghệ An, ngày 4 tháng 8\n"
            "năm 2025\n"
            "dịch vụ karaoke trên địa bàn tỉnh\n\n"
            "Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã.\n")
    data = parse(head + BODY)
    assert data["subject"] == "kiểm tra hoạt động kinh doanh dịch vụ karaoke trên địa bàn tỉnh"
    assert (data["place"], data["date"]) == ("Nghệ An", "2025-08-04")
    head = ("SỞ VĂN HÓA VÀ THỂ THAO                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 640/SVHTT-QLVH                    Độc lập - Tự do - Hạnh phúc\n"
            "V/v kiểm tra hoạt động kinh doanh dịch vụ karaoke trên địa\n"
            "bàn tỉnh                Nghệ An, ngày 4 tháng 8 năm 2025\n\n"
            "Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã.\n")
    data = parse(head + BODY)
    assert data["subject"] == "kiểm tra hoạt động kinh doanh dịch vụ karaoke trên địa bàn tỉnh"
    assert (data["place"], data["date"]) == ("Nghệ An", "2025-08-04")


def test_a_national_title_and_motto_cut_by_a_hard_wrap_are_no_part_of_the_issuer():
    head = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG             CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n"
            "VIỆT NAM\n"
            "SỞ NỘI VỤ                              Độc lập - Tự\n"
            "do - Hạnh phúc\n"
            "Số: 731/SNV-CCVC                    Lâm Đồng, ngày 21 tháng 10 năm 2025\n"
            "V/v tuyển dụng viên chức sự nghiệp giáo dục năm 2025\n\n"
            "Kính gửi: Ủy ban nhân dân các huyện, thành phố.\n")
    data = parse(head + BODY)
    assert (data["issuer"], data["parent_issuer"]) == ("SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    assert data["subject"] == "tuyển dụng viên chức sự nghiệp giáo dục năm 2025"
    # a title's half printed in its own row beside a rule is the column's own wrap: no join
    from dispatch_tools.parse.head_merged import with_head_breaks
    row = "UBND TỈNH TUYÊN QUANG          CỘNG HÒA XÃ HỘI\n---------------     CHỦ NGHĨA VIỆT NAM\n"
    assert with_head_breaks(row) == row
    # nor is a sentence that names the Youth Union in sentence case, wrapped in the same way
    sentence = "Chào mừng ngày thành lập Đoàn TNCS Hồ Chí\nMinh (26/3/1931 - 26/3/2025), Liên đội tổ chức\n"
    assert with_head_breaks(sentence) == sentence
