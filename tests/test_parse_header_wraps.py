"""Issuer names and subjects that wrap or are quoted in ways the other header tests do not cover,
on made-up dispatches (the layout is tested, not the words)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 14 tháng 3 năm 2024\n"
BODY = "\nKính gửi: Các phòng, ban chuyên môn.\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


@pytest.mark.parametrize("left, issuer", [
    (["SỞ LAO ĐỘNG", "- THƯƠNG BINH VÀ XÃ HỘI"], "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    (["UBND HUYỆN CAO LÃNH", "PHÒNG TÀI CHÍNH", "– KẾ HOẠCH"], "PHÒNG TÀI CHÍNH – KẾ HOẠCH"),
    (["**TRUNG TÂM VĂN HÓA**", "**- THỂ THAO**"], "TRUNG TÂM VĂN HÓA - THỂ THAO"),
])
def test_a_dash_that_opens_the_issuers_second_line_is_kept(left, issuer):
    data = parse("\n".join(left) + "\nSố: 77/VHTT-NV\nV/v lịch trực tết\n" + RIGHT + BODY)
    assert data["issuer"] == issuer


def test_a_speck_before_a_bodys_name_is_still_no_dash_of_the_name():
    data = parse("UBND TỈNH ĐỒNG THÁP\n- SỞ NỘI VỤ\nSố: 77/SNV-VP\nV/v lịch trực tết\n" + RIGHT + BODY)
    assert (data["parent_issuer"], data["issuer"]) == ("UBND TỈNH ĐỒNG THÁP", "SỞ NỘI VỤ")


@pytest.mark.parametrize("subject", [
    "“Tăng cường kiểm tra\nan toàn thực phẩm dịp Tết”",
    "\"Tăng cường kiểm tra an toàn\n\nthực phẩm dịp Tết\"",
])
def test_a_quoted_subject_with_no_vv_under_a_state_number(subject):
    data = parse("SỞ Y TẾ\nSố: 77/SYT-NV\n" + subject + "\n\n" + RIGHT + BODY)
    assert data["subject"] == subject.replace("\n\n", " ").replace("\n", " ")


def test_an_unclosed_quote_under_the_number_is_no_subject():
    data = parse("SỞ Y TẾ\nSố: 77/SYT-NV\n“Tăng cường kiểm tra\n\n" + RIGHT + BODY)
    assert data["subject"] in ("", None)


def test_a_subjects_line_in_small_letters_goes_on_though_its_words_open_a_paragraph():
    data = parse("SỞ Y TẾ\nSố: 77/SYT-NV\nV/v tổ chức các hoạt động kỷ niệm\n"
                 "ngày thành lập ngành và tuyên truyền các ngày lễ lớn\n" + RIGHT + BODY)
    assert data["subject"] == "tổ chức các hoạt động kỷ niệm ngày thành lập ngành và tuyên truyền các ngày lễ lớn"
    assert (data["place"], data["date"]) == ("Đồng Tháp", "2024-03-14")  # the date under it is the header's


@pytest.mark.parametrize("left, issuer, parent", [
    (["ỦY", "BAN NHÂN DÂN TỈNH ĐỒNG THÁP"], "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", None),
    (["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI", "CỤC KIỂM LÂM"], "CHI CỤC KIỂM LÂM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    (["THỦ TƯỚNG", "CHÍNH PHỦ"], "THỦ TƯỚNG CHÍNH PHỦ", None),
    (["UBND TỈNH ĐỒNG THÁP", "SỞ Y", "TẾ"], "SỞ Y TẾ", "UBND TỈNH ĐỒNG THÁP"),
])
def test_an_issuer_wrapped_after_any_of_its_words(left, issuer, parent):
    data = parse("\n".join(left) + "\nSố: 77/SYT-NV\nV/v lịch trực tết\n" + RIGHT + BODY)
    assert (data["issuer"], data["parent_issuer"]) == (issuer, parent)


def test_a_short_speck_without_marks_under_the_issuer_is_still_dropped():
    data = parse("SỞ Y TẾ\nPHI\nSố: 77/SYT-NV\nV/v lịch trực tết\n" + RIGHT + BODY)
    assert data["issuer"] == "SỞ Y TẾ"


def test_a_dash_line_of_a_head_printed_a_paragraph_a_line():
    head = "SỞ LAO ĐỘNG\n\n- THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 77/SLĐTBXH-VP\n\nV/v lịch trực tết\n\n"
    data = parse(head + RIGHT.replace("\n", "\n\n") + BODY)
    assert data["issuer"] == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


@pytest.mark.parametrize("left, parent, issuer", [
    # a dash ends the line and a type's name goes on the name under it: no type line
    (["ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH", "TRƯỜNG ĐẠI HỌC KINH TẾ -", "LUẬT"],
     "ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH", "TRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT"),
    (["UBND HUYỆN CAO LÃNH", "PHÒNG TÀI CHÍNH -", "KẾ HOẠCH"], "UBND HUYỆN CAO LÃNH", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"),
    # a unit's number in Roman numerals alone under the words that take it
    (["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC", "XXV"],
     "BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC XXV"),
    (["CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC", "XV"], "CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC XV"),
    # "ĐA" / "KHOA …": one word wrapped, no new body ("KHOA NỘI" would be one)
    (["CÔNG ĐOÀN NGÀNH Y TẾ TỈNH KIÊN GIANG", "CÔNG ĐOÀN BỆNH VIỆN ĐA", "KHOA TỈNH"],
     "CÔNG ĐOÀN NGÀNH Y TẾ TỈNH KIÊN GIANG", "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH"),
])
def test_a_name_the_narrow_column_wrapped_ends_on_the_line_under_it(left, parent, issuer):
    data = parse("\n".join(left) + "\nSố: 77/VHTT-NV\nV/v lịch trực tết\n" + RIGHT + BODY)
    assert (data["parent_issuer"], data["issuer"], data["doc_type"]) == (parent, issuer, "Công văn")
