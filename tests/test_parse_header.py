"""Header and foot fields on layouts the parser had not seen: places written ``TP.``/``Tp.`` or before
the date on the issuer's side, subjects without ``V/v``, over several lines or after ``Về:``, a
signature block interleaved with ``Nơi nhận`` line by line, two header columns merged on one
line, and pages without a header."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


@pytest.mark.parametrize("line, place", [
    ("TP. Hồ Chí Minh, ngày 07 tháng 4 năm 2016", "TP. Hồ Chí Minh"),
    ("Tp. Huế, ngày 13 tháng 4 năm 2018", "Tp. Huế"),
    ("Tp.Hồ Chí Minh, ngày 14 tháng 10 năm 2019", "Tp.Hồ Chí Minh"),
    ("TP. Hồ Chí Minh ngày 07 tháng 4 năm 2016", "TP. Hồ Chí Minh"),
])
def test_places_of_cities(line, place):
    text = f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 1551/UBND-VX\nV/v thực hiện Đề án\n\n{line}\n\nKính gửi: Sở Y tế."
    data = parse(text)
    assert data["place"] == place
    assert data["date"] is not None


def test_place_and_date_before_the_number_on_the_issuers_side():
    text = """TỈNH UỶ HÀ TĨNH
BAN TUYÊN GIÁO
*
Hà Tĩnh, ngày 15 tháng 6 năm 2021
Số 369 - CV/BTGTU
Gửi Đề cương tuyên truyền kỷ niệm
190 năm thành lập tỉnh Hà Tĩnh
Kính gửi:
- Các ban, sở, ngành cấp tỉnh,
Đề nghị các địa phương, đơn vị tuyên truyền rộng rãi."""
    data = parse(text)
    assert (data["place"], data["date"], data["number"]) == ("Hà Tĩnh", "2021-06-15", "369-CV/BTGTU")
    assert data["subject"] == "Gửi Đề cương tuyên truyền kỷ niệm 190 năm thành lập tỉnh Hà Tĩnh"
    assert (data["parent_issuer"], data["issuer"]) == ("TỈNH UỶ HÀ TĨNH", "BAN TUYÊN GIÁO")


@pytest.mark.parametrize("lines, subject", [
    ("Về việc thực hiện Đề án Kiểm soát\n\n\nmất cân bằng giới tính khi sinh\ngiai đoạn 2016 - 2025",
     "thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2016 - 2025"),
    ("Về tăng cường quản lý đầu tư", "tăng cường quản lý đầu tư"),
    ("Về: tham gia ý kiến dự thảo Quy chế", "tham gia ý kiến dự thảo Quy chế"),
    ("V/v tuyên truyền kỷ niệm 130 năm\n\nNgày sinh Chủ tịch Tôn Đức Thắng",
     "tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Tôn Đức Thắng"),
    ("V/v đề cử “Nông dân Việt Nam\nxuất sắc năm 2014”", "đề cử “Nông dân Việt Nam xuất sắc năm 2014”"),
])
def test_subjects(lines, subject):
    text = (f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 1551/UBND-VX\n{lines}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nTP. Hồ Chí Minh, ngày 07 tháng 4 năm 2016\n\nKính gửi: Sở Y tế.")
    assert parse(text)["subject"] == subject


def test_subject_on_the_number_line():
    text = ("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 8027/VPCP-ĐP V/v lập Đề án phát triển vùng đầm phá.\n\n"
            "Hà Nội, ngày 21 tháng 11 năm 2008\n\nKính gửi: Ủy ban nhân dân tỉnh Thừa Thiên Huế.")
    data = parse(text)
    assert data["number"] == "8027/VPCP-ĐP"
    assert data["subject"] == "lập Đề án phát triển vùng đầm phá."


def test_a_state_dispatch_without_v_v_has_no_subject_read_from_the_next_line():
    text = ("SỞ Y TẾ\nSố: 12/SYT-NV\nHà Nội, ngày 05 tháng 3 năm 2025\nKính gửi: Các bệnh viện.\n"
            "Sở Y tế đề nghị các bệnh viện báo cáo.")
    assert parse(text)["subject"] == ""


def test_signature_block_interleaved_with_the_distribution_line_by_line():
    text = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 1551/UBND-VX
V/v thực hiện Đề án
TP. Hồ Chí Minh, ngày 07 tháng 4 năm 2016
Kính gửi: Sở Y tế.
Giao Sở Y tế xây dựng kế hoạch./.

Nơi nhận:
KT. CHỦ TỊCH

- Như trên;

- TTUB: CT, các PCT;

- Phòng VX;- Lưu VT.
PHÓ CHỦ TỊCHNguyễn Thị Thu"""
    data = parse(text)
    assert data["signer"] == {"authority": "KT.", "capacity": "CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                              "name": "Nguyễn Thị Thu"}
    assert data["distribution"] == ["Như trên", "TTUB: CT, các PCT", "Phòng VX", "Lưu VT"]


@pytest.mark.parametrize("block, signer", [
    ("KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM\nN\nguyễn Cao Lục",
     {"authority": "KT.", "capacity": "BỘ TRƯỞNG, CHỦ NHIỆM", "title": "PHÓ CHỦ NHIỆM", "name": "Nguyễn Cao Lục"}),
    ("TM. Ủy ban nhân dân tỉnh\nChủ tịch\n(Đã ký)\nNguyễn Văn Thông",
     {"authority": "TM.", "capacity": "Ủy ban nhân dân tỉnh", "title": "Chủ tịch", "name": "Nguyễn Văn Thông"}),
    ("P. GIÁM ĐỐC\n(đã ký)\nNguyễn Thị Lynh Trang",
     {"authority": None, "capacity": None, "title": "P. GIÁM ĐỐC", "name": "Nguyễn Thị Lynh Trang"}),
])
def test_signature_blocks(block, signer):
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 3661/VPCP-KTN\nV/v điều chỉnh quy hoạch\nHà Nội, ngày 19 tháng 5 năm 2016\n"
            f"Kính gửi: Bộ Xây dựng.\nBộ Xây dựng nghiên cứu, báo cáo Thủ tướng Chính phủ./.\n\n{block}")
    assert parse(text)["signer"] == signer


@pytest.mark.parametrize("header, issuer, parent", [
    ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÓC TRĂNG        Độc lập - Tự do - Hạnh phúc",
     "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", None),
    ("UBND XÃ ĐÔNG HƯNG A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLiên đội trường THCS Đông Hưng A Độc lập - Tự do - Hạnh phúc",
     "Liên đội trường THCS Đông Hưng A", "UBND XÃ ĐÔNG HƯNG A"),
    ("BỘ XÂY DỰNG - CỤC ĐƯỜNG BỘ VIỆT NAM", "CỤC ĐƯỜNG BỘ VIỆT NAM", "BỘ XÂY DỰNG"),
    ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*", "BAN CHẤP HÀNH TRUNG ƯƠNG", "HỘI NÔNG DÂN VIỆT NAM"),
    ("BAN TỔ CHỨC\nĐẠI HỘI ĐẠI BIỂU\nCÁC DÂN TỘC THIỂU SỐ VIỆT NAM\nTIỂU BAN THI ĐUA – KHEN THƯỞNG",
     "TIỂU BAN THI ĐUA – KHEN THƯỞNG", "BAN TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU CÁC DÂN TỘC THIỂU SỐ VIỆT NAM"),
])
def test_issuers(header, issuer, parent):
    data = parse(f"{header}\nSố: 812/UBND-VX\nV/v bầu chọn\nSóc Trăng, ngày 14 tháng 9 năm 2012\nKính gửi: Sở Văn hóa.")
    assert (data["issuer"], data["parent_issuer"]) == (issuer, parent)


@pytest.mark.parametrize("header, issuer, parent", [
    # a parent body and its body run together on one line, nothing between them
    ("BỘ CÔNG AN CÔNG AN TỈNH KON TUM", "CÔNG AN TỈNH KON TUM", "BỘ CÔNG AN"),
    ("TỈNH ỦY HÀ TĨNH BAN TUYÊN GIÁO\n*", "BAN TUYÊN GIÁO", "TỈNH ỦY HÀ TĨNH"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN DÂN VẬN", "BAN DÂN VẬN", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ("UBND HUYỆN LẬP THẠCH TRƯỜNG TIỂU HỌC KIM ĐỒNG", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "UBND HUYỆN LẬP THẠCH"),
    ("UBND TX. ĐỒNG XOÀI PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND TX. ĐỒNG XOÀI"),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU SỞ XÂY DỰNG", "SỞ XÂY DỰNG", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"),
    ("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG BAN TUYÊN GIÁO", "BAN TUYÊN GIÁO",
     "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG"),
    ("KHO BẠC NHÀ NƯỚC KHO BẠC NHÀ NƯỚC TỈNH QUẢNG NGÃI", "KHO BẠC NHÀ NƯỚC TỈNH QUẢNG NGÃI", "KHO BẠC NHÀ NƯỚC"),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI", "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI",
     "BỘ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("UBND HUYỆN ĐÔNG ANH PHÒNG Y TẾ", "PHÒNG Y TẾ", "UBND HUYỆN ĐÔNG ANH"),  # "ANH PHÒNG" is no "VĂN PHÒNG"
    ("HUYỆN ỦY CỦ CHI BAN TUYÊN GIÁO", "BAN TUYÊN GIÁO", "HUYỆN ỦY CỦ CHI"),
    ("TỈNH ĐOÀN ĐẮK LẮK BAN TỔ CHỨC", "BAN TỔ CHỨC", "TỈNH ĐOÀN ĐẮK LẮK"),
    # one body, whose name only holds a word that may open another one
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH AN GIANG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH AN GIANG", None),
    ("BẢO HIỂM XÃ HỘI HUYỆN CỦ CHI", "BẢO HIỂM XÃ HỘI HUYỆN CỦ CHI", None),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", None),
    ("CÔNG AN THÀNH PHỐ HẢI PHÒNG", "CÔNG AN THÀNH PHỐ HẢI PHÒNG", None),
    ("HUYỆN ĐOÀN PHÚ VANG", "HUYỆN ĐOÀN PHÚ VANG", None),
])
def test_a_parent_and_its_body_on_one_line(header, issuer, parent):
    data = parse(f"{header}\nSố: 812/UBND-VX\nV/v bầu chọn\nHà Nội, ngày 14 tháng 9 năm 2012\nKính gửi: Sở Văn hóa.")
    assert (data["issuer"], data["parent_issuer"]) == (issuer, parent)


def test_a_page_without_a_header_takes_its_type_and_subject_from_its_title():
    text = ("Thông báo về việc tổ chức tổng vệ sinh trên địa bàn thành phố Huế.\n"
            "Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND ngày 13 tháng 4 "
            "năm 2018 của UBND thành phố, Phòng Giáo dục yêu cầu các trường học trực thuộc thực hiện các nội dung sau:\n"
            "1. Triển khai tổng vệ sinh khu vực trường học.")
    data = parse(text)
    assert (data["doc_type"], data["subject"], data["date"]) == (
        "Thông báo", "tổ chức tổng vệ sinh trên địa bàn thành phố Huế.", None)
    assert data["recipients"] == ["Ông (Bà) Hiệu trưởng các đơn vị trực thuộc"]
    assert [t["assignees"] for t in data["tasks"]] == [["các trường học trực thuộc"]]


def test_a_decision_without_its_header_is_no_issuer():
    text = "NGHỊ QUYẾT\nQUYẾT NGHỊ\nĐiều 1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký."
    data = parse(text)
    assert (data["issuer"], data["subject"], data["doc_type"]) == (None, "", "Nghị quyết")


@pytest.mark.parametrize("issuer", ["BCH ĐOÀN TP HỒ CHÍ MINH", "BCH ĐOÀN TỈNH HỒ CHÍ MINH", "THÀNH ĐOÀN HỒ CHÍ MINH"])
def test_a_youth_union_named_after_its_place_is_no_motto(issuer):
    data = parse(f"{issuer}\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố 12-CV/TĐTN\nTP. Hồ Chí Minh, ngày 3 tháng 4 năm 2024\n"
                 "V/v tổ chức hoạt động hè\nKính gửi: Các cơ sở Đoàn.")
    assert (data["issuer"], data["number"]) == (issuer, "12-CV/TĐTN")


HEAD_UNDER_STAMPS = """{top}
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 90 /QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 16 tháng 01 năm 2025

QUYẾT ĐỊNH
Về việc bổ nhiệm vào ngạch Thanh tra viên và xếp lương đối với ông Võ Văn Dương
"""


@pytest.mark.parametrize("top", ["bạn\nVÀ\nre", "VÀ", "&\n"])
def test_a_lone_joining_word_above_the_header_opens_no_name(top):
    """A photocopy's stamps over the page's top, read apart (``VÀ`` of ``… CÔNG BÁO VÀ TIN HỌC``),
    leave a lone joining word over the issuer: no name begins with it."""
    fields = parse(HEAD_UNDER_STAMPS.format(top=top))
    assert fields["issuer"] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" and fields.get("parent_issuer") is None


def test_a_joining_word_alone_inside_a_wrapped_name_still_joins_it():
    text = HEAD_UNDER_STAMPS.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ\nXÃ HỘI")
    assert parse(text.format(top=""))["issuer"] == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


@pytest.mark.parametrize("line, subject", [
    ("Về việc bổ nhiệm vào ngạch Thanh tra viên", "bổ nhiệm vào ngạch Thanh tra viên"),
    ("việc bổ nhiệm vào ngạch Thanh tra viên", "bổ nhiệm vào ngạch Thanh tra viên"),  # "Về" under a stamp
    ("›việc bổ nhiệm vào ngạch Thanh tra viên", "bổ nhiệm vào ngạch Thanh tra viên"),  # and its speck
    ("Việc làm cho lao động nông thôn năm 2026", "Việc làm cho lao động nông thôn năm 2026"),
    ("việc làm cho lao động nông thôn năm 2026", "việc làm cho lao động nông thôn năm 2026"),
])
def test_a_titles_subject_whose_ve_a_mark_hid(line, subject):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 86/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 07 tháng 4 năm 2025\n\nQUYẾT ĐỊNH\n"
            f"{line}\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nCăn cứ Luật Thanh tra;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Bổ nhiệm ông Nguyễn Văn A vào ngạch Thanh tra viên.")
    assert parse(text)["subject"] == subject
