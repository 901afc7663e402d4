"""Parsing text as an OCR pass and a reading order leave it: specks around list dashes, lost
dashes, the right header column among the addressees, wrapped titles and entries."""

from __future__ import annotations

import pytest

from dispatch_tools.parse.text import trim_item

from .test_parse_fields import HEADER, dispatch, parse

#: a department's closing lines, after the body of a made-up dispatch
FOOT = """

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Trần Văn Minh"""


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


_DECISION_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 512/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Ninh, ngày 14 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc công nhận xã đạt chuẩn nông thôn mới

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

QUYẾT ĐỊNH:

"""


def test_article_text_wrapped_by_the_page_stays_one_paragraph():
    # as OCR gives it: the article's lines break where the page's lines did, and one wrapped
    # line ends before a name that starts with a capital (Quế Võ, Nội vụ)
    body = """Điều 1. Công nhận xã Phương Liễu, huyện Quế Võ, tỉnh Bắc Ninh đạt chuẩn nông
thôn mới năm 2023; xã được khen thưởng theo quy định của Ủy ban nhân dân tỉnh
Bắc Ninh về thi đua, khen thưởng trong xây dựng nông thôn mới.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn
phòng UBND tỉnh, Giám đốc các sở: Nông nghiệp và Phát triển nông thôn,
Nội vụ, Tài chính; Chủ tịch UBND huyện Quế Võ, Chủ tịch UBND xã Phương
Liễu và thủ trưởng các cơ quan liên quan căn cứ Quyết định thi hành./.

CHỦ TỊCH

Nguyễn Hương Giang"""
    tasks = parse(_DECISION_HEAD + body)["tasks"]
    assert len(tasks) == 1
    assert tasks[0]["assignees"] == ["Văn phòng UBND tỉnh", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nội vụ",
                                     "Sở Tài chính", "UBND huyện Quế Võ", "UBND xã Phương Liễu",
                                     "các cơ quan liên quan"]


def test_short_article_title_before_its_text_stays_a_title():
    body = """Điều 1. Công nhận xã Phương Liễu, huyện Quế Võ, tỉnh Bắc Ninh đạt chuẩn nông
thôn mới năm 2023 theo đề nghị của Ban Chỉ đạo các chương trình mục tiêu quốc gia.

Điều 2. Tổ chức thực hiện
Ủy ban nhân dân huyện Quế Võ chỉ đạo xã Phương Liễu duy trì các tiêu chí đã đạt.

CHỦ TỊCH

Nguyễn Hương Giang"""
    tasks = parse(_DECISION_HEAD + body)["tasks"]
    assert [t["assignees"] for t in tasks] == [["Ủy ban nhân dân huyện Quế Võ"]]
    assert tasks[0]["text"].startswith("Ủy ban nhân dân huyện Quế Võ chỉ đạo")


def test_a_body_and_its_verb_on_two_lines_the_page_wrapped():
    body = """d) Các sở, ban, ngành, cơ quan trung ương khác và chính quyền địa phương các cấp
đề cao trách nhiệm, tổ chức tuyên truyền rộng rãi đến cán bộ, công chức và nhân dân.""" + FOOT
    tasks = dispatch(body)["tasks"]
    assert [t["assignees"] for t in tasks] == [["Các sở, ban, ngành", "cơ quan trung ương khác",
                                                "chính quyền địa phương các cấp"]]


def test_a_request_to_a_person_whose_title_the_page_wrapped():
    body = """Đây là một trong những tiêu chí chấm điểm thi đua. Sở Thông tin và Truyền thông đề nghị Phó Chủ tịch
Văn xã Ủy ban nhân dân quận Ninh Kiều chỉ đạo các phường thực hiện nghiêm nội dung trên.""" + FOOT
    tasks = dispatch(body)["tasks"]
    # the wards it must direct are assignees too (the development gold's convention)
    assert [t["assignees"] for t in tasks] == [["Phó Chủ tịch Văn xã Ủy ban nhân dân quận Ninh Kiều", "các phường"]]


def test_an_annex_named_at_the_start_of_a_wrapped_line_is_no_annex():
    body = """Giao Sở Tài chính chủ trì thu thập, tổng hợp thông tin về các chỉ tiêu được phân công tại
Phụ lục II kèm theo Công văn này;
Giao Sở Nội vụ hướng dẫn các phường triển khai thực hiện trước ngày 30/11/2024.""" + FOOT
    data = dispatch(body)
    assert [t["assignees"] for t in data["tasks"]] == [["Sở Tài chính"], ["Sở Nội vụ"]]
    assert data["signer"]["name"] == "Trần Văn Minh"


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
