"""Heads drawn in a narrower column than the one they were written for, as an OCR pass reads them:
a name's words wrapped at another word (made-up dispatches; the layout is tested, not the words)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nThái Bình, ngày 9 tháng 4 năm 2025\n"
BODY = "\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


@pytest.mark.parametrize("left, parent, issuer", [
    (["HỘI CỰU CHIẾN BINH VIỆT", "NAM TỈNH HỘI THÁI BÌNH"], "HỘI CỰU CHIẾN BINH VIỆT NAM", "TỈNH HỘI THÁI BÌNH"),
    (["UBND TỈNH BẮC", "NINH SỞ TÀI CHÍNH"], "UBND TỈNH BẮC NINH", "SỞ TÀI CHÍNH"),
])
def test_a_names_ending_wrapped_onto_the_line_of_the_body_under_it(left, parent, issuer):
    data = parse("\n".join(left) + "\n\nSố: 31 /CV-HCCB\n\n" + RIGHT + BODY)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


def test_a_word_whose_second_half_opens_a_name_wrapped_after_its_first_half():
    data = parse("BỘ XÂY DỰNG - CỤC ĐƯỜNG\nBỘ VIỆT NAM\nSố: 412 /CĐBVN-KHTC\n\n" + RIGHT + BODY)
    assert (data["parent_issuer"], data["issuer"]) == ("BỘ XÂY DỰNG", "CỤC ĐƯỜNG BỘ VIỆT NAM")
