"""List markers and the marks around a list as OCR misreads them on pages whose lists are printed in
other styles (:mod:`dispatch_tools.evaluate.marker_renders`): each a sign read as another, mended
in the repair or read by the parse as the marker it is."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.repair import restore
from dispatch_tools.repair.line_ends import line_end_edits
from dispatch_tools.repair.list_markers import list_marker_edits
from dispatch_tools.repair.sections import article_edits, letter_edits, section_edits, sub_item_edits


def _ocr(text: str) -> str:
    return restore(text, read_by_ocr=True).text


def _apply(text: str, edits) -> str:
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _tasks(text: str) -> list[dict]:
    return to_contract(parse_text(text).fields)["tasks"]


# --------------------------------------------------------------------------- marks after a colon

@pytest.mark.parametrize("read, fixed", [
    ("Chủ tịch có ý kiến chỉ đạo như sau:.\n\nGiao Sở", "Chủ tịch có ý kiến chỉ đạo như sau:\n\nGiao Sở"),
    ("a. Hiện trạng:. \nĐoạn tuyến", "a. Hiện trạng: \nĐoạn tuyến"),
    ("Kính gửi::- Hội Nông dân các tỉnh", "Kính gửi: - Hội Nông dân các tỉnh"),
    ("Kính gửi:: Sở Y tế", "Kính gửi: Sở Y tế"),
])
def test_a_speck_glued_to_a_colon_is_dropped(read, fixed):
    assert _apply(read, line_end_edits(read)) == fixed


@pytest.mark.parametrize("text", [
    "Thời gian: 8:30 ngày 12/3.\n",
    "Xem tại https://moh.gov.vn/ ngay.\n",
    "Tỷ lệ 1:2. Các đơn vị\n",
])
def test_colons_that_are_not_specks_stay(text):
    assert line_end_edits(text) == []


INTRO = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
VĂN PHÒNG

Số: 1204/VP-KT
V/v triển khai ý kiến chỉ đạo

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cần Thơ, ngày 14 tháng 5 năm 2024

Kính gửi: Sở Tài chính.

Thực hiện Công văn số 88/BTC-NSNN ngày 02 tháng 5 năm 2024 của Bộ Tài chính về quản lý
nguồn vốn, Phó Chủ tịch Ủy ban nhân dân thành phố Trần Văn Lâm có ý kiến chỉ đạo như sau:.

Giao Sở Tài chính rà soát, tổng hợp số vốn còn lại, báo cáo Ủy ban nhân dân thành phố.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Lê Thị Hoa
"""


def test_the_sentence_that_announces_the_tasks_is_no_task_when_a_speck_follows_its_colon():
    tasks = _tasks(_ocr(INTRO))
    assert [t["assignees"] for t in tasks] == [["Sở Tài chính"]]


# --------------------------------------------------------------------------- lettered items

def test_a_lettered_items_letter_read_as_a_figure_is_the_letter_between_its_neighbours():
    read = "h) Sở Tài chính thẩm định dự toán;\n1) Sở Y tế bố trí lực lượng;\nk) Công an tỉnh bảo đảm an ninh.\n"
    assert _apply(read, letter_edits(read)) == read.replace("1)", "i)")


@pytest.mark.parametrize("text", [
    "h) Sở Tài chính thẩm định;\n1) Sở Y tế bố trí;\n2) Công an tỉnh bảo đảm.\n",  # a numbered list after it
    "g) Sở Tài chính thẩm định;\n1) Sở Y tế bố trí;\nk) Công an tỉnh bảo đảm.\n",  # not the letter between
    "h) Sở Tài chính thẩm định;\n1. Sở Y tế bố trí;\nk) Công an tỉnh bảo đảm.\n",  # another mark after it
])
def test_figures_the_letters_around_them_do_not_confirm_stay(text):
    assert letter_edits(text) == []


# --------------------------------------------------------------------------- section numbers

def test_the_first_sections_numeral_read_as_a_figure_and_its_slash_is_put_back():
    read = ("như sau:\n\n1/. ĐỐI TƯỢNG VÀ SỐ LƯỢNG:\n- Học sinh các lớp.\n\nII. NỘI DUNG - HÌNH THỨC:\n"
            "1/. Hình thức:\n- Thi trắc nghiệm.\n")
    assert _apply(read, section_edits(read)) == read.replace("1/. ĐỐI", "I/. ĐỐI")


def test_its_slash_read_as_u_is_put_back_too():
    read = "như sau:\n\n1U. ĐỐI TƯỢNG VÀ SỐ LƯỢNG:\n- Học sinh.\n\nII. NỘI DUNG - HÌNH THỨC:\n- Thi.\n"
    assert _apply(read, section_edits(read)) == read.replace("1U.", "I/.")


@pytest.mark.parametrize("text", [
    # an item numbered 1/ under a section, in capitals
    "I. NHIỆM VỤ\n1/. KẾ HOẠCH CHI TIẾT\n- Lập dự toán.\n2/. NỘI DUNG KHÁC\n\nII. TỔ CHỨC\n",
    # an item in small letters
    "như sau:\n1/. Hình thức:\n- Thi.\n\nII. NỘI DUNG\n",
    # no second section confirms it
    "như sau:\n1/. ĐỐI TƯỢNG:\n- Học sinh.\n\n2/. NỘI DUNG:\n",
])
def test_a_figure_and_slash_the_sequence_does_not_confirm_stays(text):
    assert not any(new.startswith("I/") for _, _, new in section_edits(text))


# --------------------------------------------------------------------------- numbered items

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN TÂN PHÚ

Số: 215/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Phú, ngày 12 tháng 3 năm 2024

KẾ HOẠCH
Triển khai Tháng hành động vì an toàn thực phẩm năm 2024

Thực hiện Kế hoạch số 48/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
{first}Mục đích
- Nâng cao nhận thức của người sản xuất, kinh doanh và người tiêu dùng về an toàn thực phẩm.
- Thực hiện tốt Chỉ thị số 17/CT-TTg của Thủ tướng Chính phủ về tăng cường bảo đảm an toàn thực phẩm.
2/Yêu cầu
- Các hoạt động được triển khai thiết thực, hiệu quả.

II. NHIỆM VỤ
1/ Phòng Y tế chủ trì tham mưu tổ chức lễ phát động, tổng hợp kết quả báo cáo Ủy ban nhân dân huyện trước ngày 30/5/2024.
2/ Ủy ban nhân dân các xã, thị trấn tổ chức kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


@pytest.mark.parametrize("first", ["1/ ", "1/"])
def test_an_item_number_glued_to_its_heading_still_heads_the_purposes(first):
    tasks = _tasks(PLAN.format(first=first))
    assert [t["assignees"] for t in tasks] == [["Phòng Y tế"], ["Ủy ban nhân dân các xã, thị trấn"]]


def test_a_symbol_at_a_lines_start_is_no_item_number():
    from dispatch_tools.parse.blocks import NUMBERED

    assert NUMBERED.match("1/Muc dich") and not NUMBERED.match("19/CT-TTg ngay 16/7") \
        and not NUMBERED.match("15/Ttr-UBND ngay")


# --------------------------------------------------------------------------- parts of an item

def test_a_parts_first_figure_read_as_a_letter_is_put_back_from_the_item_above_and_the_part_before():
    read = ("5. Hiện trạng và giải pháp:\n\nS.1. Đoạn tuyến qua khu vực xã Mường Lói\n"
            "b.1. Giải pháp bảo đảm giao thông.\n\no.2. Đoạn tuyến qua khu vực bản Na Son\n")
    assert _apply(read, sub_item_edits(read)) == read.replace("S.1.", "5.1.").replace("o.2.", "5.2.")


@pytest.mark.parametrize("text", [
    "4. Hiện trạng:\nS.1. Đoạn tuyến\n",  # the item above is another figure
    "1. Luật Đất đai;\nI. MỤC ĐÍCH\nI.1. Mục đích\n",  # a section's parts
    "o.1. Đoạn một\n5.1. Đoạn hai\no.2. Đoạn ba\n",  # a lettered part of its own
    "5.1. Đoạn một\n5.2. Đoạn hai\no.2. Đoạn ba\n",  # the part is printed already
])
def test_parts_the_items_around_them_do_not_confirm_stay(text):
    assert sub_item_edits(text) == []


def test_a_speck_glued_before_the_first_items_letter_is_dropped():
    read = "Điều 4. Giao các Bộ:\n-a) Chủ trì thu thập số liệu;\nb) Ban hành văn bản hướng dẫn.\n"
    assert _apply(read, letter_edits(read)) == read.replace("-a)", "a)")


@pytest.mark.parametrize("text", [
    "-a) Chủ trì thu thập số liệu;\n- Ban hành văn bản.\n",  # no letter after it
    "a) Chủ trì;\n-c) Ban hành văn bản.\n",  # not the letter after the one before
])
def test_a_dash_before_a_letter_the_list_does_not_confirm_stays(text):
    assert letter_edits(text) == []


# --------------------------------------------------------------------------- a heading's number lost

INVITATION = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN

Số: 45/GM-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hưng Yên, ngày 10 tháng 01 năm 2024

GIẤY MỜI
Dự Hội nghị tổng kết công tác cải cách hành chính năm 2023

Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023.

{label}Thành phần mời:
- Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh;
- Lãnh đạo các Văn phòng: Tỉnh ủy, Đoàn Đại biểu Quốc hội, Ủy ban nhân dân tỉnh;
- Huyện ủy, Ủy ban nhân dân huyện Văn Lâm, đại diện các phòng, ban của huyện;
- Đại diện các cơ quan báo chí trong tỉnh.
2. Thời gian: 8 giờ 00, ngày 16/01/2024.
3. Địa điểm: Hội trường Ủy ban nhân dân tỉnh.

Kính mời các đại biểu về dự Hội nghị đúng thời gian./.

Nơi nhận:
- Như thành phần mời;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Đỗ Văn Hùng
"""


@pytest.mark.parametrize("label", ["1. ", ""])
def test_the_invited_listed_under_a_label_whose_number_was_lost_are_no_tasks(label):
    assert _tasks(INVITATION.format(label=label)) == []


@pytest.mark.parametrize("read", ["Điều.3. Hiệu lực thi hành", "Điều. 3. Hiệu lực thi hành", "Điều,3. Hiệu lực thi hành"])
def test_a_speck_for_the_space_of_an_articles_number_is_the_space(read):
    assert _apply(read, article_edits(read)) == "Điều 3. Hiệu lực thi hành"


def test_an_article_cited_in_a_sentence_stays():
    assert article_edits("quy định tại Điều 1 Quyết định này.\nĐiều 2. Trách nhiệm") == []


# --------------------------------------------------------------------------- a request wrapped after its verb

WRAPPED = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
HUYỆN CỦ CHI

Số: 312/PGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Củ Chi, ngày 18 tháng 9 năm 2023

Kính gửi: Hiệu trưởng các trường tiểu học.

Thực hiện kế hoạch năm học 2023-2024, Phòng Giáo dục và Đào tạo hướng dẫn công tác
kiểm tra nội bộ trường học như sau.

Đây là nội dung được đánh giá trong xếp loại thi đua cuối năm. Phòng Giáo dục đề nghị
Hiệu trưởng các trường tiểu học xây dựng kế hoạch kiểm tra nội bộ và gửi về Phòng
trước ngày 30/9/2023.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Thị Mai
"""


def test_a_request_that_opens_after_another_sentence_on_its_line_keeps_its_opening_words():
    tasks = _tasks(WRAPPED)
    assert [t["text"].split()[:4] for t in tasks] == [["Phòng", "Giáo", "dục", "đề"]]
    assert tasks[0]["deadline"] == "2023-09-30"


# --------------------------------------------------------------------------- the distribution list

FOOT = """Nơi nhận:
- Như trên;
- VPCP: BTCN, các PCN: Trần Văn Sơn,
Lê Minh Khái; Trợ lý TTgCP;
{speck}Cổng TTĐT, các Vụ: TH, KTTH{comma}NC;
- Lưu: VT, ĐP {count}.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
"""


def test_the_lists_specks_lost_spaces_and_count_are_mended():
    from dispatch_tools.repair.foot_marks import foot_mark_edits

    read = FOOT.format(speck=": ", comma=",.", count="(Sb)")
    assert _apply(read, foot_mark_edits(read)) == FOOT.format(speck="", comma=", ", count="(5b)")


@pytest.mark.parametrize("text", [
    FOOT.format(speck="", comma=", ", count="(5b)"),
    "Thời gian: 8 giờ.\n: Ghi chú,NC\n- Lưu: VT (Sb).\n",  # no distribution list
])
def test_a_list_as_printed_and_text_outside_it_stay(text):
    from dispatch_tools.repair.foot_marks import foot_mark_edits

    assert foot_mark_edits(text) == []


# --------------------------------------------------------------------------- the signer's authority

SIGNED = """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG

Số: 512/UBND-KT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đà Nẵng, ngày 02 tháng 3 năm 2024

Kính gửi: Sở Xây dựng.

Ủy ban nhân dân thành phố giao Sở Xây dựng rà soát quy hoạch các công sở, báo cáo trước ngày 30/3/2024./.

Nơi nhận:
- Như trên;
- Lưu: VT.

{authority}CHỦ TỊCH
{deputy}

Phan Văn Hòa
"""


@pytest.mark.parametrize("authority", ["KT. ", "RF.", "KP. ", "RT. "])
def test_kt_read_with_both_letters_off_before_its_deputy_is_kt(authority):
    signer = to_contract(parse_text(SIGNED.format(authority=authority, deputy="PHÓ CHỦ TỊCH")).fields)["signer"]
    assert (signer["authority"], signer["capacity"], signer["title"]) == ("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")


def test_without_the_deputy_below_no_authority_is_guessed():
    signer = to_contract(parse_text(SIGNED.format(authority="RF.", deputy="")).fields)["signer"]
    assert signer["authority"] is None


def test_codes_glued_as_typists_print_them_stay():
    from dispatch_tools.repair.foot_marks import foot_mark_edits

    text = "Nơi nhận:\n- Như trên;\n- VPCP: BTCN, TTĐT,các Vụ: KGVX,NC, VụGDCN;\n- Lưu: VT, KTTH.\n"
    assert foot_mark_edits(text) == []


# --------------------------------------------------------------------------- markers read as other signs

# a head and the opening of a list of tasks, shared by the documents below
LIST_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC

Số: 1320/UBND-KGVX
V/v tổ chức Ngày hội văn hóa các dân tộc năm 2024

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Phước, ngày 05 tháng 4 năm 2024

Kính gửi: Các sở, ban, ngành tỉnh.

Để tổ chức thành công Ngày hội văn hóa các dân tộc năm 2024, Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:
"""

LETTERED = LIST_HEAD + """{a} Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng chương trình chi tiết;
{b} Sở Tài chính thẩm định dự toán kinh phí tổ chức;
{c} Sở Y tế bố trí lực lượng y tế trực tại khu vực tổ chức;
{d} Công an tỉnh bảo đảm an ninh, trật tự trong suốt thời gian diễn ra Ngày hội.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Lợi
"""
ASSIGNEES = [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"], ["Sở Y tế"], ["Công an tỉnh"]]


@pytest.mark.parametrize("markers", [
    ("a)", "b)", "c)", "d)"),
    ("a}", "b}", "c)", "d]"),  # the closing bracket read as a brace or a square bracket
    ("(1)", ")", "(3", "(4)"),  # a bracketed number that lost a bracket or its figure
    ("-", ".", "•", "-"),  # a list dash read as a full stop
    ("-", "-", "|", "-"),  # or as a stroke
])
def test_each_item_of_a_list_whose_markers_ocr_misread_is_a_task(markers):
    read = LETTERED.format(**dict(zip("abcd", markers)))
    assert [t["assignees"] for t in _tasks(_ocr(read))] == ASSIGNEES


@pytest.mark.parametrize("text", [
    "Xem mục (1) và mục (2).\n) Sở Y tế bố trí.\n",  # no bracketed item around it
    "(1) Sở A bố trí;\n(5 Sở Y tế bố trí;\n(3) Sở B.\n",  # a figure the sequence does not give
])
def test_brackets_the_items_around_them_do_not_confirm_stay(text):
    from dispatch_tools.repair.list_markers import list_marker_edits

    assert list_marker_edits(text) == []


def test_a_speck_on_an_items_wrapped_line_is_no_dash():
    read = "Kính gửi:\n- Sở Tài nguyên và Môi trường tỉnh Quảng\n. Nam;\n- Sở Y tế.\n"
    assert "\nNam;" in _ocr(read)


def test_a_speck_dropped_before_a_marker_mended_after_it_stays_dropped():
    read = "5. Hiện trạng:\n\n_S.1. Đoạn tuyến qua khu vực Km363+410\n"
    assert _ocr(read) == "5. Hiện trạng:\n\n5.1. Đoạn tuyến qua khu vực Km363+410\n"


# --------------------------------------------------------------------------- the list's label lost

LABELLED = LIST_HEAD + """g) Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng chương trình chi tiết;
h) Sở Tài chính thẩm định dự toán kinh phí tổ chức;
1) Sở Y tế bố trí lực lượng y tế trực tại khu vực tổ chức;
k) Công an tỉnh bảo đảm an ninh, trật tự trong suốt thời gian diễn ra Ngày hội.

{label}- Như trên;
- Sở Tài chính;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Lợi
"""


@pytest.mark.parametrize("label", ["Nơi nhận:\n", "âu NHÂN l\n", ""])
def test_the_distribution_is_read_when_the_page_lost_its_label(label):
    fields = to_contract(parse_text(LABELLED.format(label=label)).fields)
    assert fields["distribution"] == ["Như trên", "Sở Tài chính", "Lưu: VT, KGVX"]
    assert len(fields["tasks"]) == 4 and fields["signer"]["name"] == "Nguyễn Văn Lợi"



def test_a_lettered_items_semicolon_read_as_a_colon_before_the_next_item_is_a_semicolon():
    read = ("a) Ủy ban nhân dân các huyện lập tờ trình đề nghị Sở Y tế về việc sắp xếp trạm\n"
            "y tế:\n\nb) Sở Y tế thẩm định, trình Ủy ban nhân dân tỉnh quyết định.\n")
    assert _apply(read, list_marker_edits(read)) == read.replace("y tế:", "y tế;")


@pytest.mark.parametrize("text", [
    "a) Các huyện lập tờ trình gồm các nội dung sau:\n- Phương án sắp xếp;\nb) Sở Y tế thẩm định.\n",  # its list
    "a) Thời gian:\nb) Địa điểm:\n",  # labels whose values the page left blank
    "a) Các huyện lập tờ trình đề nghị Sở Y tế thẩm định:\nc) Sở Y tế thẩm định.\n",  # not the next letter
])
def test_colons_of_items_that_introduce_or_label_stay(text):
    assert list_marker_edits(text) == []
