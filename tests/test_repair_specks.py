"""Specks an OCR engine reads as punctuation are dropped: at the start of a line, so that a
wrapped line does not look like a new list item, and between words (made-up lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore


@pytest.mark.parametrize("read, fixed", [
    ("_ Nơi nhận:", "Nơi nhận:"),
    (". Điều 2. Giao Sở Tài chính:", "Điều 2. Giao Sở Tài chính:"),
    ("-_ phát triển kinh tế đến năm 2030;", "phát triển kinh tế đến năm 2030;"),  # a dash glued to a speck
    ("_- Sở Nội vụ;", "- Sở Nội vụ;"),  # a speck before the list dash
    ("~ Lưu: VT, VP.", "- Lưu: VT, VP."),  # the list dash read as a tilde
    ("_~ Lưu: VT, VP.", "- Lưu: VT, VP."),
    ("_= Giáo dục truyền thống cho thế hệ trẻ;", "- Giáo dục truyền thống cho thế hệ trẻ;"),  # its stroke read twice
    ("= Sở Tài chính;", "- Sở Tài chính;"),
    ("=_ phát triển kinh tế đến năm 2030;", "phát triển kinh tế đến năm 2030;"),  # glued to a speck: none
    ("__3 năm 2025 để theo dõi.", "3 năm 2025 để theo dõi."),
    ("- =- Như trên;", "- Như trên;"),  # a speck after the list dash
    ("-_- Sở Xây dựng;", "- Sở Xây dựng;"),
])
def test_specks_opening_a_line_of_ocr_text_are_dropped(read, fixed):
    text = "Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện.\n"
    assert restore(text + read, read_by_ocr=True).text == text + fixed


@pytest.mark.parametrize("line", [
    "- Như trên;", "– Sở Tài chính;", "* Ghi chú: mẫu kèm theo", "……… ngày …… tháng",
    "1. Mục đích", "a) Chủ trì, phối hợp", "-------", "-Là học sinh", "- - -",
])
def test_real_openings_stay(line):
    assert restore(line, read_by_ocr=True).text == line


def test_typed_text_keeps_its_openings():
    text = "_ Nơi nhận:\n. Điều 2."
    assert restore(text).text == text


@pytest.mark.parametrize("read, fixed", [
    ("Kính gửi: Sở .Nội vụ tỉnh", "Kính gửi: Sở Nội vụ tỉnh"),  # glued before a word
    ("các xã, phường trực ' thuộc huyện", "các xã, phường trực thuộc huyện"),  # alone between words
    ("các xã, phường trực '\nthuộc huyện", "các xã, phường trực\nthuộc huyện"),  # alone at a line's end
    ("- Thường trực Huyện ủy (để. biết);", "- Thường trực Huyện ủy (để biết);"),  # a stop before a small word
    ("- Giám đốc và các.PGĐ Sở;", "- Giám đốc và các PGĐ Sở;"),  # a dot glued between two words
    ("Thực hiện Công văn.số 12/UBND", "Thực hiện Công văn số 12/UBND"),
    # after a word no sentence ends with, a capitalised word is no sentence's start
    ("báo cáo kết quả về.Ban Tuyên giáo Tỉnh đoàn", "báo cáo kết quả về Ban Tuyên giáo Tỉnh đoàn"),
    ("gửi hồ sơ cho.Sở Nội vụ", "gửi hồ sơ cho Sở Nội vụ"),
    # alone between such a word and a capitalised word: inside a body's name
    ("đề nghị Sở Dân tộc và . Tôn giáo, Sở Y tế", "đề nghị Sở Dân tộc và Tôn giáo, Sở Y tế"),
    ("giao Ban Quản lý các . Khu công nghiệp", "giao Ban Quản lý các Khu công nghiệp"),
    # a stop glued at the end of a line that goes on in small letters, and one after a space before
    # a count and its noun
    ("Trung tâm Văn hóa đề.\nnghị Phó Chủ tịch phường", "Trung tâm Văn hóa đề\nnghị Phó Chủ tịch phường"),
    ("Phó Chủ tịch Ủy ban nhân dân .\n13 phường đôn đốc", "Phó Chủ tịch Ủy ban nhân dân\n13 phường đôn đốc"),
])
def test_specks_inside_a_line_of_ocr_text_are_dropped(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("line", [
    "Các đơn vị thực hiện. Các phòng theo dõi.",  # a sentence opens with a capital
    "tài liệu, v.v. và các mẫu", "Ông A. Nguyễn, tr. 5",
    "thư gửi vanthu@tinh.gov.vn và trang tinh.gov.vn, TP.HCM",
    "theo quy định của luật.Điều 5. Trách nhiệm",  # a sentence whose space after the stop was lost
    "gửi các đơn vị.Ban Tuyên giáo theo dõi",  # a noun may end a sentence
    "như trên.Sở Tài chính",
    "kết quả thực hiện . Sở Tài chính theo dõi",  # alone after a word a sentence may end with
    "tải tệp biểu mẫu.doc về máy",
    "Các đơn vị thực hiện.\nCác phòng theo dõi.",  # the next line opens a sentence
    "các nội dung như sau.\na) Tổ chức hội nghị",  # a list item
    "số tiền 10.000 đ.\nvà các khoản khác",  # one letter: an abbreviation
    "hoàn thành trong năm .\n2. Nhiệm vụ năm sau",  # a numbered item
])
def test_stops_that_end_something_stay(line):
    assert restore(line, read_by_ocr=True).text == line


@pytest.mark.parametrize("read, fixed", [
    ("Người ký: I1ứa Đức Nhị", "Người ký: Hứa Đức Nhị"),  # a capital H read as its two strokes
    ("Ilà Nội, ngày 5 tháng 3 năm 2024", "Hà Nội, ngày 5 tháng 3 năm 2024"),
    ("Ủy ban nhân dân tỉnh I|ưng Yên", "Ủy ban nhân dân tỉnh Hưng Yên"),
])
def test_a_capital_h_read_as_two_strokes_is_an_h(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("line", [
    "Nhà số 11a đường Lê Lợi",  # two figures: a house number
    "Phòng I1 tầng 2",  # no syllable after the strokes
    "Il est",  # the strokes and the rest make no syllable with H
])
def test_strokes_that_are_no_h_stay(line):
    assert restore(line, read_by_ocr=True).text == line
