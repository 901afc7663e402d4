"""Heads and feet of offices and layouts the development documents do not have (a Party committee
inside the province's police, a treasury's branch, a district's culture office, the social
insurance of a province), composed for these tests: names wrapped where a rule took the next line
for a new body or a speck, a subject followed by a one-line body, and feet and heads of pages that
lost their line breaks after their two columns were read row by row."""

from __future__ import annotations

import pytest

from dispatch_tools.evaluate.parse_score import subject_key
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat import with_line_breaks

BODY = ("Kính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị triển khai thực hiện và báo cáo kết quả "
        "trước ngày 30 tháng 6 năm 2024.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Hùng\n")


def _head(left: list[str], number: str = "Số: 12/CV-TH") -> str:
    return "\n".join(left + [number, "V/v triển khai nhiệm vụ năm 2024", "",
                             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                             "Hà Giang, ngày 30 tháng 5 năm 2024", "", BODY])


def _read(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def test_a_party_committee_named_after_its_host_over_two_lines_is_one_body():
    data = _read(_head(["ĐẢNG BỘ TỈNH HÀ GIANG", "ĐẢNG ỦY", "CÔNG AN TỈNH", "*"]))
    assert (data["parent_issuer"], data["issuer"]) == ("ĐẢNG BỘ TỈNH HÀ GIANG", "ĐẢNG ỦY CÔNG AN TỈNH")
    data = _read(_head(["SỞ Y TẾ TỈNH HÀ GIANG", "CÔNG ĐOÀN", "BỆNH VIỆN ĐA KHOA TỈNH"]))
    assert (data["parent_issuer"], data["issuer"]) == ("SỞ Y TẾ TỈNH HÀ GIANG", "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH")


def test_a_body_under_its_parent_stays_apart_when_the_line_above_is_a_whole_name():
    data = _read(_head(["ĐẢNG BỘ TỈNH HÀ GIANG", "ĐẢNG ỦY CÔNG AN TỈNH"]))
    assert (data["parent_issuer"], data["issuer"]) == ("ĐẢNG BỘ TỈNH HÀ GIANG", "ĐẢNG ỦY CÔNG AN TỈNH")
    data = _read(_head(["UBND TỈNH HÀ GIANG", "SỞ Y TẾ"]))
    assert (data["parent_issuer"], data["issuer"]) == ("UBND TỈNH HÀ GIANG", "SỞ Y TẾ")


def test_a_short_syllable_without_marks_that_ends_a_known_bodys_name_is_no_speck():
    data = _read(_head(["UBND HUYỆN TRIỆU PHONG", "PHÒNG VĂN HÓA VÀ THÔNG", "TIN"]))
    assert (data["parent_issuer"], data["issuer"]) == ("UBND HUYỆN TRIỆU PHONG", "PHÒNG VĂN HÓA VÀ THÔNG TIN")


def test_a_name_wrapped_inside_a_word_whose_second_half_opens_a_head():
    text = ("BẢO HIỂM XÃ HỘI VIỆT NAM           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BẢO HIỂM XÃ                              Độc lập - Tự do - Hạnh phúc\n"
            "HỘI TỈNH SÓC TRĂNG\n"
            "Số: 745/BHXH-QLT                          Sóc Trăng, ngày 16 tháng 6 năm 2022\n"
            "V/v đôn đốc thu hồi tiền chậm đóng bảo hiểm xã hội\n\n" + BODY)
    data = _read(text)
    assert (data["parent_issuer"], data["issuer"]) == ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH SÓC TRĂNG")
    data = _read(text.replace("BẢO HIỂM XÃ    ", "BẢO HIỂM XÃ HỘI").replace("HỘI TỈNH SÓC TRĂNG", "TỈNH SÓC TRĂNG"))
    assert (data["parent_issuer"], data["issuer"]) == ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH SÓC TRĂNG")


@pytest.mark.parametrize("line, subject", [
    ("Viện kiểm sát nhân dân tỉnh thông báo lịch tiếp công dân như sau:", "lịch tiếp công dân tháng 8 năm 2023"),
    ("Viện kiểm sát nhân dân tỉnh thông báo để các đơn vị biết./.", "lịch tiếp công dân tháng 8 năm 2023"),
    # a subject the page broke with a blank line goes on past it
    ("trên địa bàn tỉnh", "lịch tiếp công dân tháng 8 năm 2023 trên địa bàn tỉnh"),
])
def test_a_one_line_body_under_a_titles_subject_is_no_part_of_it(line, subject):
    text = ("VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH GIA LAI\nSố: 25/TB-VKS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nGia Lai, ngày 31 tháng 7 năm 2023\n\nTHÔNG BÁO\n"
            f"Về lịch tiếp công dân tháng 8 năm 2023\n\n{line}\n\n1. Thứ Hai hằng tuần.\n\n"
            "Nơi nhận:\n- Các phòng;\n- Lưu: VT.\n\nTL. VIỆN TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Hòa\n")
    assert subject_key(_read(text)["subject"]) == subject_key(subject)  # "Về" before it is no part of it


FLAT_HEAD = ("SỞ Y TẾ TỈNH CÀ MAU TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
             "Độc lập - Tự do - Hạnh phúc Số: 412/TTYT-KHNV Đầm Dơi, ngày 5 tháng 9 năm 2023 V/v triển khai "
             "chiến dịch tiêm vắc xin sởi năm 2023 Kính gửi: Trạm Y tế các xã, thị trấn. Thực hiện kế hoạch "
             "của Sở Y tế, đề nghị các Trạm Y tế khẩn trương rà soát đối tượng và báo cáo trước ngày 20 tháng 9 "
             "năm 2023. Trân trọng./. ")


@pytest.mark.parametrize("foot, signer", [
    # the capacity's last word is a title of its own ("TRƯỞNG"): it stays the capacity's
    ("Nơi nhận: KT. CỤC TRƯỞNG - Như trên; PHÓ CỤC TRƯỞNG - Lưu: VT. Nguyễn Thị Kiều",
     {"authority": "KT.", "capacity": "CỤC TRƯỞNG", "title": "PHÓ CỤC TRƯỞNG", "name": "Nguyễn Thị Kiều"}),
    ("Nơi nhận: Q. HIỆU TRƯỞNG - Như trên; Nguyễn Thị Kiều - Lưu: VT.",
     {"authority": "Q.", "capacity": "HIỆU TRƯỞNG", "title": None, "name": "Nguyễn Thị Kiều"}),
    # a second prefix's title is its own, not the first prefix's
    ("Nơi nhận: TL. TRƯỞNG BAN - Như trên; KT. CHÁNH VĂN PHÒNG - UBND tỉnh (b/c); PHÓ CHÁNH VĂN PHÒNG "
     "- Lưu: VT. Nguyễn Thị Kiều",
     {"authority": "TL.", "capacity": "TRƯỞNG BAN", "title": "PHÓ CHÁNH VĂN PHÒNG", "name": "Nguyễn Thị Kiều"}),
    # an entry of the list that names a title is no signer's title
    ("Nơi nhận: Q. GIÁM ĐỐC - Như trên; - Bộ trưởng (để b/c); Nguyễn Thị Kiều - Lưu: VT.",
     {"authority": "Q.", "capacity": "GIÁM ĐỐC", "title": None, "name": "Nguyễn Thị Kiều"}),
    # a title with its words capitalised
    ("Nơi nhận: KT. HIỆU TRƯỞNG - Như trên; Phó Hiệu trưởng - Lưu: VT. Nguyễn Thị Kiều",
     {"authority": "KT.", "capacity": "HIỆU TRƯỞNG", "title": "Phó Hiệu trưởng", "name": "Nguyễn Thị Kiều"}),
])
def test_the_foot_of_a_flattened_page_read_row_by_row(foot, signer):
    data = _read(FLAT_HEAD + foot + "\n")
    assert data["signer"] == signer
    assert (data["parent_issuer"], data["issuer"]) == ("SỞ Y TẾ TỈNH CÀ MAU", "TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI")


def test_a_flattened_head_whose_national_title_was_read_in_two_halves_between_the_bodies():
    flat = FLAT_HEAD.replace("SỞ Y TẾ TỈNH CÀ MAU TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                             "SỞ Y TẾ TỈNH CÀ MAU CỘNG HÒA XÃ HỘI TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI CHỦ NGHĨA VIỆT NAM")
    text = flat + "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Thị Kiều\n"
    assert with_line_breaks(text).split("\n")[:4] == [
        "SỞ Y TẾ TỈNH CÀ MAU", "CỘNG HÒA XÃ HỘI", "TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI", "CHỦ NGHĨA VIỆT NAM"]
    data = _read(text)
    assert (data["parent_issuer"], data["issuer"]) == ("SỞ Y TẾ TỈNH CÀ MAU", "TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI")
    whole = FLAT_HEAD + "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Thị Kiều\n"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in with_line_breaks(whole)  # a whole title is not broken
