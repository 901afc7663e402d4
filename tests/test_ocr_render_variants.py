"""Misreads of the OCR path found on the development documents drawn in other layouts
(:mod:`dispatch_tools.evaluate.render_variants`): composed dispatches, as a page read by OCR leaves
them, repaired (``read_by_ocr``) and parsed."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.repair import restore
from dispatch_tools.repair.head_words import head_word_edits
from dispatch_tools.repair.line_ends import line_end_edits

RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 9 tháng 8 năm 2025\n"
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NV.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n"


def _ocr(text: str) -> str:
    return restore(text, read_by_ocr=True).text


def _read(text: str) -> dict:
    return to_contract(parse_text(_ocr(text)).fields)


def _dispatch(head: str, body: str = "Đề nghị các đơn vị triển khai thực hiện./.") -> str:
    return (head + "\n\nSố: 77/SYT-NV\nV/v tăng cường phòng, chống sốt xuất huyết\n\n" + RIGHT
            + "\nKính gửi: Các bệnh viện, trung tâm y tế huyện.\n\n" + body + FOOT)


# --------------------------------------------------------------------------- a basis's colon

def test_a_colon_after_a_basis_before_small_letters_is_a_speck():
    """``Căn cứ: ý kiến chỉ đạo …, Sở Y tế đề nghị …``: the speck made the basis a heading of its own,
    and the request after it was lost."""
    body = ("Căn cứ: ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 12/UBND-KGVX ngày 02/8/2025, "
            "Sở Y tế đề nghị các bệnh viện, trung tâm y tế huyện tổ chức giám sát ca bệnh, báo cáo kết quả "
            "về Sở Y tế trước ngày 30/8/2025./.")
    tasks = _read(_dispatch("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ", body))["tasks"]
    assert [t["assignees"] for t in tasks] == [["các bệnh viện, trung tâm y tế huyện"]]
    assert tasks[0]["deadline"] == "2025-08-30"


@pytest.mark.parametrize("read, fixed", [
    ("Căn cứ: ý kiến chỉ đạo của", "Căn cứ ý kiến chỉ đạo của"),
    ("- Căn cứ : đề nghị của Sở", "- Căn cứ đề nghị của Sở"),
])
def test_basis_colon_dropped(read, fixed):
    out = read
    for start, end, new in sorted(line_end_edits(read), reverse=True):
        out = out[:start] + new + out[end:]
    assert out == fixed


@pytest.mark.parametrize("text", [
    "Căn cứ:\n- Luật Tổ chức chính quyền địa phương;",   # a list of bases under it
    "Căn cứ: Luật Tổ chức chính quyền địa phương;",      # a capital after it: as printed
    "Nội dung: căn cứ vào tình hình thực tế",            # no basis opening the line
])
def test_basis_colon_kept(text):
    assert line_end_edits(text) == []


# --------------------------------------------------------------------------- a body's opening word

@pytest.mark.parametrize("head, parent, issuer", [
    ("UBND TỈNH QUẢNG NGÃI\nSƠ Y TẾ", "UBND TỈNH QUẢNG NGÃI", "SỞ Y TẾ"),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSƠ GIÁO DỤC VÀ ĐÀO TẠO", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
     "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI\nCỘNG ĐOÀN NGÀNH Y TẾ", "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI",
     "CÔNG ĐOÀN NGÀNH Y TẾ"),
])
def test_a_body_opening_read_with_another_mark_under_its_parent(head, parent, issuer):
    """``SƠ Y TẾ`` under ``UBND TỈNH …``: parent and issuer were run together."""
    fields = _read(_dispatch(head))
    assert (fields["parent_issuer"], fields["issuer"]) == (parent, issuer)


@pytest.mark.parametrize("text", [
    "BÁO CÁO\nSƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2025\n",   # a report's title: the line alone reads so
    "UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\n",                   # already right
    "Ủy ban nhân dân tỉnh\nSơ kết công tác năm\n",        # not in capitals
])
def test_head_words_left_alone(text):
    assert head_word_edits(text) == []


# --------------------------------------------------------------------------- heads in a wide left column

def test_a_colon_inside_one_word_of_a_title_in_capitals_is_a_speck():
    from dispatch_tools.repair.specks import speck_edits

    text = "MỘT SỐ GIẢI PHÁP TĂNG CƯỜNG CÔNG TÁC QUẢN: LÝ ĐỐI VỚI HOẠT ĐỘNG NHẬP KHẨU\n"
    at = text.index(":")
    assert (at, at + 1, "") in speck_edits(text)
    assert "QUẢN LÝ ĐỐI VỚI" in _ocr(text)


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH: THỰC HIỆN CHƯƠNG TRÌNH\n",   # a label's colon: the words seldom go together
    "THÀNH PHẦN GỒM: CÁC ĐƠN VỊ\n",
    "Nội dung: quản lý hồ sơ\n",            # small letters: left to the label rules
])
def test_a_label_colon_in_capitals_stays(text):
    assert ":" in _ocr(text)


@pytest.mark.parametrize("name, mended", [
    ("UBND.TX. ĐỒNG XOÀI", "UBND TX. ĐỒNG XOÀI"),      # no full stop after a long abbreviation
    ("HĐND.TỈNH QUẢNG NGÃI", "HĐND TỈNH QUẢNG NGÃI"),
    ("UBND TP.HCM", "UBND TP.HCM"),                    # a unit's own stop stays
    ("THỦ TƯỚNG CHÍNH PHỦ ẺồẼŒ7TSTEBTEEBỢNNẠN", "THỦ TƯỚNG CHÍNH PHỦ"),   # ink read as a word
    ("CÔNG TY TNHH McDONALD", "CÔNG TY TNHH McDONALD"),
    ("CÔNG TY CỔ PHẦN ABC123XYZ", "CÔNG TY CỔ PHẦN ABC123XYZ"),
])
def test_body_name_specks_and_ink(name, mended):
    from dispatch_tools.parse.tidy import mend_name_words

    assert mend_name_words(name) == mended


# --------------------------------------------------------------------------- specks in a smaller face

@pytest.mark.parametrize("read, fixed", [
    ("CHỈ THỊ SỐ 19/CT-TTG NGÀY. 16 THÁNG. 7 NĂM 2021 CỦA THỦ TƯỚNG\n",
     "CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG\n"),   # a title in capitals
    ("Sở Nông nghiệp và Phát triển nông † thôn các tỉnh\n", "Sở Nông nghiệp và Phát triển nông thôn các tỉnh\n"),
    # a stroke read as a letter inside a word
    ("V/v thực hiện Thông I báo số 496-TB/TU ngày 17/8/2023\n", "V/v thực hiện Thông báo số 496-TB/TU ngày 17/8/2023\n"),
    # a Roman numeral after the word it counts stays
    ("Báo cáo kết quả Quý I năm 2025 và cấp I và cấp II\n", "Báo cáo kết quả Quý I năm 2025 và cấp I và cấp II\n"),
    ("Phần I Những vấn đề chung; Vùng I gồm các tỉnh\n", "Phần I Những vấn đề chung; Vùng I gồm các tỉnh\n"),
])
def test_specks_of_a_smaller_face(read, fixed):
    assert _ocr(read) == fixed


def test_a_speck_before_a_citations_date_wrapped_to_the_next_line():
    text = "Căn cứ Thông tư số 12/2014/TT-BGDĐT , _ngày\n18/4/2014 của Bộ trưởng Bộ GD&ĐT về việc sửa đổi.\n"
    refs = to_contract(parse_text(_ocr(text)).fields)["references"]
    assert refs == [{"number": "12/2014/TT-BGDĐT", "date": "2014-04-18"}]


def test_a_common_abbreviation_misread_with_a_marked_capital():
    from dispatch_tools.parse.tidy import mend_name_words

    assert mend_name_words("ƯBND TX. ĐỒNG XOÀI") == "UBND TX. ĐỒNG XOÀI"


@pytest.mark.parametrize("entry, tidied", [
    ("UBND tỉnh. Điện Biên", "UBND tỉnh Điện Biên"),     # a speck full stop inside one entry
    ("Lưu: VT, KTN.", "Lưu: VT, KTN."),
    ("TTg, các PTTg. Nguyễn Sinh Hùng", "TTg, các PTTg. Nguyễn Sinh Hùng"),  # after an abbreviation: as read
])
def test_a_speck_full_stop_inside_a_distribution_entry(entry, tidied):
    from dispatch_tools.parse.tidy import tidy_note

    assert tidy_note(entry) == tidied


def test_the_first_letter_of_a_list_read_as_a_figure_before_b():
    """``8) Căn cứ …`` / ``b) Chủ trì …``: the item after it is ``b)``, so the first is ``a)`` (its
    task was lost with its marker)."""
    text = ("Điều 5. Giao Ủy ban nhân dân các tỉnh:\n\n8) Căn cứ các chỉ tiêu quốc gia xây dựng kế hoạch;\n\n"
            "b) Chủ trì thu thập thông tin thống kê;\n\nc) Báo cáo Bộ Tài chính.\n")
    assert "\na) Căn cứ các chỉ tiêu" in _ocr(text)
    numbered = "7) Bảy việc;\n\n8) Tám việc;\n\n9) Chín việc.\n"
    assert _ocr(numbered) == numbered


def test_two_full_stops_between_letters_and_figures():
    assert _ocr("tại khu vực Km398+360 QL..6, địa bàn tỉnh\n") == "tại khu vực Km398+360 QL.6, địa bàn tỉnh\n"
    assert _ocr("các việc khác v.v...\n") == "các việc khác v.v...\n"
