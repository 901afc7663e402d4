"""Per-field unit tests of the parser on small realistic snippets."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEADER = """UBND THÀNH PHỐ CẦN THƠ
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

{number_line}
V/v phối hợp triển khai Chiến dịch

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cần Thơ, ngày 28 tháng 10 năm 2024

Kính gửi: Sở Giáo dục và Đào tạo.

{body}
"""


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def dispatch(body: str = "Nội dung.", number_line: str = "Số: 2632/STTTT-CNTTVT") -> dict:
    return parse(HEADER.format(number_line=number_line, body=body))


# --------------------------------------------------------------------------- number


@pytest.mark.parametrize("line, number", [
    ("Số: 2632/STTTT-CNTTVT", "2632/STTTT-CNTTVT"),
    ("Số 1690-CV/TĐTN-BTG", "1690-CV/TĐTN-BTG"),
    ("Số: 15/QĐ-UBND", "15/QĐ-UBND"),
    ("Số: 06/2024/QĐ-UBND", "06/2024/QĐ-UBND"),
    ("Số:  1788  /SGDĐT-CTTT-HSSV", "1788/SGDĐT-CTTT-HSSV"),
    ("Sb: 2632 /STTTT-CNTTVT", "2632/STTTT-CNTTVT"),
    ("S6: 2632/STTTT-CNTTVT", "2632/STTTT-CNTTVT"),
    ("56: 1651/UBND-VHKG", "1651/UBND-VHKG"),
    ("Sô: 05/BNV-VP", "05/BNV-VP"),
    ("SỐ: 225 - KH/TWĐTN-CTTN", "225-KH/TWĐTN-CTTN"),
    ("Số:       /KH-UBND", "/KH-UBND"),
    ("Số: 3170/SGDĐT _GDTrH&TX", "3170/SGDĐT-GDTrH&TX"),  # OCR reads the dash as an underscore
])
def test_number_formats(line, number):
    assert dispatch(number_line=line)["number"] == number


def test_number_on_the_line_after_so():
    assert dispatch(number_line="Số:\n58-CV/HĐTN")["number"] == "58-CV/HĐTN"


@pytest.mark.parametrize("line, doc_type", [
    ("Số: 15/QĐ-UBND", "Quyết định"),
    ("Số: 23/KH-UBND", "Kế hoạch"),
    ("Số 36-HD/VPTW", "Hướng dẫn"),
    ("Số 1690-CV/TĐTN-BTG", "Công văn"),
])
def test_doc_type_from_the_symbol_without_vv(line, doc_type):
    text = f"ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\n\n{line}\n\nSóc Trăng, ngày 14 tháng 9 năm 2012\n\nNội dung."
    assert parse(text)["doc_type"] == doc_type


def test_vv_makes_a_cong_van_and_is_removed_from_the_subject():
    data = dispatch()
    assert data["doc_type"] == "Công văn"
    assert data["subject"] == "phối hợp triển khai Chiến dịch"


def test_type_name_line_and_multiline_subject():
    text = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 155/KH-UBND

Bắc Ninh, ngày 26 tháng 5 năm 2017

KẾ HOẠCH
TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG
TRÊN ĐỊA BÀN TỈNH BẮC NINH
Thực hiện Luật Hộ tịch năm 2014, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
"""
    data = parse(text)
    assert data["doc_type"] == "Kế hoạch"
    assert data["subject"] == "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG TRÊN ĐỊA BÀN TỈNH BẮC NINH"
    assert data["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    assert data["parent_issuer"] is None


# --------------------------------------------------------------------------- header columns


def test_merged_header_columns():
    text = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÓC TRĂNG Độc Lập - Tự Do - Hạnh Phúc

Số: 812/UBND-VX Sóc Trăng, ngày 14 tháng 9 năm 2012

V/v tiếp tục phối hợp vận động

Kính gửi: Sở Thông tin và Truyền thông
"""
    data = parse(text)
    assert data["issuer"] == "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"
    assert data["number"] == "812/UBND-VX"
    assert data["place"] == "Sóc Trăng"
    assert data["date"] == "2012-09-14"
    assert data["subject"] == "tiếp tục phối hợp vận động"


def test_parent_and_issuer_and_youth_union_motto():
    text = """TỈNH
ĐOÀN NGHỆ AN
BCH ĐOÀN HUYỆN NAM ĐÀN
***
Số: 58-CV/HĐTN
V/v Ngày hội thiếu nhi vui khỏe

ĐOÀN TNCS HỒ CHÍ MINH
Nam Đàn,
ngày 3 tháng 8 năm 2019
"""
    data = parse(text)
    assert data["issuer"] == "BCH ĐOÀN HUYỆN NAM ĐÀN"
    assert data["parent_issuer"] == "TỈNH ĐOÀN NGHỆ AN"
    assert data["place"] == "Nam Đàn"
    assert data["date"] == "2019-08-03"


def test_header_without_diacritics_after_ocr():
    text = """UBND THANH PHO CAN THO CONG HOA XA HQI CHU NGHIA VIET NAM
SO THONG TIN VA TRUYEN THONG DPéc 1ap - Tur do - Hanh phiic

Sb: 2632 /STTTT-CNTTVT Can Tho, ngay 28 thang 10 nam 2024
VIv phoi hop trién khai Chién dich
"""
    data = parse(text)
    assert data["number"] == "2632/STTTT-CNTTVT"
    assert data["issuer"] == "SO THONG TIN VA TRUYEN THONG"
    assert data["parent_issuer"] == "UBND THANH PHO CAN THO"
    assert data["place"] == "Can Tho"
    assert data["date"] == "2024-10-28"
    assert data["subject"] == "phoi hop trién khai Chién dich"


# --------------------------------------------------------------------------- addressees


def test_dash_list_recipients():
    text = HEADER.replace("Kính gửi: Sở Giáo dục và Đào tạo.", """Kính gửi:
- Sở, Ban ngành thành phố;
- Phòng Văn hóa và Thông tin quận, huyện; ,
- Các Trường Đại học, Cao đẳng trên địa bàn thành phố.""").format(
        number_line="Số: 1/ABC", body="Thực hiện Công văn số 12/XYZ-AB.")
    assert parse(text)["recipients"] == [
        "Sở, Ban ngành thành phố",
        "Phòng Văn hóa và Thông tin quận, huyện",
        "Các Trường Đại học, Cao đẳng trên địa bàn thành phố",
    ]


def test_single_recipient_over_two_lines():
    text = HEADER.replace("Kính gửi: Sở Giáo dục và Đào tạo.", "Kính gửi: Ban Chấp hành Đoàn\ncác xã, thị trấn.")
    data = parse(text.format(number_line="Số: 1/ABC", body="Thực hiện kế hoạch."))
    assert data["recipients"] == ["Ban Chấp hành Đoàn các xã, thị trấn"]


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize("phrase, date, time", [
    ("chậm nhất ngày 22/11/2024", "2024-11-22", None),
    ("trước 17h00 ngày 25/11/2024", "2024-11-25", "17:00"),
    ("trước 17 giờ 30 ngày 05/11/2024", "2024-11-05", "17:30"),
    ("chậm nhất 10h00’ ngày 23/7/2025", "2025-07-23", "10:00"),
    ("từ nay đến hết ngày 20/11/2024", "2024-11-20", None),
    ("trước ngày 13.12.2024", "2024-12-13", None),
    ("trước ngày 30 tháng 11 năm 2024", "2024-11-30", None),
    ("trong tháng 8 năm 2026", "2026-08-31", None),
    ("hoàn thành trong Quý III năm 2025", "2025-09-30", None),
    ("hạn chót ngày 15/12/2024", "2024-12-15", None),
    ("không muộn hơn ngày 01/12/2024", "2024-12-01", None),
])
def test_deadline_forms(phrase, date, time):
    data = dispatch(f"Đề nghị Sở Giáo dục và Đào tạo gửi báo cáo {phrase}.")
    assert [(d["date"], d["time"]) for d in data["deadlines"]] == [(date, time)]
    assert data["tasks"][0]["deadline"] == date


@pytest.mark.parametrize("sentence", [
    # the dispatch is dated 28/10/2024: a date before it is an event that took place
    "Do ảnh hưởng của mưa lớn từ ngày 21/5/2024 đến ngày 25/5/2024, đề nghị Sở Giáo dục và Đào tạo rà soát.",
    # the end of a rule's effect
    "Quy định này được áp dụng đến hết ngày 31 tháng 12 năm 2027.",
    # a date that recurs
    "Đề nghị Sở Giáo dục và Đào tạo gửi báo cáo trước ngày 20 tháng 4 hằng năm.",
    "Đề nghị Sở Giáo dục và Đào tạo gửi báo cáo chậm nhất là ngày 07 hàng tháng.",
])
def test_dates_that_are_no_deadlines(sentence):
    data = dispatch(sentence)
    assert data["deadlines"] == []
    assert all(t["deadline"] is None for t in data["tasks"])


def test_a_year_alone_as_the_time_to_carry_out():
    data = dispatch("Giao Sở Giáo dục và Đào tạo triển khai thực hiện.\n6. Thời gian thực hiện: Năm 2026.")
    assert [d["date"] for d in data["deadlines"]] == ["2026-12-31"]


@pytest.mark.parametrize("phrase, date", [
    ("trước ngày 15/11", "2024-11-15"),  # after the issue date (28/10/2024): same year
    ("trước ngày 20/01", "2025-01-20"),  # would fall before the issue date: next year
    ("trong tháng 12", "2024-12-31"),
    ("trong Quý I", "2025-03-31"),
    ("trong Quý IV", "2024-12-31"),
])
def test_deadline_year_inferred_from_the_issue_date(phrase, date):
    data = dispatch(f"Đề nghị Sở Giáo dục và Đào tạo hoàn thành {phrase}.")
    assert [d["date"] for d in data["deadlines"]] == [date]


def test_recurring_deadline():
    doc = parse_text(HEADER.format(number_line="Số: 1/ABC",
                                   body="Các đơn vị gửi báo cáo trước ngày 25 hằng tháng."))
    (deadline,) = doc.fields.deadlines
    assert deadline.kind == "recurring"
    assert deadline.recurrence == "monthly:25"
    assert deadline.date == "2024-11-25"  # the first one after 28/10/2024


def test_event_dates_are_not_deadlines():
    data = dispatch("Vào lúc 15h00 ngày 21/11/2024 khai mạc Triển lãm. Luật có hiệu lực từ ngày 01/01/2025.")
    assert data["deadlines"] == []


# --------------------------------------------------------------------------- tasks


def test_numbered_items_take_the_assignees_of_the_request():
    body = """Sở Thông tin và Truyền thông đề nghị các đơn vị triển khai thực hiện các nội dung sau:

1. Tham gia sử dụng công cụ hỗ trợ xử lý mã độc.

2. Báo cáo kết quả về Sở Thông tin và Truyền thông chậm nhất ngày 22/11/2024."""
    data = dispatch(body)
    assert [t["assignees"] for t in data["tasks"]] == [["các đơn vị"], ["các đơn vị"]]
    assert [t["deadline"] for t in data["tasks"]] == [None, "2024-11-22"]


def test_heading_names_the_assignee_and_items_below_it():
    body = """Sở Thông tin và Truyền thông đề nghị Quý cơ quan phối hợp triển khai, cụ thể như sau:

1. Các Sở, Ban ngành thành phố:
- Đăng tải các sản phẩm tuyên truyền của Chiến dịch.
- Phổ biến đến cán bộ công chức, viên chức.

2. Sở Giáo dục và Đào tạo, các trường Đại học, Cao đẳng trên địa bàn thành phố: phổ biến đến học sinh."""
    tasks = dispatch(body)["tasks"]
    assert len(tasks) == 3
    assert tasks[0]["assignees"] == ["Các Sở, Ban ngành thành phố"]
    assert tasks[2]["assignees"] == ["Sở Giáo dục và Đào tạo",
                                     "các trường Đại học, Cao đẳng trên địa bàn thành phố"]


def test_giao_with_a_list_of_bodies():
    body = ("Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp "
            "với các sở, ban, ngành tiếp tục tuyên truyền.")
    (task,) = dispatch(body)["tasks"]
    # the lead bodies, then the cooperating ones: all must act (dev/README.md conventions)
    assert task["assignees"] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
                                 "các sở, ban, ngành"]
    assert task["lead"] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"]
    assert task["cooperating"] == ["các sở, ban, ngành"]
    assert task["text"] == "Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở"


def test_purposes_and_citations_are_not_tasks():
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Tổ chức thi hành Luật bảo đảm kịp thời.
Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh."""
    assert dispatch(body)["tasks"] == []


def test_tasks_without_a_named_body_go_to_the_addressees():
    body = "Đề nghị khẩn trương triển khai thực hiện."
    (task,) = dispatch(body)["tasks"]
    assert task["assignees"] == ["Sở Giáo dục và Đào tạo"]


# --------------------------------------------------------------------------- references


def test_references_with_dates_and_expansion():
    body = ("Căn cứ Công văn số 931/STTTT-VTCNTT ngày 06/9/2022 của Sở Thông tin và Truyền thông; "
            "Báo cáo số 11324 ngày 09 tháng 12 năm 2008; các công văn số 614, 615, 616-CV/VPTW.")
    refs = dispatch(body)["references"]
    assert refs == [
        {"number": "931/STTTT-VTCNTT", "date": "2022-09-06"},
        {"number": "11324", "date": "2008-12-09"},
        {"number": "614-CV/VPTW", "date": None},
        {"number": "615-CV/VPTW", "date": None},
        {"number": "616-CV/VPTW", "date": None},
    ]


def test_own_number_is_not_a_reference():
    data = dispatch("Phổ biến Công văn số 2632/STTTT-CNTTVT này đến các đơn vị.")
    assert data["references"] == []


# --------------------------------------------------------------------------- signer and distribution


@pytest.mark.parametrize("authority", ["TM.", "KT.", "TL.", "TUQ.", "Q."])
def test_signer_authorities(authority):
    foot = f"""Nội dung./.

Nơi nhận:
- Như trên;
- Lưu: VT, P.CNTTVT.

{authority} GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Hữu Thanh Bình"""
    data = dispatch(foot)
    assert data["signer"] == {"authority": authority, "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC",
                              "name": "Nguyễn Hữu Thanh Bình"}
    assert data["distribution"] == ["Như trên", "Lưu: VT, P.CNTTVT"]


def test_signer_without_prefix():
    data = dispatch("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn An")
    assert data["signer"] == {"authority": None, "capacity": None, "title": "GIÁM ĐỐC", "name": "Trần Văn An"}


def test_foot_columns_merged_on_the_same_lines():
    foot = """Nội dung./.

Noi nhin: KT. GIAM DOC

- Nhu trén; . , -
- UBND thanh phé (dé b/c); PHO GIAM DOC

- Luu: VT, P.CNTTVT/H.

Nguyen Hiru Thanh Binh"""
    data = dispatch(foot)
    assert data["distribution"] == ["Nhu trén", "UBND thanh phé (dé b/c)", "Luu: VT, P.CNTTVT/H"]
    assert data["signer"] == {"authority": "KT.", "capacity": "GIAM DOC", "title": "PHO GIAM DOC",
                              "name": "Nguyen Hiru Thanh Binh"}


def test_signer_title_glued_to_the_name_in_markdown():
    data = dispatch("Nội dung./.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ**Thị Phương Hồng**")
    assert data["signer"]["title"] == "PHÓ BÍ THƯ"
    assert data["signer"]["name"] == "Thị Phương Hồng"


# --------------------------------------------------------------------------- sources and marks


def test_every_scalar_field_has_its_source():
    doc = parse_text(HEADER.format(number_line="Số: 2632/STTTT-CNTTVT", body="Nội dung."))
    for name in ("number", "issuer", "parent_issuer", "place", "date", "subject"):
        src = doc.fields.sources[name]
        assert doc.text[src.start:src.end] == src.text
        assert src.page == 1 and src.line is not None
    assert doc.fields.sources["number"].text == "2632/STTTT-CNTTVT"


def test_urgency_mark():
    text = "HỎA TỐC\n" + HEADER.format(number_line="Số: 1/ABC", body="Nội dung.")
    assert parse(text)["urgency"] == "HỎA TỐC"


def test_missing_parts_are_warned_about():
    doc = parse_text("Một đoạn văn bản không có phần đầu.")
    messages = " ".join(n.message for n in doc.notices if n.stage == "parse")
    assert "number" in messages and "issue date" in messages
