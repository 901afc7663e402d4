"""Runs of spaces and tabs that dumps and text layers leave: a page on one line whose line breaks
became runs of spaces gets them back, runs that pad a number or a date stay, a page with its line
breaks keeps its padding, and a tab after a list's marker reads as a space; made-up dispatches."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.glued import Unglued
from dispatch_tools.parse.space_breaks import tabs_as_spaces, with_space_breaks

LINES = [
    "UBND HUYỆN THANH SƠN",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "Số:   318/PGDĐT-TH",
    "V/v tổ chức ngày hội đọc sách năm học 2025 - 2026",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Thanh Sơn, ngày  14  tháng 10 năm 2025",
    "Kính gửi:",
    "- Hiệu trưởng các trường tiểu học;",
    "- Hiệu trưởng các trường trung học cơ sở.",
    "Thực hiện kế hoạch năm học 2025 - 2026, Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện "
    "các nội dung sau:",
    "1. Các trường tiểu học tổ chức ngày hội đọc sách cho học sinh trong tháng 11 năm 2025.",
    "2. Các trường trung học cơ sở bổ sung sách cho thư viện, báo cáo kết quả về Phòng trước ngày 20/12/2025.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, TH.",
    "KT. TRƯỞNG PHÒNG",
    "PHÓ TRƯỞNG PHÒNG",
    "Lê Thị Hồng Nhung",
]
PAGE = "\n".join(LINES) + "\n"
# the page on one line, each break a run of two to four spaces (a dump that kept the columns' padding)
SPACED = "".join(line + " " * (2 + i % 3) for i, line in enumerate(LINES)).rstrip()


def test_runs_of_spaces_become_the_page_breaks_and_padding_stays():
    broken = with_space_breaks(SPACED)
    assert len(broken) == len(SPACED)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(SPACED, broken))
    assert [line.strip() for line in broken.split("\n")] == LINES  # "Số:   318", "ngày  14  tháng" kept whole


def test_a_page_with_its_breaks_keeps_its_runs_of_spaces():
    padded = ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "HUYỆN THANH SƠN          Độc lập - Tự do - Hạnh phúc\n"
              "Số:   318/UBND-VP        Thanh Sơn, ngày  14  tháng 10 năm 2025\n" + PAGE)
    assert with_space_breaks(padded) == padded


def test_a_typists_double_spaces_on_a_page_on_one_line_stay():
    flat = " ".join(LINES)
    flat = flat.replace("Hiệu trưởng các trường tiểu học;", "Hiệu trưởng  các trường tiểu học;")
    flat = flat.replace("ngày hội đọc sách cho", "ngày hội  đọc sách cho").replace("bổ sung sách", "bổ  sung sách")
    assert with_space_breaks(flat) == flat


def test_a_page_on_one_line_with_runs_of_spaces_is_read_as_a_page():
    data = to_contract(parse_text(SPACED).fields)
    assert (data["number"], data["issuer"], data["parent_issuer"], data["place"], data["date"]) == (
        "318/PGDĐT-TH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN THANH SƠN", "Thanh Sơn", "2025-10-14")
    assert data["subject"] == "tổ chức ngày hội đọc sách năm học 2025 - 2026"
    assert data["recipients"] == ["Hiệu trưởng các trường tiểu học", "Hiệu trưởng các trường trung học cơ sở"]
    assert data["distribution"] == ["Như trên", "Lưu: VT, TH"]
    assert data["signer"] == {"authority": "KT.", "capacity": "TRƯỞNG PHÒNG", "title": "PHÓ TRƯỞNG PHÒNG",
                              "name": "Lê Thị Hồng Nhung"}
    assert [t["assignees"] for t in data["tasks"]] == [["Các trường tiểu học"], ["Các trường trung học cơ sở"]]


def test_a_tab_after_a_list_marker_reads_as_a_space_and_a_column_gap_stays_a_tab():
    text = "Kính gửi:\n-\tSở Y tế;\n1.\tSở Tài chính bố trí kinh phí.\nV/v phòng dịch\tHà Nội, ngày 3 tháng 4 năm 2025\n"
    assert tabs_as_spaces(text) == text.replace("-\t", "- ").replace("1.\t", "1. ")
    tabbed = PAGE.replace("\n- ", "\n-\t")
    data = to_contract(parse_text(tabbed).fields)
    assert data["distribution"] == ["Như trên", "Lưu: VT, TH"]
    assert data["recipients"] == ["Hiệu trưởng các trường tiểu học", "Hiệu trưởng các trường trung học cơ sở"]


def test_a_motto_read_in_one_row_with_the_subject_is_no_part_of_it():
    head = ("UBND HUYỆN THANH SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
            "V/v: tổ chức ngày hội đọc sách năm học 2025 - 2026\tĐộc lập - Tự do - Hạnh phúc\n"
            "Thanh Sơn, ngày 14 tháng 10 năm 2025\n")
    text = head + "\n".join(LINES[7:]) + "\n"
    assert to_contract(parse_text(text).fields)["subject"] == "tổ chức ngày hội đọc sách năm học 2025 - 2026"


def test_a_title_line_stops_before_a_line_that_opens_the_body():
    text = ("Giấy mời dự Hội nghị tổng kết công tác thư viện trường học năm học 2024 - 2025\n"
            "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, Phòng Giáo dục và Đào tạo tổ chức Hội nghị tổng kết "
            "công tác thư viện trường học.\n"
            "1. Thành phần: Hiệu trưởng các trường tiểu học.\n"
            "2. Thời gian: 8 giờ ngày 20 tháng 5 năm 2025.\n"
            "3. Địa điểm: Hội trường Phòng Giáo dục và Đào tạo.\n")
    data = to_contract(parse_text(text).fields)
    assert data["doc_type"] == "Giấy mời"
    assert data["subject"] == "dự Hội nghị tổng kết công tác thư viện trường học năm học 2024 - 2025"


def test_an_articles_title_ends_before_its_text_that_opens_with_the_body_it_names():
    lines = [
        "ỦY BAN NHÂN DÂN", "HUYỆN THANH SƠN", "Số: 52/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Thanh Sơn, ngày 3 tháng 3 năm 2025", "QUYẾT ĐỊNH",
        "Về việc hỗ trợ kinh phí sửa chữa", "trường học năm 2025",
        "Điều 1. Hỗ trợ 500 triệu đồng", "cho các xã để sửa chữa",
        "phòng học xuống cấp.",
        "Điều 2. Trách nhiệm của Ủy ban nhân dân các xã",
        "Ủy ban nhân dân các xã quản lý, sử dụng",
        "kinh phí đúng mục đích, báo cáo",
        "kết quả trước ngày 30/11/2025.",
        "Điều 3. Quyết định này có hiệu lực",
        "kể từ ngày ký.",
        "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình",
    ]
    tasks = to_contract(parse_text("\n".join(lines) + "\n").fields)["tasks"]
    assert [(t["assignees"], t["deadline"]) for t in tasks if t["text"].startswith("Ủy ban nhân dân các xã quản lý")] == [
        (["Ủy ban nhân dân các xã"], "2025-11-30")]


def test_a_symbol_glued_to_a_word_with_marks_in_capitals_is_read_apart():
    assert Unglued("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTGNGÀY 16 THÁNG 7 NĂM 2021").text == \
        "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021"
    assert not Unglued("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7, KẾ HOẠCH SỐ 5/KH-UBNDDO")


def test_vv_glued_to_the_subject_is_read_apart():
    assert Unglued("Số: 13/BTC-TĐKT\nV/vbổ sung hướng dẫn").text == "Số: 13/BTC-TĐKT\nV/v bổ sung hướng dẫn"
    assert not Unglued("Số: 13/BTC-TĐKT\nV/v bổ sung hướng dẫn, 12/QĐ-UBND ngày 3/2/2025")
