"""Shapes of the signature block: printed in sentence case, as web pages give them (the second
authority line is no title); a capacity whose words a text layer spaced twice (the capacity goes on)
or its title after a gap on its line; names of peoples whose family names are written without marks
(the name keeps its spelling)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 24/UBND-KT\nAn Giang, ngày 11 tháng 6 năm 2026\n"
        "V/v phòng chống hạn mặn\nKính gửi: Sở Nông nghiệp và Môi trường.\n"
        "Ủy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường báo cáo trước ngày 20/6/2026.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n")


def signer(foot: str) -> dict:
    return to_contract(parse_text(HEAD + foot).fields)["signer"]


@pytest.mark.parametrize("foot, want", [
    ("TM. Ủy ban nhân dân\nKT. Chủ tịch\nPhó Chủ tịch\n\n(Đã ký)\n\nTô Văn Lành\n",
     ("TM.", "Ủy ban nhân dân", "Phó Chủ tịch", "Tô Văn Lành")),
    ("TL. Chủ tịch\nKT. Chánh Văn phòng\nPhó Chánh Văn phòng\n\nTô Văn Lành\n",
     ("TL.", "Chủ tịch", "Phó Chánh Văn phòng", "Tô Văn Lành")),
    ("TM. BAN CHẤP HÀNH\nKT. Chủ tịch\nPhó Chủ tịch\n\nTô Văn Lành\n",
     ("TM.", "BAN CHẤP HÀNH", "Phó Chủ tịch", "Tô Văn Lành")),
])
def test_a_second_authority_line_in_sentence_case_is_no_title(foot, want):
    got = signer(foot)
    assert (got["authority"], got["capacity"], got["title"], got["name"]) == want


def test_a_glued_title_and_name_are_still_cut_apart():
    assert signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCHTô Văn Lành\n")["name"] == "Tô Văn Lành"


@pytest.mark.parametrize("name", ["Chau Văn Ly", "Chau Thị Sóc Khía"])
def test_a_family_name_written_without_marks_is_kept_as_printed(name):
    got = signer(f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{name}\n")
    assert (got["title"], got["name"]) == ("PHÓ CHỦ TỊCH", name)


@pytest.mark.parametrize("printed, name", [("GIÁP THỊ HOA", "Giáp Thị Hoa"), ("MÔNG THỊ LIÊN", "Mông Thị Liên")])
def test_a_name_in_capitals_opens_with_these_family_names_too(printed, name):
    got = signer(f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{printed}\n")
    assert (got["title"], got["name"]) == ("PHÓ CHỦ TỊCH", name)


@pytest.mark.parametrize("foot, want", [
    ("TM. ỦY BAN  NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTô Văn Lành\n",
     ("TM.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Tô Văn Lành")),
    ("KT. GIÁM ĐỐC SỞ  NỘI VỤ\nPHÓ GIÁM ĐỐC\n\nTô Văn Lành\n",
     ("KT.", "GIÁM ĐỐC SỞ NỘI VỤ", "PHÓ GIÁM ĐỐC", "Tô Văn Lành")),
    ("KT. GIÁM ĐỐC  PHÓ GIÁM ĐỐC\n\nTô Văn Lành\n",
     ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tô Văn Lành")),
])
def test_a_space_printed_twice_inside_the_capacity_is_no_column_gap(foot, want):
    got = signer(foot)
    assert (got["authority"], got["capacity"], got["title"], got["name"]) == want


def test_the_distribution_beside_the_capacity_still_ends_it():
    text = HEAD.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n", "") + (
        "Nơi nhận:                    KT. GIÁM ĐỐC\n- Như trên;                  PHÓ GIÁM ĐỐC\n- Lưu: VT.\n"
        "                             Tô Văn Lành\n")
    got = to_contract(parse_text(text).fields)["signer"]
    assert (got["capacity"], got["title"], got["name"]) == ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tô Văn Lành")


@pytest.mark.parametrize("foot, want", [
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Hà Văn Lộc\n",
     ("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Lộc")),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đỗ Thị Mơ\n",
     ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Mơ")),
])
def test_a_signature_block_printed_on_one_line_is_read_apart(foot, want):
    got = signer(foot)
    assert (got["authority"], got["capacity"], got["title"], got["name"]) == want


def test_a_signature_block_on_one_line_before_the_distribution():
    text = HEAD.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n", "") + (
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Hà Văn Lộc Nơi nhận: - Như trên; - Lưu: VT, KHCN.\n")
    got = to_contract(parse_text(text).fields)
    assert (got["signer"]["capacity"], got["signer"]["title"], got["signer"]["name"]) == (
        "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Hà Văn Lộc")
    assert got["distribution"] == ["Như trên", "Lưu: VT, KHCN"]


def test_the_head_of_a_unit_named_by_a_family_name_is_a_title():
    got = signer("ĐOÀN TRƯỞNG\n\nĐại tá Hồ Văn Thái\n")
    assert (got["authority"], got["title"], got["name"]) == (None, "ĐOÀN TRƯỞNG", "Hồ Văn Thái")


def test_the_distribution_two_spaces_right_of_the_signature_column_is_no_part_of_the_title():
    text = HEAD.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n", "") + (
        "KT. GIÁM ĐỐC  Nơi nhận:\nPHÓ GIÁM ĐỐC  - Như trên;\n  - Lưu: VT.\nHà Văn Lộc\n")
    got = to_contract(parse_text(text).fields)["signer"]
    assert (got["capacity"], got["title"], got["name"]) == ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Văn Lộc")


def test_a_title_in_capitals_two_spaces_before_a_dash_keeps_its_unit():
    got = signer("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ KẾ HOẠCH  - TÀI CHÍNH\n\nHà Văn Lộc\n")
    assert got["title"] == "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"


def test_a_name_with_its_signed_mark_after_a_tab_under_the_distribution_is_the_signers():
    text = HEAD.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n", "") + (
        "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT, TH.\n\tHà Văn Lộc (đã ký)\n")
    got = to_contract(parse_text(text).fields)
    assert (got["signer"]["title"], got["signer"]["name"]) == ("PHÓ GIÁM ĐỐC", "Hà Văn Lộc")
    assert got["distribution"] == ["Như trên", "Lưu: VT, TH"]


@pytest.mark.parametrize("gap", ["        ", "\t"])
def test_the_first_of_two_blocks_side_by_side_is_read_alone(gap):
    got = signer(f"TM. BAN THƯỜNG VỤ TỈNH ĐOÀN{gap}KT. GIÁM ĐỐC\nPHÓ BÍ THƯ{gap}PHÓ GIÁM ĐỐC\n\n"
                 f"Hà Văn Lộc{gap}Đỗ Thị Mơ\n")
    assert (got["authority"], got["capacity"], got["title"], got["name"]) == (
        "TM.", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Hà Văn Lộc")
