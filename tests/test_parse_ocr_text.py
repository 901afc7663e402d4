"""Parsing text as an OCR pass and a reading order leave it: specks around list dashes, lost
dashes, the right header column among the addressees, wrapped titles and entries."""

from __future__ import annotations

import pytest

from dispatch_tools.parse.text import trim_item

from .test_parse_fields import HEADER, dispatch, parse


@pytest.mark.parametrize("raw, item", [
    ("- = Lưu: VT, Vụ GDCN.", "Lưu: VT, Vụ GDCN"),
    ("._- UBMTTQVN và các đoàn thể tỉnh;", "UBMTTQVN và các đoàn thể tỉnh"),
    (".- Hiệu trưởng trường Trung học cơ sở ;", "Hiệu trưởng trường Trung học cơ sở"),
    ("- 'TTr. Nguyễn Vinh Hiển (để b/c);", "TTr. Nguyễn Vinh Hiển (để b/c)"),
    ("- Như trên;", "Như trên"),
    ("* Sở Tài chính;", "Sở Tài chính"),
    ("*nl*", "nl"),  # italic markup: its marks go, it is no bullet
    ("- 5 đơn vị trực thuộc.", "5 đơn vị trực thuộc"),
    ("._~ UBMTTQVN và các đoàn thể tỉnh;", "UBMTTQVN và các đoàn thể tỉnh"),
    ("- Lưu: VT, NCTH.HH d:2011\\CV\\SVH\\ T4\\Bầu cho Phố cổ Hội An", "Lưu: VT, NCTH.HH"),
])
def test_list_entries_lose_the_specks_around_their_dash(raw, item):
    assert trim_item(raw) == item


def test_distribution_entry_whose_dash_was_lost():
    data = dispatch("Nội dung./.\n\nNơi nhận:\nNhư trên;\n- Bộ trưởng (để b/c);\nThứ trưởng Trần Anh Tuấn;\n"
                    "- Lưu: VT, TCBC.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Anh Tuấn")
    assert data["distribution"] == ["Như trên", "Bộ trưởng (để b/c)", "Thứ trưởng Trần Anh Tuấn", "Lưu: VT, TCBC"]


def test_addressees_with_the_right_header_column_read_among_them():
    text = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 3170/SGDĐT-GDTrH&TX
Về: góp ý dự thảo hướng dẫn kiểm tra học kỳ.

Kính gửi: -

- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập —- Tự do - Hạnh phúc

Tp.Hồ Chí Minh, ngày 14 tháng 10 năm 2019

.- Hiệu trưởng trường Trung học cơ sở ;
- Giám đốc trung tâm ngoại ngữ, tin học ;.

- Hiệu trưởng trường Tiểu học trực thuộc và trường
tư thục .

Theo văn bản số 415/QLCL ngày 05.10.2019 của Bộ Giáo dục và Đào tạo, Cục Quản lý chất lượng đã dự thảo hướng dẫn.
"""
    assert parse(text)["recipients"] == [
        "Hiệu trưởng trường Trung học cơ sở",
        "Giám đốc trung tâm ngoại ngữ, tin học",
        "Hiệu trưởng trường Tiểu học trực thuộc và trường tư thục",
    ]


def test_dash_entry_wrapped_before_a_capitalised_word():
    text = HEADER.replace("Kính gửi: Sở Giáo dục và Đào tạo.", """Kính gửi:
- Các sở, ban, ngành của Thành phố;
- Văn phòng Ban Chỉ đạo quốc gia kỷ niệm 1000 năm Thăng
Long.""").format(number_line="Số: 1/ABC", body="Thực hiện ý kiến kết luận của đồng chí Phó Thủ tướng.")
    assert parse(text)["recipients"] == ["Các sở, ban, ngành của Thành phố",
                                         "Văn phòng Ban Chỉ đạo quốc gia kỷ niệm 1000 năm Thăng Long"]


def test_signer_title_wrapped_over_two_lines_and_a_speck_before_the_name():
    data = dispatch("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. BỘ TRƯỞNG\n"
                    "VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN\nNGHIỆP\n\nT\n\nHoàng Ngọc Vinh")
    assert data["signer"] == {"authority": "TL.", "capacity": "BỘ TRƯỞNG",
                              "title": "VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP", "name": "Hoàng Ngọc Vinh"}


def test_deadline_time_with_a_closing_quote_read_for_the_minute_mark():
    data = dispatch("Đề nghị Sở Giáo dục và Đào tạo báo cáo chậm nhất 10h00” ngày 23/11/2024.")
    assert [(d["date"], d["time"]) for d in data["deadlines"]] == [("2024-11-23", "10:00")]


def test_reference_date_after_a_speck():
    data = dispatch("Thực hiện Nghị định số 123/2015/NĐ-CP ngày.\n15/11/2015 của Chính phủ.")
    assert data["references"] == [{"number": "123/2015/NĐ-CP", "date": "2015-11-15"}]


def test_a_lone_heading_is_no_task():
    data = dispatch("Đề nghị các đơn vị thực hiện như sau:\n1. MỤC TIÊU\n\n1. Mục tiêu tổng quát")
    assert data["tasks"] == []


def test_specks_at_the_ends_of_subject_lines():
    text = HEADER.replace("V/v phối hợp triển khai Chiến dịch", "-_ V/v tiếp tục phối hợp vận động và `\n"
                          "tham gia bình chọn Phố cổ Hội An -\nlà điểm đến văn hóa hàng đầu")
    data = parse(text.format(number_line="Số: 812/UBND-VX", body="Nội dung."))
    assert data["subject"] == "tiếp tục phối hợp vận động và tham gia bình chọn Phố cổ Hội An là điểm đến văn hóa hàng đầu"


@pytest.mark.parametrize("lead", ["V/", "V/w", "Víw", "Vý/"])
def test_a_subject_whose_small_v_a_scan_misread_opens_under_the_number(lead):
    """``V/v`` in a small font read as ``V/``, ``V/w``, ``Víw`` or ``Vý/`` right under the number
    still opens the subject; the same word deep in the body opens none."""
    text = HEADER.replace("V/v phối hợp triển khai Chiến dịch", f"{lead} thực hiện Thông báo số 496-TB/TU")
    assert parse(text.format(number_line="Số: 5710/UBND-SGDĐT", body="Nội dung."))["subject"] == \
        "thực hiện Thông báo số 496-TB/TU"


def test_a_misread_subject_lead_in_the_body_opens_no_subject():
    text = HEADER.replace("V/v phối hợp triển khai Chiến dịch\n", "")
    body = "Nội dung thứ nhất.\n\nNội dung thứ hai.\n\nNội dung thứ ba.\n\nV/ thực hiện Thông báo số 496-TB/TU"
    assert not parse(text.format(number_line="Số: 5710/UBND-SGDĐT", body=body))["subject"]
