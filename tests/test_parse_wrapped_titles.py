"""An article's title the page wrapped after a word its name goes on from (``… của`` / ``Sở Công Thương tại
Hà Nội``), as OCR gives a printed page's lines, names the same bodies as the title printed on one line."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.blocks import build, walk
from dispatch_tools.parse.context import Context
from dispatch_tools.parse.task_bearers import title_and_text

HEAD = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 45/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 03 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc quy định trách nhiệm thực hiện
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Quy định trách nhiệm của các cơ quan trong quản lý thị trường.
"""
ITEMS = """a) Tổ chức việc lập kế hoạch kiểm tra thị trường hằng năm.
b) Báo cáo kết quả về Ủy ban nhân dân tỉnh.
"""
FOOT = """Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Hòa
"""


def _assignees(title: str) -> list[list[str]]:
    return [t["assignees"] for t in to_contract(parse_text(HEAD + title + ITEMS + FOOT).fields)["tasks"]]


def test_a_title_wrapped_after_cua_names_what_the_whole_title_names():
    whole = _assignees("Điều 2. Trách nhiệm của Sở Công Thương và bộ phận thường trực của Sở Công Thương tại Hà Nội\n")
    wrapped = _assignees("Điều 2. Trách nhiệm của Sở Công Thương và bộ phận thường trực của\n"
                         "Sở Công Thương tại Hà Nội\n")
    assert len(wrapped) == 2 and wrapped == whole
    assert all(names[0].endswith("của Sở Công Thương") for names in wrapped)


def test_a_title_wrapped_after_va_keeps_the_last_body():
    wrapped = _assignees("Điều 2. Trách nhiệm của Sở Công Thương, Sở Tài chính và\nỦy ban nhân dân các huyện\n")
    assert wrapped == [["Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các huyện"]] * 2


def test_a_whole_title_before_a_line_of_bodies_still_stands_apart():
    # "Điều 2. Trách nhiệm của các Sở" / "Sở Công Thương, Sở Tài chính có trách nhiệm:": the line after the title
    # heads the clauses with its own bodies
    tasks = _assignees("Điều 2. Trách nhiệm của các Sở, ngành\nSở Công Thương, Sở Tài chính có trách nhiệm:\n")
    assert tasks == [["Sở Công Thương", "Sở Tài chính"]] * 2


WRAPPED = """BỘ GIAO THÔNG VẬN TẢI
Số: 12/2026/TT-BGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 3 năm 2026
THÔNG TƯ
Quy định về phòng, chống thiên tai trong lĩnh vực đường sắt
Điều 1. Thông tư này quy định việc phòng, chống thiên tai và tìm kiếm cứu nạn
trong lĩnh vực đường sắt trên phạm vi cả nước, trừ đường sắt chuyên dùng.
Điều 2. Tổ chức thực hiện
1. Doanh nghiệp kinh doanh đường sắt có trách nhiệm thành lập Ban Chỉ huy
phòng, chống thiên tai theo quy định của pháp luật về phòng, chống thiên tai.
2. Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, các Vụ trưởng, Cục trưởng
Cục Đường sắt Việt Nam, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan
chịu trách nhiệm thi hành Thông tư này.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
BỘ TRƯỞNG
Trần Văn Hòa
"""


def test_an_item_the_page_wrapped_before_a_body_s_name_is_one_sentence():
    # a page read by OCR keeps its line breaks: "2. Chánh Văn phòng Bộ, …, Cục trưởng" runs to the page's edge
    # and its sentence goes on with "Cục Đường sắt Việt Nam, …": no title over a sentence of its own
    tasks = to_contract(parse_text(WRAPPED).fields)["tasks"]
    assert len(tasks) == 2
    assert tasks[1]["text"].startswith("Chánh Văn phòng Bộ, Chánh Thanh tra Bộ")
    assert "Cục Đường sắt Việt Nam" in tasks[1]["assignees"]


def test_the_last_line_of_a_wrapped_heading_is_no_line_of_bodies():
    # "1. Việc xác định … căn cứ vào … và" / "các cơ sở sau đây:": the grounds a rule rests on, not bodies urged
    text = WRAPPED.replace(
        "2. Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, các Vụ trưởng, Cục trưởng\nCục Đường sắt Việt Nam, Thủ trưởng "
        "các cơ quan, đơn vị và cá nhân có liên quan\nchịu trách nhiệm thi hành Thông tư này.\n",
        "2. Việc xác định cấp độ rủi ro thiên tai ở mỗi tuyến đường sắt căn cứ vào quy định của Luật\n"
        "Phòng, chống thiên tai và\ncác cơ sở sau đây:\na) Số liệu quan trắc khí tượng thủy văn của năm trước;\n"
        "b) Bản đồ phân vùng rủi ro thiên tai của địa phương.\n")
    tasks = to_contract(parse_text(text).fields)["tasks"]
    assert not any("các cơ sở" in " ".join(t["assignees"]) for t in tasks)


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Thúc đẩy giải ngân vốn đầu tư công năm 2026
1. Mục đích, yêu cầu
Bảo đảm giải ngân hết kế hoạch vốn được giao, không để tồn đọng vốn cuối năm.
2. Nhiệm vụ trọng tâm
Từng sở, ban, ngành, địa phương, chủ đầu tư (nhất là các đơn vị có tỷ lệ
giải ngân vốn đầu tư công thấp hơn mức bình quân chung của toàn tỉnh trong
quý I) phải:
- Rà soát tiến độ từng dự án, tháo gỡ ngay các vướng mắc về mặt bằng thi công
- Đẩy nhanh công tác nghiệm thu, thanh toán khối lượng hoàn thành của dự án
- Báo cáo kết quả giải ngân về Sở Tài chính trước ngày 25 hằng tháng.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Hòa
"""


def test_a_line_of_bodies_the_page_wrapped_over_lines_heads_its_items():
    # "Từng sở, …, chủ đầu tư (nhất là …" / "giải ngân … trong" / "quý I) phải:": the bodies urged open the
    # first line of the sentence the page wrapped, not its last line
    tasks = to_contract(parse_text(PLAN).fields)["tasks"]
    assert len(tasks) == 3
    assert all(t["assignees"][0].startswith("Từng sở") and t["assignees"][-1] == "chủ đầu tư" for t in tasks)




DUTIES = """THỦ TƯỚNG CHÍNH PHỦ
Số: 08/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
Về quản lý kinh phí chuyển đổi số
QUYẾT ĐỊNH:
Điều 1. Quyết định này quy định việc lập, chấp hành và quyết toán kinh phí chuyển
đổi số của các cơ quan, đơn vị sử dụng ngân sách nhà nước trên phạm vi cả nước.

Điều 2. Tổ chức thực hiện
1. Kho bạc Nhà nước hướng dẫn các đơn vị mở tài khoản và kiểm soát chi kinh phí.

2. Bộ Khoa học và Công nghệ, Bộ Nội vụ, Bộ Xây dựng, Bộ Nông nghiệp và Môi
trường, Bộ Công Thương

Trong phạm vi nhiệm vụ được giao có trách nhiệm chỉ đạo các đơn vị trực thuộc
lập dự toán kinh phí chuyển đổi số gửi Bộ Tài chính tổng hợp.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
THỦ TƯỚNG
Trần Văn Hòa
"""


def test_an_item_s_title_apart_from_its_text_by_a_blank_line_heads_it():
    # a page prints an item's title (the bodies' names, wrapped over two lines) and its text as two
    # paragraphs: one item, its title the two lines, its text the paragraph under it
    ctx = Context(DUTIES)
    item = [b for b in walk(build(ctx, 0, len(ctx.lines))) if b.kind == "item"][-1]
    assert ctx.text[item.start:item.end].endswith("gửi Bộ Tài chính tổng hợp.")
    end, text = title_and_text(ctx, item.start, item.end)
    assert ctx.text[item.start:end].endswith("Môi\ntrường, Bộ Công Thương")
    assert ctx.text[text:].startswith("Trong phạm vi nhiệm vụ được giao")
