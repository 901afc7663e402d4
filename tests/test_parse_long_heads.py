"""Long heads as a narrow column wraps them and an OCR pass reads them: a body's name over two or
three lines, a place's name that looks like a head, the committee a body works under on a line of
its own, a speck read as a dash, a long title in capitals, a number printed blank as dots; and
the long-heads measure that writes such heads into documents (made-up dispatches)."""

from __future__ import annotations

import pytest

from dispatch_tools.evaluate.long_heads import LONG_PAIRS, LONG_SINGLE, LONG_SUBJECTS, lengthened, part
from dispatch_tools.model import Document, Fields, Line, Page, Source
from dispatch_tools.parse import parse_document, parse_text, to_contract
from dispatch_tools.parse.marks import check_number_digits
from dispatch_tools.parse.subject_text import join_subject_lines

RIGHT = "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐồng Hới, ngày 3 tháng 4 năm 2024\n"
BODY = "\nKính gửi: Hạt Kiểm lâm các huyện.\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def head(left: list[str], number: str = "Số: 12/BQL-KH") -> dict:
    return parse("\n".join(left) + f"\n\n{number}\nV/v tăng cường bảo vệ rừng\n" + RIGHT + BODY)


@pytest.mark.parametrize("left, parent, issuer", [
    # QUẢN (of "quản lý") is no QUẬN: "BAN QUẢN LÝ" is no district's whole name
    (["BAN QUẢN LÝ VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG"], None, "BAN QUẢN LÝ VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG"),
    (["UBND HUYỆN MINH HÓA", "BAN QUẢN LÝ RỪNG PHÒNG HỘ VÀ ĐẶC DỤNG"], "UBND HUYỆN MINH HÓA",
     "BAN QUẢN LÝ RỪNG PHÒNG HỘ VÀ ĐẶC DỤNG"),
    # a place's name printed without the marks of the head it spells (PHONG, no PHÒNG) under no whole name
    (["BAN QUẢN LÝ VƯỜN QUỐC GIA", "PHONG NHA - KẺ BÀNG"], None, "BAN QUẢN LÝ VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG"),
    # an administrative word ends no name: its place's name wrapped onto the next line
    (["ỦY BAN NHÂN DÂN HUYỆN", "PHONG ĐIỀN TỈNH THỪA THIÊN HUẾ"], None,
     "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN TỈNH THỪA THIÊN HUẾ"),
    (["ỦY BAN NHÂN DÂN THÀNH PHỐ", "BIÊN HÒA"], None, "ỦY BAN NHÂN DÂN THÀNH PHỐ BIÊN HÒA"),
    # the committee a body works under, on a line of its own under the body's name
    (["TỈNH ỦY QUẢNG BÌNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY"], "TỈNH ỦY QUẢNG BÌNH",
     "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"),
])
def test_a_long_name_wrapped_in_the_head_column_stays_one_body(left, parent, issuer):
    data = head(left)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


@pytest.mark.parametrize("left, parent, issuer", [
    (["UBND TỈNH QUẢNG BÌNH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "UBND TỈNH QUẢNG BÌNH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
    (["UBND HUYỆN QUẢNG TRẠCH", "PHONG GIÁO DỤC VÀ ĐÀO TẠO"], "UBND HUYỆN QUẢNG TRẠCH", "PHONG GIÁO DỤC VÀ ĐÀO TẠO"),
    (["SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"], None, "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    (["TỈNH ĐOÀN QUẢNG BÌNH", "BAN TUYÊN GIÁO"], "TỈNH ĐOÀN QUẢNG BÌNH", "BAN TUYÊN GIÁO"),
])
def test_a_body_under_a_whole_name_is_still_the_issuer(left, parent, issuer):
    data = head(left)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


def test_a_speck_read_as_a_dash_before_a_line_opening_with_va_is_no_part_of_the_name():
    data = head(["BỘ NÔNG NGHIỆP -", "VÀ PHÁT TRIỂN NÔNG THÔN"], "Số: 4321 /BNN-TCLN")
    assert data["issuer"] == "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"


def test_a_long_title_in_capitals_goes_on_over_a_line_that_opens_like_a_body_paragraph():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n\nSố: 88 /KH-UBND\n" + RIGHT + "\nKẾ HOẠCH\n"
            "TRIỂN KHAI CHỈ THỊ SỐ 12/CT-TTG NGÀY 5 THÁNG 3 NĂM 2024\n"
            "CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG PHONG TRÀO\n"
            "THỰC HIỆN THẮNG LỢI CÁC MỤC TIÊU GIẢM NGHÈO BỀN VỮNG\n"
            "GIAI ĐOẠN 2024 - 2025\n\n"
            "Thực hiện Chỉ thị số 12/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
            "1. Các sở, ngành triển khai thực hiện.\n")
    assert parse(text)["subject"] == (
        "TRIỂN KHAI CHỈ THỊ SỐ 12/CT-TTG NGÀY 5 THÁNG 3 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG "
        "PHONG TRÀO THỰC HIỆN THẮNG LỢI CÁC MỤC TIÊU GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2024 - 2025")


def test_the_mottos_end_read_on_a_subjects_last_line_is_left_out():
    assert join_subject_lines(["tham gia Cuộc thi ảnh “Quê hương", "trong mắt em” - Tự do - hạnh phúc"]) \
        == "tham gia Cuộc thi ảnh “Quê hương trong mắt em”"
    assert join_subject_lines(["tổ chức Ngày hội", "Tự do sáng tạo năm 2025"]) == "tổ chức Ngày hội Tự do sáng tạo năm 2025"


def _blank_number(text: str) -> Fields:
    fields = Fields(number="/KH")
    start = text.index("/KH")
    fields.sources["number"] = Source(start, start + 3, text="/KH")
    check_number_digits(fields, ocr=True, text=text)
    return fields


def test_a_number_printed_blank_as_dots_keeps_its_symbol_on_a_page_read_by_ocr():
    fields = _blank_number("UBND HUYỆN MINH HÓA\nSố:.../KH\n")
    assert fields.number == "/KH" and "number" in fields.review
    assert _blank_number("UBND HUYỆN MINH HÓA\nSố: …/KH\n").number == "/KH"


def test_a_number_with_no_figures_and_no_dots_is_still_left_for_a_look():
    fields = _blank_number("UBND HUYỆN MINH HÓA\nSố: /KH\n")
    assert fields.number is None and "number" in fields.review


GOLD = {"issuer": "SỞ Y TẾ", "parent_issuer": "UBND TỈNH QUẢNG BÌNH", "subject": "báo cáo tình hình dịch bệnh"}
TEXT = ("UBND TỈNH QUẢNG BÌNH\nSỞ Y TẾ\n\nSố: 12/SYT-KH\nV/v báo cáo tình hình\ndịch bệnh\n" + RIGHT
        + "\nKính gửi: Các bệnh viện.\n\nĐề nghị các bệnh viện báo cáo Sở Y tế.\n")


def test_the_measure_writes_a_longer_head_and_subject_into_the_document_and_its_gold():
    pair = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")
    text, gold = lengthened(TEXT, GOLD, pair, "tăng cường công tác phòng, chống dịch bệnh mùa mưa")
    assert text.startswith("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n")
    assert "V/v tăng cường công tác phòng, chống dịch bệnh mùa mưa\n" in text and "báo cáo Sở Y tế." in text
    assert gold == {"issuer": pair[1], "parent_issuer": pair[0],
                    "subject": "tăng cường công tác phòng, chống dịch bệnh mùa mưa"}
    assert lengthened(TEXT, dict(GOLD, parent_issuer=None), pair, "x y z") is None


def test_the_pools_are_split_into_a_studied_and_a_held_back_part():
    for pool in (LONG_SINGLE, LONG_PAIRS, LONG_SUBJECTS):
        studied, held = part(pool, "studied"), part(pool, "held")
        assert studied and held and not set(studied) & set(held) and len(studied) + len(held) == len(pool)


def test_a_number_line_whose_label_was_read_bo_is_the_number():
    assert head(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"], "Bố: 125/UBND-KT")["number"] == "125/UBND-KT"


@pytest.mark.parametrize("line", ["96: 1233/QLCL-KĐCLGD", "9Ó: 1233/QLCL-KĐCLGD", "9o : 1233/QLCL-KĐCLGD"])
def test_a_number_line_whose_s_was_read_as_a_nine_is_the_number(line):
    data = head(["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "CỤC QUẢN LÝ CHẤT LƯỢNG"], line)
    assert data["number"] == "1233/QLCL-KĐCLGD"
    assert data["references"] == []


@pytest.mark.parametrize("line", ["Số:2877//BQL-QHXD", "Số: 2877/BQL--QHXD"])
def test_a_number_with_a_separator_read_twice_is_the_number(line):
    data = head(["UBND THÀNH PHỐ HẢI PHÒNG", "BAN QUẢN LÝ KHU KINH TẾ"], line)
    assert data["number"] == "2877/BQL-QHXD"
    assert data["references"] == []


@pytest.mark.parametrize("line, number", [("Số: 15NQ-HĐND", "15/NQ-HĐND"), ("Số:  204QĐ-UBND", "204/QĐ-UBND")])
def test_a_number_whose_slash_was_lost_gets_it_back_flagged(line, number):
    read = parse_text("\n".join(["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NGÃI", "", line, "V/v tăng cường bảo vệ rừng"])
                      + "\n" + RIGHT + BODY)
    assert read.fields.number == number
    assert "number" in read.fields.review
    assert read.fields.references == []


def test_figures_glued_to_a_word_that_is_no_type_code_are_no_number():
    data = head(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"], "Số: 15AB-XYZ")
    assert data["number"] is None


def test_a_cited_number_opening_a_line_with_a_nine_is_no_number():
    data = head(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"], "96/BTC-NSNN ngày 12/3/2025 của Bộ Tài chính")
    assert data["number"] != "96/BTC-NSNN"


def test_a_citation_opening_with_bo_is_no_number():
    data = head(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"], "Bộ Tài chính hướng dẫn tại Công văn 12/BTC-NSNN")
    assert data["number"] != "12/BTC-NSNN"


def test_a_day_glued_to_its_word_with_a_figure_read_as_a_letter_is_mended_on_a_page_read_by_ocr():
    from dispatch_tools.repair.specks import speck_edits

    text = "Đồng Hới, ngàyZ0/02/2014"
    assert speck_edits(text) == [(14, 16, " 20")]
    assert speck_edits("Đồng Hới, ngày Zalo/02") == []


@pytest.mark.parametrize("left, parent, issuer", [
    # a province's name wrapped in two, its last word alone on a line, then the body under it
    (["UBND THÀNH PHỐ HẢI", "PHÒNG", "VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ"], "UBND THÀNH PHỐ HẢI PHÒNG",
     "VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ"),
    # "RỪNG PHÒNG HỘ": a protection forest, no department, wrapped before PHÒNG HỘ
    (["UBND HUYỆN MINH HÓA", "BAN QUẢN LÝ RỪNG", "PHÒNG HỘ VÀ ĐẶC DỤNG"], "UBND HUYỆN MINH HÓA",
     "BAN QUẢN LÝ RỪNG PHÒNG HỘ VÀ ĐẶC DỤNG"),
])
def test_a_name_wrapped_over_three_lines_keeps_its_parts(left, parent, issuer):
    data = head(left)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


def test_the_subjects_lines_are_no_part_of_the_name_when_the_number_line_was_not_read():
    left = ["BỘ TÀI CHÍNH", "CỤC QUẢN LÝ CÔNG SẢN", "", "Về việc tăng cường công tác bảo",
            "đảm trật tự, an toàn giao thông", "trong dịp nghỉ Tết Nguyên đán", ""]
    lines = [Line(t, column="left") for t in left] + [Line(t, column="right") for t in RIGHT.split("\n")]
    lines += [Line(t) for t in BODY.split("\n")]
    data = to_contract(parse_document(Document(None, "text", pages=[Page(1, lines=lines)])).fields)
    assert (data["parent_issuer"], data["issuer"]) == ("BỘ TÀI CHÍNH", "CỤC QUẢN LÝ CÔNG SẢN")


def test_a_name_ending_with_a_word_spelt_like_an_administrative_one_without_its_marks_is_whole():
    data = head(["TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH QUẢNG BÌNH"])
    assert (data["parent_issuer"], data["issuer"]) == ("TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH QUẢNG BÌNH")


def test_a_decisions_authority_wrapped_from_the_titles_last_line_is_no_part_of_the_title():
    text = ("ỦY BAN NHÂN DÂN PHƯỜNG\nTÂN THUẬN ĐÔNG\n\nSố: 06/2024/QĐ-UBND\n" + RIGHT + "\nQUYẾT ĐỊNH\n\n"
            "TIẾP TỤC ĐẨY MẠNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG VÀ THỰC\n"
            "HIỆN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2025 ỦY BAN\nNHÂN DÂN PHƯỜNG TÂN THUẬN ĐÔNG\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n"
            "Điều 1. Giao các phòng chuyên môn thực hiện.\n")
    assert parse(text)["subject"] == ("TIẾP TỤC ĐẨY MẠNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG VÀ THỰC HIỆN CÁC CHƯƠNG TRÌNH "
                                      "MỤC TIÊU QUỐC GIA NĂM 2025")


def test_a_level_head_whose_place_follows_on_the_next_line_opens_the_issuer():
    data = head(["HỘI KHUYẾN HỌC VIỆT NAM TỈNH HỘI", "HƯNG YÊN"], "Số: 14 /CV-HKH")
    assert (data["parent_issuer"], data["issuer"]) == ("HỘI KHUYẾN HỌC VIỆT NAM", "TỈNH HỘI HƯNG YÊN")


def test_a_glued_day_is_mended_with_one_space_through_the_whole_repair():
    from dispatch_tools.repair import restore

    assert restore("Đồng Hới, ngàyZ0/02/2014\n", read_by_ocr=True).text == "Đồng Hới, ngày 20/02/2014\n"
    assert restore("Hà Nội, ngày15/7/2024\n", read_by_ocr=True).text == "Hà Nội, ngày 15/7/2024\n"
