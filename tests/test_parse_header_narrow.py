"""Heads drawn in a narrower column than the one they were written for, as an OCR pass reads them:
a name's words wrapped at another word (made-up dispatches; the layout is tested, not the words)."""

from __future__ import annotations

import pytest

from dispatch_tools.model import Document, Line, Page
from dispatch_tools.parse import parse_document, parse_text, to_contract

RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nThái Bình, ngày 9 tháng 4 năm 2025\n"
BODY = "\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


@pytest.mark.parametrize("left, parent, issuer", [
    (["HỘI CỰU CHIẾN BINH VIỆT", "NAM TỈNH HỘI THÁI BÌNH"], "HỘI CỰU CHIẾN BINH VIỆT NAM", "TỈNH HỘI THÁI BÌNH"),
    (["UBND TỈNH BẮC", "NINH SỞ TÀI CHÍNH"], "UBND TỈNH BẮC NINH", "SỞ TÀI CHÍNH"),
    (["UBND TỈNH BÀ RỊA -", "VŨNG TÀU SỞ Y TẾ"], "UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ"),
])
def test_a_names_ending_wrapped_onto_the_line_of_the_body_under_it(left, parent, issuer):
    data = parse("\n".join(left) + "\n\nSố: 31 /CV-HCCB\n\n" + RIGHT + BODY)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


def test_a_word_whose_second_half_opens_a_name_wrapped_after_its_first_half():
    data = parse("BỘ XÂY DỰNG - CỤC ĐƯỜNG\nBỘ VIỆT NAM\nSố: 412 /CĐBVN-KHTC\n\n" + RIGHT + BODY)
    assert (data["parent_issuer"], data["issuer"]) == ("BỘ XÂY DỰNG", "CỤC ĐƯỜNG BỘ VIỆT NAM")


def test_the_mottos_end_merged_with_the_subjects_last_lines_is_left_out():
    head = ("UBND TỈNH THÁI BÌNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 215 /SVHTTDL-QLVH\n"
            "V/v tham gia Cuộc thi ảnh “Quê hương\ntrong mắt em” - Tự do\n- hạnh phúc\n\n"
            "Kính gửi: Các đơn vị trực thuộc.\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập\n\n"
            "Thái Bình, ngày 9 tháng 4 năm 2025\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n")
    assert parse(head)["subject"] == "tham gia Cuộc thi ảnh “Quê hương trong mắt em”"


def test_a_name_in_sentence_case_wrapped_inside_the_place_it_is_named_after():
    # the page read in columns: the left column's lines, then the right column's
    left = ["UBND XÃ TÂY SƠN A", "Liên đội trường Tiểu học Tây", "Sơn A", "Số: 08 /KH-LĐ"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Tây Sơn A, ngày 2 tháng 3 năm 2025"]
    lines = [Line(t, column="left") for t in left] + [Line(t, column="right") for t in right]
    lines += [Line(t) for t in BODY.split("\n")]
    fields = to_contract(parse_document(Document(None, "text", pages=[Page(1, lines=lines)])).fields)
    assert (fields["parent_issuer"], fields["issuer"]) == ("UBND XÃ TÂY SƠN A", "Liên đội trường Tiểu học Tây Sơn A")
