"""Heads worded and read otherwise than the development documents print them, as an OCR pass
leaves them: a quoted subject that names the state in sentence case or that the motto's end was
read on with, a dash between two names at a subject line's end, a speck glued to a word, a title
in capitals parted by a blank line, a decision's authority line read on after the title, a
common abbreviation one letter off in a body's name; and the measure that writes such heads
(made-up dispatches)."""

from __future__ import annotations

import pytest

from dispatch_tools.evaluate.reworded_heads import reworded, shortened
from dispatch_tools.evaluate.swaps import draw
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.subject_text import join_subject_lines
from dispatch_tools.parse.tidy import mend_abbreviations, mend_name_words

RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 9 tháng 8 năm 2025\n"
BODY = "\nKính gửi: Các phòng, ban chuyên môn.\n\nĐề nghị các đơn vị triển khai thực hiện./.\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def test_quoted_subject_that_names_the_state_in_sentence_case():
    # "… chủ nghĩa Việt Nam”" on a subject's line is no national title: the title is printed in capitals
    text = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 512/SVHTTDL-VP\n“Treo cờ Tổ quốc nhân dịp kỷ niệm\n"
            "Quốc khánh nước Cộng hòa xã\nhội chủ nghĩa Việt Nam”\n\n" + RIGHT + BODY)
    assert parse(text)["subject"] == "“Treo cờ Tổ quốc nhân dịp kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam”"


def test_quoted_subject_with_the_motto_read_on_after_its_last_line():
    text = ("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\nSố: 77/SYT-NV\n“Tăng cường phòng, chống sốt\nxuất huyết trong mùa mưa” - Tự do - hạnh phúc\n\n"
            "Kính gửi: Các bệnh viện.\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập\n\n"
            "Quảng Ngãi, ngày 9 tháng 8 năm 2025\n\nĐề nghị các đơn vị triển khai thực hiện./.\n")
    assert parse(text)["subject"] == "“Tăng cường phòng, chống sốt xuất huyết trong mùa mưa”"


@pytest.mark.parametrize("lines, joined", [
    # a dash between two names wrapped at a line's end is the subject's
    (["trưng bày tư liệu “Biển đảo của Việt Nam -", "Những chứng cứ pháp lý”"],
     "trưng bày tư liệu “Biển đảo của Việt Nam - Những chứng cứ pháp lý”"),
    (["hỗ trợ người dân tỉnh Bà Rịa -", "Vũng Tàu bị ảnh hưởng"], "hỗ trợ người dân tỉnh Bà Rịa - Vũng Tàu bị ảnh hưởng"),
    # a speck after a name before a word in small letters goes
    (["làm việc với Hội An -", "về du lịch"], "làm việc với Hội An về du lịch"),
    # a speck glued to a word's end, and one alone between words
    (["BẢO ĐẢM AN TOÀN GIAO_ THÔNG", "DỊP TẾT"], "BẢO ĐẢM AN TOÀN GIAO THÔNG DỊP TẾT"),
    (["NGUYÊN ĐÁN _ ẤT TỴ"], "NGUYÊN ĐÁN ẤT TỴ"),
])
def test_subject_lines_joined(lines, joined):
    assert join_subject_lines(lines) == joined


def test_title_in_capitals_parted_by_a_blank_line():
    # the title's full line ends with a speck read as a colon; its last line stands past a blank line
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 88/KH-UBND\n\n" + RIGHT +
            "\nKẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG DỊCH BỆNH TRÊN GIA SÚC, GIA\n"
            "CẦM VÀ NÂNG CAO NĂNG LỰC CỦA HỆ THỐNG THÚ Y CƠ SỞ GIAI ĐOẠN:\n\n2025 - 2030 TRÊN ĐỊA BÀN TỈNH\n\n"
            "Thực hiện Chỉ thị của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Bảo đảm an toàn dịch bệnh.\n")
    assert parse(text)["subject"] == ("TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG DỊCH BỆNH TRÊN GIA SÚC, GIA CẦM VÀ NÂNG CAO "
                                      "NĂNG LỰC CỦA HỆ THỐNG THÚ Y CƠ SỞ GIAI ĐOẠN 2025 - 2030 TRÊN ĐỊA BÀN TỈNH")


def test_title_ends_before_a_blank_line_and_the_authority():
    # a short line before the blank: the title ends there; the authority's line is no title's
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 12/2025/QĐ-UBND\n\n" + RIGHT +
            "\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này.\n")
    assert parse(text)["subject"] == "BAN HÀNH QUY CHẾ LÀM VIỆC"


def test_decision_authority_whose_first_word_ends_the_title_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 12/2025/QĐ-UBND\n\n" + RIGHT +
            "\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH ỦY\n"
            "BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này.\n")
    assert parse(text)["subject"] == "BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH"


@pytest.mark.parametrize("name, mended", [
    ("UBNP TỈNH QUẢNG NGÃI", "UBND TỈNH QUẢNG NGÃI"),
    ("VĂN PHÒNG HĐNP TỈNH", "VĂN PHÒNG HĐND TỈNH"),
    ("UBND TX. ĐỒNG XOÀI", "UBND TX. ĐỒNG XOÀI"),   # known as printed
    ("SỞ GDĐT", "SỞ GDĐT"),                          # a known code
    ("CÔNG TY ABCD", "CÔNG TY ABCD"),                # near no common abbreviation
])
def test_common_abbreviation_one_letter_off(name, mended):
    assert mend_abbreviations(name) == mended


DOC = ("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\nSố: 77/SYT-NV\nV/v tăng cường phòng, chống sốt xuất huyết\n\n" + RIGHT + BODY)
GOLD = {"doc_type": "Công văn", "issuer": "SỞ Y TẾ", "parent_issuer": "UBND TỈNH QUẢNG NGÃI",
        "subject": "tăng cường phòng, chống sốt xuất huyết"}


@pytest.mark.parametrize("kind, line, subject", [
    ("ve-viec", "Về việc tăng cường phòng, chống sốt xuất huyết", "tăng cường phòng, chống sốt xuất huyết"),
    ("ve-colon", "Về: tăng cường phòng, chống sốt xuất huyết", "tăng cường phòng, chống sốt xuất huyết"),
    ("bare", "Tăng cường phòng, chống sốt xuất huyết", "Tăng cường phòng, chống sốt xuất huyết"),
])
def test_measure_rewords_the_subject_line(kind, line, subject):
    text, gold = reworded(DOC, GOLD, kind, draw("x", 7))
    assert line in text.split("\n") and gold["subject"] == subject and gold["issuer"] == "SỞ Y TẾ"


def test_measure_misreads_the_body_name_and_keeps_the_gold():
    text, gold = reworded(DOC, GOLD, "misread", draw("x", 7))
    assert text.startswith("UBNP TÍNH QUẢNG NGÃI\n") and gold == GOLD


def test_measure_keeps_a_subject_it_cannot_find_as_none():
    assert reworded(DOC, dict(GOLD, subject="không có trên trang này"), "quoted", draw("x", 7)) is None


def test_shortened_keeps_the_head_and_the_foot():
    text = DOC + "\n".join(f"Đoạn {k} của nội dung văn bản gửi các đơn vị." for k in range(60)) + \
        "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nNguyễn Văn An\n"
    short = shortened(text)
    assert short.startswith(DOC.split("Kính gửi")[0]) and "Đoạn 59" not in short and short.endswith("Nguyễn Văn An\n")


def test_bare_subject_under_a_state_number_when_the_head_goes_on_after_it():
    text = ("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\nSố: 77/SYT-NV\nTăng cường phòng, chống sốt xuất huyết\n\n" + RIGHT + BODY)
    assert parse(text)["subject"] == "Tăng cường phòng, chống sốt xuất huyết"


def test_no_bare_subject_where_the_body_follows_a_state_number():
    # the right column first, then the number and the body's paragraphs with no head after them
    text = ("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\n" + RIGHT + "\nSố: 77/SYT-NV\n"
            "Sở Y tế đề nghị các bệnh viện tăng cường phòng, chống sốt xuất huyết trong mùa mưa năm nay.\n"
            "Các bệnh viện báo cáo kết quả về Sở Y tế trước ngày 30/8/2025./.\n")
    assert parse(text)["subject"] == ""


@pytest.mark.parametrize("name, mended", [
    ("UBNP TÍNH QUẢNG NGÃI", "UBND TỈNH QUẢNG NGÃI"),
    ("ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH TĨNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH TỈNH QUẢNG NGÃI"),
    ("BAN TINH GỌN BỘ MÁY", "BAN TINH GỌN BỘ MÁY"),              # no province after it
    ("TRƯỜNG ĐẠI HỌC KINH TẾ.VÀ QUẢN TRỊ", "TRƯỜNG ĐẠI HỌC KINH TẾ VÀ QUẢN TRỊ"),
    ("CỤC HÀNG HẢI. VIỆT NAM", "CỤC HÀNG HẢI VIỆT NAM"),
    ("UBND TX. ĐỨC PHỔ", "UBND TX. ĐỨC PHỔ"),                    # an abbreviation's stop stays
    ("UBND TP.QUẢNG NGÃI", "UBND TP.QUẢNG NGÃI"),
])
def test_body_name_words_mended(name, mended):
    assert mend_name_words(name) == mended


@pytest.mark.parametrize("line, number", [
    ("Số: 9717 /V PCP-KTN", "9717/VPCP-KTN"),      # a space read inside the code after its first letter
    ("Số: 45/V PCP-KTN      Hà Nội, ngày 16 tháng 11 năm 2013", "45/VPCP-KTN"),
    ("Số: 12/C-TTg", "12/C-TTg"),
])
def test_symbol_code_cut_by_a_space(line, number):
    text = ("VĂN PHÒNG CHÍNH PHỦ\n\n" + line + "\nV/v điều chỉnh quy hoạch chung\n\n" + RIGHT + BODY)
    assert parse(text)["number"] == number


def test_specks_after_a_comma_in_a_subject():
    from dispatch_tools.parse.tidy import tidy_subject

    assert tidy_subject("BẢO ĐẢM CÂN ĐỐI CUNG CẦU,_: BÌNH ỔN THỊ TRƯỜNG") == "BẢO ĐẢM CÂN ĐỐI CUNG CẦU, BÌNH ỔN THỊ TRƯỜNG"
    assert tidy_subject("tổ chức hội nghị năm 2024 - 2025:") == "tổ chức hội nghị năm 2024 - 2025"


def test_bare_subject_read_after_the_national_title_and_motto():
    # a page read column by column: the right column's title and motto between the number and the subject
    text = ("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\nSố: 77/SYT-NV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nTăng cường phòng, chống sốt\nxuất huyết trong mùa mưa\n\n"
            "Quảng Ngãi, ngày 9 tháng 8 năm 2025\n" + BODY)
    assert parse(text)["subject"] == "Tăng cường phòng, chống sốt xuất huyết trong mùa mưa"


@pytest.mark.parametrize("lines, number", [
    # a speck dash at the number line's end draws no word of the subject below into the symbol
    ("Số: 2541 /VPCP-QHQT -\nChương trình phát triển công nghiệp", "2541/VPCP-QHQT"),
    ("Số: 182/2024/NĐ-\nCP", "182/2024/NĐ-CP"),   # a symbol wrapped after its separator
])
def test_number_line_end_and_the_line_below(lines, number):
    text = ("VĂN PHÒNG CHÍNH PHỦ\n\n" + lines + "\n\n" + RIGHT + BODY)
    assert parse(text)["number"] == number


def test_bare_subject_without_the_right_column_read_after_a_tab():
    text = ("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n\nSố: 77/SYT-NV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nTăng cường phòng, chống sốt\t3 Ngãi ngày 9\tthả\nxuất huyết trong mùa mưa\n\n"
            "Quảng Ngãi, ngày 9 tháng 8 năm 2025\n" + BODY)
    assert parse(text)["subject"] == "Tăng cường phòng, chống sốt xuất huyết trong mùa mưa"
