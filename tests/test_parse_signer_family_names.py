"""A signer's name printed in capitals is told by its family name read with its marks: a line that opens
with one (``ĐOÀN``, ``TỐNG``, ``CÔNG``, ``LÊ``) is the name after the signature's gap, or as the block's
last line, even where its folded words read as a title or a body's head (``ĐOÀN TRƯỜNG SƠN``: ``đoàn
trưởng`` is a title, ``Đoàn trường`` a body; ``TỐNG`` folds like ``TỔNG``); a title's own words read with
their marks (``ĐOÀN TRƯỞNG``, ``TỔNG CỤC TRƯỞNG``) and a body's head alone under a title (``BÍ THƯ`` /
``ĐOÀN TRƯỜNG``, the rest of a wrapped title) are not. A title wrapped so that its two lines make a known
title (``PHÓ CHÁNH VĂN`` / ``PHÒNG``, ``PHÓ TỔNG CỤC`` / ``TRƯỞNG``) is the title, not a capacity going on."""

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.signer_lines import caps_name
from tests.composed import foot, head

HEAD = head("UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ", "215/SNV-TCBC", "Ninh Bình, ngày 12 tháng 3 năm 2026", "",
            "V/v rà soát vị trí việc làm", "Kính gửi: Các cơ quan, đơn vị.",
            "Đề nghị các cơ quan, đơn vị rà soát và báo cáo trước ngày 30/3/2026.", "Trân trọng./.")


def signer(text: str) -> dict:
    return to_contract(parse_text(text).fields)["signer"]


@pytest.mark.parametrize("block, name", [
    (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "ĐOÀN TRƯỜNG SƠN"), "Đoàn Trường Sơn"),
    (("KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "TỐNG ĐỨC THẮNG"), "Tống Đức Thắng"),
    (("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CÔNG VĂN HÙNG"), "Công Văn Hùng"),
    (("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "LÊ MINH TUẤN"), "Lê Minh Tuấn"),
    (("KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "MẪN VĂN NAM"), "Mẫn Văn Nam"),
    (("TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG", "TIÊU VĂN SƠN"), "Tiêu Văn Sơn"),
])
def test_a_name_in_capitals_that_folds_like_a_title_or_a_body(block, name):
    got = signer(HEAD + foot("trên", *block, spaced=True))
    assert (got["title"], got["name"]) == (block[1], name)


def test_the_block_s_last_line_is_the_name_without_a_gap():
    got = signer(HEAD + foot("trên", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ĐOÀN TRƯỜNG SƠN"))
    assert (got["title"], got["name"]) == ("PHÓ CHỦ TỊCH", "Đoàn Trường Sơn")


def test_the_marks_tell_a_name_from_a_title():
    assert caps_name("TỐNG VĂN BĂNG", gap=True) == "Tống Văn Băng"
    assert caps_name("TỔNG CỤC TRƯỞNG", gap=True) is None
    assert caps_name("TỐNG GIÁM ĐỐC", gap=True) is None  # a whole title, one mark misread: no name
    assert caps_name("ĐOÀN TRƯỞNG", gap=True) is None  # a title: the head of a delegation
    assert caps_name("VĂN PHÒNG", gap=True) is None  # a body's head, no name after it
    assert caps_name("ĐOÀN TRƯỜNG SƠN") is None  # right under a title, with more below: not sure
    assert caps_name("ĐOÀN TRƯỜNG SƠN", gap=True) == "Đoàn Trường Sơn"


def test_a_body_s_head_wrapped_under_the_title_goes_on_with_it():
    got = signer(HEAD + foot("trên", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "ĐOÀN TRƯỜNG", "ĐOÀN TRƯỜNG SƠN", spaced=True))
    assert (got["capacity"], got["title"], got["name"]) == ("BAN THƯỜNG VỤ", "BÍ THƯ ĐOÀN TRƯỜNG", "Đoàn Trường Sơn")


@pytest.mark.parametrize("block, capacity, title", [
    (("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN", "PHÒNG", "THÁI BÁ CHÁNH"), "CHỦ TỊCH",
     "PHÓ CHÁNH VĂN PHÒNG"),
    (("KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC", "TRƯỞNG", "Phan Thanh Bình"), "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG"),
])
def test_a_title_wrapped_into_a_known_title(block, capacity, title):
    got = signer(HEAD + foot("trên", *block, spaced=True))
    assert (got["capacity"], got["title"], got["name"]) == (capacity, title, caps_name(block[-1]) or block[-1])


def test_specks_between_a_title_without_prefix_and_the_name():
    text = HEAD + "GIÁM ĐỐC\n\nr3 ©\n4?) ~~\n\nĐINH TIẾN DŨNG\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    got = signer(text)
    assert (got["authority"], got["title"], got["name"]) == (None, "GIÁM ĐỐC", "Đinh Tiến Dũng")


def test_a_unit_wrapped_under_the_title_before_a_name_in_capitals():
    got = signer(HEAD + foot("trên", "TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG", "HÀNH CHÍNH - TỔNG HỢP", "PHÙNG QUANG HÙNG", spaced=True))
    assert (got["title"], got["name"]) == ("TRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP", "Phùng Quang Hùng")
