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


def _subject(head: str) -> str:
    foot = ("\n\nKính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n"
            "- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Hùng\n")
    return subject_key(_read(head + foot)["subject"])


@pytest.mark.parametrize("head, subject", [
    # a quoted subject under a state number, opening with words that open a paragraph too
    ("SỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nam, ngày 24 tháng 01 năm 2011\n"
     "Số: 07/SYT-VP\n“Triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm 2021”",
     "“Triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm 2021”"),
    # under the right column's date wrapped below the number's line
    ("SỞ Y TẾ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n          Độc lập - Tự do - Hạnh phúc\n"
     "Số: 2300/SYT-VP             Hà Nội,\n                          ngày 8 tháng 12 năm 2016\n"
     "“Báo cáo kết quả thực hiện nhiệm vụ\n6 tháng đầu năm 2015”", "“Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2015”"),
    # the place of a wrapped date glued after the closing quote
    ("CỤC THUẾ TỈNH CAO BẰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/CT-TTHT\n"
     "“V/v báo cáo kết quả thực hiện nhiệm vụ năm 2024”Cao Bằng,\nngày 24 tháng 3 năm 2019",
     "“báo cáo kết quả thực hiện nhiệm vụ năm 2024”"),
    # a year alone past a blank line the page left inside the subject
    ("TỈNH ĐOÀN QUẢNG TRỊ\n\n*\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nSố 03 - CV/TĐTN-VP V/V triển khai công tác\n\n"
     "phòng, chống dịch bệnh mùa mưa bão năm\n\n2022\n\n\nQuảng Trị, ngày 3 tháng 10 năm 2022",
     "triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm 2022"),
    # a Party dispatch's bare subject after its number on the same line (a column printed as a paragraph)
    ("TỈNH ĐOÀN HẢI PHÒNG BAN TỔ CHỨC - KIỂM TRA * Số: 1427-CV/BTCKT Rà soát, cập nhật danh mục thủ tục "
     "hành chính thuộc thẩm quyền giải quyết\n\nĐOÀN TNCS HỒ CHÍ MINH Hải Phòng, ngày 5 tháng 2 năm 2021",
     "Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết"),
    # and under it, when the place and date are merged after the number
    ("BCH ĐOÀN TỈNH HÀ GIANG ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 2141-CV/TĐTN-VP Hà Giang, ngày 14 tháng 9 năm 2021\n"
     "Chấn chỉnh việc chấp hành kỷ luật, kỷ cương hành chính trong thực thi công vụ",
     "Chấn chỉnh việc chấp hành kỷ luật, kỷ cương hành chính trong thực thi công vụ"),
])
def test_subjects_under_or_after_the_number(head, subject):
    assert _subject(head) == subject_key(subject)


HEAD = ("SỞ Y TẾ\nSố: 12/SYT-VP\nV/v triển khai nhiệm vụ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 3 tháng 4 năm 2024\n\nKính gửi: Các đơn vị.\n\n"
        "Đề nghị các đơn vị thực hiện./.\n\n")


@pytest.mark.parametrize("foot, signer, distribution", [
    # no prefix, the block above Nơi nhận, a degree before the name
    ("GIÁM ĐỐC\nTS. Lại Quốc Tâm\nNơi nhận:\n- Như trên;\n- Lưu VT, TH.\n",
     {"authority": None, "capacity": None, "title": "GIÁM ĐỐC", "name": "Lại Quốc Tâm"}, ["Như trên", "Lưu VT, TH"]),
    # interleaved with the distribution: the name with its degree is no entry
    ("Nơi nhận:\nCHỦ TỊCH\n- Như trên;\nThS. Huỳnh Hoàng Cường\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VT, VP.\n",
     {"authority": None, "capacity": None, "title": "CHỦ TỊCH", "name": "Huỳnh Hoàng Cường"},
     ["Như trên", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, VP"]),
    # merged with an entry's row by one space
    ("Nơi nhận: TL. HIỆU TRƯỞNG\n- Như trên; KT. TRƯỞNG PHÒNG ĐÀO TẠO\n- Sở Tài chính; PHÓ TRƯỞNG PHÒNG\n"
     "- Các đơn vị trực thuộc; PGS.TS Thái Thu Dũng\n- Lưu: VT.\n",
     {"authority": "TL.", "capacity": "HIỆU TRƯỞNG", "title": "PHÓ TRƯỞNG PHÒNG", "name": "Thái Thu Dũng"},
     ["Như trên", "Sở Tài chính", "Các đơn vị trực thuộc", "Lưu: VT"]),
])
def test_a_signers_degree_before_the_name(foot, signer, distribution):
    data = _read(HEAD + foot)
    assert (data["signer"], data["distribution"]) == (signer, distribution)


@pytest.mark.parametrize("foot, title, distribution", [
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC GS.TSKH. Nguyễn Văn An Nơi nhận: - Như trên; - Lưu: VT.", "PHÓ GIÁM ĐỐC",
     ["Như trên", "Lưu: VT"]),
    ("Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC PGS.TS Nguyễn Văn An", "PHÓ GIÁM ĐỐC",
     ["Như trên", "Lưu: VT"]),
    ("Nơi nhận: KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - Lưu: VT. GS.TSKH. Nguyễn Văn An", "PHÓ GIÁM ĐỐC",
     ["Như trên", "Lưu: VT"]),
    ("Nơi nhận: KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - Sở Tài chính; GS.TSKH. Nguyễn Văn An - Lưu: VT.",
     "PHÓ GIÁM ĐỐC", ["Như trên", "Sở Tài chính", "Lưu: VT"]),
])
def test_a_flattened_foot_breaks_before_the_degree_of_the_name(foot, title, distribution):
    data = _read(FLAT_HEAD + foot + "\n")
    assert (data["signer"]["title"], data["signer"]["name"], data["distribution"]) == (
        title, "Nguyễn Văn An", distribution)


def test_a_flattened_titles_second_line_in_capitals_before_the_name():
    data = _read(FLAT_HEAD + "Nơi nhận: - Như trên; - Lưu: VT. TL. GIÁM ĐỐC TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN "
                             "Bùi Công Hạnh\n")
    assert (data["signer"]["title"], data["signer"]["name"]) == ("TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN", "Bùi Công Hạnh")
    data = _read(FLAT_HEAD + "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC NGUYỄN VĂN AN Nơi nhận: - Như trên; - Lưu: VT.\n")
    assert (data["signer"]["title"], data["signer"]["name"]) == ("PHÓ GIÁM ĐỐC", "Nguyễn Văn An")


@pytest.mark.parametrize("foot, title", [
    # a title in sentence case with no prefix, the first line under Nơi nhận, the columns interleaved
    ("Nơi nhận:\nCục trưởng\n- Như trên;\n- UBND tỉnh (để b/c);\nNguyễn Quốc An\n- Các đơn vị trực thuộc;\n- Lưu VT, TH.\n",
     "Cục trưởng"),
    # after Nơi nhận on its line, a title of two offices
    ("Nơi nhận:\tBộ trưởng, chủ nhiệm\n- Như trên;\n- Lưu VT, TH.\tNguyễn Quốc An\n", "Bộ trưởng, chủ nhiệm"),
    # a head's title with the unit it heads, seven words in sentence case
    ("Nơi nhận:                              TL. BỘ TRƯỞNG\n- Như trên;          Vụ trưởng vụ kế hoạch - tài chính\n"
     "- UBND tỉnh (để b/c);       Nguyễn Quốc An\n- Lưu VT, TH.\n", "Vụ trưởng vụ kế hoạch - tài chính"),
])
def test_a_title_in_sentence_case_beside_the_distribution(foot, title):
    data = _read(HEAD + foot)
    assert (data["signer"]["title"], data["signer"]["name"]) == (title, "Nguyễn Quốc An")
    assert title not in data["distribution"] and "Như trên" in data["distribution"]


def test_three_bodies_run_together_on_one_line():
    data = _read(_head(["UBND TP. CẦN THƠ SỞ XÂY DỰNG BỆNH VIỆN ĐA KHOA TỈNH", "---------------"]))
    assert (data["parent_issuer"], data["issuer"]) == ("UBND TP. CẦN THƠ SỞ XÂY DỰNG", "BỆNH VIỆN ĐA KHOA TỈNH")
    data = _read(_head(["UBND TỈNH HÀ GIANG SỞ Y TẾ", "---------------"]))
    assert (data["parent_issuer"], data["issuer"]) == ("UBND TỈNH HÀ GIANG", "SỞ Y TẾ")


def test_a_name_whose_last_letter_is_the_national_titles_first_glued_to_it():
    text = ("KIỂM TOÁN NHÀ NƯỚCCỘNG HÒA XÃ HỘI\nKIỂM TOÁNCHỦ NGHĨA VIỆT NAM\nNHÀ NƯỚC KHU VỰC IVĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 72/KTNN-NV\nV/v rà soát thủ tục hành chính\n\nHà Tĩnh, ngày 01 tháng 02 năm 2018\n\n" + BODY)
    data = _read(text)
    assert (data["parent_issuer"], data["issuer"]) == ("KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV")


def test_a_districts_name_that_folds_to_a_head_ends_the_parent_on_a_flattened_line():
    flat = FLAT_HEAD.replace("SỞ Y TẾ TỈNH CÀ MAU TRUNG TÂM Y TẾ HUYỆN ĐẦM DƠI", "UBND HUYỆN BẢO LÂM TRUNG TÂM Y TẾ HUYỆN BẢO LÂM")
    data = _read(flat + "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Thị Kiều\n")
    assert (data["parent_issuer"], data["issuer"]) == ("UBND HUYỆN BẢO LÂM", "TRUNG TÂM Y TẾ HUYỆN BẢO LÂM")


@pytest.mark.parametrize("foot", [
    "Nơi nhận: KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - Lưu: VT, YTCC. BSCKI. K'Điểu Thị Hoa",
    "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC K'Điểu Thị Hoa",
])
def test_a_name_that_opens_with_a_letter_and_an_apostrophe(foot):
    data = _read(FLAT_HEAD + foot + "\n")
    assert (data["signer"]["title"], data["signer"]["name"]) == ("PHÓ GIÁM ĐỐC", "K'Điểu Thị Hoa")


def test_a_border_guard_post_under_its_command_and_its_heads_title():
    text = ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH KIÊN GIANG\nĐỒN BIÊN PHÒNG HÒN SƠN\nSố: 112/ĐBP-TM\n"
            "V/v phối hợp tuần tra trên vùng biển\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Kiên Hải, ngày 5 tháng 8 năm 2022\n\nKính gửi: Ủy ban nhân dân xã Lại Sơn.\n\nĐề nghị phối hợp./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nĐỒN TRƯỞNG\n\nThiếu tá Danh Sóc\n")
    data = _read(text)
    assert (data["parent_issuer"], data["issuer"]) == ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH KIÊN GIANG",
                                                       "ĐỒN BIÊN PHÒNG HÒN SƠN")
    assert (data["signer"]["title"], data["signer"]["name"]) == ("ĐỒN TRƯỞNG", "Danh Sóc")


def test_a_one_sentence_body_under_a_titles_subject_ends_it():
    text = ("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XII\nSố: 41/GM-KBKV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nCần Thơ, ngày 3 tháng 6 năm 2025\n\nGIẤY MỜI\n"
            "Dự hội nghị triển khai dịch vụ công trực tuyến\n\nKho bạc Nhà nước khu vực XII trân trọng kính mời đại "
            "diện lãnh đạo đơn vị tham dự hội nghị.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nHuỳnh Thanh Bình\n")
    assert subject_key(_read(text)["subject"]) == "Dự hội nghị triển khai dịch vụ công trực tuyến"


def test_a_flattened_titles_unit_in_capitals_and_a_rank_before_the_name():
    data = _read(FLAT_HEAD + "Nơi nhận: KT. TRƯỞNG CÔNG AN HUYỆN - Như trên; PHÓ TRƯỞNG CÔNG AN HUYỆN - Lưu: VT. "
                             "Thượng tá Nguyễn Văn Lực\n")
    assert data["signer"] == {"authority": "KT.", "capacity": "TRƯỞNG CÔNG AN HUYỆN",
                              "title": "PHÓ TRƯỞNG CÔNG AN HUYỆN", "name": "Nguyễn Văn Lực"}
    assert data["distribution"] == ["Như trên", "Lưu: VT"]


@pytest.mark.parametrize("left, parent, issuer", [
    (["TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH NAM ĐỊNH"], "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH NAM ĐỊNH"),
    (["TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM", "VIỄN THÔNG NAM ĐỊNH"], "TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM",
     "VIỄN THÔNG NAM ĐỊNH"),
    # a company's head alone on its line names nothing: the next line goes on with it
    (["TỔNG CÔNG TY", "BƯU ĐIỆN VIỆT NAM"], None, "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM"),
])
def test_post_and_telecom_branches_under_their_corporation(left, parent, issuer):
    data = _read(_head(left))
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


@pytest.mark.parametrize("block", [
    "TL. TRƯỞNG BAN KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG",  # the three lines of the block merged on one
    "TL. TRƯỞNG BAN KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
])
def test_a_second_prefix_on_the_first_ones_line_is_no_part_of_its_capacity(block):
    data = _read(HEAD + f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{block}\n\nLê Văn An\n")
    assert data["signer"] == {"authority": "TL.", "capacity": "TRƯỞNG BAN", "title": "PHÓ CHÁNH VĂN PHÒNG",
                              "name": "Lê Văn An"}
