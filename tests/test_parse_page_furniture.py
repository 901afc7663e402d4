"""A page break's debris and invisible characters that web dumps and text layers leave: a page's
number and the running line beside it go, no-break spaces read as spaces, soft hyphens and
zero-width spaces go, offsets still point at the text as given; made-up dispatches."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.invisible import furniture_lines

HEAD = [
    "UBND HUYỆN THANH SƠN",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: 318/PGDĐT-TH",
    "V/v tổ chức ngày hội đọc sách năm học 2025 - 2026",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Thanh Sơn, ngày 14 tháng 10 năm 2025",
    "Kính gửi:",
    "- Hiệu trưởng các trường tiểu học;",
    "- Hiệu trưởng các trường trung học cơ sở.",
    "Thực hiện kế hoạch năm học 2025 - 2026, Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện "
    "các nội dung sau:",
    "1. Các trường tiểu học tổ chức ngày hội đọc sách cho học sinh trong tháng 11 năm 2025.",
]
FOOT = [
    "2. Các trường trung học cơ sở bổ sung sách cho thư viện, báo cáo kết quả về Phòng trước ngày 20/12/2025.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, TH.",
    "KT. TRƯỞNG PHÒNG",
    "PHÓ TRƯỞNG PHÒNG",
    "Lê Thị Hồng Nhung",
]
CLEAN = "\n".join(HEAD + FOOT) + "\n"


def _fields(text):
    data = to_contract(parse_text(text).fields)
    return {k: data[k] for k in ("number", "issuer", "subject", "recipients", "distribution", "tasks")}


def test_a_page_number_and_the_running_line_beside_it_are_left_out():
    for mark in ("Trang 1/2", "- 2 -", "2"):
        text = "\n".join(HEAD + ["", mark, "", "UBND HUYỆN THANH SƠN", ""] + FOOT) + "\n"
        assert _fields(text) == _fields(CLEAN), mark


def test_a_break_inside_the_distribution_list_keeps_the_list_whole():
    at = HEAD + FOOT[:3] + ["", "Trang 2/2", ""] + FOOT[3:]
    assert _fields("\n".join(at) + "\n")["distribution"] == _fields(CLEAN)["distribution"]


def test_figures_of_a_table_and_a_repeated_head_line_alone_stay():
    cells = ["Mức hỗ trợ (tỷ đồng):", "", "1", "", "Tuyên Quang", "", "50", "", "2", "", "Cao Bằng", "", "65"]
    lines = HEAD + cells
    assert furniture_lines(lines) == []
    # the head's first line again, with no page number beside it, is text
    assert furniture_lines(HEAD + ["", "UBND HUYỆN THANH SƠN", ""] + FOOT) == []


def test_no_break_zero_width_spaces_and_soft_hyphens_read_as_plain_text():
    text = (CLEAN.replace("Phòng Giáo dục và", "Phòng\u00a0Giáo dục\u200b và")
            .replace("thư viện", "thư vi\u00adện").replace("Hiệu trưởng các trường tiểu", "Hiệu\u00a0trưởng các tr\u00adường tiểu"))
    assert _fields(text) == _fields(CLEAN)
    doc = parse_text(text)
    src = doc.fields.sources["number"]
    assert "\u00a0" not in doc.text and "\u00ad" not in doc.text and "\u200b" not in doc.text
    assert doc.raw_text == text  # the text as given is kept; the changes say what was read
    assert src is not None


def test_restore_takes_invisible_characters_out_as_unicode_changes():
    from dispatch_tools.repair import restore

    text = "Phòng\u00a0Giáo dục\u200b và Đào tạo đề nghị các trường bổ sung sách cho thư vi\u00adện."
    restored = restore(text)
    assert restored.text == "Phòng Giáo dục và Đào tạo đề nghị các trường bổ sung sách cho thư viện."
    assert {c.kind for c in restored.changes} == {"unicode"}
    assert [(c.start, c.end) for c in restored.changes] == [(5, 6), (14, 15), (69, 70)]  # where the three characters stand
