"""Spaces an OCR engine that reads Vietnamese lost, added or put one letter off are put back
(made-up sentences)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore


@pytest.mark.parametrize("read, fixed", [
    # a space lost between two syllables, in small letters and in capitals
    ("Các đơn vị báo cáo kếtquả thực hiện về Sở.", "Các đơn vị báo cáo kết quả thực hiện về Sở."),
    ("KẾ HOẠCHTỔ CHỨC HỘI NGHỊ", "KẾ HOẠCH TỔ CHỨC HỘI NGHỊ"),
    ("Phó Giám đốcNguyễn Văn Bình", "Phó Giám đốc Nguyễn Văn Bình"),
    # a space inside a syllable
    ("Sở Giáo dục chỉ đạo các TRƯỜ NG học", "Sở Giáo dục chỉ đạo các TRƯỜNG học"),
    # a space one letter off
    ("HỘI THI GIÁO VIÊ NDẠY GIỎI CẤP HUYỆN", "HỘI THI GIÁO VIÊN DẠY GIỎI CẤP HUYỆN"),
])
def test_spaces_of_ocr_text_are_put_where_the_syllables_need_them(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("read, fixed", [
    ("Mọi cá nhần và tổ chức đều phải chấp hành.", "Mọi cá nhân và tổ chức đều phải chấp hành."),
    ("Các đơn vị thực hiện thẻo kế hoạch đã giao.", "Các đơn vị thực hiện theo kế hoạch đã giao."),
])
def test_a_word_with_wrong_marks_only_keeps_its_spaces(read, fixed):
    """``nhần`` and ``thẻo`` have the letters of a syllable: their marks are wrong, not their
    spaces (no ``cánh ần``, no ``thẻ o``)."""
    assert restore(read, read_by_ocr=True).text == fixed


def test_typed_text_keeps_its_spaces():
    text = "Các đơn vị báo cáo kếtquả thực hiện về Sở."
    assert restore(text).text == text


@pytest.mark.parametrize("text", [
    "Khu A và khu B của xã, Phụ lục II kèm theo.",  # single letters and numerals are no pieces of words
    "Chương trình OCOP và mã QR của Sở.",  # abbreviations carry no marks
    "Ông Hà N. Bình, Phòng Tổ chức.",  # hàn is a syllable, but hà is commoner: the initial stays
    "Tên đơn vị báo CáO: Phòng Tổ chức",
    "Hiệp hội (gọi tắt là UPU) và kiểm tra MSEP.",  # abbreviations beside a word keep their letters  # a capital read small inside a word, no two words
])
def test_words_that_are_not_cut_wrong_stay(text):
    assert restore(text, read_by_ocr=True).text == text


@pytest.mark.parametrize("read, fixed", [
    # every space of a short header line lost: three syllables or more glued
    ("ỦY BAN NHÂN DÂN HUYỆN\nHỘIĐỒNGTHIĐUAKHENTHƯỞNG", "ỦY BAN NHÂN DÂN HUYỆN\nHỘI ĐỒNG THI ĐUA KHEN THƯỞNG"),
    ("BAN CHẤP HÀNH\nĐOÀNTHANHNIÊN", "BAN CHẤP HÀNH\nĐOÀN THANH NIÊN"),
    ("Tổ chức lễ kỷniệmngàythànhlập trường", "Tổ chức lễ kỷ niệm ngày thành lập trường"),
])
def test_a_line_read_with_all_its_spaces_lost_gets_them_back(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("read, fixed", [
    # a vowel read twice, each time with another tone mark: the one its neighbours call for stays
    ("UỶÝ BAN NHÂN DÂN XÃ", "UỶ BAN NHÂN DÂN XÃ"),
    ("Hội nghị đại biếểu phụ nữ huyện", "Hội nghị đại biểu phụ nữ huyện"),
    ("bảo vệ sức khoẻẻ nhân dân", "bảo vệ sức khoẻ nhân dân"),
    # ... also inside a line glued together
    ("BAN TỔ CHỨC\nĐẠIHỘIĐẠIBIẾỂU", "BAN TỔ CHỨC\nĐẠI HỘI ĐẠI BIỂU"),
])
def test_a_vowel_read_twice_with_two_tone_marks_keeps_one(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "Nhà hàng Gérard và chế độ hưu trí.",  # a foreign name, and ư beside u: no vowel read twice
    "Phòng họp số 3, khu nhà ĐHQG.",
])
def test_words_with_no_vowel_read_twice_and_no_line_glued_stay(text):
    assert restore(text, read_by_ocr=True).text == text


def test_typed_text_keeps_a_glued_line():
    text = "BAN TỔ CHỨC ĐẠIHỘIĐẠIBIỂU"
    assert restore(text).text == text


@pytest.mark.parametrize("read, fixed", [
    ("- Như Điều3;", "- Như Điều 3;"),
    ("Thực hiện Công văn số12/UBND-VP ngày15/7/2024 của tỉnh.",
     "Thực hiện Công văn số 12/UBND-VP ngày 15/7/2024 của tỉnh."),
    ("KẾ HOẠCH CÔNG TÁC NĂM2025", "KẾ HOẠCH CÔNG TÁC NĂM 2025"),
])
def test_a_syllable_glued_to_the_figure_after_it_gets_its_space(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("text", [
    "Phòng chống cúm A (H5N1) tại mục2.1 của tòa nhà ICON4.",  # a code, a decimal, a name with a figure
    "Xem tại http://tinhdoan.vn/tin2024/bai, địa chỉ vp2024@gmail.com.",
])
def test_figures_inside_codes_and_addresses_keep_their_letters(text):
    assert restore(text, read_by_ocr=True).text == text
